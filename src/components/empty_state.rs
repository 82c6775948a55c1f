//! What the page says when a view shows no paper, and the ways back.

use archive_core::suggest::suggest;
use archive_core::{page, Intent, MatchMode};
use leptos::prelude::*;

use crate::cards::use_cards;
use crate::current_view::use_view;
use crate::dom::focus;

/// Shown instead of the papers when the filters leave nothing: says which filters did it,
/// offers a correction of a mistyped search ("Did you mean Transformer?"), and one-click ways
/// back.
#[component]
pub fn EmptyState() -> impl IntoView {
    let view = use_view();
    let cards = use_cards();
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
    let has_search = move || view.state.with(|s| !s.search.is_empty() && s.is_filtered());
    // Only worked out while nothing is shown, so typing that finds papers pays nothing for it.
    let suggestion = Memo::new(move |_| {
        view.selection.with(|s| s.count() == 0).then(|| view.state.with(|s| suggest(archive, s))).flatten()
    });
    // The corrected search replaces the typed one (a refinement: the same history entry), and
    // the reader is back in the search box, which now says it, rather than on a button gone.
    let apply = move |_| {
        let Some(text) = suggestion.get_untracked() else { return };
        view.dispatch(Intent::TypeSearch(text));
        focus(page::SEARCH_INPUT_ID);
    };
    // The other ways out show papers and remove the empty state, and its buttons with it: the
    // reader lands on the first paper shown.
    let way_out = move |intent: Intent| {
        cards.focus_first_result();
        view.dispatch(intent);
    };
    let widen = move |_| way_out(Intent::SetMatch(MatchMode::Any));
    view! {
        <Show when=move || view.selection.with(|s| s.count() == 0)>
            <section class="empty-state" data-testid="empty-state">
                <h2>"No paper matches this filter"</h2>
                <p>{description}</p>
                <p class="suggestion" hidden=move || suggestion.with(Option::is_none)>
                    "Did you mean "
                    <button type="button" class="text-button" data-testid="suggestion" on:click=apply>
                        {move || suggestion.get().unwrap_or_default()}
                    </button>
                    "?"
                </p>
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
                            on:click=move |_| way_out(Intent::ClearSearch)
                        >
                            "Clear the search"
                        </button>
                    </Show>
                    <button
                        type="button"
                        class="button primary"
                        on:click=move |_| way_out(Intent::ClearFilters)
                    >
                        "Show all papers"
                    </button>
                </div>
            </section>
        </Show>
    }
}
