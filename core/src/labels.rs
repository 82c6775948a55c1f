//! Texts that the page shows for a view and that two renderers must agree on: the app's
//! components and the first view (`first-view/`), which paints a shared link's view on the
//! prerendered page before the app is live. Both call these, so the wording cannot drift.

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
    fn selected_tags_note_is_empty_without_a_selection() {
        assert_eq!(tags_selected(0), "");
        assert_eq!(tags_selected(3), "· 3 selected");
    }
}
