//! Helpers for the importer's tests: fixtures by name, imports through the library, and the
//! checks every imported bundle must pass.
#![allow(dead_code)]

use archive_core::archive::bundle::{RawBundle, RawPaper};
use archive_import::{import, ImportError, Options, Outcome, Source};

/// The path of a fixture file.
pub fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// A fixture as a source, named by its file name (as messages show it).
pub fn source(name: &str) -> Source {
    let bytes = std::fs::read(fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    archive_import::source::from_bytes(name, &bytes).unwrap_or_else(|e| panic!("{e}"))
}

/// A source made from text, named `name`.
pub fn text(name: &str, text: &str) -> Source {
    archive_import::source::from_bytes(name, text.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

/// Imports the named fixtures with default options.
pub fn import_fixtures(names: &[&str]) -> Outcome {
    import_with(names.iter().map(|n| source(n)).collect(), &Options::default())
}

/// Imports sources, which must succeed; the bundle is checked for markup and leaks.
pub fn import_with(sources: Vec<Source>, options: &Options) -> Outcome {
    match import(sources, options) {
        Ok(outcome) => {
            assert_clean(&outcome.bundle);
            outcome
        }
        Err(ImportError::Refused(messages)) => panic!("refused: {messages:?}"),
        Err(ImportError::Failed(failure)) => panic!("failed: {failure:?}"),
    }
}

/// The paper with this id.
pub fn paper<'a>(bundle: &'a RawBundle, id: &str) -> &'a RawPaper {
    bundle.papers.iter().find(|p| p.id == id).unwrap_or_else(|| {
        let ids: Vec<&str> = bundle.papers.iter().map(|p| p.id.as_str()).collect();
        panic!("no paper {id}; papers: {ids:?}")
    })
}

/// The paper with this title.
pub fn titled<'a>(bundle: &'a RawBundle, title: &str) -> &'a RawPaper {
    bundle.papers.iter().find(|p| p.title == title).unwrap_or_else(|| {
        let titles: Vec<&str> = bundle.papers.iter().map(|p| p.title.as_str()).collect();
        panic!("no paper titled {title}; titles: {titles:?}")
    })
}

/// No LaTeX or rich-text markup in what a card shows, and no local file path anywhere.
pub fn assert_clean(bundle: &RawBundle) {
    for paper in &bundle.papers {
        let mut shown = vec![&paper.title, &paper.short_name, &paper.authors, &paper.organization];
        shown.extend(paper.summary.as_ref());
        for text in shown {
            assert!(!text.contains(['\\', '{', '}', '$', '<', '>']), "paper {}: markup in {text:?}", paper.id);
            assert_eq!(text.trim(), text, "paper {}: untrimmed {text:?}", paper.id);
            assert!(!text.contains("  ") && !text.contains('\n'), "paper {}: whitespace in {text:?}", paper.id);
        }
    }
    let json = serde_json::to_string(bundle).unwrap();
    assert!(!json.contains("Zotero/storage") && !json.contains(".pdf;"), "a local file path was imported");
}
