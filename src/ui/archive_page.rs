use archive_core::Archive;
use leptos::prelude::*;

use super::empty_state::EmptyState;
use super::era_section::EraSection;
use super::header::Header;
use super::jump::Jumps;
use super::notices::Notices;
use super::result_count::ResultCount;
use super::tag_bar::TagBar;
use crate::view::CurrentView;

/// The page: header, filter controls, and the eras with their cards.
#[component]
pub fn ArchivePage(archive: &'static Archive) -> impl IntoView {
    let view = CurrentView::provide(archive);
    Jumps::provide(view);
    view! {
        <Header />
        <main id="main" class="page">
            <TagBar />
            <div class="status-row">
                <ResultCount />
            </div>
            <Notices />
            <EmptyState />
            {archive.eras().map(|(era, _)| view! { <EraSection era /> }).collect_view()}
        </main>
    }
}
