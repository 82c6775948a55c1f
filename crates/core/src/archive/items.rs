//! The archive's items: papers, eras and tags, how the archive names itself, and the index
//! newtypes by which everything else refers to them.

use crate::date::PaperDate;

/// Position of a paper in the archive (the seed's order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PaperIndex(pub(crate) usize);

/// Position of a tag in the archive's tag list (the tag bar's order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TagIndex(pub(crate) usize);

/// Position of an era in the archive (chronological, as on the page).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EraIndex(pub(crate) usize);

impl PaperIndex {
    pub fn get(self) -> usize {
        self.0
    }
}

impl TagIndex {
    pub fn get(self) -> usize {
        self.0
    }
}

impl EraIndex {
    pub fn get(self) -> usize {
        self.0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Era {
    pub id: String,
    pub name: String,
    pub from: u16,
    pub to: u16,
    pub blurb: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    /// URL slug: lowercase ASCII letters, digits and hyphens.
    pub id: String,
    pub name: String,
    /// What the tag means, in a sentence or two for a newcomer (e.g. what "MoE" stands for).
    /// `None` for a tag nobody has defined yet (say, one imported from keywords).
    pub definition: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paper {
    /// Stable, URL-safe id (same alphabet as tag slugs).
    pub id: String,
    pub short_name: String,
    pub title: String,
    pub era: EraIndex,
    pub authors: String,
    pub organization: String,
    pub date: PaperDate,
    pub summary: Option<String>,
    pub why_it_matters: Option<String>,
    pub tags: Vec<TagIndex>,
    /// Earlier papers this one extends, in the bundle's order.
    pub builds_on: Vec<PaperIndex>,
    pub related_models: Vec<String>,
    pub url: String,
}

/// How the archive names and describes itself: the page's heading and subtitle, its document
/// title, and the description in its `<head>` (meta description, Open Graph). From the bundle's
/// optional `title`, `subtitle` and `description`; the defaults are the shipped archive's texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    pub title: String,
    pub subtitle: String,
    /// The bundle's own description, if it has one (see [`Archive::description`]).
    pub description: Option<String>,
}

impl Site {
    /// The heading when the bundle names none.
    pub const DEFAULT_TITLE: &'static str = "Research Papers";
    /// The subtitle when the bundle gives none.
    pub const DEFAULT_SUBTITLE: &'static str = "The science behind AI — from backpropagation to transformers, scaling laws to reasoning. Every breakthrough paper that shaped the models we use today.";
    /// The app's name, as the page's header shows it above the title (the user's capture's
    /// words) and after the archive's title in the document title.
    pub const APP_NAME: &'static str = "Academic Paper Archive";
    /// Longest title, subtitle and description validation accepts, in characters: a heading,
    /// a sentence or two, and what a search result or link preview shows.
    pub const MAX_TITLE: usize = 80;
    pub const MAX_SUBTITLE: usize = 300;
    pub const MAX_DESCRIPTION: usize = 300;
}

/// A paper's position, for tables indexed by paper (the date order's, see `crate::date`).
impl From<PaperIndex> for usize {
    fn from(paper: PaperIndex) -> usize {
        paper.0
    }
}
