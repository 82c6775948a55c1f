//! From references to a bundle: duplicates merged, papers already in the bundle (`--into`)
//! matched and kept, new papers given ids, eras, tags and "builds on", and the result checked
//! with the bundle's own validation. The same input always gives the same bundle.

use std::collections::{HashMap, HashSet};

use archive_core::archive::bundle::{RawBundle, RawEra, RawPaper};
use archive_core::{Archive, BundleError, PaperDate};

use crate::eras;
use crate::link::{self, Identity};
use crate::reference::{Note, NoteKind, Reference};
use crate::report::{Added, Matched, Merged, Report};
use crate::tags::{TagMap, Tags};
use crate::text;

/// A bundle to add to (`--into`), as read: kept as text too, so that an import that changes
/// nothing writes it back byte for byte.
#[derive(Debug, Clone)]
pub struct Existing {
    pub name: String,
    pub text: String,
    pub bundle: RawBundle,
}

impl Existing {
    /// Reads a bundle, which must pass the bundle's validation: the import adds to a sound
    /// bundle, or says what to fix first.
    pub fn from_json(name: &str, text: &str) -> Result<Self, String> {
        Archive::from_json(text).map_err(|error| {
            format!(
                "{name}: {error}\nFix the bundle first (cargo run -p archive-core --bin check-bundle -- {name} lists the same problems)"
            )
        })?;
        let bundle = serde_json::from_str(text).map_err(|e| format!("{name}: {e}"))?;
        Ok(Existing { name: name.to_string(), text: text.to_string(), bundle })
    }
}

/// What shapes the bundle besides the references.
#[derive(Debug, Default)]
pub struct Options {
    pub into: Option<Existing>,
    /// `--eras`: the eras to place papers in.
    pub eras: Option<Vec<RawEra>>,
    pub tags: TagMap,
    /// `--title`, `--subtitle`, `--description`: the archive's own texts.
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub description: Option<String>,
}

/// A finished import: the bundle, its JSON text (validated), and the report.
#[derive(Debug)]
pub struct Outcome {
    pub bundle: RawBundle,
    pub json: String,
    /// The `--into` bundle came out as it went in (the JSON is its text, as it was).
    pub unchanged: bool,
    pub report: Report,
}

/// Why an import wrote nothing.
#[derive(Debug)]
pub enum Failure {
    /// No entry became a paper and there is no bundle to keep.
    Nothing(Box<Report>),
    /// The bundle made fails the bundle's validation (it is not written).
    Invalid(BundleError, Box<Report>),
}

/// Imports `parsed` (each file's references, skipped entries and notes) as `options` say.
pub fn assemble(
    files: Vec<(crate::source::Source, crate::reference::Parsed)>,
    options: &Options,
) -> Result<Outcome, Failure> {
    let mut report = Report::default();
    let mut references = Vec::new();
    for (source, parsed) in files {
        report.files.push((source.name.clone(), source.format, parsed.entries));
        report.skipped.extend(parsed.skipped);
        report.notes.extend(parsed.notes);
        references.extend(parsed.references);
    }

    // Duplicates inside the import: the first keeps its place; the others fill its gaps.
    let mut kept: Vec<Reference> = Vec::new();
    let mut by_identity: HashMap<Identity, usize> = HashMap::new();
    // (file, citation key) → index in `kept`, for relations; and the first with a key in any file.
    let mut by_key: HashMap<(String, String), usize> = HashMap::new();
    let mut by_bare_key: HashMap<String, usize> = HashMap::new();
    for reference in references {
        let identities = identities_of(&reference);
        let key = (reference.origin.file.clone(), reference.origin.key.clone());
        match identities.iter().find_map(|id| by_identity.get(id).map(|&i| (i, id.describe()))) {
            Some((index, why)) => {
                report.merged.push(Merged { from: reference.origin.clone(), into: kept[index].origin.clone(), why });
                for id in identities {
                    by_identity.entry(id).or_insert(index);
                }
                by_bare_key.entry(key.1.clone()).or_insert(index);
                by_key.entry(key).or_insert(index);
                fill(&mut kept[index], reference);
            }
            None => {
                let index = kept.len();
                for id in identities {
                    by_identity.entry(id).or_insert(index);
                }
                by_bare_key.entry(key.1.clone()).or_insert(index);
                by_key.entry(key).or_insert(index);
                kept.push(reference);
            }
        }
    }

    let mut tags = Tags::new(options.into.as_ref().map(|e| e.bundle.tags.clone()).unwrap_or_default());
    let existing_tag_count = options.into.as_ref().map_or(0, |e| e.bundle.tags.len());
    let mut papers: Vec<RawPaper> = options.into.as_ref().map(|e| e.bundle.papers.clone()).unwrap_or_default();

    // Papers the bundle already has: matched, kept, their gaps filled.
    let mut existing_by_identity: HashMap<Identity, usize> = HashMap::new();
    for (index, paper) in papers.iter().enumerate() {
        for id in link::identities(Some(&paper.url), None, None, &paper.title) {
            if long_enough(&id) {
                existing_by_identity.entry(id).or_insert(index);
            }
        }
    }
    // For each kept reference: Some(index in `papers`) once it is placed.
    let mut placed: Vec<Option<usize>> = vec![None; kept.len()];
    let mut fresh: Vec<usize> = Vec::new();
    for (index, reference) in kept.iter().enumerate() {
        let found = identities_of(reference).iter().find_map(|id| existing_by_identity.get(id).copied());
        match found {
            Some(paper_index) => {
                let paper = &mut papers[paper_index];
                let mut filled = Vec::new();
                if paper.summary.is_none() {
                    if let Some(summary) = reference.abstract_text.as_deref().and_then(text::summary) {
                        paper.summary = Some(summary);
                        filled.push("summary");
                    }
                }
                if paper.tags.is_empty() {
                    paper.tags = tag_ids(reference, &options.tags, &mut tags);
                    if !paper.tags.is_empty() {
                        filled.push("tags");
                    }
                }
                report.matched.push(Matched { id: paper.id.clone(), origin: reference.origin.clone(), filled });
                placed[index] = Some(paper_index);
            }
            None => fresh.push(index),
        }
    }

    // New papers, in the order they are listed: by date, then as they came.
    fresh.sort_by_key(|&i| (date_of(&kept[i]).sort_key(), i));
    let mut taken: HashSet<String> = papers.iter().map(|p| p.id.clone()).collect();
    let mut new_papers: Vec<(usize, RawPaper)> = Vec::new();
    for &index in &fresh {
        let reference = &kept[index];
        let short_name = reference.short_title.clone().unwrap_or_else(|| text::short_name(&reference.title));
        let base = text::key_id(&reference.origin.key).unwrap_or_else(|| text::title_id(&short_name));
        let id = unique(&base, &mut taken);
        let (url, note) = link::choose(
            reference.url.as_deref(),
            reference.doi.as_deref(),
            reference.arxiv.as_deref(),
            &reference.title,
        );
        if let Some(kind) = note {
            report.notes.push(Note { origin: reference.origin.clone(), kind });
        }
        let mut authors = reference.authors.join(", ");
        if authors.is_empty() {
            authors = "Unknown".to_string();
            report.notes.push(Note { origin: reference.origin.clone(), kind: NoteKind::NoAuthors });
        }
        let organization = reference.organization().unwrap_or_else(|| {
            report.notes.push(Note { origin: reference.origin.clone(), kind: NoteKind::NoVenue });
            "Unknown".to_string()
        });
        if reference.more_authors {
            authors.push_str(" et al.");
        }
        let paper = RawPaper {
            id: id.clone(),
            short_name,
            title: reference.title.clone(),
            era: String::new(),
            authors,
            organization,
            date: date_of(reference).to_string(),
            summary: reference.abstract_text.as_deref().and_then(text::summary),
            why_it_matters: None,
            tags: tag_ids(reference, &options.tags, &mut tags),
            builds_on: Vec::new(),
            related_models: Vec::new(),
            url,
        };
        report.added.push(Added { id, origin: reference.origin.clone() });
        new_papers.push((index, paper));
    }

    // "Builds on": the entries a new paper names (related, crossref) that are papers here and
    // not later than it. Among new papers only earlier ones in the list count, so no cycle forms.
    let position: HashMap<usize, usize> =
        fresh.iter().enumerate().map(|(position, &index)| (index, position)).collect();
    for (position_here, (index, paper)) in new_papers.iter_mut().enumerate() {
        let reference = &kept[*index];
        let date = date_of(reference);
        for key in &reference.relations {
            let target =
                by_key.get(&(reference.origin.file.clone(), key.clone())).or_else(|| by_bare_key.get(key)).copied();
            let Some(target) = target.filter(|&t| t != *index) else { continue };
            let (target_id, earlier) = match (placed[target], position.get(&target)) {
                (Some(paper_index), _) => {
                    let existing = &papers[paper_index];
                    let not_later = PaperDate::parse(&existing.date).is_ok_and(|d| !d.is_after(date));
                    (existing.id.clone(), not_later)
                }
                (None, Some(&target_position)) => (String::new(), target_position < position_here),
                (None, None) => continue,
            };
            let target_id = if target_id.is_empty() { id_at(&fresh, &report.added, target) } else { target_id };
            if !earlier {
                report
                    .notes
                    .push(Note { origin: reference.origin.clone(), kind: NoteKind::LaterRelation(key.clone()) });
            } else if !paper.builds_on.contains(&target_id) {
                paper.builds_on.push(target_id);
            }
        }
    }

    // Eras: --eras, the bundle's, or derived from the years; years no era holds get new ones.
    let mut era_list: Vec<RawEra> = options.into.as_ref().map(|e| e.bundle.eras.clone()).unwrap_or_default();
    if let Some(given) = &options.eras {
        for era in given {
            if !era_list.iter().any(|e| e.id == era.id) {
                era_list.push(era.clone());
            }
        }
    }
    let years: Vec<u16> = new_papers.iter().map(|(i, _)| kept[*i].year).collect();
    if era_list.is_empty() {
        era_list = eras::derive(&years);
        report.new_eras = era_list.iter().map(|e| e.id.clone()).collect();
    } else {
        let uncovered: Vec<u16> = years.iter().copied().filter(|&y| eras::place(&era_list, y).is_none()).collect();
        report.new_eras = eras::extend(&mut era_list, &uncovered);
    }
    for (index, paper) in &mut new_papers {
        let era = eras::place(&era_list, kept[*index].year).map(|e| era_list[e].id.clone());
        paper.era = era.unwrap_or_default();
    }

    // Where new papers go: among their era's papers, by date (a bundle lists papers in display
    // order within each era); in a bundle of their own, simply by date.
    for (_, paper) in new_papers {
        let key = PaperDate::parse(&paper.date).map(|d| d.sort_key()).unwrap_or_default();
        let same_era = |p: &RawPaper| p.era == paper.era;
        let at = papers
            .iter()
            .rposition(|p| same_era(p) && PaperDate::parse(&p.date).map(|d| d.sort_key()).unwrap_or_default() <= key)
            .map(|i| i + 1)
            .or_else(|| papers.iter().position(same_era))
            .unwrap_or(papers.len());
        papers.insert(at, paper);
    }

    let tag_list = tags.into_list();
    report.new_tags = tag_list[existing_tag_count..].iter().map(|t| t.id.clone()).collect();
    let into = options.into.as_ref();
    let site =
        |given: &Option<String>, kept: Option<&Option<String>>| given.clone().or_else(|| kept.cloned().flatten());
    let bundle = RawBundle {
        title: site(&options.title, into.map(|e| &e.bundle.title)),
        subtitle: site(&options.subtitle, into.map(|e| &e.bundle.subtitle)),
        description: site(&options.description, into.map(|e| &e.bundle.description)),
        eras: era_list,
        tags: tag_list,
        papers,
    };

    if bundle.papers.is_empty() {
        return Err(Failure::Nothing(Box::new(report)));
    }
    let unchanged = into.is_some_and(|existing| existing.bundle == bundle);
    let json = match into {
        Some(existing) if unchanged => existing.text.clone(),
        _ => serde_json::to_string_pretty(&bundle).map(|json| json + "\n").unwrap_or_default(),
    };
    if let Err(error) = Archive::from_json(&json) {
        return Err(Failure::Invalid(error, Box::new(report)));
    }
    Ok(Outcome { bundle, json, unchanged, report })
}

/// The DOI, arXiv id, link and (for titles of four words or more) the title a reference is
/// known by.
fn identities_of(reference: &Reference) -> Vec<Identity> {
    link::identities(reference.url.as_deref(), reference.doi.as_deref(), reference.arxiv.as_deref(), &reference.title)
        .into_iter()
        .filter(long_enough)
        .collect()
}

/// A title identifies a paper only when it is long enough to be its own: "Deep Learning" names
/// a review and a book.
fn long_enough(identity: &Identity) -> bool {
    match identity {
        Identity::Title(title) => title.split(' ').count() >= 4,
        _ => true,
    }
}

/// Fills what `into` lacks from `from`, a record of the same paper.
fn fill(into: &mut Reference, from: Reference) {
    fn or<T>(slot: &mut Option<T>, other: Option<T>) {
        if slot.is_none() {
            *slot = other;
        }
    }
    or(&mut into.short_title, from.short_title);
    or(&mut into.url, from.url);
    or(&mut into.doi, from.doi);
    or(&mut into.arxiv, from.arxiv);
    or(&mut into.venue, from.venue);
    or(&mut into.abstract_text, from.abstract_text);
    if into.month.is_none() && into.year == from.year {
        into.month = from.month;
    }
    if into.authors.is_empty() {
        into.authors = from.authors;
        into.more_authors = from.more_authors;
    }
    for keyword in from.keywords {
        if !into.keywords.iter().any(|k| k.eq_ignore_ascii_case(&keyword)) {
            into.keywords.push(keyword);
        }
    }
    for relation in from.relations {
        if !into.relations.contains(&relation) {
            into.relations.push(relation);
        }
    }
}

fn date_of(reference: &Reference) -> PaperDate {
    let text = match reference.month {
        Some(month) => format!("{:04}-{month:02}", reference.year),
        None => format!("{:04}", reference.year),
    };
    // Both parts were checked when the reference was read (year 1000–9999, month 1–12).
    PaperDate::parse(&text).unwrap_or_else(|_| PaperDate::parse("1000").expect("a valid date"))
}

/// The tags a reference's keywords become.
fn tag_ids(reference: &Reference, map: &TagMap, tags: &mut Tags) -> Vec<String> {
    let mut ids = Vec::new();
    for keyword in &reference.keywords {
        if let Some(tag) = map.tag_for(keyword) {
            let id = tags.intern(tag);
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

/// `base`, or `base-2`, `base-3`… whichever no paper has yet (and takes it).
fn unique(base: &str, taken: &mut HashSet<String>) -> String {
    let mut id = base.to_string();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// The id given to the new paper made from `kept[index]`.
fn id_at(fresh: &[usize], added: &[Added], index: usize) -> String {
    fresh.iter().position(|&i| i == index).and_then(|p| added.get(p)).map(|a| a.id.clone()).unwrap_or_default()
}
