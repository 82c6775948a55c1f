//! One era of the card list: its header and its card grid.

use archive_core::{page, texts, EraIndex, Presentation, Sort};
use leptos::prelude::*;

use super::paper_card::PaperCard;
use crate::cards::use_cards;
use crate::{adoption::Adopting, current_view::use_view};

/// One era: its name, years, blurb and how many of its papers are shown, then its cards.
/// Hidden when the filter leaves none of its papers, and in the date sorts and the graph.
///
/// The cards are rendered once (by the build, or here without a build-time page) and from then
/// on belong to the card list (`cards.rs`), which shows, hides and reorders them. Adopting the
/// build-time page, the grid is adopted without walking its cards: they hold no bindings.
#[component]
pub fn EraSection(era: EraIndex) -> impl IntoView {
    let view = use_view();
    let grid = use_cards().era_grid(era.get());
    let info = view.archive.era(era);
    let size = view.archive.era_size(era);
    let shown = move || view.selection.with(|s| s.era_count(era));
    let count_text = move || texts::era_count(size, shown(), view.state.with(|s| s.is_filtered()));
    let in_eras = move || view.state.with(|s| s.sort == Sort::Era && s.presentation == Presentation::Cards);
    let cards = if use_context::<Adopting>().is_some() {
        view! { <div class="card-grid" node_ref=grid></div> }.into_any()
    } else {
        let papers = view.archive.papers().filter(|(_, p)| p.era == era).map(|(paper, _)| paper);
        view! { <div class="card-grid" node_ref=grid>{papers.map(|paper| view! { <PaperCard paper /> }).collect_view()}</div> }
            .into_any()
    };
    let heading_id = format!("era-{}", info.id);
    let labelled_by = heading_id.clone();
    view! {
        <section
            class="era"
            data-era=era.get()
            tabindex="-1"
            id=page::era_section_id(&info.id)
            aria-labelledby=labelled_by
            hidden=move || shown() == 0 || !in_eras()
        >
            <header class="era-header">
                <h2 id=heading_id>{info.name.clone()}</h2>
                <p class="era-years">{format!("{} – {}", info.from, info.to)}</p>
                <p class="era-blurb">{info.blurb.clone()}</p>
                <p class="era-count">{count_text}</p>
            </header>
            {cards}
        </section>
    }
}
