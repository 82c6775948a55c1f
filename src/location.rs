//! The app's own URL state: one signal holding the location's query string, and the three
//! history operations that change it. Nothing else in the app touches `window.history`.
//!
//! Pushing and replacing update the signal at once (the browser fires no event for them);
//! Back and Forward arrive as `popstate`. A `Back` we ask for ourselves is asynchronous: until
//! its `popstate` lands, the signal already shows where it goes, and the view holds further
//! intents (see `view::CurrentView::dispatch`) so that none is computed from a stale entry.
//!
//! Pushes and replaces reach the browser after the frame that shows the change is painted.
//! Chromium walks the whole document on every URL change (`Document::SetURL`): at 5,000 cards
//! that is ~150 ms, which would otherwise sit between a click and its frame. Until then the
//! decided write waits here: replaces coalesce into it, and any other write, a hidden page or
//! a `Back` makes it at once, so history always gets the entries in the order they were decided.

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
    /// Counts the `Back`s we asked for, so a fallback timer only ends the one it was set for.
    backs: StoredValue<u32>,
    /// The history write decided but not made yet (see the module docs).
    unwritten: StoredValue<Option<Write>>,
}

/// A push or replace on its way to the browser's history.
#[derive(Clone)]
struct Write {
    /// Push a new entry, or rewrite the current one.
    push: bool,
    /// The entry's kind, kept in `history.state`.
    entry: Entry,
    /// Path and query.
    url: String,
}

impl Location {
    /// The location at start, following Back and Forward from then on.
    pub fn new() -> Self {
        let location = Self {
            query: RwSignal::new(current_query()),
            pending_back: RwSignal::new(false),
            backs: StoredValue::new(0),
            unwritten: StoredValue::new(None),
        };
        #[cfg(feature = "csr")]
        {
            let popstate = window_event_listener(leptos::ev::popstate, move |_| {
                // The reader moved through history after a change we had not written yet: the
                // traversal is the newer act, and writing the change now would land on the
                // wrong entry.
                location.unwritten.set_value(None);
                location.pending_back.set(false);
                location.query.set(current_query());
            });
            // A page going into the background gets no more frames: write now.
            let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| location.write_now());
            on_cleanup(move || {
                location.write_now();
                popstate.remove();
                hidden.remove();
            });
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

    /// What the current history entry is (the unwritten one, if a write is on its way).
    pub fn entry(&self) -> Entry {
        if let Some(entry) = self.unwritten.with_value(|w| w.as_ref().map(|w| w.entry)) {
            return entry;
        }
        let state = window().history().and_then(|h| h.state()).ok().and_then(|s| s.as_string());
        match state.as_deref() {
            Some(SEARCH_START) => Entry::SearchStart,
            _ => Entry::Ordinary,
        }
    }

    /// Puts `query` (canonical, without `?`) in the URL by way of `op`.
    pub fn apply(&self, op: HistoryOp, query: String) {
        let path = window().location().pathname().unwrap_or_default();
        let url = if query.is_empty() { path } else { format!("{path}?{query}") };
        match op {
            HistoryOp::None => return,
            HistoryOp::Push(entry) => {
                self.write_now();
                self.write_after_paint(Write { push: true, entry, url });
            }
            // A replace folds into a write still on its way, which keeps its kind; otherwise
            // the current entry keeps its kind (a refined search is still the search's entry).
            HistoryOp::Replace => match self.unwritten.try_update_value(|w| w.as_mut().map(|w| w.url = url.clone())) {
                Some(Some(())) => {}
                _ => self.write_after_paint(Write { push: false, entry: self.entry(), url }),
            },
            HistoryOp::Back => {
                self.write_now();
                self.back();
            }
        }
        self.query.set(query);
    }

    /// Asks the browser to go back one entry; its `popstate` ends `pending_back`.
    fn back(&self) {
        let Ok(history) = window().history() else { return };
        self.pending_back.set(true);
        let back = self.backs.try_update_value(|n| {
            *n += 1;
            *n
        });
        // Should the browser never deliver it (it always has), stop holding intents.
        let location = *self;
        set_timeout(
            move || {
                if location.pending_back.get_untracked() && location.backs.try_get_value() == back {
                    location.pending_back.set(false);
                    location.query.set(current_query());
                }
            },
            std::time::Duration::from_secs(1),
        );
        let _ = history.back();
    }

    /// Keeps `write` until the next frame has been painted (at once if the page is hidden).
    fn write_after_paint(&self, write: Write) {
        self.unwritten.set_value(Some(write));
        if document().hidden() {
            return self.write_now();
        }
        // A timeout set from an animation-frame callback runs after that frame's paint.
        let location = *self;
        request_animation_frame(move || set_timeout(move || location.write_now(), std::time::Duration::ZERO));
    }

    /// Makes the write on its way, if any.
    fn write_now(&self) {
        let Some(write) = self.unwritten.try_update_value(Option::take).flatten() else { return };
        let Ok(history) = window().history() else { return };
        let mark = match write.entry {
            Entry::Ordinary => wasm_bindgen::JsValue::NULL,
            Entry::SearchStart => wasm_bindgen::JsValue::from_str(SEARCH_START),
        };
        // Pushing can fail (e.g. Safari's limit of 100 changes in 10 s); the view follows the
        // reader all the same, and the URL catches up on the next change.
        let _ = if write.push {
            history.push_state_with_url(&mark, "", Some(&write.url))
        } else {
            history.replace_state_with_url(&mark, "", Some(&write.url))
        };
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
