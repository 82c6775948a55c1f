//! The era jump bar: a button per era, with how many of its papers are shown.

use archive_core::{page, Presentation, Sort};
use leptos::prelude::*;

use crate::current_view::use_view;
use crate::dom::scroll_to;

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
                        let target = page::era_section_id(&info.id);
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
