//! The count: "Showing N of M papers".

use leptos::prelude::*;

use crate::current_view::use_view;

/// "Showing N of M papers", announced to screen readers as it changes.
#[component]
pub fn ResultCount() -> impl IntoView {
    let view = use_view();
    let total = view.archive.paper_count();
    let shown = move || view.selection.with(|s| s.count());
    view! {
        <p class="result-count" role="status" aria-live="polite" data-testid="result-count">
            "Showing " <strong>{shown}</strong> " of " {total} " papers"
        </p>
    }
}
