//! The one way the view changes: a reader's [`Intent`] and the pure [`transition`] that turns
//! it into the next state and what happens to the browser's history.
//!
//! Components never build states or choose history rules; they name what the reader did, and
//! the app's single dispatch applies the [`Transition`] this module decides. Keeping the rules
//! here means every one of them is tested natively, without a browser.
//!
//! The history rules:
//! - Every change of view is one new history entry, so Back undoes it.
//! - Search is the exception, because it changes per keystroke. Starting a search (empty → text)
//!   pushes one entry, marked as a search start; refining it replaces that entry; emptying it
//!   (Backspace, Esc, "Clear the search") while still on that entry goes back to the entry before
//!   the search, as if it had never been typed. Emptying a search that did not start here (a
//!   shared link with `?q=`) is an ordinary change: a new entry.
//! - Tidying the URL (dropping what a notice reported as ignored) replaces the entry.
//! - An intent that changes nothing touches no history.

use crate::archive::{EraIndex, PaperIndex, TagIndex};
use crate::view_state::{MatchMode, Presentation, Sort, ViewState};

/// Something the reader did that may change the view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intent {
    /// A tag-bar toggle: select the tag, or deselect it if selected.
    ToggleTag(TagIndex),
    /// A card's tag chip: add the tag to the filter (no change if already there).
    AddTag(TagIndex),
    SetMatch(MatchMode),
    /// The search box's text, as typed (cleaned the way a URL's `q` is).
    TypeSearch(String),
    /// Esc in the search box, or the empty state's "Clear the search".
    ClearSearch,
    /// "Clear filters" / "Show all papers": tags, match, search and era go; sort and
    /// presentation stay.
    ClearFilters,
    SetEra(Option<EraIndex>),
    SetSort(Sort),
    SetPresentation(Presentation),
    OpenPaper(PaperIndex),
    ClosePaper,
    /// Rewrite the URL in its canonical form, dropping what was ignored.
    TidyUrl,
}

/// What the current history entry is, as far as the rules care.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Entry {
    /// Any entry: a page load, a shared link, a change of view.
    #[default]
    Ordinary,
    /// The entry that starting a search pushed, refined in place since.
    SearchStart,
}

/// What to do to the browser's history to show the next state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HistoryOp {
    /// Nothing changed.
    None,
    /// A new entry of the given kind.
    Push(Entry),
    /// Rewrite the current entry (keeping its kind).
    Replace,
    /// Go back one entry: the one before a search began, whose state is the next state.
    Back,
}

/// The outcome of an intent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transition {
    pub next: ViewState,
    pub history: HistoryOp,
}

/// Applies `intent` to `current`, on a history entry of kind `entry`. Pure and total.
pub fn transition(current: &ViewState, intent: Intent, entry: Entry) -> Transition {
    let change = |next: ViewState| {
        let history = if next == *current { HistoryOp::None } else { HistoryOp::Push(Entry::Ordinary) };
        Transition { next, history }
    };
    match intent {
        Intent::ToggleTag(tag) => change(current.toggled(tag)),
        Intent::AddTag(tag) => change(current.with_tag(tag)),
        Intent::SetMatch(mode) => change(current.with_match_mode(mode)),
        Intent::SetEra(era) => change(current.with_era(era)),
        Intent::SetSort(sort) => change(current.with_sort(sort)),
        Intent::SetPresentation(presentation) => change(current.with_presentation(presentation)),
        Intent::OpenPaper(paper) => change(current.with_paper(Some(paper))),
        Intent::ClosePaper => change(current.with_paper(None)),
        Intent::ClearFilters => change(current.unfiltered()),
        Intent::TypeSearch(text) => search(current, current.with_search(&text), entry),
        Intent::ClearSearch => search(current, current.with_search(""), entry),
        Intent::TidyUrl => Transition { next: current.clone(), history: HistoryOp::Replace },
    }
}

/// The search rules of the module docs.
fn search(current: &ViewState, next: ViewState, entry: Entry) -> Transition {
    let history = match (current.search.is_empty(), next.search.is_empty()) {
        _ if next == *current => HistoryOp::None,
        (true, false) => HistoryOp::Push(Entry::SearchStart),
        (false, false) => HistoryOp::Replace,
        (false, true) if entry == Entry::SearchStart => HistoryOp::Back,
        _ => HistoryOp::Push(Entry::Ordinary),
    };
    Transition { next, history }
}
