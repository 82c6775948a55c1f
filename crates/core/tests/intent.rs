//! The one write path: every intent's next state and history rule, and properties that hold for
//! any state and any sequence of intents.

mod common;

use archive_core::{decode_query, transition, Entry, HistoryOp, Intent, MatchMode, Presentation, Sort, ViewState};
use common::{any_entry, any_intent, any_state, ARCHIVE};
use proptest::prelude::*;

fn state(query: &str) -> ViewState {
    let decoded = decode_query(&ARCHIVE, query);
    assert!(decoded.notices.is_empty(), "{query}: {:?}", decoded.notices);
    decoded.state
}

fn tag(slug: &str) -> archive_core::TagIndex {
    ARCHIVE.tag_by_slug(slug).unwrap()
}

/// The next state's URL and the history operation, for compact expectations.
fn apply(query: &str, intent: Intent, entry: Entry) -> (String, HistoryOp) {
    let t = transition(&state(query), intent, entry);
    (t.next.to_query(&ARCHIVE), t.history)
}

const PUSH: HistoryOp = HistoryOp::Push(Entry::Ordinary);

#[test]
fn every_change_of_view_is_one_new_entry() {
    let moe = tag("moe");
    let era = ARCHIVE.eras().nth(2).map(|(e, _)| e);
    let paper = ARCHIVE.paper_by_id("bert").unwrap();
    let cases = [
        ("", Intent::ToggleTag(moe), "tags=moe"),
        ("tags=moe", Intent::ToggleTag(moe), ""),
        ("tags=rlhf", Intent::AddTag(moe), "tags=moe,rlhf"),
        ("tags=moe", Intent::SetMatch(MatchMode::All), "tags=moe&match=all"),
        ("", Intent::SetEra(era), &format!("era={}", ARCHIVE.era(era.unwrap()).id)),
        ("", Intent::SetSort(Sort::Newest), "sort=newest"),
        ("", Intent::SetPresentation(Presentation::Graph), "view=graph"),
        // A paper's dialog is an ordinary change where it did not open here (see below).
        ("paper=bert", Intent::ClosePaper, ""),
        ("paper=gpt-1", Intent::OpenPaper(paper), "paper=bert"),
        ("tags=moe&q=x&sort=oldest&view=graph", Intent::ClearFilters, "sort=oldest&view=graph"),
    ];
    for (query, intent, expected) in cases {
        for entry in [Entry::Ordinary, Entry::SearchStart] {
            assert_eq!(
                apply(query, intent.clone(), entry),
                (expected.to_string(), PUSH),
                "{query} {intent:?} {entry:?}"
            );
        }
    }
}

#[test]
fn an_intent_that_changes_nothing_touches_no_history() {
    let moe = tag("moe");
    let cases = [
        ("tags=moe", Intent::AddTag(moe)),
        ("", Intent::SetMatch(MatchMode::Any)),
        ("", Intent::ClosePaper),
        ("", Intent::ClearFilters),
        ("", Intent::ClearSearch),
        ("", Intent::TypeSearch("   ".into())),
        ("q=attention", Intent::TypeSearch("attention ".into())),
        ("sort=newest", Intent::SetSort(Sort::Newest)),
    ];
    for (query, intent) in cases {
        assert_eq!(
            apply(query, intent.clone(), Entry::Ordinary),
            (query.to_string(), HistoryOp::None),
            "{query} {intent:?}"
        );
    }
}

#[test]
fn starting_a_search_pushes_a_search_start_entry() {
    let got = apply("tags=moe", Intent::TypeSearch("att".into()), Entry::Ordinary);
    assert_eq!(got, ("tags=moe&q=att".to_string(), HistoryOp::Push(Entry::SearchStart)));
}

#[test]
fn refining_a_search_replaces_its_entry() {
    for entry in [Entry::SearchStart, Entry::Ordinary] {
        let got = apply("q=att", Intent::TypeSearch("atte".into()), entry);
        assert_eq!(got, ("q=atte".to_string(), HistoryOp::Replace));
    }
}

#[test]
fn emptying_a_search_on_its_start_entry_goes_back_whichever_way() {
    for intent in [Intent::TypeSearch(String::new()), Intent::TypeSearch("  ".into()), Intent::ClearSearch] {
        let got = apply("tags=moe&q=att", intent.clone(), Entry::SearchStart);
        assert_eq!(got, ("tags=moe".to_string(), HistoryOp::Back(1)), "{intent:?}");
    }
}

#[test]
fn emptying_a_search_that_started_elsewhere_is_a_new_entry() {
    // A shared link with ?q=: there is no entry before the search to go back to.
    for intent in [Intent::TypeSearch(String::new()), Intent::ClearSearch] {
        let got = apply("q=att", intent.clone(), Entry::Ordinary);
        assert_eq!(got, (String::new(), PUSH), "{intent:?}");
    }
}

#[test]
fn opening_a_paper_pushes_a_dialog_entry_and_each_paper_opened_from_it_one_deeper() {
    let (bert, gpt1) = (ARCHIVE.paper_by_id("bert").unwrap(), ARCHIVE.paper_by_id("gpt-1").unwrap());
    for entry in [Entry::Ordinary, Entry::SearchStart, Entry::PaperOpen(3)] {
        let got = apply("tags=rlhf", Intent::OpenPaper(bert), entry);
        assert_eq!(got, ("tags=rlhf&paper=bert".to_string(), HistoryOp::Push(Entry::PaperOpen(1))), "{entry:?}");
    }
    let got = apply("tags=rlhf&paper=bert", Intent::OpenPaper(gpt1), Entry::PaperOpen(2));
    assert_eq!(got, ("tags=rlhf&paper=gpt-1".to_string(), HistoryOp::Push(Entry::PaperOpen(3))));
    // The same paper again changes nothing.
    assert_eq!(apply("paper=bert", Intent::OpenPaper(bert), Entry::PaperOpen(1)).1, HistoryOp::None);
}

#[test]
fn closing_a_dialog_this_page_opened_goes_back_to_the_entry_before_it() {
    for depth in [1, 2, 7] {
        let got = apply("tags=rlhf&paper=gpt-4", Intent::ClosePaper, Entry::PaperOpen(depth));
        assert_eq!(got, ("tags=rlhf".to_string(), HistoryOp::Back(depth)));
    }
}

#[test]
fn a_dialog_opened_from_a_link_closes_to_that_links_view_as_a_new_entry() {
    // ?tags=rlhf&paper=lstm, as shared: there is no entry before the dialog to go back to.
    for entry in [Entry::Ordinary, Entry::SearchStart] {
        let got = apply("tags=rlhf&paper=lstm", Intent::ClosePaper, entry);
        assert_eq!(got, ("tags=rlhf".to_string(), PUSH), "{entry:?}");
    }
}

#[test]
fn on_a_dialogs_entry_any_other_change_is_a_new_entry_a_refined_search_too() {
    let got = apply("q=att&paper=bert", Intent::TypeSearch("atte".into()), Entry::PaperOpen(1));
    assert_eq!(got, ("q=atte&paper=bert".to_string(), PUSH));
    let got = apply("paper=bert", Intent::ToggleTag(tag("moe")), Entry::PaperOpen(2));
    assert_eq!(got, ("tags=moe&paper=bert".to_string(), PUSH));
}

#[test]
fn an_entrys_kind_survives_its_mark_in_history_state() {
    for entry in [Entry::Ordinary, Entry::SearchStart, Entry::PaperOpen(1), Entry::PaperOpen(12)] {
        assert_eq!(Entry::from_mark(entry.mark().as_deref()), entry);
    }
    assert_eq!(Entry::PaperOpen(2).mark().as_deref(), Some("paper-open:2"));
    for other in ["", "paper-open", "paper-open:0", "paper-open:x", "paper-open:99999", "search-start ", "{}"] {
        assert_eq!(Entry::from_mark(Some(other)), Entry::Ordinary, "{other:?}");
    }
}

#[test]
fn tidying_replaces_the_entry_with_the_same_state() {
    let current = state("tags=moe&q=x");
    for entry in [Entry::Ordinary, Entry::SearchStart] {
        let t = transition(&current, Intent::TidyUrl, entry);
        assert_eq!((t.next, t.history), (current.clone(), HistoryOp::Replace));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// What the URL says is what is shown: a next state survives its own URL unchanged.
    #[test]
    fn a_transition_never_produces_a_state_that_decodes_differently(
        current in any_state(), intent in any_intent(), entry in any_entry()
    ) {
        let next = transition(&current, intent, entry).next;
        let decoded = decode_query(&ARCHIVE, &next.to_query(&ARCHIVE));
        prop_assert_eq!(decoded.state, next);
        prop_assert!(decoded.notices.is_empty());
    }

    /// History is touched exactly when the view changes (tidying aside, which rewrites the URL).
    #[test]
    fn history_moves_if_and_only_if_the_view_changes(
        current in any_state(), intent in any_intent(), entry in any_entry()
    ) {
        let tidy = intent == Intent::TidyUrl;
        let t = transition(&current, intent, entry);
        prop_assert_eq!(t.history == HistoryOp::None, t.next == current && !tidy);
    }

    /// Going back is safe: only from a search's entry, to the state without the search, or
    /// from a dialog's entry, as deep as it is, to the state without the paper.
    #[test]
    fn back_only_returns_to_the_state_without_the_search_or_the_paper(
        current in any_state(), intent in any_intent(), entry in any_entry()
    ) {
        let t = transition(&current, intent, entry);
        if let HistoryOp::Back(steps) = t.history {
            match entry {
                Entry::SearchStart => {
                    prop_assert_eq!(steps, 1);
                    prop_assert_eq!(t.next, current.with_search(""));
                }
                Entry::PaperOpen(depth) => {
                    prop_assert_eq!(steps, depth);
                    prop_assert_eq!(t.next, current.with_paper(None));
                }
                Entry::Ordinary => prop_assert!(false, "went back from an ordinary entry"),
            }
        }
    }

    /// A walk of intents, with history as a real stack: the entry the app stands on always
    /// shows the state the last transition produced, and Back after a search lands on a state
    /// the walk really saw.
    #[test]
    fn a_walk_keeps_history_and_view_in_step(intents in proptest::collection::vec(any_intent(), 0..40)) {
        let mut stack: Vec<(ViewState, Entry)> = vec![(ViewState::default(), Entry::Ordinary)];
        for intent in intents {
            let (current, entry) = stack.last().cloned().unwrap();
            let t = transition(&current, intent, entry);
            match t.history {
                HistoryOp::None => prop_assert_eq!(&t.next, &current),
                HistoryOp::Push(kind) => stack.push((t.next.clone(), kind)),
                HistoryOp::Replace => *stack.last_mut().unwrap() = (t.next.clone(), entry),
                HistoryOp::Back(steps) => {
                    prop_assert!(stack.len() > usize::from(steps), "went back past the first entry");
                    stack.truncate(stack.len() - usize::from(steps));
                }
            }
            prop_assert_eq!(&stack.last().unwrap().0, &t.next);
        }
    }

    /// Looking at papers costs no history: after any walk, opening a paper, following its
    /// lineage from paper to paper in the dialog, and closing it leaves history exactly as it
    /// was before the first paper opened (and Back goes where it went before).
    #[test]
    fn closing_a_dialog_leaves_history_as_it_was_before_it_opened(
        walk in proptest::collection::vec(any_intent(), 0..30),
        papers in proptest::collection::vec(0..ARCHIVE.paper_count(), 1..6),
    ) {
        let mut stack: Vec<(ViewState, Entry)> = vec![(ViewState::default(), Entry::Ordinary)];
        let apply = |stack: &mut Vec<(ViewState, Entry)>, intent: Intent| {
            let (current, entry) = stack.last().cloned().unwrap();
            let t = transition(&current, intent, entry);
            match t.history {
                HistoryOp::None => {}
                HistoryOp::Push(kind) => stack.push((t.next, kind)),
                HistoryOp::Replace => *stack.last_mut().unwrap() = (t.next, entry),
                HistoryOp::Back(steps) => stack.truncate(stack.len() - usize::from(steps)),
            }
        };
        for intent in walk.into_iter().chain([Intent::ClosePaper]) {
            apply(&mut stack, intent);
        }
        let before = stack.clone();
        for i in papers {
            apply(&mut stack, Intent::OpenPaper(ARCHIVE.papers().nth(i).unwrap().0));
        }
        prop_assert!(stack.len() > before.len(), "opening a paper is an entry");
        apply(&mut stack, Intent::ClosePaper);
        prop_assert_eq!(stack, before);
    }
}
