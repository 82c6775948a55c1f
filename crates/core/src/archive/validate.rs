//! From JSON text to a validated [`Archive`], collecting every problem with its place.
//!
//! Checks: the JSON parses and has the bundle's shape; the archive's title, subtitle and
//! description, when given, are one line, neither empty nor too long; ids are unique and
//! URL-safe; no required text is empty (nor an optional one that is given, such as a tag's
//! definition or a paper's summary); eras and tags referenced by papers exist; dates are
//! `YYYY` or `YYYY-MM`; `builds_on` points at existing papers that are not later than the paper;
//! the builds-on graph has no cycles.

use std::collections::{HashMap, HashSet};

use super::bundle::{RawBundle, RawPaper};
use super::{Archive, BundleError, Era, EraIndex, Paper, PaperIndex, Problem, Site, Tag, TagIndex};
use crate::date::PaperDate;

/// Parses with a path-tracking deserializer, so a type error names its paper and field.
pub(super) fn parse(json: &str) -> Result<Archive, BundleError> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| single("the file", None, format!("invalid JSON: {e}")))?;
    let raw: RawBundle = serde_path_to_error::deserialize(&value).map_err(|e| shape_problem(&value, e))?;
    validate(raw)
}

fn single(item: &str, field: Option<String>, message: String) -> BundleError {
    BundleError { problems: vec![Problem { item: item.to_string(), field, message }] }
}

/// Turns a serde error with its path (`papers[3].tags[0]`) into "paper \"bert\", field \"tags\"".
fn shape_problem(value: &serde_json::Value, error: serde_path_to_error::Error<serde_json::Error>) -> BundleError {
    let segments: Vec<String> = error.path().iter().map(|s| s.to_string()).collect();
    let message = error.inner().to_string();
    let (item, field) = match segments.as_slice() {
        [list, index, rest @ ..]
            if (list == "papers" || list == "eras" || list == "tags") && index.starts_with('[') =>
        {
            let position: usize = index.trim_matches(['[', ']']).parse().unwrap_or(0);
            let kind = list.trim_end_matches('s');
            let item = match value[list.as_str()][position]["id"].as_str() {
                Some(id) => format!("{kind} \"{id}\""),
                None => format!("{kind} #{}", position + 1),
            };
            (item, rest.first().map(|f| f.trim_start_matches('.').to_string()))
        }
        [] => ("the file".to_string(), None),
        [first, ..] => ("the file".to_string(), Some(first.trim_start_matches('.').to_string())),
    };
    BundleError { problems: vec![Problem { item, field, message }] }
}

/// Collects problems for one item at a time.
struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, item: &str, field: &str, message: impl Into<String>) {
        self.0.push(Problem { item: item.to_string(), field: Some(field.to_string()), message: message.into() });
    }

    fn require_text(&mut self, item: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.add(item, field, "must not be empty");
        }
    }

    fn require_slug(&mut self, item: &str, field: &str, slug: &str) {
        if !is_slug(slug) {
            self.add(
                item,
                field,
                format!(
                    "\"{slug}\" is not URL-safe: use lowercase letters, digits and single hyphens, e.g. \"masked-lm\""
                ),
            );
        }
    }
}

/// Lowercase ASCII letters and digits in hyphen-separated words: safe in a URL without escaping.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .split('-')
            .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

fn validate(raw: RawBundle) -> Result<Archive, BundleError> {
    let mut problems = Problems(Vec::new());

    for (field, text, max) in [
        ("title", &raw.title, Site::MAX_TITLE),
        ("subtitle", &raw.subtitle, Site::MAX_SUBTITLE),
        ("description", &raw.description, Site::MAX_DESCRIPTION),
    ] {
        let Some(text) = text else { continue };
        problems.require_text("the file", field, text);
        let length = text.chars().count();
        if length > max {
            problems.add("the file", field, format!("is {length} characters long; keep it to {max}"));
        }
        if text.contains(['\n', '\r']) {
            problems.add("the file", field, "must be one line");
        }
    }

    let mut era_ids = HashMap::new();
    for (position, era) in raw.eras.iter().enumerate() {
        let item = format!("era \"{}\"", era.id);
        problems.require_slug(&item, "id", &era.id);
        problems.require_text(&item, "name", &era.name);
        problems.require_text(&item, "blurb", &era.blurb);
        if era.from > era.to {
            problems.add(&item, "from", format!("{} is after \"to\" ({})", era.from, era.to));
        }
        if era_ids.insert(era.id.as_str(), EraIndex(position)).is_some() {
            problems.add(&item, "id", "is used by another era");
        }
    }
    if raw.eras.is_empty() {
        problems.add("the file", "eras", "must list at least one era");
    }

    let mut tag_ids = HashMap::new();
    for (position, tag) in raw.tags.iter().enumerate() {
        let item = format!("tag \"{}\"", tag.id);
        problems.require_slug(&item, "id", &tag.id);
        problems.require_text(&item, "name", &tag.name);
        if let Some(definition) = &tag.definition {
            problems.require_text(&item, "definition", definition);
        }
        if tag_ids.insert(tag.id.as_str(), TagIndex(position)).is_some() {
            problems.add(&item, "id", "is used by another tag");
        }
    }

    let mut paper_ids = HashMap::new();
    for (position, paper) in raw.papers.iter().enumerate() {
        if paper_ids.insert(paper.id.as_str(), PaperIndex(position)).is_some() {
            problems.add(&paper_item(paper, position), "id", "is used by another paper");
        }
    }
    if raw.papers.is_empty() {
        problems.add("the file", "papers", "must list at least one paper");
    }

    let mut papers = Vec::with_capacity(raw.papers.len());
    for (position, paper) in raw.papers.iter().enumerate() {
        let item = paper_item(paper, position);
        if let Some(paper) = check_paper(&mut problems, &item, paper, &era_ids, &tag_ids, &paper_ids) {
            papers.push(paper);
        }
    }

    // Dates and cycles need every paper converted; skip them if any paper was not.
    if problems.0.is_empty() {
        check_dates(&mut problems, &papers);
        check_cycles(&mut problems, &papers);
    }

    if !problems.0.is_empty() {
        return Err(BundleError { problems: problems.0 });
    }
    let eras =
        raw.eras.into_iter().map(|e| Era { id: e.id, name: e.name, from: e.from, to: e.to, blurb: e.blurb }).collect();
    let tags = raw.tags.into_iter().map(|t| Tag { id: t.id, name: t.name, definition: t.definition }).collect();
    let site = Site {
        title: raw.title.unwrap_or_else(|| Site::DEFAULT_TITLE.to_string()),
        subtitle: raw.subtitle.unwrap_or_else(|| Site::DEFAULT_SUBTITLE.to_string()),
        description: raw.description,
    };
    Ok(Archive::new(site, eras, tags, papers))
}

fn paper_item(paper: &RawPaper, position: usize) -> String {
    if paper.id.is_empty() {
        format!("paper #{}", position + 1)
    } else {
        format!("paper \"{}\"", paper.id)
    }
}

/// Checks one paper's own fields and references; returns it resolved when they are sound.
fn check_paper(
    problems: &mut Problems,
    item: &str,
    raw: &RawPaper,
    eras: &HashMap<&str, EraIndex>,
    tags: &HashMap<&str, TagIndex>,
    papers: &HashMap<&str, PaperIndex>,
) -> Option<Paper> {
    let before = problems.0.len();
    problems.require_slug(item, "id", &raw.id);
    for (field, text) in [
        ("short_name", &raw.short_name),
        ("title", &raw.title),
        ("authors", &raw.authors),
        ("organization", &raw.organization),
        ("url", &raw.url),
    ] {
        problems.require_text(item, field, text);
    }
    for (field, text) in [("summary", &raw.summary), ("why_it_matters", &raw.why_it_matters)] {
        if let Some(text) = text {
            problems.require_text(item, field, text);
        }
    }
    if !raw.url.is_empty() && !raw.url.starts_with("https://") {
        problems.add(item, "url", format!("\"{}\" must be an https:// link to the full text", raw.url));
    }
    for model in &raw.related_models {
        problems.require_text(item, "related_models", model);
    }

    let era = eras.get(raw.era.as_str()).copied();
    if era.is_none() {
        problems.add(item, "era", format!("\"{}\" is not an era of the archive", raw.era));
    }
    let date = PaperDate::parse(&raw.date).map_err(|message| problems.add(item, "date", message)).ok();

    let mut paper_tags = Vec::new();
    for slug in &raw.tags {
        match tags.get(slug.as_str()) {
            Some(tag) if paper_tags.contains(tag) => problems.add(item, "tags", format!("\"{slug}\" is listed twice")),
            Some(tag) => paper_tags.push(*tag),
            None => {
                problems.add(item, "tags", format!("\"{slug}\" is not a tag of the archive (add it to \"tags\" first)"))
            }
        }
    }

    let mut builds_on = Vec::new();
    for id in &raw.builds_on {
        match papers.get(id.as_str()) {
            _ if *id == raw.id => problems.add(item, "builds_on", "a paper cannot build on itself"),
            Some(earlier) if builds_on.contains(earlier) => {
                problems.add(item, "builds_on", format!("\"{id}\" is listed twice"))
            }
            Some(earlier) => builds_on.push(*earlier),
            None => problems.add(item, "builds_on", format!("\"{id}\" is not a paper in the archive")),
        }
    }

    if problems.0.len() > before {
        return None;
    }
    Some(Paper {
        id: raw.id.clone(),
        short_name: raw.short_name.clone(),
        title: raw.title.clone(),
        era: era?,
        authors: raw.authors.clone(),
        organization: raw.organization.clone(),
        date: date?,
        summary: raw.summary.clone(),
        why_it_matters: raw.why_it_matters.clone(),
        tags: paper_tags,
        builds_on,
        related_models: raw.related_models.clone(),
        url: raw.url.clone(),
    })
}

/// A paper builds on earlier work: no `builds_on` target may be later than the paper itself.
fn check_dates(problems: &mut Problems, papers: &[Paper]) {
    for paper in papers {
        for earlier in &paper.builds_on {
            let earlier = &papers[earlier.0];
            if earlier.date.is_after(paper.date) {
                problems.add(
                    &format!("paper \"{}\"", paper.id),
                    "builds_on",
                    format!("\"{}\" ({}) is later than this paper ({})", earlier.id, earlier.date, paper.date),
                );
            }
        }
    }
}

/// Rejects cycles in the builds-on graph (possible among papers of the same date), naming the
/// papers on one.
fn check_cycles(problems: &mut Problems, papers: &[Paper]) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut marks = vec![Mark::New; papers.len()];
    let mut reported = HashSet::new();
    for start in 0..papers.len() {
        if marks[start] != Mark::New {
            continue;
        }
        // Iterative depth-first search; `path` holds the open papers from `start`.
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        marks[start] = Mark::Open;
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            match papers[node].builds_on.get(*next) {
                Some(target) => {
                    *next += 1;
                    let target = target.0;
                    match marks[target] {
                        Mark::New => {
                            marks[target] = Mark::Open;
                            path.push((target, 0));
                        }
                        Mark::Open => {
                            let from = path.iter().position(|&(n, _)| n == target).unwrap_or(0);
                            let cycle: Vec<&str> = path[from..].iter().map(|&(n, _)| papers[n].id.as_str()).collect();
                            if reported.insert(target) {
                                problems.add(
                                    &format!("paper \"{}\"", papers[target].id),
                                    "builds_on",
                                    format!("forms a cycle: {} → {}", cycle.join(" → "), papers[target].id),
                                );
                            }
                        }
                        Mark::Done => {}
                    }
                }
                None => {
                    marks[node] = Mark::Done;
                    path.pop();
                }
            }
        }
    }
}
