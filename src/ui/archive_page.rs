use archive_core::view_state::document_title;
use archive_core::{Presentation, Sort};
use leptos::prelude::*;

use super::date_list::DateList;
use super::empty_state::EmptyState;
use super::era_section::EraSection;
use super::export_bar::ExportBar;
use super::header::Header;
use super::jump::Jumps;
use super::lineage_graph::LineageGraph;
use super::notices::Notices;
use super::paper_detail::PaperDetail;
use super::search_box::SearchBox;
use super::status_bar::StatusBar;
use super::tag_bar::TagBar;
use super::tag_tip::TagTip;
use super::view_controls::ViewControls;
use crate::view::{CurrentView, Start};
use archive_core::Archive;

/// The page: header, filter controls, and the papers (by era, or one list in a date sort),
/// plus the detail dialog of `?paper=`.
#[component]
pub fn ArchivePage(archive: &'static Archive, start: Start) -> impl IntoView {
    let view = CurrentView::provide(archive, &start);
    if let Start::Adopt(adoption) = start {
        // The era sections adopt their cards later, a slice at a time (see `adopt`).
        provide_context(adoption);
    }
    Jumps::provide(view);
    // The tab's title says what the view shows, for history entries and bookmarks. Browsers
    // give a title to the current entry, so it is set once the view's entry is (on a large
    // page the URL is written a frame after the view changes; see `location`).
    Effect::new(move |_| {
        view.history_entries().track();
        let title =
            view.state.with_untracked(|s| document_title(archive, s, view.selection.with_untracked(|sel| sel.count())));
        document().set_title(&title);
    });
    let by_era = move || view.state.with(|s| s.sort == Sort::Era);
    let as_graph = move || view.state.with(|s| s.presentation == Presentation::Graph);
    view! {
        <Header />
        <main id="main" class="page">
            <div class="filters">
                <div class="filters-row">
                    <SearchBox />
                    <ViewControls />
                </div>
                <TagBar />
            </div>
            <StatusBar />
            <Notices />
            <ExportBar />
            <EmptyState />
            // The skip link's target (see `Header`): focusable by script only, so that after
            // the jump the next Tab lands on the first paper, whichever presentation is shown.
            <div id="papers" class="papers" tabindex="-1">
                <Show when=move || !as_graph() fallback=|| view! { <LineageGraph /> }>
                    <Show when=by_era fallback=|| view! { <DateList /> }>
                        {archive.eras().map(|(era, _)| view! { <EraSection era /> }).collect_view()}
                    </Show>
                </Show>
            </div>
            <TagTip />
            <PaperDetail />
        </main>
    }
}
