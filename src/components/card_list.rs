//! The papers as cards: by era, or as one list in a date sort.

use archive_core::{Presentation, Sort};
use leptos::prelude::*;

use super::era_section::EraSection;
use super::jump_notice::JumpNotice;
use crate::cards::use_cards;
use crate::current_view::use_view;

/// Every era's section with its cards, and the date sorts' list. The cards are drawn once; the
/// card list (`cards.rs`) shows and hides them and, for a date sort, moves them into the date
/// list's grid, so every view of the archive is the same nodes.
#[component]
pub fn CardList() -> impl IntoView {
    let view = use_view();
    let cards = use_cards();
    let by_date = move || view.state.with(|s| s.sort != Sort::Era && s.presentation == Presentation::Cards);
    view! {
        {view.archive.eras().map(|(era, _)| view! { <EraSection era /> }).collect_view()}
        <section class="date-list" aria-label="Papers by date" hidden=move || !by_date()>
            <div class="card-grid" node_ref=cards.date_grid></div>
        </section>
        <JumpNotice />
    }
}
