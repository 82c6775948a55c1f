//! The current view, derived from the URL: the one place where the router meets the core.

use archive_core::search::Query;
use archive_core::{decode_query, select, Archive, Decoded, Selection, TagIndex, ViewState};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
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
    navigate_to: Callback<(ViewState, bool)>,
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
        let navigate_to = Callback::new(move |(next, replace): (ViewState, bool)| {
            let path = location.pathname.get_untracked();
            let query = next.to_query(archive);
            let url = if query.is_empty() { path } else { format!("{path}?{query}") };
            let browser = window().location();
            let here = format!("{}{}", browser.pathname().unwrap_or_default(), browser.search().unwrap_or_default());
            if url == here {
                return;
            }
            // leptos_router 0.8 decides whether to push by comparing with its own list of
            // visited URLs, which goes stale after Forward or a reload, so a click could change
            // the view without changing the URL. We push the entry ourselves and let the router
            // only replace it (which it always does faithfully) and update its signals.
            if !replace {
                let _ = window().history().and_then(|h| h.push_state_with_url(&JsValue::NULL, "", Some(&url)));
            }
            // Filtering keeps the reader's place; the router would otherwise scroll to the top.
            go(&url, NavigateOptions { scroll: false, replace: true, ..Default::default() });
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
        self.navigate(next, false);
    }

    /// Shows `next`, as a new history entry or (`replace`) in place of the current one.
    pub fn navigate(&self, next: ViewState, replace: bool) {
        self.navigate_to.run((next, replace));
    }

    /// Rewrites the URL to the canonical form of the current state, without a history entry
    /// (used to drop what a notice reported as ignored).
    pub fn tidy_url(&self) {
        self.navigate(self.state.get_untracked(), true);
    }
}

/// The current view, from context. Panics only if a component is used outside `ArchivePage`,
/// which is a programming error.
pub fn use_view() -> CurrentView {
    expect_context::<CurrentView>()
}
