//! The history writer: when each decided change reaches the browser's history, on a fast page
//! and a slow one, with Back, hidden pages and traversals; and, as properties, that slow writes
//! end in the very history fast writes make, and that a Back wins over anything after it.

mod common;

use archive_core::history::{Action, Ticket, Write, Writer};
use archive_core::{Entry, Intent};
use common::{any_intent, ARCHIVE};
use proptest::prelude::*;

fn tag(slug: &str) -> Intent {
    Intent::ToggleTag(ARCHIVE.tag_by_slug(slug).unwrap())
}

fn typed(text: &str) -> Intent {
    Intent::TypeSearch(text.into())
}

fn push(entry: Entry, query: &str) -> Action {
    Action::Write(Write { push: true, entry, query: query.into() })
}

fn replace(entry: Entry, query: &str) -> Action {
    Action::Write(Write { push: false, entry, query: query.into() })
}

fn show(query: &str) -> Action {
    Action::Show(query.into())
}

fn fast() -> Writer {
    Writer::new(&ARCHIVE, "", Entry::Ordinary, false)
}

fn slow() -> Writer {
    Writer::new(&ARCHIVE, "", Entry::Ordinary, true)
}

/// The ticket of the single wait in `actions`.
fn wait_in(actions: &[Action]) -> Ticket {
    let waits: Vec<Ticket> = actions
        .iter()
        .filter_map(|a| match a {
            Action::AfterPaint(t) | Action::AfterPause(t) | Action::Back { ticket: t, .. } => Some(*t),
            _ => None,
        })
        .collect();
    assert_eq!(waits.len(), 1, "{actions:?}");
    waits[0]
}

#[test]
fn on_a_fast_page_a_change_is_written_before_it_shows() {
    let mut w = fast();
    assert_eq!(w.intent(&ARCHIVE, tag("moe")), [push(Entry::Ordinary, "tags=moe"), show("tags=moe")]);
    assert_eq!(w.intent(&ARCHIVE, typed("att")), [push(Entry::SearchStart, "tags=moe&q=att"), show("tags=moe&q=att")]);
    assert_eq!(
        w.intent(&ARCHIVE, typed("atte")),
        [replace(Entry::SearchStart, "tags=moe&q=atte"), show("tags=moe&q=atte")]
    );
}

#[test]
fn an_intent_that_changes_nothing_does_nothing() {
    let mut w = fast();
    assert_eq!(w.intent(&ARCHIVE, Intent::ClearFilters), []);
    assert_eq!(w.intent(&ARCHIVE, typed("   ")), []);
}

#[test]
fn on_a_slow_page_a_push_waits_for_the_painted_frame() {
    let mut w = slow();
    let actions = w.intent(&ARCHIVE, tag("moe"));
    let ticket = wait_in(&actions);
    assert_eq!(actions, [Action::AfterPaint(ticket), show("tags=moe")]);
    assert_eq!(w.waited(ticket), [push(Entry::Ordinary, "tags=moe")]);
    assert_eq!(w.waited(ticket), [], "a wait acts once");
}

#[test]
fn on_a_slow_page_refining_waits_for_typing_to_pause_and_only_the_last_pause_writes() {
    let mut w = slow();
    let start = wait_in(&w.intent(&ARCHIVE, typed("a")));
    assert_eq!(w.waited(start), [push(Entry::SearchStart, "q=a")]);
    let first = wait_in(&w.intent(&ARCHIVE, typed("at")));
    let second = w.intent(&ARCHIVE, typed("att"));
    let last = wait_in(&second);
    assert_eq!(second, [Action::AfterPause(last), show("q=att")]);
    assert_eq!(w.waited(first), [], "a later key moved the pause");
    assert_eq!(w.waited(last), [replace(Entry::SearchStart, "q=att")]);
}

#[test]
fn a_refinement_while_its_push_waits_folds_into_the_push() {
    let mut w = slow();
    let ticket = wait_in(&w.intent(&ARCHIVE, typed("a")));
    assert_eq!(w.intent(&ARCHIVE, typed("at")), [show("q=at")]);
    assert_eq!(w.waited(ticket), [push(Entry::SearchStart, "q=at")]);
}

#[test]
fn a_second_push_writes_the_waiting_one_first() {
    let mut w = slow();
    let first = wait_in(&w.intent(&ARCHIVE, tag("moe")));
    let actions = w.intent(&ARCHIVE, tag("rlhf"));
    let second = wait_in(&actions);
    assert_eq!(actions, [push(Entry::Ordinary, "tags=moe"), Action::AfterPaint(second), show("tags=moe,rlhf")]);
    assert_eq!(w.waited(first), []);
    assert_eq!(w.waited(second), [push(Entry::Ordinary, "tags=moe,rlhf")]);
}

#[test]
fn a_hidden_page_writes_what_waits_and_then_writes_at_once() {
    let mut w = slow();
    let ticket = wait_in(&w.intent(&ARCHIVE, tag("moe")));
    assert_eq!(w.visibility(true), [push(Entry::Ordinary, "tags=moe")]);
    assert_eq!(w.waited(ticket), []);
    assert_eq!(w.intent(&ARCHIVE, tag("rlhf")), [push(Entry::Ordinary, "tags=moe,rlhf"), show("tags=moe,rlhf")]);
    assert_eq!(w.visibility(false), []);
    assert!(matches!(w.intent(&ARCHIVE, tag("rlhf"))[0], Action::AfterPaint(_)));
}

#[test]
fn a_slow_write_makes_the_next_wait_and_a_quick_one_ends_that() {
    let mut w = fast();
    w.written(150.0);
    assert!(matches!(w.intent(&ARCHIVE, tag("moe"))[0], Action::AfterPaint(_)));
    let mut w = slow();
    w.written(2.0);
    assert_eq!(w.intent(&ARCHIVE, tag("moe"))[0], push(Entry::Ordinary, "tags=moe"));
}

#[test]
fn emptying_a_search_goes_back_and_holds_intents_until_the_back_lands() {
    let mut w = fast();
    w.intent(&ARCHIVE, tag("moe"));
    w.intent(&ARCHIVE, typed("att"));
    let actions = w.intent(&ARCHIVE, typed(""));
    let back = wait_in(&actions);
    assert_eq!(actions, [Action::Back { steps: 1, ticket: back }, show("tags=moe")]);
    assert!(w.awaiting_back());
    // The reader clicks twice before the browser delivers the Back.
    assert_eq!(w.intent(&ARCHIVE, tag("rlhf")), []);
    assert_eq!(w.intent(&ARCHIVE, tag("moe")), []);
    assert_eq!(
        w.traversed(&ARCHIVE, "tags=moe", Entry::Ordinary),
        [
            show("tags=moe"),
            push(Entry::Ordinary, "tags=moe,rlhf"),
            show("tags=moe,rlhf"),
            push(Entry::Ordinary, "tags=rlhf"),
            show("tags=rlhf"),
        ]
    );
    assert!(!w.awaiting_back());
}

#[test]
fn a_back_writes_what_waits_before_it_goes() {
    let mut w = slow();
    let start = wait_in(&w.intent(&ARCHIVE, typed("a")));
    w.waited(start);
    wait_in(&w.intent(&ARCHIVE, typed("at")));
    let actions = w.intent(&ARCHIVE, Intent::ClearSearch);
    let back = wait_in(&actions);
    assert_eq!(actions, [replace(Entry::SearchStart, "q=at"), Action::Back { steps: 1, ticket: back }, show("")]);
}

#[test]
fn a_traversal_drops_the_write_that_waits() {
    let mut w = slow();
    let ticket = wait_in(&w.intent(&ARCHIVE, tag("moe")));
    assert_eq!(w.traversed(&ARCHIVE, "tags=rlhf", Entry::Ordinary), [show("tags=rlhf")]);
    assert_eq!(w.waited(ticket), []);
    assert_eq!(w.flushed(), []);
    assert_eq!(w.state(), &archive_core::decode_query(&ARCHIVE, "tags=rlhf").state);
}

#[test]
fn a_back_that_never_lands_stops_holding_after_its_timeout_only() {
    let mut w = fast();
    w.intent(&ARCHIVE, typed("att"));
    let back = wait_in(&w.intent(&ARCHIVE, typed("")));
    w.intent(&ARCHIVE, tag("moe"));
    // Another wait's ticket does not end this Back.
    let mut other = slow();
    other.intent(&ARCHIVE, tag("moe"));
    let another = wait_in(&other.intent(&ARCHIVE, tag("rlhf")));
    assert_ne!(another, back);
    assert_eq!(w.back_overdue(&ARCHIVE, another, "", Entry::Ordinary), []);
    assert!(w.awaiting_back());
    assert_eq!(
        w.back_overdue(&ARCHIVE, back, "", Entry::Ordinary),
        [show(""), push(Entry::Ordinary, "tags=moe"), show("tags=moe")]
    );
    assert_eq!(w.back_overdue(&ARCHIVE, back, "", Entry::Ordinary), [], "landed already");
}

#[test]
fn a_page_opened_on_a_search_entry_refines_it_and_empties_it_by_going_back() {
    let mut w = Writer::new(&ARCHIVE, "q=att", Entry::SearchStart, false);
    assert_eq!(w.intent(&ARCHIVE, typed("atte")), [replace(Entry::SearchStart, "q=atte"), show("q=atte")]);
    assert!(matches!(w.intent(&ARCHIVE, Intent::ClearSearch)[0], Action::Back { steps: 1, .. }));
}

#[test]
fn closing_a_paper_goes_back_past_the_papers_opened_from_it() {
    let paper = |id: &str| Intent::OpenPaper(ARCHIVE.paper_by_id(id).unwrap());
    let mut w = fast();
    w.intent(&ARCHIVE, tag("rlhf"));
    assert_eq!(
        w.intent(&ARCHIVE, paper("gpt-4")),
        [push(Entry::PaperOpen(1), "tags=rlhf&paper=gpt-4"), show("tags=rlhf&paper=gpt-4")]
    );
    // A paper of its lineage, opened in the dialog: one entry deeper.
    assert_eq!(
        w.intent(&ARCHIVE, paper("gpt-3")),
        [push(Entry::PaperOpen(2), "tags=rlhf&paper=gpt-3"), show("tags=rlhf&paper=gpt-3")]
    );
    let actions = w.intent(&ARCHIVE, Intent::ClosePaper);
    let back = wait_in(&actions);
    assert_eq!(actions, [Action::Back { steps: 2, ticket: back }, show("tags=rlhf")]);
    assert_eq!(w.traversed(&ARCHIVE, "tags=rlhf", Entry::Ordinary), [show("tags=rlhf")]);
    // A dialog the page opened on (a shared link, or a reload of one) closes as it was marked.
    let mut link = Writer::new(&ARCHIVE, "paper=lstm", Entry::Ordinary, false);
    assert_eq!(link.intent(&ARCHIVE, Intent::ClosePaper), [push(Entry::Ordinary, ""), show("")]);
    let mut reloaded = Writer::new(&ARCHIVE, "paper=lstm", Entry::PaperOpen(1), false);
    assert!(matches!(reloaded.intent(&ARCHIVE, Intent::ClosePaper)[0], Action::Back { steps: 1, .. }));
}

/// What the reader and the browser do, in any order.
#[derive(Clone, Debug)]
enum Step {
    Intent(Intent),
    /// One of the waits asked for ends (the n-th of those outstanding, modulo their number).
    Wait(usize),
    /// The Back we asked for lands.
    Land,
    Hide(bool),
}

fn any_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => any_intent().prop_map(Step::Intent),
        3 => (0..8usize).prop_map(Step::Wait),
        1 => Just(Step::Land),
        1 => any::<bool>().prop_map(Step::Hide),
    ]
}

/// A browser's history, as far as the writer can change it.
struct Browser {
    entries: Vec<(String, Entry)>,
    at: usize,
    waits: Vec<Ticket>,
    back: Option<Ticket>,
    shown: String,
}

impl Browser {
    fn new() -> Self {
        Self {
            entries: vec![(String::new(), Entry::Ordinary)],
            at: 0,
            waits: Vec::new(),
            back: None,
            shown: String::new(),
        }
    }

    fn carry_out(&mut self, actions: Vec<Action>) {
        for action in actions {
            match action {
                Action::Show(query) => self.shown = query,
                Action::Write(write) => {
                    assert!(self.back.is_none(), "wrote {write:?} while a Back was on its way");
                    if write.push {
                        self.entries.truncate(self.at + 1);
                        self.entries.push((write.query, write.entry));
                        self.at += 1;
                    } else {
                        self.entries[self.at] = (write.query, write.entry);
                    }
                }
                Action::AfterPaint(t) | Action::AfterPause(t) => self.waits.push(t),
                Action::Back { steps, ticket } => {
                    assert!(self.at >= usize::from(steps), "went back past the first entry");
                    self.at -= usize::from(steps);
                    self.back = Some(ticket);
                }
            }
        }
    }

    fn land(&mut self, writer: &mut Writer) {
        if self.back.take().is_some() {
            let (query, entry) = self.entries[self.at].clone();
            let actions = writer.traversed(&ARCHIVE, &query, entry);
            self.carry_out(actions);
        }
    }

    /// The entries up to the current one: what Back walks through.
    fn past(&self) -> &[(String, Entry)] {
        &self.entries[..=self.at]
    }
}

/// Runs `steps` on a writer (slow or not) and returns the browser's history when all is done.
fn run(steps: &[Step], slow: bool) -> (Browser, Writer) {
    let mut writer = Writer::new(&ARCHIVE, "", Entry::Ordinary, slow);
    let mut browser = Browser::new();
    for step in steps {
        match step {
            Step::Intent(intent) => {
                let actions = writer.intent(&ARCHIVE, intent.clone());
                browser.carry_out(actions);
            }
            Step::Wait(n) if !browser.waits.is_empty() => {
                let ticket = browser.waits.remove(n % browser.waits.len());
                let actions = writer.waited(ticket);
                browser.carry_out(actions);
            }
            Step::Wait(_) => {}
            Step::Land => browser.land(&mut writer),
            Step::Hide(hidden) => {
                let actions = writer.visibility(*hidden);
                browser.carry_out(actions);
            }
        }
    }
    // Held intents may ask for a Back of their own.
    while browser.back.is_some() {
        browser.land(&mut writer);
    }
    let actions = writer.flushed();
    browser.carry_out(actions);
    (browser, writer)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Entries keep their order: whatever the timing of frames, pauses, Backs and hidden pages,
    /// a slow page ends with exactly the history a fast page writes at once, showing the same view.
    #[test]
    fn slow_writes_end_in_the_history_fast_writes_make(steps in proptest::collection::vec(any_step(), 0..60)) {
        let intents: Vec<Step> = steps.iter().filter(|s| matches!(s, Step::Intent(_))).cloned().collect();
        let (fast, fast_writer) = run(&intents.iter().flat_map(|s| [s.clone(), Step::Land]).collect::<Vec<_>>(), false);
        let (slow, slow_writer) = run(&steps, true);
        prop_assert_eq!(slow.past(), fast.past());
        prop_assert_eq!(slow_writer.state(), fast_writer.state());
        prop_assert_eq!(&slow.shown, &fast.shown);
        // And what is shown is what the current entry holds.
        prop_assert_eq!(&slow.past().last().unwrap().0, &slow.shown);
    }

    /// A Back before a write wins: from the moment a Back is asked for until it lands, the
    /// reader's intents change neither history nor the view (they are held, and applied after).
    #[test]
    fn nothing_is_written_or_shown_while_a_back_is_on_its_way(
        steps in proptest::collection::vec(any_step(), 0..60),
        slow in any::<bool>(),
    ) {
        let mut writer = Writer::new(&ARCHIVE, "", Entry::Ordinary, slow);
        let mut browser = Browser::new();
        for step in &steps {
            let actions = match step {
                Step::Intent(intent) => writer.intent(&ARCHIVE, intent.clone()),
                Step::Wait(n) if !browser.waits.is_empty() => {
                    let ticket = browser.waits.remove(n % browser.waits.len());
                    writer.waited(ticket)
                }
                Step::Wait(_) => Vec::new(),
                Step::Land => { browser.land(&mut writer); Vec::new() }
                Step::Hide(hidden) => writer.visibility(*hidden),
            };
            if browser.back.is_some() {
                prop_assert_eq!(&actions, &Vec::<Action>::new(), "after {:?}", step);
            }
            // `carry_out` itself fails on a write while a Back is on its way.
            browser.carry_out(actions);
        }
    }
}
