//! The first view: a shared link's view, painted on the prerendered default page by a small
//! wasm module that starts long before the app.
//!
//! The page's build-time render shows the default view; a link with a query string shows
//! something else, so `boot.js` hides the prerendered page behind a loading state. This module
//! (no Leptos: the core, the bundle and a few DOM calls) decodes the link with the core, selects
//! its papers with the core, and writes the result into the prerendered DOM, which then becomes
//! the view, exactly as the app will render it. The app still starts afterwards and replaces the
//! page; until then `assets/boot.js` keeps what the reader does and replays it.
//!
//! What it cannot paint exactly (see [`plan::Declined`]) it leaves to the app: the loading
//! state stays. `<html data-first-view>` records the outcome: `shown`, or `declined: <why>`.

pub mod dom;
pub mod plan;

use archive_core::{Archive, BUNDLED_JSON};
use wasm_bindgen::prelude::*;

/// Paints the linked view if it can; returns (and records on `<html data-first-view>`) what
/// happened. Called once by the page's loader after the document is parsed.
#[wasm_bindgen(js_name = showLinkedView)]
pub fn show_linked_view() -> String {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return "declined: no document".into();
    };
    let outcome = match paint(&document) {
        Ok(()) => "shown".to_string(),
        Err(why) => format!("declined: {why}"),
    };
    if let Some(html) = document.document_element() {
        if outcome == "shown" {
            let _ = html.class_list().remove_1("linked-view");
        }
        let _ = html.set_attribute("data-first-view", &outcome);
    }
    outcome
}

fn paint(document: &web_sys::Document) -> Result<(), String> {
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    // A broken bundle is the app's to explain.
    let archive = Archive::from_json(BUNDLED_JSON).map_err(|_| "broken bundle".to_string())?;
    let plan = plan::plan(&archive, &query).map_err(|why| why.as_str().to_string())?;
    dom::paint(&archive, &plan, document).map_err(|missing| format!("missing {}", missing.0))
}
