use archive_core::cite;
use leptos::prelude::*;

use crate::browser::download;
use crate::view::use_view;

/// "Export" the shown papers, in their current order, as BibTeX, CSV or JSON files.
#[component]
pub fn ExportBar() -> impl IntoView {
    let view = use_view();
    let archive = view.archive;
    let status = RwSignal::new(String::new());
    let export = move |format: &'static str| {
        let papers = view.selection.with_untracked(|s| s.papers().to_vec());
        let (contents, mime) = match format {
            "bib" => (
                papers.iter().map(|&p| cite::bibtex(archive, p)).collect::<Vec<_>>().join("\n"),
                "application/x-bibtex",
            ),
            "csv" => (cite::csv(archive, &papers), "text/csv"),
            _ => (cite::json(archive, &papers), "application/json"),
        };
        let result = download(&format!("ai-papers.{format}"), &format!("{mime};charset=utf-8"), &contents);
        status.set(match result {
            Ok(()) => format!("Exported {} papers as {}.", papers.len(), format.to_uppercase()),
            Err(message) => message,
        });
    };
    view! {
        <div class="export-bar" role="group" aria-label="Export the shown papers">
            <span class="control-label">"Export"</span>
            <button type="button" class="button small" data-export="bib" on:click=move |_| export("bib")>
                "BibTeX"
            </button>
            <button type="button" class="button small" data-export="csv" on:click=move |_| export("csv")>
                "CSV"
            </button>
            <button type="button" class="button small" data-export="json" on:click=move |_| export("json")>
                "JSON"
            </button>
            <span class="export-status" role="status">{move || status.get()}</span>
        </div>
    }
}
