//! The importer: BibTeX, BibLaTeX and CSL JSON references into an archive bundle.
//!
//! A native tool (`scripts/import.sh`, the `import` binary), never part of the wasm: its parsers
//! stay out of the browser. It reads each file ([`source`]) with the parser for its format
//! ([`bibtex`], through the `biblatex` crate; [`csl`], through serde), turns every entry with a
//! title and a year into a [`reference::Reference`] in plain text, and [`assemble`]s the
//! references into a bundle: duplicates merged, papers already in a bundle (`--into`) matched
//! and kept, ids, eras, tags and "builds on" made, and the result checked with archive-core's
//! own validation before anything is written ([`write`]).

pub mod assemble;
pub mod bibtex;
pub mod csl;
pub mod eras;
pub mod latex;
pub mod link;
pub mod reference;
pub mod report;
pub mod source;
pub mod tags;
pub mod text;
pub mod write;

pub use assemble::{assemble, Existing, Failure, Options, Outcome};
pub use reference::{Parsed, Reference};
pub use source::{Format, Source};

/// Reads one file's entries with the parser for its format. An empty file has none.
pub fn parse(source: &Source) -> Result<Parsed, String> {
    if source.text.trim().is_empty() {
        return Ok(Parsed::default());
    }
    match source.format {
        Format::Bibtex => bibtex::read(&source.name, &source.text),
        Format::CslJson => csl::read(&source.name, &source.text),
    }
}

/// Imports the files' texts as `options` say: what the command does, short of reading files
/// and writing the bundle.
pub fn import(sources: Vec<Source>, options: &Options) -> Result<Outcome, ImportError> {
    let mut files = Vec::new();
    let mut refused = Vec::new();
    for source in sources {
        match parse(&source) {
            Ok(parsed) => files.push((source, parsed)),
            Err(message) => refused.push(message),
        }
    }
    if !refused.is_empty() {
        return Err(ImportError::Refused(refused));
    }
    assemble(files, options).map_err(ImportError::Failed)
}

/// Why [`import`] gave no bundle.
#[derive(Debug)]
pub enum ImportError {
    /// Files that cannot be read as their format, each with its message.
    Refused(Vec<String>),
    Failed(Failure),
}
