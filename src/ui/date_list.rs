use leptos::prelude::*;

use super::paper_card::PaperCard;
use crate::view::use_view;

/// The shown papers as one list in date order (the oldest- and newest-first sorts). Each card
/// already names its era.
#[component]
pub fn DateList() -> impl IntoView {
    let view = use_view();
    view! {
        <section class="date-list" aria-label="Papers by date">
            <div class="card-grid">
                <For each=move || view.selection.with(|s| s.papers().to_vec()) key=|paper| *paper let:paper>
                    <PaperCard paper />
                </For>
            </div>
        </section>
    }
}
