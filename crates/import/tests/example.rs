//! The README's example archive is made by the importer: `docs/example-bundle.json` is exactly
//! what `scripts/import.sh` makes of `docs/example.bib` with `docs/example-eras.json` and
//! `docs/example-tags.json` (and the archive's title, subtitle and description, given on the
//! command line), so the two never drift apart.

mod common;

use archive_core::archive::bundle::RawBundle;
use archive_import::{eras, tags::TagMap, Options};
use common::{import_with, text};

fn docs(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_example_bundle_is_the_import_of_the_example_bib() {
    let committed = docs("example-bundle.json");
    let bundle: RawBundle = serde_json::from_str(&committed).unwrap();
    let options = Options {
        eras: Some(eras::from_json(&docs("example-eras.json")).unwrap()),
        tags: TagMap::from_json(&docs("example-tags.json")).unwrap(),
        title: bundle.title.clone(),
        subtitle: bundle.subtitle.clone(),
        description: bundle.description.clone(),
        ..Options::default()
    };
    let outcome = import_with(vec![text("docs/example.bib", &docs("example.bib"))], &options);
    assert_eq!(
        outcome.json, committed,
        "docs/example-bundle.json is not what the import makes of docs/example.bib: run the command in docs/example.bib's header"
    );
    let report = outcome.report.to_string();
    assert!(report.contains("Added 3 papers: word2vec, transformer, bert") && !report.contains("Skipped"), "{report}");
    assert_eq!(common::paper(&outcome.bundle, "bert").summary, None, "BERT's entry has no abstract");
}
