//! Exporting the shown papers as BibTeX, CSV or JSON.

use archive_core::cite::ExportFormat;
use leptos::prelude::*;

use crate::browser::download;
use crate::current_view::use_view;

/// The export bar's id, which the status bar's button opens on a phone.
pub const EXPORT_BAR_ID: &str = "export-bar";

/// "Export" the shown papers, in their current order, as BibTeX, CSV or JSON files. Below the
/// status bar on wide screens; on a phone, where the papers need the first screen, a popover
/// that the status bar's export button opens (the stylesheet keeps the `popover` closed only
/// there), so the exports are a tap away wherever the reader is in the list.
#[component]
pub fn ExportBar() -> impl IntoView {
    let view = use_view();
    let archive = view.archive;
    let status = RwSignal::new(String::new());
    let export = move |format: ExportFormat| {
        let papers = view.selection.with_untracked(|s| s.papers().to_vec());
        // With no paper shown there is no file to save, only a reason to say so.
        let Some(contents) = format.export(archive, &papers) else {
            status.set(ExportFormat::NOTHING_SHOWN.to_string());
            return;
        };
        let name = format!("ai-papers.{}", format.extension());
        let result = download(&name, &format!("{};charset=utf-8", format.mime()), &contents);
        status.set(match result {
            Ok(()) => format.exported(papers.len()),
            Err(message) => message,
        });
    };
    view! {
        <div class="export-bar" id=EXPORT_BAR_ID popover="auto" role="group" aria-label="Export the shown papers">
            <span class="control-label">"Export"</span>
            {ExportFormat::ALL
                .into_iter()
                .map(|format| {
                    view! {
                        <button
                            type="button"
                            class="button small"
                            data-export=format.extension()
                            on:click=move |_| export(format)
                        >
                            {format.label()}
                        </button>
                    }
                })
                .collect_view()}
            <span class="export-status" role="status">{move || status.get()}</span>
        </div>
    }
}
