use archive_core::{Intent, MatchMode, TagIndex, ViewState};
use leptos::prelude::*;

use crate::view::use_view;

/// Every tag as a toggle button with its paper count, the any/all switch, and "Clear filters".
#[component]
pub fn TagBar() -> impl IntoView {
    let view = use_view();
    view! {
        <section class="tag-bar" aria-labelledby="tag-bar-title">
            <div class="tag-bar-head">
                <h2 id="tag-bar-title" class="tag-bar-title">"Tags:"</h2>
                <MatchSwitch />
                <Show when=move || view.state.with(ViewState::is_filtered)>
                    <button
                        type="button"
                        class="text-button clear-filters"
                        on:click=move |_| view.dispatch(Intent::ClearFilters)
                    >
                        "Clear filters"
                    </button>
                </Show>
            </div>
            <ul class="tag-list">
                {view.archive.tags().map(|(tag, _)| view! { <li><TagToggle tag /></li> }).collect_view()}
            </ul>
        </section>
    }
}

/// One tag of the bar: pressed when selected; a click adds or removes it.
#[component]
fn TagToggle(tag: TagIndex) -> impl IntoView {
    let view = use_view();
    let selected = view.tag_selected(tag);
    let count = view.archive.tag_count(tag);
    view! {
        <button
            type="button"
            class="tag-toggle"
            aria-pressed=move || selected.get().to_string()
            data-tag=view.archive.tag(tag).id.clone()
            on:click=move |_| view.dispatch(Intent::ToggleTag(tag))
        >
            {view.archive.tag(tag).name.clone()}
            <span class="tag-count">
                <span class="visually-hidden">", "</span>
                {count}
                <span class="visually-hidden">{if count == 1 { " paper" } else { " papers" }}</span>
            </span>
        </button>
    }
}

/// How several selected tags combine: any of them (default) or all of them.
#[component]
fn MatchSwitch() -> impl IntoView {
    let view = use_view();
    let option = move |mode: MatchMode, label: &'static str| {
        view! {
            <button
                type="button"
                class="match-option"
                data-match=mode.as_str()
                aria-pressed=move || view.state.with(|s| s.match_mode == mode).to_string()
                on:click=move |_| view.dispatch(Intent::SetMatch(mode))
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="match-switch" role="group" aria-label="Show papers with">
            <span class="match-label" aria-hidden="true">"Match"</span>
            {option(MatchMode::Any, "any tag")}
            {option(MatchMode::All, "all tags")}
        </div>
    }
}
