//! The tag bar: every tag as a toggle with its count, and how selected tags combine.

use archive_core::{page, texts, Intent, MatchMode, TagIndex};
use leptos::prelude::*;

use crate::current_view::use_view;
use crate::dom::scroll_to;
use crate::ids::definition_id;

/// Every tag as a toggle button with its paper count, and the any/all switch. On a phone the
/// list folds away behind a "Tags (23)" disclosure, which keeps the selected tags in view; on
/// wider screens it is always open. Each tag carries its definition as an accessible
/// description, shown on hover and focus by [`super::tag_tip::TagTip`].
#[component]
pub fn TagBar() -> impl IntoView {
    let view = use_view();
    let expanded = RwSignal::new(false);
    let selected = move || view.state.with(|s| s.tags.len());
    let total = view.archive.tags().len();
    view! {
        <section
            class="tag-bar"
            class:expanded=move || expanded.get()
            data-selected=selected
            aria-labelledby="tag-bar-title"
        >
            <div class="tag-bar-head">
                <h2 id="tag-bar-title" class="tag-bar-title">"Tags:"</h2>
                <button
                    type="button"
                    class="tag-disclosure"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls="tag-list"
                    on:click=move |_| expanded.update(|open| *open = !*open)
                >
                    {format!("Tags ({total})")}
                    <span class="tag-disclosure-selected">
                        {move || texts::tags_selected(selected())}
                    </span>
                </button>
                <MatchSwitch />
            </div>
            <ul class="tag-list" id="tag-list">
                {view.archive.tags().map(|(tag, _)| view! { <li><TagToggle tag /></li> }).collect_view()}
            </ul>
            // On a phone the open list fills the screen and the count is below it: this button
            // (the stylesheet shows it only there) says what the tags chosen show, and takes the
            // reader to it, folding the list.
            <button
                type="button"
                class="button primary tag-panel-done"
                on:click=move |_| {
                    expanded.set(false);
                    scroll_to(page::PAPERS_ID);
                }
            >
                {move || texts::show_papers(view.selection.with(|s| s.count()))}
            </button>
            <div hidden>
                {view
                    .archive
                    .tags()
                    // A tag without a definition gets an empty one: its buttons describe
                    // themselves as nothing (an optional attribute costs ~1 KB of wasm).
                    .map(|(_, t)| view! { <span id=definition_id(&t.id)>{t.definition.clone().unwrap_or_default()}</span> })
                    .collect_view()}
            </div>
        </section>
    }
}

/// One tag of the bar: pressed when selected; a click adds or removes it.
#[component]
fn TagToggle(tag: TagIndex) -> impl IntoView {
    let view = use_view();
    let selected = view.tag_selected(tag);
    let count = view.archive.tag_count(tag);
    let slug = &view.archive.tag(tag).id;
    view! {
        <button
            type="button"
            class="tag-toggle"
            aria-pressed=move || selected.get().to_string()
            aria-describedby=definition_id(slug)
            data-tag=slug.clone()
            on:click=move |_| view.dispatch(Intent::ToggleTag(tag))
        >
            {view.archive.tag(tag).name.clone()}
            <span class="tag-count">
                <span class="visually-hidden">", "</span>
                {count}
                <span class="visually-hidden">{format!(" {}", texts::papers_noun(count))}</span>
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
