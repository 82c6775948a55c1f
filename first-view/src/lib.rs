//! The first view: a shared link's view, painted on the prerendered default page by a small
//! wasm module that starts long before the app, and that answers the reader's first clicks.
//!
//! The page's build-time render shows the default view; a link with a query string shows
//! something else, so `boot.js` hides the prerendered page behind a loading state. This module
//! (no Leptos: the core, the bundle and a few DOM calls) decodes the link with the core, selects
//! its papers with the core, and writes the result into the prerendered DOM, which then becomes
//! the view, exactly as the app renders it; the app later adopts these nodes as they are.
//!
//! Until the app starts, it also answers the filter clicks (tag chips, any/all, "Clear filters")
//! and Back/Forward between the views it pushed: the core's `transition` decides the next view
//! and history entry, as in the app, and the page is repainted. Everything else the reader does
//! (and a click whose view it cannot paint) `assets/boot.js` keeps and does again, on the same
//! element, once the app is live.
//! The app sets `window.appStarting` as it mounts, before it reads the URL; from then on this
//! module stands aside, so the two never disagree on the URL.
//!
//! What it cannot paint exactly (see [`plan::Declined`]) it leaves to the app: the loading
//! state stays. A link with parameters the archive ignores is painted without them; the app
//! brings their notice. A search box the reader has typed into is never overwritten.
//! `<html data-first-view>` records the outcome: `shown`, or `declined: <why>`.

pub mod dom;
pub mod plan;

use std::sync::LazyLock;

use archive_core::history::Write;
use archive_core::{page, transition, Archive, Entry, HistoryOp, Intent, MatchMode};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

/// The compiled-in bundle (baked and validated by the build, so always there).
static ARCHIVE: LazyLock<Archive> = LazyLock::new(Archive::bundled);

/// Parses the compiled-in bundle now, so that painting later costs only the paint. The loader
/// calls it as soon as the module is ready, while the document may still be parsing.
#[wasm_bindgen]
pub fn prepare() {
    LazyLock::force(&ARCHIVE);
}

/// Paints the view of the page's URL if it can; returns (and records on `<html
/// data-first-view>`) what happened. Called by the page's loader once the document is parsed,
/// and again on Back and Forward until the app starts.
#[wasm_bindgen(js_name = showLocation)]
pub fn show_location() -> String {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return "declined: no document".into();
    };
    let archive = &*ARCHIVE;
    let shown = plan::plan(archive, &browser_history::query())
        .map_err(|why| why.as_str().to_string())
        .and_then(|plan| paint(archive, plan, &document));
    record(&document, shown)
}

/// Handles a click on `button` if it is a filter control whose next view can be painted: puts
/// the next view in the URL as the app would, paints it, and returns true. Returns false for
/// anything else, which is then kept for the app.
#[wasm_bindgen(js_name = takeClick)]
pub fn take_click(button: Element) -> bool {
    let archive = &*ARCHIVE;
    let Some(window) = web_sys::window() else { return false };
    let Some(document) = window.document() else { return false };
    let painted = document.document_element().and_then(|html| html.get_attribute(page::FIRST_VIEW_ATTR));
    let Some(intent) = intent_of(archive, &button) else { return false };
    if painted.as_deref() != Some("shown") {
        return false;
    }
    let current = archive_core::decode_query(archive, &browser_history::query()).state;
    // Only search intents depend on the entry kind, and this module takes none.
    let next = transition(&current, intent, Entry::Ordinary);
    match next.history {
        HistoryOp::None => return true,
        HistoryOp::Push(Entry::Ordinary) => {}
        _ => return false,
    }
    let query = next.next.to_query(archive);
    let Ok(plan) = plan::plan(archive, &query) else { return false };
    browser_history::write(&Write { push: true, entry: Entry::Ordinary, query });
    record(&document, paint(archive, plan, &document)) == "shown"
}

/// The intent of a click on one of the prerendered page's filter controls.
fn intent_of(archive: &Archive, button: &Element) -> Option<Intent> {
    let classes = button.class_list();
    let tag = || archive.tag_by_slug(&button.get_attribute("data-tag")?);
    if classes.contains("tag-toggle") {
        tag().map(Intent::ToggleTag)
    } else if classes.contains("tag-label") {
        tag().map(Intent::AddTag)
    } else if classes.contains("match-option") {
        MatchMode::parse(&button.get_attribute("data-match")?).map(Intent::SetMatch)
    } else if classes.contains("clear-filters") {
        Some(Intent::ClearFilters)
    } else {
        None
    }
}

/// Paints `plan` over whatever the page shows now.
fn paint(archive: &Archive, plan: plan::Plan, document: &Document) -> Result<(), String> {
    dom::paint(archive, &plan, document).map_err(|m| format!("missing {}", m.0))
}

/// Records what painting did on `<html>` and returns it: `shown` (the prerendered page is the
/// view) or `declined: <why>` (the loading state, until the app).
fn record(document: &Document, shown: Result<(), String>) -> String {
    let outcome = match shown {
        Ok(()) => "shown".to_string(),
        Err(why) => format!("declined: {why}"),
    };
    if let Some(html) = document.document_element() {
        let _ = html.class_list().toggle_with_force(page::LINKED_VIEW_CLASS, outcome != "shown");
        let _ = html.set_attribute(page::FIRST_VIEW_ATTR, &outcome);
    }
    outcome
}
