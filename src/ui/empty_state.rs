use archive_core::{Intent, MatchMode};
use leptos::prelude::*;

use crate::view::use_view;

/// Shown instead of the papers when the filters leave nothing: says which filters did it, and
/// offers one-click ways back.
#[component]
pub fn EmptyState() -> impl IntoView {
    let view = use_view();
    let archive = view.archive;
    // "papers tagged MoE and Speech Recognition, matching “flash”, in Diffusion"
    let description = move || {
        view.state.with(|s| {
            let mut parts = Vec::new();
            if !s.tags.is_empty() {
                let names: Vec<&str> = s.tags.iter().map(|&t| archive.tag(t).name.as_str()).collect();
                let joiner = if s.match_mode == MatchMode::All { " and " } else { " or " };
                parts.push(format!("tagged {}", names.join(joiner)));
            }
            if !s.search.is_empty() {
                parts.push(format!("matching “{}”", s.search));
            }
            if let Some(era) = s.era {
                parts.push(format!("in the {} era", archive.era(era).name));
            }
            format!("No paper in the archive is {}.", parts.join(", "))
        })
    };
    let can_widen = move || view.state.with(|s| s.match_mode == MatchMode::All && s.tags.len() > 1);
    let widen = move |_| view.dispatch(Intent::SetMatch(MatchMode::Any));
    let has_search = move || view.state.with(|s| !s.search.is_empty() && s.is_filtered());
    view! {
        <Show when=move || view.selection.with(|s| s.count() == 0)>
            <section class="empty-state" data-testid="empty-state">
                <h2>"No paper matches this filter"</h2>
                <p>{description}</p>
                <div class="empty-actions">
                    <Show when=can_widen>
                        <button type="button" class="button" on:click=widen>
                            "Match any of the tags instead"
                        </button>
                    </Show>
                    <Show when=has_search>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| view.dispatch(Intent::ClearSearch)
                        >
                            "Clear the search"
                        </button>
                    </Show>
                    <button
                        type="button"
                        class="button primary"
                        on:click=move |_| view.dispatch(Intent::ClearFilters)
                    >
                        "Show all papers"
                    </button>
                </div>
            </section>
        </Show>
    }
}
