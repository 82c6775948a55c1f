//! The app's side of the start: the hand-over from the page's start script (`assets/start.js`),
//! which owns the page until the app is live and keeps what the reader did meanwhile.
//!
//! The start script's object on `window` (the page contract's `START_GLOBAL`) is the one
//! interface between the two: `live()` takes the page over (the phase becomes `live`, the
//! loading state goes, and the kept clicks and typing are done again on the same elements,
//! now with the app's handlers in place).

use archive_core::page::{self, Phase};
use js_sys::{Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The start script's object, if the page has one (component tests mount the app without it).
fn start_script() -> Option<JsValue> {
    Reflect::get(&window(), &page::START_GLOBAL.into()).ok().filter(|start| start.is_object())
}

/// Calls the start script's method `name` with `args`, returning what it returns.
fn call(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let start = start_script()?;
    let method: Function = Reflect::get(&start, &name.into()).ok()?.dyn_into().ok()?;
    method.apply(&start, &args.iter().collect()).ok()
}

/// The app is live: the start script hands over the page and the reader's kept input. On a page
/// without the start script, the phase is set here.
pub fn live() {
    if call("live", &[]).is_none() {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute(page::PHASE_ATTR, Phase::Live.as_str());
        }
    }
}
