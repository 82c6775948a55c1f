use archive_core::{Presentation, Sort};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::view::use_view;

/// In-page navigation to the era sections, each with how many of its papers are shown.
/// Only in the era sort (date sorts are one list) and while something is shown; eras with
/// nothing shown are disabled.
#[component]
pub fn EraJumpBar() -> impl IntoView {
    let view = use_view();
    let archive = view.archive;
    view! {
        // Always there, hidden when it does not apply (see `StatusBar`).
        <nav
            class="era-jump"
            aria-label="Jump to era"
            hidden=move || {
                !(view.state.with(|s| s.sort == Sort::Era && s.era.is_none() && s.presentation == Presentation::Cards)
                    && view.selection.with(|s| s.count() > 0))
            }
        >
            <ul>
                {archive
                    .eras()
                    .map(|(era, info)| {
                        let target = format!("era-{}-section", info.id);
                        let shown = move || view.selection.with(|s| s.era_count(era));
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="era-jump-button"
                                    data-era=era.get()
                                    disabled=move || shown() == 0
                                    on:click=move |_| scroll_to(&target)
                                >
                                    {info.name.clone()}
                                    <span class="tag-count">{shown}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Scrolls the element to the top and moves focus to it (it must be focusable, e.g. with
/// `tabindex="-1"`), so that the next Tab continues from there. Also used by the skip link.
pub(crate) fn scroll_to(id: &str) {
    let Some(element) = document().get_element_by_id(id) else { return };
    element.scroll_into_view();
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}
