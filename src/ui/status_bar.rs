use archive_core::{Intent, ViewState};
use leptos::prelude::*;

use super::era_jump_bar::EraJumpBar;
use super::result_count::ResultCount;
use crate::view::use_view;

/// The slim bar that stays at the top while the reader scrolls: how many papers are shown, the
/// way back to all of them, and the era jump bar.
#[component]
pub fn StatusBar() -> impl IntoView {
    let view = use_view();
    view! {
        <div class="status-row">
            <ResultCount />
            // Always there, hidden while nothing is filtered: what is painted before the app
            // (first-view/) changes attributes and text only, never the page's structure.
            <button
                type="button"
                class="text-button clear-filters"
                hidden=move || !view.state.with(ViewState::is_filtered)
                on:click=move |_| view.dispatch(Intent::ClearFilters)
            >
                "Clear filters"
            </button>
            <EraJumpBar />
        </div>
    }
}
