//! The floating definition of the tag under the pointer or the keyboard's focus.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::current_view::use_view;

/// The definition of the tag under the pointer or keyboard focus, floating below its button:
/// one element for every tag button on the page (the bar's toggles and the cards' chips), fed by
/// window-wide pointer, focus and key listeners rather than a handler per chip. Screen readers get the same text
/// as each button's `aria-describedby`; this is its visible form. A tap on a touch screen shows
/// it too, until focus moves on.
#[component]
pub fn TagTip() -> impl IntoView {
    let view = use_view();
    // (definition, on a card?, left, top) in page coordinates.
    let tip = RwSignal::new(None::<(String, bool, i32, i32)>);
    let show = move |target: Option<web_sys::EventTarget>| {
        let button = target
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button[data-tag]").ok().flatten());
        let found = button.and_then(|b| {
            let slug = b.get_attribute("data-tag")?;
            let tag = view.archive.tag_by_slug(&slug)?;
            Some((b, view.archive.tag(tag).definition.clone()?))
        });
        tip.set(found.map(|(button, definition)| {
            let rect = button.get_bounding_client_rect();
            let (scroll_x, scroll_y) = (window().scroll_x().unwrap_or(0.0), window().scroll_y().unwrap_or(0.0));
            let width = window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1024.0);
            // Keep the tip (at most 20rem, or the screen less 1rem) inside the screen.
            let tip_width = (width - 16.0).min(320.0);
            let left = rect.left().clamp(8.0, (width - tip_width - 8.0).max(8.0)) + scroll_x;
            let on_card = button.class_list().contains("tag-label");
            (definition, on_card, left as i32, (rect.bottom() + scroll_y + 6.0) as i32)
        }));
    };
    Effect::new(move |_| {
        let over = window_event_listener(ev::pointerover, move |e| show(e.target()));
        let focus = window_event_listener(ev::focusin, move |e| show(e.target()));
        // A finger lifts right after a tap: there the tip stays until focus moves on.
        let out = window_event_listener(ev::pointerout, move |e| {
            if e.pointer_type() != "touch" {
                tip.set(None);
            }
        });
        let blur = window_event_listener(ev::focusout, move |_| tip.set(None));
        let key = window_event_listener(ev::keydown, move |e| {
            if e.key() == "Escape" {
                tip.set(None);
            }
        });
        on_cleanup(move || {
            for handle in [over, focus, out, blur, key] {
                handle.remove();
            }
        });
    });
    move || {
        tip.get().map(|(definition, on_card, left, top)| {
            view! {
                <div class="tag-tip" aria-hidden="true" style:left=format!("{left}px") style:top=format!("{top}px")>
                    {definition}
                    {on_card.then(|| view! { <span class="tag-tip-hint">"Click to filter by this tag."</span> })}
                </div>
            }
        })
    }
}
