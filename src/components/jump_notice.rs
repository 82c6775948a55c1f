//! The notice that a builds-on chip's target is hidden by the filter.

use leptos::portal::Portal;
use leptos::prelude::*;

use crate::cards::use_cards;
use crate::current_view::use_view;

/// On the card whose builds-on chip the reader followed to a paper the filter hides: says so,
/// and offers to show all papers and go there. Rendered into that card's builds-on row, next to
/// the chip, where the reader is looking and where Tab goes next.
#[component]
pub fn JumpNotice() -> impl IntoView {
    let view = use_view();
    let cards = use_cards();
    move || {
        let (from, target) = cards.blocked.get()?;
        let row = cards.builds_on_row(from)?;
        let name = view.archive.paper(target).short_name.clone();
        Some(view! {
            <Portal mount=row>
                <p class="jump-notice" role="status">
                    "“" {name.clone()} "” is hidden by the current filter. "
                    <button type="button" class="text-button" on:click=move |_| cards.show_blocked()>
                        "Show all papers and go there"
                    </button>
                </p>
            </Portal>
        })
    }
}
