//! The page contract: the names that the app, the first view, the build script and the page's
//! own JavaScript (`assets/boot.js`) must agree on, written once, here.
//!
//! Rust code uses the constants. JavaScript gets them from [`contract_json`]: the build
//! (`scripts/post-build.js`) asks the prerender binary for it and fills it into `boot.js`, so no
//! name is restated by hand in another language.

use crate::view_state::PARAMS;

/// The element holding the build-time render of the default view (the page at first paint).
pub const PRERENDERED_ID: &str = "prerendered";
/// The loading state shown instead of it while a linked view waits to be painted.
pub const LOADING_ID: &str = "loading";
/// The search box.
pub const SEARCH_INPUT_ID: &str = "search-input";
/// The class on `<html>` while a linked view waits to be painted: the stylesheet then shows
/// the loading state instead of the default view.
pub const LINKED_VIEW_CLASS: &str = "linked-view";
/// The attribute on `<html>` saying where the app's start is: [`APP_LIVE`].
pub const APP_STATE_ATTR: &str = "data-app";
/// The app has adopted the page and answers clicks.
pub const APP_LIVE: &str = "live";
/// The attribute on `<html>` with the first view's outcome: `shown` or `declined: <why>`.
pub const FIRST_VIEW_ATTR: &str = "data-first-view";
/// The attribute `boot.js` puts on a control the reader used before the app was live, until
/// the app has done it again: a search box so marked keeps what the reader typed.
pub const EARLY_ATTR: &str = "data-early";
/// The global the app sets as it starts: from then on the first view stands aside.
pub const APP_STARTING_GLOBAL: &str = "appStarting";

/// The name of the search's matches in `CSS.highlights`, which the first view marks (the
/// stylesheet's `::highlight(search)` must use the same name) and the app removes as it takes
/// over with marks of its own.
pub const SEARCH_HIGHLIGHT: &str = "search";

/// The `history.state` of an entry that starting a search pushed (see `intent.rs`): it
/// survives reloads, so a reloaded search still ends by going back.
pub const SEARCH_START_STATE: &str = "search-start";

/// The `history.state` of an entry that opening a paper's detail pushed, followed by `:` and
/// its depth (`paper-open:2`; see `intent.rs`): a reloaded dialog still closes by going back.
pub const PAPER_OPEN_STATE: &str = "paper-open";

/// The contract as a JSON object, for the page's JavaScript.
pub fn contract_json() -> String {
    let params: Vec<String> = PARAMS.iter().map(|p| format!("\"{p}\"")).collect();
    let names = [
        ("prerenderedId", PRERENDERED_ID),
        ("loadingId", LOADING_ID),
        ("searchInputId", SEARCH_INPUT_ID),
        ("linkedViewClass", LINKED_VIEW_CLASS),
        ("appStateAttr", APP_STATE_ATTR),
        ("firstViewAttr", FIRST_VIEW_ATTR),
        ("appStartingGlobal", APP_STARTING_GLOBAL),
        ("earlyAttr", EARLY_ATTR),
        ("searchHighlight", SEARCH_HIGHLIGHT),
        ("searchStartState", SEARCH_START_STATE),
    ];
    let fields: Vec<String> = names.iter().map(|(key, value)| format!("\"{key}\":\"{value}\"")).collect();
    format!("{{\"params\":[{}],{}}}", params.join(","), fields.join(","))
}
