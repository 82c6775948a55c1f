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
//! - A paper's detail dialog is the other exception, so that looking at a paper costs one
//!   Back, not two. Opening a paper over a view without one pushes an entry marked as a paper
//!   opened here; a paper opened from that dialog (its lineage) pushes one more, marked one
//!   deeper, so Back walks back through the papers read. Closing the dialog (Close, Esc) while
//!   on such an entry goes back as many entries as it is deep, to the entry before the dialog
//!   opened, instead of pushing the same view again. A dialog that did not open here (a shared
//!   link with `?paper=`) closes as an ordinary change: a new entry with the link's view
//!   without the paper. While the dialog is open, any other change is an ordinary new entry,
//!   a refined search included, so a dialog's entries differ from the one before them only in
//!   the paper, which is what going back relies on.
//! - Tidying the URL (dropping what a notice reported as ignored) replaces the entry.
//! - An intent that changes nothing touches no history.

use crate::archive::{EraIndex, PaperIndex, TagIndex};
use crate::page::{PAPER_OPEN_STATE, SEARCH_START_STATE};
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
    /// An entry that opening a paper's detail pushed: the n-th paper opened one from another
    /// in the dialog (1 for the one opened from the page). Closing goes back n entries.
    PaperOpen(u16),
}

impl Entry {
    /// The mark `browser-history` keeps in the entry's `history.state`, which survives reloads
    /// (so a reloaded search or dialog still ends by going back); none for an ordinary entry.
    pub fn mark(self) -> Option<String> {
        match self {
            Entry::Ordinary => None,
            Entry::SearchStart => Some(SEARCH_START_STATE.to_string()),
            Entry::PaperOpen(depth) => Some(format!("{PAPER_OPEN_STATE}:{depth}")),
        }
    }

    /// The kind of the entry whose `history.state` holds `mark`: anything that is not one of
    /// [`Entry::mark`]'s marks is an ordinary entry.
    pub fn from_mark(mark: Option<&str>) -> Self {
        let Some(mark) = mark else { return Entry::Ordinary };
        if mark == SEARCH_START_STATE {
            return Entry::SearchStart;
        }
        let depth = mark.strip_prefix(PAPER_OPEN_STATE).and_then(|d| d.strip_prefix(':')).and_then(|d| d.parse().ok());
        match depth {
            Some(depth @ 1..) => Entry::PaperOpen(depth),
            _ => Entry::Ordinary,
        }
    }
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
    /// Go back this many entries: to the one before a search began, or before a dialog opened,
    /// whose state is the next state.
    Back(u16),
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
        Intent::OpenPaper(paper) => open(current, paper, entry),
        Intent::ClosePaper => close(current, entry),
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
        // A dialog's entry keeps the view it opened over (see `close`).
        (false, false) if matches!(entry, Entry::PaperOpen(_)) => HistoryOp::Push(Entry::Ordinary),
        (false, false) => HistoryOp::Replace,
        (false, true) if entry == Entry::SearchStart => HistoryOp::Back(1),
        _ => HistoryOp::Push(Entry::Ordinary),
    };
    Transition { next, history }
}

/// Opening a paper: one entry deeper into a dialog opened here, or the first of one.
fn open(current: &ViewState, paper: PaperIndex, entry: Entry) -> Transition {
    let next = current.with_paper(Some(paper));
    let history = match (current.paper, entry) {
        _ if next == *current => HistoryOp::None,
        (None, _) => HistoryOp::Push(Entry::PaperOpen(1)),
        (Some(_), Entry::PaperOpen(depth)) => HistoryOp::Push(Entry::PaperOpen(depth.saturating_add(1))),
        // Another paper opened from a shared link's dialog: the link's entry stays as it was.
        (Some(_), _) => HistoryOp::Push(Entry::Ordinary),
    };
    Transition { next, history }
}

/// Closing the dialog: back to the entry before it where it opened here, a new entry otherwise.
fn close(current: &ViewState, entry: Entry) -> Transition {
    let next = current.with_paper(None);
    let history = match entry {
        _ if next == *current => HistoryOp::None,
        Entry::PaperOpen(depth) => HistoryOp::Back(depth),
        _ => HistoryOp::Push(Entry::Ordinary),
    };
    Transition { next, history }
}
