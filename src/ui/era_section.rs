use archive_core::{labels, EraIndex, PaperIndex};
use leptos::html::Div;
use leptos::prelude::*;

use super::paper_card::PaperCard;
use crate::adopt::Adoption;
use crate::view::use_view;

/// One era: its name, years, blurb and how many of its papers are shown, then its cards.
/// Hidden when the filter leaves none of its papers.
///
/// Cards are rendered once and hidden or shown by the filter, so filtering never rebuilds DOM.
#[component]
pub fn EraSection(era: EraIndex) -> impl IntoView {
    let view = use_view();
    let info = view.archive.era(era);
    let size = view.archive.era_size(era);
    let shown = move || view.selection.with(|s| s.era_count(era));
    let count_text = move || labels::era_count(size, shown(), view.state.with(|s| s.is_filtered()));
    let papers: Vec<PaperIndex> = view.archive.papers().filter(|(_, p)| p.era == era).map(|(paper, _)| paper).collect();
    // Adopting the build-time page, the grid is adopted without its cards, each of which is
    // adopted later, in its own turn (see `adopt`).
    let grid = match use_context::<Adoption>().filter(Adoption::adopting) {
        Some(adoption) => {
            let grid = NodeRef::<Div>::new();
            for (place, paper) in papers.into_iter().enumerate() {
                let card = move || grid.get_untracked()?.children().item(place as u32);
                adoption.later_at(card, move || view! { <PaperCard paper /> });
            }
            view! { <div class="card-grid" node_ref=grid></div> }.into_any()
        }
        None => view! {
            <div class="card-grid">{papers.into_iter().map(|paper| view! { <PaperCard paper /> }).collect_view()}</div>
        }
        .into_any(),
    };
    let heading_id = format!("era-{}", info.id);
    let labelled_by = heading_id.clone();
    view! {
        <section
            class="era"
            data-era=era.get()
            tabindex="-1"
            id=format!("era-{}-section", info.id)
            aria-labelledby=labelled_by
            hidden=move || shown() == 0
        >
            <header class="era-header">
                <h2 id=heading_id>{info.name.clone()}</h2>
                <p class="era-years">{format!("{} – {}", info.from, info.to)}</p>
                <p class="era-blurb">{info.blurb.clone()}</p>
                <p class="era-count">{count_text}</p>
            </header>
            {grid}
        </section>
    }
}
