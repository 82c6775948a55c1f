//! The reader's place in the prerendered page, carried over when the app replaces it.
//!
//! Until the app is live the page on screen is the build-time render, and a reader may already
//! have clicked into the search box or tabbed to a tag. The app's page is rendered by the same
//! components, so the n-th focusable element of one is the n-th of the other: the app focuses
//! it again, with the caret and selection where they were, so the next key goes where the
//! reader expects.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// What can take the keyboard focus, in document order.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

/// The focused element's place among the focusable elements of the page being replaced.
pub struct Kept {
    index: u32,
    /// The caret or selection in a text field: start, end, direction.
    selection: Option<(u32, u32, String)>,
}

impl Kept {
    /// Where the focus is, if it is inside the element with id `page` (the prerendered page).
    pub fn take(page: &str) -> Option<Self> {
        let page = document().get_element_by_id(page)?;
        let active = document().active_element()?;
        if !page.contains(Some(&active)) {
            return None;
        }
        let index = focusable(&page).iter().position(|el| *el == active)? as u32;
        let selection = active.dyn_ref::<HtmlInputElement>().and_then(|input| {
            let start = input.selection_start().ok()??;
            let end = input.selection_end().ok()??;
            Some((start, end, input.selection_direction().ok()?.unwrap_or_default()))
        });
        Some(Self { index, selection })
    }

    /// Focuses the element at the same place in `page`, without scrolling.
    pub fn restore(self, page: &Element) {
        let Some(target) = focusable(page).into_iter().nth(self.index as usize) else { return };
        let Ok(target) = target.dyn_into::<HtmlElement>() else { return };
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
        if let (Some((start, end, direction)), Some(input)) = (self.selection, target.dyn_ref::<HtmlInputElement>()) {
            let _ = input.set_selection_range_with_direction(start, end, &direction);
        }
    }
}

fn focusable(root: &Element) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(FOCUSABLE) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}
