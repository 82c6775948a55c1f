//! The JSON bundle exactly as written on disk (`assets/papers.json`).
//!
//! These types only describe the file's shape; nothing here is trusted yet. `validate` turns a
//! [`RawBundle`] into an [`Archive`](super::Archive) or says precisely what is wrong.
//! Unknown fields are rejected so that a typo ("buildson") is an error, not silently lost data.
//! They also serialize, in the file's field order and leaving out absent optional fields, so that
//! a tool that writes bundles (the importer, `crates/import/`) writes them as the files are written, and
//! a [`RawPaper`] is the JSON export's format (`cite::json`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawBundle {
    /// The archive's name, the page's heading (default: "Research Papers").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// A sentence under the heading (default: the shipped archive's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// What the archive is, for search engines and link previews (`<meta name="description">`,
    /// Open Graph). Default: the shipped archive's, with this bundle's paper count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub eras: Vec<RawEra>,
    pub tags: Vec<RawTag>,
    pub papers: Vec<RawPaper>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawEra {
    pub id: String,
    pub name: String,
    /// First year of the era's range, as the page shows it ("1986 – 2016").
    pub from: u16,
    pub to: u16,
    pub blurb: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawTag {
    /// URL slug, e.g. `masked-lm`.
    pub id: String,
    /// Display name, e.g. `Masked LM`.
    pub name: String,
    /// What the tag means, in a sentence or two for a newcomer. Optional: a tag imported from a
    /// reference manager's keywords has none until someone writes it, and is shown without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawPaper {
    pub id: String,
    pub short_name: String,
    pub title: String,
    pub era: String,
    pub authors: String,
    pub organization: String,
    /// `YYYY` or `YYYY-MM`.
    pub date: String,
    /// Optional: an imported reference may come without an abstract, and a card without a
    /// summary is still a paper worth listing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why_it_matters: Option<String>,
    pub tags: Vec<String>,
    pub builds_on: Vec<String>,
    #[serde(default)]
    pub related_models: Vec<String>,
    /// Where the full text lives (arXiv, DOI or publisher page).
    pub url: String,
}
