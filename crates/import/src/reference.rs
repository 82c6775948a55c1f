//! One reference as the importer understands it, whichever format it came from: what a paper
//! card needs, already in plain text, and where it was found, so every message can point at it.

use std::fmt;

/// Where an entry is: the file as the user named it, its line (1-based) and its citation key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: usize,
    pub key: String,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.key.is_empty() {
            write!(f, "{}:{}", self.file, self.line)
        } else {
            write!(f, "{}:{} \"{}\"", self.file, self.line, self.key)
        }
    }
}

/// A reference with a title and a year: everything else may be missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub origin: Origin,
    pub title: String,
    /// `shorttitle` (BibTeX) or `title-short` (CSL).
    pub short_title: Option<String>,
    /// Family names, with their particles ("van der Maaten"), in order.
    pub authors: Vec<String>,
    /// The list ended in "and others".
    pub more_authors: bool,
    pub year: u16,
    pub month: Option<u8>,
    pub url: Option<String>,
    pub doi: Option<String>,
    /// An arXiv identifier without its version (`2001.08361`, `cs/0112017`).
    pub arxiv: Option<String>,
    /// Journal, proceedings, publisher or institution.
    pub venue: Option<String>,
    pub abstract_text: Option<String>,
    /// Keywords as written, one per keyword.
    pub keywords: Vec<String>,
    /// Citation keys of entries this one names (BibLaTeX `related`, `crossref`, `xref`).
    pub relations: Vec<String>,
}

impl Reference {
    /// The organisation a card shows: the journal, proceedings, publisher or institution, with
    /// "arXiv" for a preprint (also for Google Scholar's "arXiv preprint arXiv:…"); `None` if
    /// the entry names none.
    pub fn organization(&self) -> Option<String> {
        match &self.venue {
            Some(venue) if venue.to_ascii_lowercase().starts_with("arxiv") => Some("arXiv".to_string()),
            Some(venue) => Some(venue.clone()),
            None => self.arxiv.as_ref().map(|_| "arXiv".to_string()),
        }
    }
}

/// An entry that did not become a paper, and why (said so that the user can fix it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub origin: Origin,
    pub reason: String,
}

/// Something the user should know about an entry that was imported all the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub origin: Origin,
    pub kind: NoteKind,
}

/// The kinds of notes, so that the report can group many alike into one line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum NoteKind {
    /// No link, DOI or arXiv id: the card links to a search for the title.
    SearchLink,
    /// An `http://` link changed to `https://` (the bundle takes only https).
    UpgradedLink(String),
    /// No author or editor.
    NoAuthors,
    /// No journal, booktitle, publisher or institution.
    NoVenue,
    /// The same citation key twice in one file: the later entry got a new key.
    RenamedKey(String),
    /// An `@string` macro used but never defined: its name is taken as its text.
    UndefinedMacro(String),
    /// A `related`/`crossref` naming an entry that is later than this one, so not "builds on".
    LaterRelation(String),
    /// A `@proceedings` or `@book` that other entries only name as their container.
    Container,
}

impl NoteKind {
    /// What the note says, for one entry or (with `many`) for a group of them.
    pub fn describe(&self, many: bool) -> String {
        match self {
            NoteKind::SearchLink => format!(
                "{} no url, DOI or arXiv id: linked to a search for {} title (add a url or doi to link the full text)",
                if many { "have" } else { "has" },
                if many { "their" } else { "its" }
            ),
            NoteKind::UpgradedLink(url) => format!("the link {url} is http: changed to https (check that it works)"),
            NoteKind::NoAuthors => {
                format!("{} no author or editor: authors shown as \"Unknown\"", if many { "have" } else { "has" })
            }
            NoteKind::NoVenue => format!(
                "{} no journal, booktitle, publisher or institution: organisation shown as \"Unknown\"",
                if many { "have" } else { "has" }
            ),
            NoteKind::RenamedKey(key) => format!("repeats an earlier citation key: imported under the key \"{key}\""),
            NoteKind::UndefinedMacro(name) => {
                format!("uses the @string macro \"{name}\", which the file never defines: its name is used as its text")
            }
            NoteKind::LaterRelation(key) => {
                format!("names \"{key}\" (related or crossref), which is not earlier: not recorded as \"builds on\"")
            }
            NoteKind::Container => {
                format!(
                    "{} only named by other entries' crossref: not imported as {}",
                    if many { "are" } else { "is" },
                    if many { "papers" } else { "a paper" }
                )
            }
        }
    }
}

/// What one file gave: its references, the entries skipped, and notes.
#[derive(Debug, Default)]
pub struct Parsed {
    pub references: Vec<Reference>,
    pub skipped: Vec<Skipped>,
    pub notes: Vec<Note>,
    /// How many entries the file has (references + skipped + containers).
    pub entries: usize,
}

/// The 1-based line of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Lines of many offsets at once, in one pass over the text: `offsets` need not be sorted.
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
        Self { starts }
    }

    /// The 1-based line of byte `offset`.
    pub fn of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }
}
