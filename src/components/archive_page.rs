//! The whole page: header, filters, status, and the papers.

use archive_core::texts::document_title;
use archive_core::{page, Presentation};
use leptos::prelude::*;

use super::card_list::CardList;
use super::empty_state::EmptyState;
use super::export_bar::ExportBar;
use super::header::Header;
use super::lineage_graph::LineageGraph;
use super::loading_state::LoadingState;
use super::notices::Notices;
use super::paper_detail::PaperDetail;
use super::search_box::SearchBox;
use super::status_bar::StatusBar;
use super::tag_bar::TagBar;
use super::tag_tip::TagTip;
use super::view_controls::ViewControls;
use crate::cards::Cards;
use crate::{
    adoption::{Adopting, Start},
    current_view::CurrentView,
};
use archive_core::Archive;

/// The page: header, filter controls, and the papers (cards by era or by date, or the lineage
/// graph), plus the detail dialog of `?paper=`.
#[component]
pub fn ArchivePage(archive: &'static Archive, start: Start) -> impl IntoView {
    if let Start::Adopt(_) = start {
        provide_context(Adopting);
    }
    let view = CurrentView::provide(archive, &start);
    let cards = Cards::provide(view);
    // The tab's title says what the view shows, for history entries and bookmarks. Browsers
    // give a title to the current entry, so it is set once the view's entry is (on a large
    // page the URL is written a frame after the view changes; see `history_adapter.rs`).
    Effect::new(move |_| {
        view.history_entries().track();
        let title =
            view.state.with_untracked(|s| document_title(archive, s, view.selection.with_untracked(|sel| sel.count())));
        document().set_title(&title);
    });
    let as_graph = move || view.state.with(|s| s.presentation == Presentation::Graph);
    view! {
        <Header />
        <main id="main" class="page">
            <LoadingState />
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
            // The skip link's target: focusable by script only, so that after the jump the next Tab
            // lands on the first paper, whichever presentation is shown. One listener answers
            // every card's buttons (see `cards.rs`).
            <div id=page::PAPERS_ID class="papers" tabindex="-1" on:click=move |event| cards.on_click(event)>
                <CardList />
                // Nothing shown: the empty state says so, and no empty frame is drawn.
                <div id=page::GRAPH_ID hidden=move || !as_graph()>
                    <Show when=move || as_graph() && view.selection.with(|s| s.count() > 0)>
                        <LineageGraph />
                    </Show>
                </div>
            </div>
            <TagTip />
            <PaperDetail />
        </main>
    }
}
