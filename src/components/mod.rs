//! Leptos components, one per file, named for what they show. They render and wire events;
//! every decision (what is shown, what a URL means) is made in `archive-core`.

mod archive_page;
mod card_list;
mod cite_buttons;
mod empty_state;
mod era_jump_bar;
mod era_section;
mod export_bar;
mod header;
mod jump_notice;
mod lineage_graph;
mod loading_state;
mod notices;
pub mod paper_card;
mod paper_detail;
mod result_count;
mod search_box;
mod status_bar;
mod tag_bar;
mod tag_tip;
mod theme_toggle;
mod view_controls;

pub use archive_page::ArchivePage;
