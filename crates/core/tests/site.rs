//! The archive names and describes itself from its bundle (`title`, `subtitle`, `description`,
//! all optional): the page's heading and subtitle, the document title, and the `<head>`'s
//! description follow the bundle, and a bundle without them gets the shipped archive's texts
//! with its own paper count.

use archive_core::texts::document_title;
use archive_core::{decode_query, Archive, Site};
use serde_json::{json, Value};

mod common;

use common::BUNDLED_JSON;

const EXAMPLE: &str = include_str!("../../../docs/example-bundle.json");

fn shipped() -> Value {
    serde_json::from_str(BUNDLED_JSON).unwrap()
}

/// The shipped bundle without its site texts, cut down to its first `papers` papers (with no
/// `builds_on`, so that every cut is valid).
fn without_site_texts(papers: usize) -> Archive {
    let mut bundle = shipped();
    for field in ["title", "subtitle", "description"] {
        bundle.as_object_mut().unwrap().remove(field);
    }
    let list = bundle["papers"].as_array_mut().unwrap();
    list.truncate(papers);
    for paper in list {
        paper["builds_on"] = json!([]);
    }
    Archive::from_json(&bundle.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn default_title(archive: &Archive) -> String {
    document_title(archive, &decode_query(archive, "").state, archive.paper_count())
}

#[test]
fn without_site_texts_the_defaults_are_the_shipped_texts_with_the_bundles_count() {
    let archive = without_site_texts(3);
    assert_eq!(archive.site().title, "Research Papers");
    assert_eq!(archive.site().subtitle, Site::DEFAULT_SUBTITLE);
    assert_eq!(archive.site().description, None);
    assert_eq!(
        archive.description(),
        "The science behind AI: 3 breakthrough papers from backpropagation to transformers, scaling laws to reasoning. Filter by tag, follow what each paper builds on, and share the view as a link."
    );
    assert!(archive.social_description().starts_with("3 breakthrough papers from backpropagation"));
    assert!(without_site_texts(1).description().contains(" 1 breakthrough paper from "));
    assert_eq!(default_title(&archive), "Research Papers — Academic Paper Archive");
}

#[test]
fn the_shipped_bundle_keeps_todays_texts_explicitly() {
    let bundle = shipped();
    let archive = Archive::from_json(BUNDLED_JSON).unwrap();
    // Given in the file, not left to the defaults, and equal to them.
    assert_eq!(bundle["title"], json!(Site::DEFAULT_TITLE));
    assert_eq!(bundle["subtitle"], json!(Site::DEFAULT_SUBTITLE));
    assert_eq!(archive.description(), without_site_texts(46).description());
    assert_eq!(default_title(&archive), "Research Papers — Academic Paper Archive");
}

#[test]
fn the_example_bundle_describes_its_own_three_papers() {
    let archive = Archive::from_json(EXAMPLE).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(archive.paper_count(), 3);
    let site = archive.site();
    assert_eq!(site.title, "Attention, Briefly");
    assert_ne!(site.subtitle, Site::DEFAULT_SUBTITLE);
    for text in [archive.description(), archive.social_description()] {
        assert!(text.contains("3 papers"), "{text}");
        assert!(!text.contains("46") && !text.contains("breakthrough"), "{text}");
    }
    assert_eq!(default_title(&archive), "Attention, Briefly — Academic Paper Archive");
}

/// The shipped bundle with `field` set to `value`: the error text, or None if it is accepted.
fn error_with(field: &str, value: Value) -> Option<String> {
    let mut bundle = shipped();
    bundle[field] = value;
    Archive::from_json(&bundle.to_string()).err().map(|e| e.to_string())
}

#[test]
fn site_texts_must_be_one_line_neither_blank_nor_too_long() {
    for (field, max) in
        [("title", Site::MAX_TITLE), ("subtitle", Site::MAX_SUBTITLE), ("description", Site::MAX_DESCRIPTION)]
    {
        let named = format!("the file, field \"{field}\"");
        for (value, says) in [
            (json!(""), "must not be empty".to_string()),
            (json!("  \t"), "must not be empty".to_string()),
            (json!("x".repeat(max + 1)), format!("is {} characters long; keep it to {max}", max + 1)),
            (json!("two\nlines"), "must be one line".to_string()),
        ] {
            let error = error_with(field, value.clone()).unwrap_or_else(|| panic!("{field} = {value} was accepted"));
            assert!(error.contains(&named) && error.contains(&says), "{field} = {value}:\n{error}");
        }
        // Up to the limit, counted in characters, not bytes.
        assert_eq!(error_with(field, json!("é".repeat(max))), None);
        let error = error_with(field, json!(7)).expect("a number is not a text");
        assert!(error.contains(field), "{error}");
    }
}

#[test]
fn the_schema_agrees_on_the_site_texts() {
    let schema: Value = serde_json::from_str(include_str!("../../../assets/papers.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let example: Value = serde_json::from_str(EXAMPLE).unwrap();
    assert!(validator.is_valid(&example), "the example bundle satisfies the schema");
    for (field, max) in
        [("title", Site::MAX_TITLE), ("subtitle", Site::MAX_SUBTITLE), ("description", Site::MAX_DESCRIPTION)]
    {
        for value in [json!(""), json!("  "), json!("x".repeat(max + 1)), json!("two\nlines"), json!(7)] {
            let mut bundle = shipped();
            bundle[field] = value.clone();
            assert!(!validator.is_valid(&bundle), "the schema accepted {field} = {value}");
        }
        let mut bundle = shipped();
        bundle[field] = json!("é".repeat(max));
        assert!(validator.is_valid(&bundle), "the schema rejected a {field} of {max} characters");
        bundle.as_object_mut().unwrap().remove(field);
        assert!(validator.is_valid(&bundle), "the schema requires {field}");
    }
}
