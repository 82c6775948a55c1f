//! The app's own URL state: one signal holding the location's query string, and the three
//! history operations that change it. Nothing else in the app touches `window.history`. At
//! start it takes tracking parameters out of the address (a replace, no new entry).
//!
//! Pushing and replacing update the signal at once (the browser fires no event for them);
//! Back and Forward arrive as `popstate`. A `Back` we ask for ourselves is asynchronous: until
//! its `popstate` lands, the signal already shows where it goes, and the view holds further
//! intents (see `view::CurrentView::dispatch`) so that none is computed from a stale entry.
//!
//! Chromium walks the whole document on every URL change (`Document::SetURL`): at 46 cards
//! that is well under a millisecond, at 5,000 cards ~150 ms, which would sit between a click
//! and its frame, and between every two keys typed. So while writes are slow
//! ([`SLOW_WRITE_MS`]; measured on each write, guessed from the page's size before the first),
//! they reach the browser's history a little after the change shows:
//! - A push (a new entry) is written once the frame that shows the change is painted.
//! - A replace (a refined search) waits until typing pauses ([`REFINE_PAUSE`]); one that comes
//!   while a push waits folds into it.
//! - Another push, a `Back`, a hidden page and unmounting write the waiting change at once, so
//!   history gets its entries in the order they were decided; a `popstate` drops it (the
//!   traversal is the newer act).

use archive_core::{Entry, HistoryOp};
use leptos::prelude::*;

/// The history state that marks an entry pushed by starting a search.
const SEARCH_START: &str = "search-start";

/// A URL write that takes longer than this makes the next ones wait too (see the module docs).
/// Well above a small page's writes: 1–3 ms at 46 cards, up to ~12 ms for a phone's first one.
const SLOW_WRITE_MS: f64 = 25.0;

/// How long a refined search waits for the next key before it is written to the URL.
const REFINE_PAUSE: std::time::Duration = std::time::Duration::from_millis(300);

#[derive(Clone, Copy)]
pub struct Location {
    /// The query string, without its `?` (empty for the default view).
    query: RwSignal<String>,
    /// Whether a `Back` we asked for has not arrived yet.
    pending_back: RwSignal<bool>,
    /// Counts changes of the browser's current entry: our writes, and Back and Forward.
    entries: RwSignal<u64>,
    /// Counts the `Back`s we asked for, so a fallback timer only ends the one it was set for.
    backs: StoredValue<u32>,
    /// The history write decided but not made yet (see the module docs).
    unwritten: StoredValue<Option<Write>>,
    /// Counts scheduled writes, so that only the latest schedule makes a waiting write.
    schedules: StoredValue<u32>,
    /// Whether the last write took longer than [`SLOW_WRITE_MS`]; before the first, the
    /// guess made at start, so that a large page's first click does not pay for finding out.
    slow: StoredValue<bool>,
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
    /// The location at start, following Back and Forward from then on. `large`: whether the
    /// page is expected to be large enough for URL writes to be slow.
    pub fn new(large: bool) -> Self {
        tidy_tracking();
        let location = Self {
            query: RwSignal::new(current_query()),
            pending_back: RwSignal::new(false),
            entries: RwSignal::new(0),
            backs: StoredValue::new(0),
            unwritten: StoredValue::new(None),
            schedules: StoredValue::new(0),
            slow: StoredValue::new(large),
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
                location.entries.update(|n| *n += 1);
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

    /// Changes whenever the browser's current entry does (a write of ours, Back or Forward):
    /// the moment to give the entry its title, which browsers attach to the current entry.
    pub fn entries(&self) -> Signal<u64> {
        self.entries.into()
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
                self.write_later(Write { push: true, entry, url });
            }
            // A replaced entry keeps its kind (a refined search is still the search's entry).
            HistoryOp::Replace => match self.unwritten.get_value() {
                Some(waiting) if waiting.push => self.unwritten.set_value(Some(Write { url, ..waiting })),
                Some(waiting) => self.write_later(Write { url, ..waiting }),
                None => self.write_later(Write { push: false, entry: self.entry(), url }),
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
        let back = count(self.backs);
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

    /// While writes are slow, keeps `write` until the next frame has been painted (a push) or
    /// typing pauses (a replace); otherwise, or in a hidden page (which paints no frames),
    /// writes it at once.
    fn write_later(&self, write: Write) {
        let push = write.push;
        self.unwritten.set_value(Some(write));
        if !self.slow.try_get_value().unwrap_or(false) || document().hidden() {
            return self.write_now();
        }
        let schedule = count(self.schedules);
        let location = *self;
        let write_if_latest = move || {
            if location.schedules.try_get_value() == schedule {
                location.write_now();
            }
        };
        if push {
            // A timeout set from an animation-frame callback runs after that frame's paint.
            request_animation_frame(move || set_timeout(write_if_latest, std::time::Duration::ZERO));
        } else {
            set_timeout(write_if_latest, REFINE_PAUSE);
        }
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
        let started = js_sys::Date::now();
        let _ = if write.push {
            history.push_state_with_url(&mark, "", Some(&write.url))
        } else {
            history.replace_state_with_url(&mark, "", Some(&write.url))
        };
        self.slow.set_value(js_sys::Date::now() - started > SLOW_WRITE_MS);
        self.entries.update(|n| *n += 1);
    }
}

/// Adds one to `counter` and returns the new count (`None` once the app is gone).
fn count(counter: StoredValue<u32>) -> Option<u32> {
    counter.try_update_value(|n| {
        *n += 1;
        *n
    })
}

/// Takes the tracking parameters sites add to links (`utm_source`, `fbclid`…) out of the
/// address, keeping its history entry: a link shared on from here is the view, not its
/// trail. Their names are the core's ([`archive_core::view_state::without_tracking`]).
fn tidy_tracking() {
    #[cfg(feature = "csr")]
    {
        let location = window().location();
        let Some(query) = archive_core::view_state::without_tracking(&location.search().unwrap_or_default()) else {
            return;
        };
        let Ok(history) = window().history() else { return };
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&url));
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
