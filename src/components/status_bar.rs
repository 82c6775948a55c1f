//! The sticky status bar: the count, Clear filters, the era jump bar, the exports on a phone.

use archive_core::{page, Intent, ViewState};
use leptos::prelude::*;

use super::era_jump_bar::EraJumpBar;
use super::export_bar::EXPORT_BAR_ID;
use super::result_count::ResultCount;
use crate::current_view::use_view;
use crate::dom::focus;

/// The slim bar that stays at the top while the reader scrolls: how many papers are shown, the
/// way back to all of them, the era jump bar, and on a phone the way to the exports (which
/// wider screens show below the bar, see `ExportBar`).
#[component]
pub fn StatusBar() -> impl IntoView {
    let view = use_view();
    view! {
        <div class="status-row">
            <ResultCount />
            // Always there, hidden while nothing is filtered: the app shows the address's view by
            // patching attributes and text of the adopted page, never its structure.
            <button
                type="button"
                class="text-button clear-filters"
                hidden=move || !view.state.with(ViewState::is_filtered)
                // The button hides itself: the reader goes on from the search box.
                on:click=move |_| {
                    view.dispatch(Intent::ClearFilters);
                    focus(page::SEARCH_INPUT_ID);
                }
            >
                "Clear filters"
            </button>
            <EraJumpBar />
            <button
                type="button"
                class="export-open"
                popovertarget=EXPORT_BAR_ID
                aria-label="Export the shown papers"
                title="Export the shown papers"
            ></button>
        </div>
    }
}
