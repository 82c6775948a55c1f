//! Small DOM moves that several parts of the page make.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Scrolls the element to the top and moves focus to it (it must be focusable, e.g. with
/// `tabindex="-1"`), so that the next Tab continues from there: the skip link, the era jump bar.
pub fn scroll_to(id: &str) {
    let Some(element) = document().get_element_by_id(id) else { return };
    element.scroll_into_view();
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}
