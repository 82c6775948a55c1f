//! The archive: eras, tags and papers, parsed once from the JSON bundle, validated, and indexed.
//!
//! Everything downstream (filter, URL codec, components) works with an [`Archive`] and refers to
//! its items by index newtypes ([`PaperIndex`], [`TagIndex`], [`EraIndex`]). Outside this crate
//! an index can only be obtained from the archive, so a dangling reference cannot be expressed;
//! inside, only the archive and its baked tables (`crate::baked`, checked by the build) make one.

pub mod bundle;
mod error;
mod items;
mod validate;
pub mod words;

pub use error::{BundleError, Problem};
pub use items::{Era, EraIndex, Paper, PaperIndex, Site, Tag, TagIndex};
pub use words::{SearchWords, Vocabulary};

use std::sync::OnceLock;

use crate::date::{date_keys, DateKey, PaperDate};

/// A validated archive with its lookups precomputed.
#[derive(Debug, Clone)]
pub struct Archive {
    site: Site,
    eras: Vec<Era>,
    tags: Vec<Tag>,
    papers: Vec<Paper>,
    /// For each paper, the papers that build on it (reverse of `builds_on`), in archive order.
    led_to: Vec<Vec<PaperIndex>>,
    /// For each tag, how many papers carry it.
    tag_counts: Vec<usize>,
    /// For each era, how many papers it holds.
    era_sizes: Vec<usize>,
    /// The papers sorted by id, for [`Archive::paper_by_id`]: painting a page of 5,000 cards
    /// looks each card's paper up, and a linear scan made that 12.5 million comparisons.
    by_id: Vec<PaperIndex>,
    /// For each paper, its searchable words folded once, on the first search.
    search_words: OnceLock<Vec<SearchWords>>,
    /// For each paper, its place in date order, worked out on the first date sort.
    date_keys: OnceLock<Vec<DateKey>>,
    /// Every searchable word, for "Did you mean", gathered on the first search that finds nothing.
    vocabulary: OnceLock<Vocabulary>,
}

impl Archive {
    /// Parses and validates a bundle. Errors name the paper and the field at fault. The app uses
    /// [`Archive::bundled`] instead, which the build has checked with this.
    pub fn from_json(json: &str) -> Result<Self, BundleError> {
        validate::parse(json)
    }

    pub(crate) fn new(site: Site, eras: Vec<Era>, tags: Vec<Tag>, papers: Vec<Paper>) -> Self {
        let mut led_to = vec![Vec::new(); papers.len()];
        let mut tag_counts = vec![0; tags.len()];
        let mut era_sizes = vec![0; eras.len()];
        for (index, paper) in papers.iter().enumerate() {
            for earlier in &paper.builds_on {
                led_to[earlier.0].push(PaperIndex(index));
            }
            for tag in &paper.tags {
                tag_counts[tag.0] += 1;
            }
            era_sizes[paper.era.0] += 1;
        }
        let mut by_id: Vec<PaperIndex> = (0..papers.len()).map(PaperIndex).collect();
        by_id.sort_unstable_by(|a, b| papers[a.0].id.cmp(&papers[b.0].id));
        Self {
            site,
            eras,
            tags,
            papers,
            led_to,
            tag_counts,
            era_sizes,
            by_id,
            search_words: OnceLock::new(),
            date_keys: OnceLock::new(),
            vocabulary: OnceLock::new(),
        }
    }

    /// The archive's heading, subtitle and own description.
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// The page's description (`<meta name="description">`): the bundle's, or the shipped
    /// archive's with this bundle's paper count.
    pub fn description(&self) -> String {
        match &self.site.description {
            Some(description) => description.clone(),
            None => format!(
                "The science behind AI: {} from backpropagation to transformers, scaling laws to reasoning. Filter by tag, follow what each paper builds on, and share the view as a link.",
                self.breakthrough_papers()
            ),
        }
    }

    /// The link preview's description (Open Graph): the bundle's, or the shipped archive's with
    /// this bundle's paper count.
    pub fn social_description(&self) -> String {
        match &self.site.description {
            Some(description) => description.clone(),
            None => format!(
                "{} from backpropagation to transformers, scaling laws to reasoning: filter by tag, search, follow each paper's lineage, cite and share the view as a link.",
                self.breakthrough_papers()
            ),
        }
    }

    /// "46 breakthrough papers", "1 breakthrough paper".
    fn breakthrough_papers(&self) -> String {
        let n = self.papers.len();
        format!("{n} breakthrough {}", if n == 1 { "paper" } else { "papers" })
    }

    pub fn papers(&self) -> impl ExactSizeIterator<Item = (PaperIndex, &Paper)> {
        self.papers.iter().enumerate().map(|(i, p)| (PaperIndex(i), p))
    }

    pub fn tags(&self) -> impl ExactSizeIterator<Item = (TagIndex, &Tag)> {
        self.tags.iter().enumerate().map(|(i, t)| (TagIndex(i), t))
    }

    pub fn eras(&self) -> impl ExactSizeIterator<Item = (EraIndex, &Era)> {
        self.eras.iter().enumerate().map(|(i, e)| (EraIndex(i), e))
    }

    pub fn paper_count(&self) -> usize {
        self.papers.len()
    }

    pub fn paper(&self, index: PaperIndex) -> &Paper {
        &self.papers[index.0]
    }

    pub fn tag(&self, index: TagIndex) -> &Tag {
        &self.tags[index.0]
    }

    pub fn era(&self, index: EraIndex) -> &Era {
        &self.eras[index.0]
    }

    pub fn paper_by_id(&self, id: &str) -> Option<PaperIndex> {
        let at = self.by_id.binary_search_by(|p| self.papers[p.0].id.as_str().cmp(id)).ok()?;
        Some(self.by_id[at])
    }

    /// Looks a tag up by its slug.
    pub fn tag_by_slug(&self, slug: &str) -> Option<TagIndex> {
        self.tags.iter().position(|t| t.id == slug).map(TagIndex)
    }

    /// The papers that build directly on `index`.
    pub fn led_to(&self, index: PaperIndex) -> &[PaperIndex] {
        &self.led_to[index.0]
    }

    /// How many papers carry `tag`.
    pub fn tag_count(&self, tag: TagIndex) -> usize {
        self.tag_counts[tag.0]
    }

    /// How many papers belong to `era`.
    pub fn era_size(&self, era: EraIndex) -> usize {
        self.era_sizes[era.0]
    }

    /// `paper`'s searchable words, folded. All papers are folded together on first use (a few
    /// milliseconds at 5,000 papers), so start-up pays nothing until the reader searches.
    pub fn search_words(&self, paper: PaperIndex) -> &SearchWords {
        &self.search_words.get_or_init(|| self.papers.iter().map(|p| SearchWords::of(p, &self.tags)).collect())[paper.0]
    }

    /// The archive's words, for correcting a search that finds nothing ([`crate::suggest`]).
    pub fn vocabulary(&self) -> &Vocabulary {
        self.vocabulary.get_or_init(|| {
            self.search_words(PaperIndex(0));
            let words = self.search_words.get().map_or(&[][..], Vec::as_slice);
            Vocabulary::of(&self.papers, &self.tags, words)
        })
    }

    /// `paper`'s place in the date order of lists sorted by date: by date, a year-only date
    /// after its year's months unless a paper of that year builds on it (see [`crate::date`]).
    pub fn date_key(&self, paper: PaperIndex) -> DateKey {
        self.date_keys.get_or_init(|| {
            let dates: Vec<PaperDate> = self.papers.iter().map(|p| p.date).collect();
            date_keys(&dates, &self.led_to)
        })[paper.0]
    }
}
