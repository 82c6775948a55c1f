//! The one place that calls the browser's History API, for the app's history adapter. What to write and when is the core's
//! (`archive_core::history`); this crate only carries it out, keeping the page's path and
//! marking each entry's kind in its `history.state`.
//!
//! Every call is quiet about failures: without a window (the native prerender) there is no
//! history to change, and a browser may refuse a write (e.g. Safari allows 100 in 10 s). The
//! view follows the reader all the same; the URL catches up on the next write.

use archive_core::history::Write;
use archive_core::tracking::without_tracking;
use archive_core::Entry;
use wasm_bindgen::JsValue;

/// The browser window; none in a native build (the prerender), where calling into JavaScript
/// would panic.
fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// The address's query string, without `?` (empty where there is no browser).
pub fn query() -> String {
    let search = window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_string()
}

/// The kind of the current entry, from the mark [`write`] left in its state.
pub fn entry() -> Entry {
    let state = window().and_then(|w| w.history().ok()).and_then(|h| h.state().ok());
    Entry::from_mark(state.and_then(|s| s.as_string()).as_deref())
}

/// Pushes or replaces `write`'s entry on the page's own path; returns how long it took (ms),
/// which tells the core's writer whether writes are slow on this page.
pub fn write(write: &Write) -> f64 {
    let Some(window) = window() else { return 0.0 };
    let Ok(history) = window.history() else { return 0.0 };
    let path = window.location().pathname().unwrap_or_default();
    let url = if write.query.is_empty() { path } else { format!("{path}?{}", write.query) };
    let mark = write.entry.mark().map_or(JsValue::NULL, |mark| JsValue::from_str(&mark));
    let started = js_sys::Date::now();
    let _ = if write.push {
        history.push_state_with_url(&mark, "", Some(&url))
    } else {
        history.replace_state_with_url(&mark, "", Some(&url))
    };
    js_sys::Date::now() - started
}

/// Asks the browser to go back `steps` entries; its `popstate` says when it has.
pub fn back(steps: u16) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.go_with_delta(-i32::from(steps));
    }
}

/// Takes the tracking parameters sites add to links (`utm_source`, `fbclid`…) out of the
/// address, keeping its entry and its state: a link shared on from here is the view, not its
/// trail. Which parameters those are is the core's ([`without_tracking`]).
pub fn tidy_tracking() {
    let Some(window) = window() else { return };
    let location = window.location();
    let Some(query) = without_tracking(&location.search().unwrap_or_default()) else { return };
    let Ok(history) = window.history() else { return };
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
    let state = history.state().unwrap_or(JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&url));
}
