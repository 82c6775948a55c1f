//! What the reader is looking at: the selected tags and how they combine, the search, the era,
//! the sort, the presentation and the open paper, and the ways each changes. Its URL form is
//! [`crate::url`]'s; the texts that describe it are [`crate::texts`]'s.

use std::collections::BTreeSet;
use std::fmt;

use crate::archive::{EraIndex, PaperIndex, TagIndex};

/// Longest search text kept from a URL, in characters.
pub const SEARCH_LIMIT: usize = 200;

/// How several selected tags combine.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MatchMode {
    /// A paper is shown if it has at least one selected tag.
    #[default]
    Any,
    /// A paper is shown only if it has every selected tag.
    All,
}

impl MatchMode {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchMode::Any => "any",
            MatchMode::All => "all",
        }
    }

    /// Reads "any" or "all", in any case and with surrounding spaces.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "any" => Some(MatchMode::Any),
            "all" => Some(MatchMode::All),
            _ => None,
        }
    }
}

/// The order of the shown papers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// By era, in the archive's order (the page's sections).
    #[default]
    Era,
    /// One list, oldest first.
    Oldest,
    /// One list, newest first.
    Newest,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Era, Sort::Oldest, Sort::Newest];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Era => "era",
            Sort::Oldest => "oldest",
            Sort::Newest => "newest",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Sort::ALL.into_iter().find(|s| s.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

/// How the shown papers are presented.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Presentation {
    /// Paper cards, by era or in a date-sorted list.
    #[default]
    Cards,
    /// The lineage graph of the shown papers.
    Graph,
}

impl Presentation {
    pub fn as_str(self) -> &'static str {
        match self {
            Presentation::Cards => "cards",
            Presentation::Graph => "graph",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Presentation::Cards, Presentation::Graph].into_iter().find(|p| p.as_str().eq_ignore_ascii_case(text))
    }
}

/// Search text as a view holds it: control characters dropped, whitespace trimmed and
/// collapsed, at most [`SEARCH_LIMIT`] characters, and empty when no letter or digit is left
/// to search for ("🤖", "--"), which would otherwise filter nothing yet count as a filter.
/// [`Search::new`] is the only way to make one, so no caller can put an untidy search into a
/// state; it reads as a `&str`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Search(String);

impl Search {
    pub fn new(text: &str) -> Self {
        Self(clean_search(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Search {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Search {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Search {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Search {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// The view: selected tags and how they combine, search text, era filter, sort order and the
/// paper whose detail is open. Tags, era and paper are archive indices, so an unknown one
/// cannot be part of a state, and the search is a [`Search`], tidy by construction.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ViewState {
    pub tags: BTreeSet<TagIndex>,
    pub match_mode: MatchMode,
    pub search: Search,
    pub era: Option<EraIndex>,
    pub sort: Sort,
    pub paper: Option<PaperIndex>,
    pub presentation: Presentation,
}

impl ViewState {
    /// True when a tag, the search or the era filter narrows the view.
    pub fn is_filtered(&self) -> bool {
        !self.tags.is_empty() || !self.search.is_empty() || self.era.is_some()
    }

    /// The same view with every filter (tags, match mode, search, era) cleared; the sort order
    /// and the presentation stay, being ways of looking rather than filters.
    pub fn unfiltered(&self) -> Self {
        Self { sort: self.sort, presentation: self.presentation, ..Self::default() }
    }

    /// The part of the view that decides which papers are shown and in what order: the same
    /// state without the open paper and with the default presentation. Views with equal keys
    /// have equal selections, so opening a paper does not recompute the filter.
    pub fn selection_key(&self) -> Self {
        Self { paper: None, presentation: Presentation::default(), ..self.clone() }
    }

    /// The same view with `tag` selected (no change if it already is).
    pub fn with_tag(&self, tag: TagIndex) -> Self {
        let mut next = self.clone();
        next.tags.insert(tag);
        next
    }

    pub fn with_search(&self, text: &str) -> Self {
        Self { search: Search::new(text), ..self.clone() }
    }

    pub fn with_era(&self, era: Option<EraIndex>) -> Self {
        Self { era, ..self.clone() }
    }

    pub fn with_sort(&self, sort: Sort) -> Self {
        Self { sort, ..self.clone() }
    }

    pub fn with_paper(&self, paper: Option<PaperIndex>) -> Self {
        Self { paper, ..self.clone() }
    }

    pub fn with_presentation(&self, presentation: Presentation) -> Self {
        Self { presentation, ..self.clone() }
    }

    /// The same view with `tag` selected if it was not, and deselected if it was.
    pub fn toggled(&self, tag: TagIndex) -> Self {
        let mut next = self.clone();
        if !next.tags.remove(&tag) {
            next.tags.insert(tag);
        }
        next
    }

    pub fn with_match_mode(&self, match_mode: MatchMode) -> Self {
        Self { match_mode, ..self.clone() }
    }
}

/// Search text as kept in a state: control characters dropped, whitespace trimmed and
/// collapsed, at most [`SEARCH_LIMIT`] characters; nothing without a letter or digit.
fn clean_search(text: &str) -> String {
    let words: Vec<&str> =
        text.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()).collect();
    let kept = words.join(" ").chars().take(SEARCH_LIMIT).collect::<String>().trim_end().to_string();
    if crate::search::Query::new(&kept).is_empty() {
        String::new()
    } else {
        kept
    }
}
