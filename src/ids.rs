//! The DOM ids the components give to what other parts of the page point at.

/// The DOM id of a paper's card: the target of builds-on jumps and of the detail's way back.
pub fn card_id(paper_id: &str) -> String {
    format!("paper-{paper_id}")
}

/// The DOM id of a tag's definition, which every button for that tag names as its description.
pub fn definition_id(slug: &str) -> String {
    format!("tag-def-{slug}")
}
