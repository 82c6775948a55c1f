use archive_core::Intent;
use leptos::prelude::*;

use crate::view::use_view;

/// What the URL asked for that could not be used (unknown tags, bad values), so a stale or
/// mistyped link explains itself instead of silently showing something else.
#[component]
pub fn Notices() -> impl IntoView {
    let view = use_view();
    let notices = move || view.decoded.with(|d| d.notices.iter().map(ToString::to_string).collect::<Vec<_>>());
    view! {
        <Show when=move || view.decoded.with(|d| !d.notices.is_empty())>
            <div class="notice" role="status" data-testid="notices">
                <p class="notice-title">"This link asked for something the archive does not have:"</p>
                <ul>{move || notices().into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
                <button type="button" class="text-button" on:click=move |_| view.dispatch(Intent::TidyUrl)>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}
