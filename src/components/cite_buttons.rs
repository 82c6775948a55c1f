//! A paper's citation, copied: its BibTeX entry or a plain citation.

use archive_core::{cite, PaperIndex};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::copy_to_clipboard;
use crate::current_view::use_view;

/// "Copy BibTeX" and "Copy citation" for one paper, with a spoken confirmation.
#[component]
pub fn CiteButtons(paper: PaperIndex) -> impl IntoView {
    let view = use_view();
    let status = RwSignal::new(String::new());
    let copy = move |what: &'static str, text: String| {
        spawn_local(async move {
            status.set(match copy_to_clipboard(&text).await {
                Ok(()) => format!("{what} copied."),
                Err(message) => message,
            });
        });
    };
    view! {
        <div class="cite-buttons" role="group" aria-label="Cite this paper">
            <button
                type="button"
                class="button small"
                data-copy="bibtex"
                on:click=move |_| copy("BibTeX", cite::bibtex(view.archive, paper))
            >
                "Copy BibTeX"
            </button>
            <button
                type="button"
                class="button small"
                data-copy="citation"
                on:click=move |_| copy("Citation", cite::citation(view.archive, paper))
            >
                "Copy citation"
            </button>
            <span class="export-status" role="status">{move || status.get()}</span>
        </div>
    }
}
