use archive_core::{MatchMode, ViewState};
use leptos::prelude::*;

use crate::view::use_view;

/// Shown instead of the eras when the filter leaves nothing, with a one-click way back.
#[component]
pub fn EmptyState() -> impl IntoView {
    let view = use_view();
    let tag_names = move || {
        view.state.with(|s| s.tags.iter().map(|&t| view.archive.tag(t).name.clone()).collect::<Vec<_>>().join(", "))
    };
    let can_widen = move || view.state.with(|s| s.match_mode == MatchMode::All && s.tags.len() > 1);
    let widen = move |_| view.go(view.state.get_untracked().with_match_mode(MatchMode::Any));
    view! {
        <Show when=move || view.selection.with(|s| s.count() == 0)>
            <section class="empty-state" data-testid="empty-state">
                <h2>"No paper matches this filter"</h2>
                <p>"No paper in the archive has all of these tags: " <strong>{tag_names}</strong> "."</p>
                <div class="empty-actions">
                    <Show when=can_widen>
                        <button type="button" class="button" on:click=widen>
                            "Match any of them instead"
                        </button>
                    </Show>
                    <button type="button" class="button primary" on:click=move |_| view.go(ViewState::default())>
                        "Show all papers"
                    </button>
                </div>
            </section>
        </Show>
    }
}
