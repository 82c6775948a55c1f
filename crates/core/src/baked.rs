//! The compiled-in bundle, baked into static tables by `build.rs` after it validated the JSON
//! (see there): building the [`Archive`] is copying them, with no parsing and nothing that can
//! fail, which is what lets the browser's wasm leave serde_json's deserializer out.

use crate::archive::{Archive, Era, EraIndex, Paper, PaperIndex, Site, Tag, TagIndex};
use crate::date::PaperDate;

struct BakedSite {
    title: &'static str,
    subtitle: &'static str,
    description: Option<&'static str>,
}

struct BakedEra {
    id: &'static str,
    name: &'static str,
    from: u16,
    to: u16,
    blurb: &'static str,
}

struct BakedTag {
    id: &'static str,
    name: &'static str,
    definition: Option<&'static str>,
}

/// A [`Paper`] with its era, tags and `builds_on` as indices into the other tables.
struct BakedPaper {
    id: &'static str,
    short_name: &'static str,
    title: &'static str,
    era: usize,
    authors: &'static str,
    organization: &'static str,
    year: u16,
    month: Option<u8>,
    summary: Option<&'static str>,
    why_it_matters: Option<&'static str>,
    tags: &'static [usize],
    builds_on: &'static [usize],
    related_models: &'static [&'static str],
    url: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

impl Archive {
    /// The archive compiled in: `assets/papers.json`, or the file `PAPERS_BUNDLE` named at
    /// build time. Always valid, because the build refuses a bundle that is not.
    pub fn bundled() -> Self {
        let site = Site {
            title: SITE.title.into(),
            subtitle: SITE.subtitle.into(),
            description: SITE.description.map(Into::into),
        };
        let eras = ERAS
            .iter()
            .map(|e| Era { id: e.id.into(), name: e.name.into(), from: e.from, to: e.to, blurb: e.blurb.into() })
            .collect();
        let tags = TAGS
            .iter()
            .map(|t| Tag { id: t.id.into(), name: t.name.into(), definition: t.definition.map(Into::into) })
            .collect();
        let papers = PAPERS
            .iter()
            .map(|p| Paper {
                id: p.id.into(),
                short_name: p.short_name.into(),
                title: p.title.into(),
                era: EraIndex(p.era),
                authors: p.authors.into(),
                organization: p.organization.into(),
                date: PaperDate::new(p.year, p.month),
                summary: p.summary.map(Into::into),
                why_it_matters: p.why_it_matters.map(Into::into),
                tags: p.tags.iter().map(|&t| TagIndex(t)).collect(),
                builds_on: p.builds_on.iter().map(|&b| PaperIndex(b)).collect(),
                related_models: p.related_models.iter().map(|&m| m.into()).collect(),
                url: p.url.into(),
            })
            .collect();
        Archive::new(site, eras, tags, papers)
    }
}
