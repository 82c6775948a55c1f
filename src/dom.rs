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

/// Moves focus to the element with `id` (the search box, after an action that removes the
/// control the reader was on).
pub fn focus(id: &str) {
    if let Some(element) = document().get_element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Scrolls `element` to the middle of the screen and focuses it (without another scroll). Cards
/// off screen are laid out at an estimated height (`content-visibility` in the stylesheet), so
/// the ones the scroll brings near the screen may take their real height after it and move the
/// element: a frame later it is scrolled to again, which lands where it really is. Both jumps
/// are instant: a smooth scroll aims at where the element was when it began.
pub fn reveal(element: web_sys::HtmlElement) {
    let center = || {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_behavior(web_sys::ScrollBehavior::Instant);
        options
    };
    element.scroll_into_view_with_scroll_into_view_options(&center());
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    let _ = element.focus_with_options(&focus);
    let _ = request_animation_frame(move || element.scroll_into_view_with_scroll_into_view_options(&center()));
}

/// Holds the page still behind a modal (the `scroll-held` class on `<html>`, see the stylesheet),
/// so that a wheel or a swipe beside the dialog does not scroll the papers the reader will come
/// back to. A class the dialog sets, not `html:has(dialog[open])`: a `:has()` on the root makes
/// the browser check it on every change anywhere in the page, ~35 ms a click at 5,000 papers.
pub fn hold_page_scroll(hold: bool) {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().toggle_with_force("scroll-held", hold);
    }
}
