//! Leptos components, one per file, named for what they show. They render and wire events;
//! every decision (what is shown, what a URL means) is made in `archive-core`.

mod archive_page;
mod broken_bundle;
mod empty_state;
mod era_section;
mod header;
mod jump;
mod notices;
mod paper_card;
mod result_count;
mod tag_bar;

pub use archive_page::ArchivePage;
pub use broken_bundle::BrokenBundle;
