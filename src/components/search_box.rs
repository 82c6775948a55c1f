//! The search box.

use archive_core::page;
use archive_core::view_state::SEARCH_LIMIT;
use archive_core::Intent;
use leptos::ev;
use leptos::html::Input;
use leptos::prelude::*;

use crate::current_view::use_view;

/// The search box. `/` focuses it from anywhere, Esc clears it. Typing updates the URL in place
/// (one history entry per search, not per keystroke).
#[component]
pub fn SearchBox() -> impl IntoView {
    let view = use_view();
    let input = NodeRef::<Input>::new();

    // The box is the URL's mirror, but it must not fight the reader's typing: only write its
    // value when the URL says something else (Back, a link, Esc), not when it merely trimmed
    // the trailing space just typed.
    Effect::new(move |_| {
        let search = view.state.with(|s| s.search.clone());
        if let Some(el) = input.get() {
            // A box the reader typed into before the app was live (the start script marks it)
            // keeps their text: the start script hands the typing to the app right after.
            let typed_early = el.has_attribute(page::EARLY_ATTR);
            if !typed_early && view.state.with_untracked(|s| s.with_search(&el.value()).search) != search {
                el.set_value(&search);
            }
        }
    });

    let on_input = move |_| {
        if let Some(el) = input.get_untracked() {
            view.dispatch(Intent::TypeSearch(el.value()));
        }
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" && view.state.with_untracked(|s| !s.search.is_empty()) {
            e.prevent_default();
            view.dispatch(Intent::ClearSearch);
        }
    };
    // "/" focuses the box from anywhere but another field. Registered in an effect, which runs
    // only in the browser (not when prerendering), and removed with the component.
    Effect::new(move |_| {
        let handle = window_event_listener(ev::keydown, move |e| {
            let typing = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
            if e.key() == "/" && !typing && !e.ctrl_key() && !e.meta_key() && !e.alt_key() {
                if let Some(el) = input.get_untracked() {
                    e.prevent_default();
                    let _ = el.focus();
                }
            }
        });
        on_cleanup(move || handle.remove());
    });

    view! {
        <div class="search">
            <label for=page::SEARCH_INPUT_ID class="search-label">
                "Search"
            </label>
            <span class="search-field">
                <input
                    id=page::SEARCH_INPUT_ID
                    node_ref=input
                    type="search"
                    class="search-input"
                    placeholder="Title, author, tag, year…"
                    autocomplete="off"
                    spellcheck="false"
                    maxlength=SEARCH_LIMIT
                    // The value at render, not a property: adopting the build-time box must not
                    // wipe what the reader typed into it before the app was live.
                    value=view.state.get_untracked().search.to_string()
                    on:input=on_input
                    on:keydown=on_keydown
                />
                // The key that focuses the box, shown only where there is a keyboard to press
                // it (the stylesheet hides it on touch screens and once the box has text).
                <kbd class="search-key" aria-hidden="true" title="Press / to search">
                    "/"
                </kbd>
            </span>
        </div>
    }
}
