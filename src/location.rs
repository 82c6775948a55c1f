//! The app's own URL state: one signal holding the location's query string, and the three
//! history operations that change it. Nothing else in the app touches `window.history`.
//!
//! Pushing and replacing update the signal at once (the browser fires no event for them);
//! Back and Forward arrive as `popstate`. A `Back` we ask for ourselves is asynchronous: until
//! its `popstate` lands, the signal already shows where it goes, and the view holds further
//! intents (see `view::CurrentView::dispatch`) so that none is computed from a stale entry.

use archive_core::{Entry, HistoryOp};
use leptos::prelude::*;

/// The history state that marks an entry pushed by starting a search.
const SEARCH_START: &str = "search-start";

#[derive(Clone, Copy)]
pub struct Location {
    /// The query string, without its `?` (empty for the default view).
    query: RwSignal<String>,
    /// Whether a `Back` we asked for has not arrived yet.
    pending_back: RwSignal<bool>,
}

impl Location {
    /// The location at start, following Back and Forward from then on.
    pub fn new() -> Self {
        let location = Self { query: RwSignal::new(current_query()), pending_back: RwSignal::new(false) };
        #[cfg(feature = "csr")]
        {
            let handle = window_event_listener(leptos::ev::popstate, move |_| {
                location.pending_back.set(false);
                location.query.set(current_query());
            });
            on_cleanup(move || handle.remove());
        }
        location
    }

    /// The query string, tracked.
    pub fn query(&self) -> Signal<String> {
        self.query.into()
    }

    /// True while a `Back` we asked for is on its way; it turns false when it lands.
    pub fn pending_back(&self) -> Signal<bool> {
        self.pending_back.into()
    }

    /// What the current history entry is.
    pub fn entry(&self) -> Entry {
        let state = window().history().and_then(|h| h.state()).ok().and_then(|s| s.as_string());
        match state.as_deref() {
            Some(SEARCH_START) => Entry::SearchStart,
            _ => Entry::Ordinary,
        }
    }

    /// Puts `query` (canonical, without `?`) in the URL by way of `op`.
    pub fn apply(&self, op: HistoryOp, query: String) {
        let Ok(history) = window().history() else { return };
        let path = window().location().pathname().unwrap_or_default();
        let url = if query.is_empty() { path } else { format!("{path}?{query}") };
        let mark = |entry: Entry| match entry {
            Entry::Ordinary => wasm_bindgen::JsValue::NULL,
            Entry::SearchStart => wasm_bindgen::JsValue::from_str(SEARCH_START),
        };
        // Pushing can fail (e.g. Safari's limit of 100 changes in 10 s); the view follows the
        // reader all the same, and the URL catches up on the next change.
        let _ = match op {
            HistoryOp::None => return,
            HistoryOp::Push(entry) => history.push_state_with_url(&mark(entry), "", Some(&url)),
            // A replaced entry keeps its kind (a refined search is still the search's entry).
            HistoryOp::Replace => history.replace_state_with_url(&mark(self.entry()), "", Some(&url)),
            HistoryOp::Back => {
                self.pending_back.set(true);
                // Should the browser never deliver it (it always has), stop holding intents.
                let location = *self;
                set_timeout(
                    move || {
                        if location.pending_back.get_untracked() {
                            location.pending_back.set(false);
                            location.query.set(current_query());
                        }
                    },
                    std::time::Duration::from_secs(1),
                );
                history.back()
            }
        };
        self.query.set(query);
    }
}

/// The browser's query string, without `?`; empty where there is no browser (the prerender).
fn current_query() -> String {
    #[cfg(feature = "csr")]
    {
        let search = window().location().search().unwrap_or_default();
        search.strip_prefix('?').unwrap_or(&search).to_string()
    }
    #[cfg(not(feature = "csr"))]
    String::new()
}
