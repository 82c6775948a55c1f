//! The notice of what a link asked for that the archive could not use.

use archive_core::Intent;
use leptos::prelude::*;

use crate::current_view::use_view;

/// What the URL asked for that could not be used (unknown tags, bad values), so a stale or
/// mistyped link explains itself instead of silently showing something else. What became of
/// the link's search (shortened, or ignored for having nothing to look for) is no missing
/// thing, so it is said in a plain sentence of its own, outside the list.
///
/// On a phone the list starts folded, behind a one-line summary with its count, so the notice
/// does not push the first paper off the first screen; wider screens show it open.
#[component]
pub fn Notices() -> impl IntoView {
    let view = use_view();
    let texts = move |about_the_search: bool| {
        view.decoded.with(|d| {
            d.notices
                .iter()
                .filter(|n| n.is_about_the_search() == about_the_search)
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        })
    };
    let has_missing = move || view.decoded.with(|d| d.notices.iter().any(|n| !n.is_about_the_search()));
    view! {
        <Show when=move || view.decoded.with(|d| !d.notices.is_empty())>
            <div class="notice" role="status" data-testid="notices">
                {move || texts(true).into_iter().map(|text| view! { <p class="notice-line">{text}</p> }).collect_view()}
                <details class="notice-missing" hidden=move || !has_missing() prop:open=wide_screen()>
                    <summary class="notice-title">
                        <span class="notice-title-long">"This link asked for something the archive does not have:"</span>
                        <span class="notice-title-short">
                            {move || format!("Ignored in this link ({})", texts(false).len())}
                        </span>
                    </summary>
                    <ul>{move || texts(false).into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
                </details>
                <button type="button" class="text-button" on:click=move |_| view.dispatch(Intent::TidyUrl)>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}

/// Whether the screen is wider than a phone's (the stylesheet's phone layout ends at 480 px).
fn wide_screen() -> bool {
    window().match_media("(min-width: 481px)").ok().flatten().is_none_or(|query| query.matches())
}
