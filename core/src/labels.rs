//! Texts that the page shows for a view, with the one plural rule they share: kept in the core,
//! beside the rules they report, and tested natively.

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
