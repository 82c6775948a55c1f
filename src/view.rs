//! The current view, derived from the URL: the one place where the router meets the core.

use archive_core::{decode, select, Archive, Decoded, Selection, ViewState};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// Memos derived from the router's query string, shared with every component by context.
/// Nothing here is a copy of state: change the view with [`CurrentView::go`], which navigates.
#[derive(Clone, Copy)]
pub struct CurrentView {
    pub archive: &'static Archive,
    /// The URL's state plus notices about what it ignored.
    pub decoded: Memo<Decoded>,
    pub state: Memo<ViewState>,
    pub selection: Memo<Selection>,
    navigate: Callback<(ViewState, bool)>,
}

impl CurrentView {
    /// Derives the view from the router and provides it to descendants. Call inside `<Router>`.
    pub fn provide(archive: &'static Archive) -> Self {
        let query = use_query_map();
        let decoded = Memo::new(move |_| query.with(|q| decode(archive, q)));
        let state = Memo::new(move |_| decoded.with(|d| d.state.clone()));
        let selection = Memo::new(move |_| state.with(|s| select(archive, s)));
        let location = use_location();
        let go = use_navigate();
        let navigate = Callback::new(move |(next, replace): (ViewState, bool)| {
            let path = location.pathname.get_untracked();
            let query = next.to_query(archive);
            let url = if query.is_empty() { path } else { format!("{path}?{query}") };
            // Filtering keeps the reader's place; the router would otherwise scroll to the top.
            go(&url, NavigateOptions { scroll: false, replace, ..Default::default() });
        });
        let view = Self { archive, decoded, state, selection, navigate };
        provide_context(view);
        view
    }

    /// Shows `next`, as a new history entry (so Back returns to the current view).
    pub fn go(&self, next: ViewState) {
        self.navigate.run((next, false));
    }

    /// Rewrites the URL to the canonical form of the current state, without a history entry
    /// (used to drop what a notice reported as ignored).
    pub fn tidy_url(&self) {
        self.navigate.run((self.state.get_untracked(), true));
    }
}

/// The current view, from context. Panics only if a component is used outside `ArchivePage`,
/// which is a programming error.
pub fn use_view() -> CurrentView {
    expect_context::<CurrentView>()
}
