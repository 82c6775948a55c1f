//! BibTeX and BibLaTeX files (`.bib`) as references, read by the `biblatex` crate: it resolves
//! `@string` macros, month macros, `crossref` and LaTeX accents. This module only decides what
//! happens to what biblatex refuses, so that one bad entry costs that entry and not the file:
//!
//! - an entry it cannot parse (a missing comma, an unbalanced brace or `$`) is skipped, and the
//!   rest of the file is read as if it were not there (its text blanked, lines kept);
//! - a macro used but never defined (`journal = pami` without its `@string`) stands for its name;
//! - a citation key used twice keeps both entries, the later one under a new key.

use std::collections::{HashMap, HashSet};

use biblatex::{
    Bibliography, ChunksExt, Date, DateValue, Entry, Pair, ParseErrorKind, PermissiveType, Person, RawBibliography,
    RawChunk, RetrievalError, Spanned,
};

use crate::latex::{plain, strip_commands};
use crate::link;
use crate::reference::{Lines, Note, NoteKind, Origin, Parsed, Reference, Skipped};
use crate::tags::split_keywords;
use crate::text::collapse_whitespace;

/// Entry types that hold other entries (proceedings, books): when other entries name one in
/// `crossref`, it is their container, not a paper of its own.
const CONTAINERS: [&str; 9] = [
    "proceedings",
    "mvproceedings",
    "book",
    "mvbook",
    "collection",
    "mvcollection",
    "periodical",
    "reference",
    "mvreference",
];

/// Reads a `.bib` file's text. Fails only when the file cannot be read as BibTeX at all.
pub fn read(file: &str, text: &str) -> Result<Parsed, String> {
    let mut skipped = Vec::new();
    match RawBibliography::parse(text) {
        Ok(raw) => Ok(entries(file, text, raw, skipped)),
        Err(_) => {
            let repaired = skip_unreadable(file, text, &mut skipped)?;
            let raw = RawBibliography::parse(&repaired).map_err(|e| describe_failure(file, &repaired, &e))?;
            Ok(entries(file, &repaired, raw, skipped))
        }
    }
}

fn describe_failure(file: &str, text: &str, error: &biblatex::ParseError) -> String {
    format!(
        "{file}:{}: {}: the file cannot be read as BibTeX",
        crate::reference::line_of(text, error.span.start),
        error.kind
    )
}

/// The text with every entry that does not parse on its own blanked out (spaces, line breaks
/// kept), each reported as skipped. Entries start on a line that begins with `@`, as every
/// exporter writes them.
fn skip_unreadable(file: &str, text: &str, skipped: &mut Vec<Skipped>) -> Result<String, String> {
    let lines = Lines::new(text);
    let mut starts = vec![0];
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if offset > 0 && line.trim_start().starts_with('@') {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts.push(text.len());
    let mut repaired = String::with_capacity(text.len());
    for range in starts.windows(2) {
        let chunk = &text[range[0]..range[1]];
        match RawBibliography::parse(chunk) {
            Ok(_) => repaired.push_str(chunk),
            Err(error) => {
                let at = chunk.find('@').unwrap_or(0);
                let key = chunk[at..]
                    .split_once(['{', '('])
                    .map(|(_, rest)| rest.split([',', '\n']).next().unwrap_or("").trim().to_string())
                    .unwrap_or_default();
                skipped.push(Skipped {
                    origin: Origin { file: file.to_string(), line: lines.of(range[0] + at), key },
                    reason: format!(
                        "cannot be read as BibTeX ({} on line {}): fix the entry, or export it again",
                        error.kind,
                        lines.of(range[0] + error.span.start)
                    ),
                });
                repaired.extend(chunk.chars().map(|c| if c == '\n' { '\n' } else { ' ' }));
            }
        }
    }
    if RawBibliography::parse(&repaired).is_err() && skipped.is_empty() {
        // No single entry is to blame (say, an unclosed brace that swallows the rest).
        let error = RawBibliography::parse(text).err();
        return Err(error.map(|e| describe_failure(file, text, &e)).unwrap_or_default());
    }
    Ok(repaired)
}

/// The references of a file that parses, with what biblatex refuses when resolving taken out.
fn entries<'s>(file: &str, text: &'s str, mut raw: RawBibliography<'s>, mut skipped: Vec<Skipped>) -> Parsed {
    let lines = Lines::new(text);
    let mut notes = Vec::new();
    let origin =
        |key: &str, offset: usize| Origin { file: file.to_string(), line: lines.of(offset), key: key.to_string() };

    define_missing_macros(&mut raw, &mut notes, &origin);

    // A key used twice: the later entries are read on their own and renamed.
    let mut seen = HashSet::new();
    let mut repeated = Vec::new();
    raw.entries.retain(|entry| {
        let first = seen.insert(entry.v.key.v.to_string());
        if !first {
            repeated.push(entry.clone());
        }
        first
    });

    let mut kinds: HashMap<String, (String, usize)> =
        raw.entries.iter().map(|e| (e.v.key.v.to_string(), (e.v.kind.v.to_ascii_lowercase(), e.span.start))).collect();

    let mut bibliography = resolve(&mut raw, &mut skipped, &origin);
    for entry in repeated {
        let (key, start) = (entry.v.key.v, entry.span.start);
        let mut n = 2;
        let renamed = loop {
            let candidate = format!("{key}-{n}");
            if !kinds.contains_key(&candidate) {
                break candidate;
            }
            n += 1;
        };
        let kind = entry.v.kind.v.to_ascii_lowercase();
        let single =
            RawBibliography { preamble: String::new(), entries: vec![entry], abbreviations: raw.abbreviations.clone() };
        match Bibliography::from_raw(single) {
            Ok(one) => {
                for mut resolved in one.into_iter() {
                    notes.push(Note { origin: origin(key, start), kind: NoteKind::RenamedKey(renamed.clone()) });
                    resolved.key = renamed.clone();
                    kinds.insert(renamed.clone(), (kind.clone(), start));
                    bibliography.push(resolved);
                }
            }
            Err(error) => skipped.push(Skipped { origin: origin(key, start), reason: unreadable(&error.kind) }),
        }
    }

    let parents: HashSet<String> = bibliography.iter().flat_map(|e| e.parents().unwrap_or_default()).collect();
    let mut references = Vec::new();
    // Entries skipped before this point never reach the loop's count.
    let mut count = skipped.len();
    let mut ordered: Vec<(usize, Entry)> = bibliography
        .into_iter()
        .map(|entry| (kinds.get(&entry.key).map(|k| k.1).unwrap_or(usize::MAX), entry))
        .collect();
    ordered.sort_by_key(|(start, _)| *start);
    for (start, entry) in ordered {
        let kind = kinds.get(&entry.key).map(|k| k.0.as_str()).unwrap_or("misc");
        if matches!(kind, "xdata" | "set") {
            continue;
        }
        count += 1;
        let at = origin(&entry.key, start);
        if CONTAINERS.contains(&kind) && parents.contains(&entry.key) {
            notes.push(Note { origin: at, kind: NoteKind::Container });
            continue;
        }
        match reference(&entry, at.clone()) {
            Ok(reference) => references.push(reference),
            Err(reason) => skipped.push(Skipped { origin: at, reason }),
        }
    }
    Parsed { entries: count, references, skipped, notes }
}

/// Defines every macro that entries (or other macros) use but the file does not: as its own
/// name, which is what a reader of the entry would take it for. Months (`jan`…) are biblatex's.
fn define_missing_macros<'s>(
    raw: &mut RawBibliography<'s>,
    notes: &mut Vec<Note>,
    origin: &dyn Fn(&str, usize) -> Origin,
) {
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let mut defined: HashSet<&str> = raw.abbreviations.iter().map(|p| p.key.v).collect();
    let mut missing: Vec<(Spanned<&'s str>, String, usize)> = Vec::new();
    let uses = raw
        .entries
        .iter()
        .flat_map(|e| e.v.fields.iter().map(move |f| (e.v.key.v.to_string(), e.span.start, f)))
        .chain(raw.abbreviations.iter().map(|p| (String::new(), p.key.span.start, p)));
    for (key, start, field) in uses {
        for chunk in &field.value.v {
            if let RawChunk::Abbreviation(name) = &chunk.v {
                let name: &'s str = name;
                if !defined.contains(name) && !MONTHS.contains(&name.to_ascii_lowercase().as_str()) {
                    defined.insert(name);
                    missing.push((Spanned::new(name, chunk.span.clone()), key.clone(), start));
                }
            }
        }
    }
    for (name, key, start) in missing {
        notes.push(Note { origin: origin(&key, start), kind: NoteKind::UndefinedMacro(name.v.to_string()) });
        let value = vec![Spanned::new(RawChunk::Normal(name.v), name.span.clone())];
        raw.abbreviations.push(Pair::new(name.clone(), Spanned::new(value, name.span)));
    }
}

/// The bibliography biblatex resolves from `raw`, after taking out each entry it refuses (a
/// field whose LaTeX does not parse, a crossref it cannot follow), reported as skipped.
fn resolve(
    raw: &mut RawBibliography,
    skipped: &mut Vec<Skipped>,
    origin: &dyn Fn(&str, usize) -> Origin,
) -> Vec<Entry> {
    loop {
        match Bibliography::from_raw(raw.clone()) {
            Ok(bibliography) => return bibliography.into_vec(),
            Err(error) => {
                let culprit = raw.entries.iter().position(|e| e.span.contains(&error.span.start)).or_else(|| {
                    // An error in a macro's text: the first entry that uses it.
                    raw.entries.iter().position(|e| e.v.fields.iter().any(|f| f.value.span.contains(&error.span.start)))
                });
                match culprit {
                    Some(index) => {
                        let entry = raw.entries.remove(index);
                        skipped.push(Skipped {
                            origin: origin(entry.v.key.v, entry.span.start),
                            reason: unreadable(&error.kind),
                        });
                    }
                    // Nothing to take out: keep what can be had, every entry on its own.
                    None => return one_by_one(raw, skipped, origin),
                }
            }
        }
    }
}

/// Each entry resolved without the others (no crossref), for a file whose refusal names no entry.
fn one_by_one(raw: &RawBibliography, skipped: &mut Vec<Skipped>, origin: &dyn Fn(&str, usize) -> Origin) -> Vec<Entry> {
    let mut entries = Vec::new();
    for entry in &raw.entries {
        let single = RawBibliography {
            preamble: String::new(),
            entries: vec![entry.clone()],
            abbreviations: raw.abbreviations.clone(),
        };
        match Bibliography::from_raw(single) {
            Ok(one) => entries.extend(one.into_vec()),
            Err(error) => skipped
                .push(Skipped { origin: origin(entry.v.key.v, entry.span.start), reason: unreadable(&error.kind) }),
        }
    }
    entries
}

fn unreadable(kind: &ParseErrorKind) -> String {
    format!("cannot be read as BibTeX ({kind}): fix the entry, or export it again")
}

/// One entry as a reference, or why it cannot be a paper.
fn reference(entry: &Entry, origin: Origin) -> Result<Reference, String> {
    let field = |name: &str| entry.get(name).map(plain).filter(|s| !s.is_empty());
    let verbatim =
        |name: &str| entry.get(name).map(|c| c.format_verbatim().trim().to_string()).filter(|s| !s.is_empty());
    let title = field("title").ok_or("has no title: give it one")?;
    let (year, month) = date(entry)?;

    let mut persons = entry.author().unwrap_or_default();
    if persons.is_empty() {
        persons = entry.editors().unwrap_or_default().into_iter().next().map(|(p, _)| p).unwrap_or_default();
    }
    let more_authors = persons.iter().any(is_others);
    let authors: Vec<String> = persons.iter().filter(|p| !is_others(p)).map(family).filter(|n| !n.is_empty()).collect();

    let doi = verbatim("doi").and_then(|d| link::doi(&d));
    let url = verbatim("url");
    let eprint_type = field("eprinttype").or_else(|| field("archiveprefix")).map(|t| t.to_ascii_lowercase());
    let arxiv = verbatim("eprint")
        .filter(|_| eprint_type.as_deref().is_none_or(|t| t == "arxiv"))
        .and_then(|e| link::arxiv_eprint(&e))
        .or_else(|| {
            ["doi", "url", "journal", "journaltitle", "note", "number", "howpublished"]
                .iter()
                .filter_map(|name| verbatim(name))
                .find_map(|text| link::arxiv_in(&text))
        });

    let venue = ["journal", "journaltitle", "booktitle", "institution", "organization", "school", "publisher"]
        .iter()
        .find_map(|name| field(name));

    let list = |name: &str| -> Vec<String> {
        verbatim(name)
            .map(|v| v.split(',').map(|k| k.trim().to_string()).filter(|k| !k.is_empty()).collect())
            .unwrap_or_default()
    };
    let mut relations = list("crossref");
    relations.extend(list("xref"));
    relations.extend(list("related"));

    let reference = Reference {
        origin,
        title,
        short_title: field("shorttitle"),
        authors,
        more_authors,
        year,
        month,
        url,
        doi,
        arxiv,
        venue,
        abstract_text: field("abstract"),
        keywords: field("keywords").map(|k| split_keywords(&k)).unwrap_or_default(),
        relations,
    };
    Ok(reference)
}

/// The entry's year and month: from `date`, or `year` and `month` (a number, a name or a macro).
fn date(entry: &Entry) -> Result<(u16, Option<u8>), String> {
    let year_text = || entry.get("year").or_else(|| entry.get("date")).map(|c| c.format_verbatim()).unwrap_or_default();
    let date = match entry.date() {
        Ok(PermissiveType::Typed(date)) => Some(date),
        Ok(PermissiveType::Chunks(_)) => {
            entry.get("year").and_then(|year| Date::parse_three_fields(year, entry.get("month"), None).ok())
        }
        Err(RetrievalError::Missing(_)) => return Err("has no year (nor date): give it one".to_string()),
        Err(RetrievalError::TypeError(_)) => None,
    };
    let start = match date.map(|d| d.value) {
        Some(DateValue::At(start) | DateValue::After(start) | DateValue::Between(start, _)) => start,
        Some(DateValue::Before(end)) => end,
        None => return Err(format!("has the year \"{}\", which is not a year: write it as 2017", year_text().trim())),
    };
    let year = u16::try_from(start.year).ok().filter(|y| (1000..=9999).contains(y));
    let year = year.ok_or_else(|| format!("has the year {}, outside 1000–9999", start.year))?;
    let month = start.month.map(|m| m + 1).filter(|m| (1..=12).contains(m));
    Ok((year, month))
}

fn is_others(person: &Person) -> bool {
    person.name.eq_ignore_ascii_case("others") && person.given_name.is_empty() && person.prefix.is_empty()
}

/// A person's family name with its particle ("van der Maaten"), no markup; a braced name
/// (`{Le Cun}`, `{Gemini Team}`) is one family name, as written.
fn family(person: &Person) -> String {
    let clean = |s: &str| collapse_whitespace(&strip_commands(s).replace('~', " "));
    let name = clean(&person.name);
    let prefix = clean(&person.prefix);
    if prefix.is_empty() {
        name
    } else {
        format!("{prefix} {name}")
    }
}
