//! The current view, derived from the URL: the one place where the router meets the core.

use archive_core::search::Query;
use archive_core::{decode_query, select, Archive, Decoded, Selection, TagIndex, ViewState};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::location::State;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsValue;

/// Memos derived from the router's query string, shared with every component by context.
/// Nothing here is a copy of state: change the view with [`CurrentView::go`], which navigates.
#[derive(Clone, Copy)]
pub struct CurrentView {
    pub archive: &'static Archive,
    /// The URL's state plus notices about what it ignored.
    pub decoded: Memo<Decoded>,
    pub state: Memo<ViewState>,
    pub selection: Memo<Selection>,
    /// The parsed search, for highlighting matches.
    pub query: Memo<Query>,
    /// Per tag: is it selected? One memo per tag, so a click notifies only the chips of the
    /// tag that changed, not every chip on every card.
    tag_selected: StoredValue<Vec<Memo<bool>>>,
    navigate_to: Callback<(ViewState, Entry)>,
}

impl CurrentView {
    /// Derives the view from the router and provides it to descendants. Call inside `<Router>`.
    ///
    /// The raw query string is decoded by the core's codec rather than through
    /// `use_query_map`, whose `ParamsMap` (leptos_router 0.8) percent-decodes values twice
    /// (`?tags=mo%2565` would select "moe") and regroups repeated parameters.
    pub fn provide(archive: &'static Archive) -> Self {
        let location = use_location();
        let decoded = Memo::new(move |_| location.search.with(|q| decode_query(archive, q)));
        let state = Memo::new(move |_| decoded.with(|d| d.state.clone()));
        let selection = Memo::new(move |_| state.with(|s| select(archive, s)));
        let query = Memo::new(move |_| state.with(|s| Query::new(&s.search)));
        let tag_selected = StoredValue::new(
            archive.tags().map(|(tag, _)| Memo::new(move |_| state.with(|s| s.tags.contains(&tag)))).collect(),
        );
        let go = use_navigate();
        let navigate_to = Callback::new(move |(next, entry): (ViewState, Entry)| {
            let path = location.pathname.get_untracked();
            let query = next.to_query(archive);
            let url = if query.is_empty() { path } else { format!("{path}?{query}") };
            let browser = window().location();
            let here = format!("{}{}", browser.pathname().unwrap_or_default(), browser.search().unwrap_or_default());
            if url == here {
                return;
            }
            let Ok(history) = window().history() else { return };
            // leptos_router 0.8 decides whether to push by comparing with its own list of
            // visited URLs, which goes stale after Forward or a reload, so a click could change
            // the view without changing the URL. We push the entry ourselves and let the router
            // only replace it (which it always does faithfully) and update its signals. A
            // replaced entry keeps its history state (the search-start mark).
            let state = match entry {
                Entry::Replace => history.state().unwrap_or(JsValue::NULL),
                Entry::Push => JsValue::NULL,
                Entry::SearchStart => JsValue::from_str(SEARCH_START),
            };
            if entry != Entry::Replace {
                let _ = history.push_state_with_url(&state, "", Some(&url));
            }
            // Filtering keeps the reader's place; the router would otherwise scroll to the top.
            let options =
                NavigateOptions { scroll: false, replace: true, state: State::new(Some(state)), ..Default::default() };
            go(&url, options);
        });
        let view = Self { archive, decoded, state, selection, query, tag_selected, navigate_to };
        provide_context(view);
        view
    }

    /// Whether `tag` is selected, as a memo that changes only when that tag does.
    pub fn tag_selected(&self, tag: TagIndex) -> Memo<bool> {
        self.tag_selected.with_value(|memos| memos[tag.get()])
    }

    /// Shows `next`, as a new history entry (so Back returns to the current view).
    pub fn go(&self, next: ViewState) {
        self.navigate_to.run((next, Entry::Push));
    }

    /// Shows `next` in place of the current history entry.
    pub fn replace(&self, next: ViewState) {
        self.navigate_to.run((next, Entry::Replace));
    }

    /// Follows typing in the search box. Starting a search is one new history entry, refining
    /// it replaces that entry, and deleting it back to empty goes back to the entry before the
    /// search began, as if it had never been typed (rather than leaving a second copy of that
    /// view in the history, where Back would seem to do nothing).
    pub fn search(&self, next: ViewState) {
        let current = self.state.get_untracked();
        match (current.search.is_empty(), next.search.is_empty()) {
            (true, false) => self.navigate_to.run((next, Entry::SearchStart)),
            (false, true) if at_search_start() && next == current.with_search("") => {
                let _ = window().history().and_then(|h| h.back());
            }
            _ => self.replace(next),
        }
    }

    /// Rewrites the URL to the canonical form of the current state, without a history entry
    /// (used to drop what a notice reported as ignored).
    pub fn tidy_url(&self) {
        self.replace(self.state.get_untracked());
    }
}

/// How a navigation enters the browser's history.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Entry {
    Push,
    Replace,
    /// A push that starts a search, marked so that deleting the search can go back over it.
    SearchStart,
}

/// The history state of an entry pushed by starting a search.
const SEARCH_START: &str = "search-start";

/// Whether the current history entry is one that starting a search pushed (and refining it
/// since has only replaced).
fn at_search_start() -> bool {
    window().history().and_then(|h| h.state()).ok().and_then(|state| state.as_string()).as_deref() == Some(SEARCH_START)
}

/// The current view, from context. Panics only if a component is used outside `ArchivePage`,
/// which is a programming error.
pub fn use_view() -> CurrentView {
    expect_context::<CurrentView>()
}
