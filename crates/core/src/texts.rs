//! The texts that describe a view: counts, the selected-tags note, the sort's names, the
//! document title, with the one plural rule they share. Kept in the core, beside the rules they
//! report, and tested natively.

use crate::archive::Archive;
use crate::view_state::{MatchMode, Sort, ViewState};

/// "paper" or "papers", for `n` of them.
pub fn papers_noun(n: usize) -> &'static str {
    if n == 1 {
        "paper"
    } else {
        "papers"
    }
}

/// An era section's count: "6 papers", or "2 of 6 papers shown" while a filter narrows the view.
pub fn era_count(size: usize, shown: usize, filtered: bool) -> String {
    let noun = papers_noun(size);
    if filtered {
        format!("{shown} of {size} {noun} shown")
    } else {
        format!("{size} {noun}")
    }
}

/// The folded tag bar's note of how many tags are selected: "· 2 selected", or nothing.
pub fn tags_selected(n: usize) -> String {
    match n {
        0 => String::new(),
        n => format!("· {n} selected"),
    }
}

/// The phone's tag panel's way back to the papers: "Show 6 papers", "Show 1 paper".
pub fn show_papers(n: usize) -> String {
    format!("Show {n} {}", papers_noun(n))
}

/// The name of a sort, as the sort select offers it.
pub fn sort_label(sort: Sort) -> &'static str {
    match sort {
        Sort::Era => "By era",
        Sort::Oldest => "Oldest first",
        Sort::Newest => "Newest first",
    }
}

/// The document title for a view, so tabs, history and shared-link previews say what is shown:
/// "MoE, RLHF · 7 papers — Academic Paper Archive", or the paper's name while its detail is open.
pub fn document_title(archive: &Archive, state: &ViewState, shown: usize) -> String {
    const SITE: &str = crate::Site::APP_NAME;
    if let Some(paper) = state.paper {
        return format!("{} — {SITE}", archive.paper(paper).short_name);
    }
    if !state.is_filtered() {
        return format!("{} — {SITE}", archive.site().title);
    }
    let mut parts: Vec<String> = Vec::new();
    if !state.tags.is_empty() {
        let names: Vec<&str> = state.tags.iter().map(|&t| archive.tag(t).name.as_str()).collect();
        let joiner = if state.match_mode == MatchMode::All { " + " } else { ", " };
        parts.push(names.join(joiner));
    }
    if !state.search.is_empty() {
        parts.push(format!("“{}”", state.search));
    }
    if let Some(era) = state.era {
        parts.push(archive.era(era).name.clone());
    }
    format!("{} · {shown} {} — {SITE}", parts.join(" · "), papers_noun(shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn era_counts_read_naturally() {
        assert_eq!(era_count(6, 6, false), "6 papers");
        assert_eq!(era_count(1, 1, false), "1 paper");
        assert_eq!(era_count(6, 2, true), "2 of 6 papers shown");
        assert_eq!(era_count(1, 0, true), "0 of 1 paper shown");
    }

    #[test]
    fn the_tag_panel_says_how_many_papers_it_shows() {
        assert_eq!(show_papers(6), "Show 6 papers");
        assert_eq!(show_papers(1), "Show 1 paper");
        assert_eq!(show_papers(0), "Show 0 papers");
    }

    #[test]
    fn selected_tags_note_is_empty_without_a_selection() {
        assert_eq!(tags_selected(0), "");
        assert_eq!(tags_selected(3), "· 3 selected");
    }
}
