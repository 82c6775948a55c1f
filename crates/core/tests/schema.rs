//! The documented format (`assets/papers.schema.json`) and the code agree: the shipped bundle
//! and a generated one satisfy the schema, and the schema rejects what validation rejects.

use serde_json::{json, Value};

mod common;

use common::BUNDLED_JSON as SHIPPED;
const SCHEMA: &str = include_str!("../../../assets/papers.schema.json");

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

#[test]
fn the_shipped_bundle_satisfies_the_schema() {
    let bundle: Value = serde_json::from_str(SHIPPED).unwrap();
    let errors: Vec<String> =
        validator().iter_errors(&bundle).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_schema_rejects_broken_papers() {
    let validator = validator();
    let mutations: Vec<(&str, Value)> = vec![
        ("date", json!("2017-13")),
        ("id", json!("Not A Slug")),
        ("url", json!("javascript:alert(1)")),
        ("summary", json!("   ")),
        ("tags", json!(["moe", "moe"])),
        ("builds_on", json!("lstm")),
    ];
    for (field, value) in mutations {
        let mut bundle: Value = serde_json::from_str(SHIPPED).unwrap();
        bundle["papers"][3][field] = value.clone();
        assert!(!validator.is_valid(&bundle), "schema accepted {field} = {value}");
    }
    let mut bundle: Value = serde_json::from_str(SHIPPED).unwrap();
    bundle["papers"][0]["buildson"] = json!([]);
    assert!(!validator.is_valid(&bundle), "schema accepted an unknown field");
}

#[test]
fn the_schema_lets_a_paper_go_without_a_summary() {
    let mut bundle: Value = serde_json::from_str(SHIPPED).unwrap();
    bundle["papers"][3].as_object_mut().unwrap().remove("summary");
    assert!(validator().is_valid(&bundle), "schema refused a paper without a summary");
}

#[test]
fn the_schema_lets_a_tag_go_without_a_definition_but_not_with_a_blank_one() {
    let validator = validator();
    let mut bundle: Value = serde_json::from_str(SHIPPED).unwrap();
    bundle["tags"][4].as_object_mut().unwrap().remove("definition");
    assert!(validator.is_valid(&bundle), "schema refused a tag without a definition");
    for blank in ["", "  \n"] {
        let mut bundle: Value = serde_json::from_str(SHIPPED).unwrap();
        bundle["tags"][4]["definition"] = json!(blank);
        assert!(!validator.is_valid(&bundle), "schema accepted the definition {blank:?}");
    }
}

#[test]
fn a_generated_bundle_satisfies_the_schema_and_validation() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_generate-bundle")).arg("600").output().unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let bundle: Value = serde_json::from_str(&text).unwrap();
    assert!(validator().is_valid(&bundle));
    let archive = archive_core::Archive::from_json(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(archive.paper_count(), 600);
    let shipped = archive_core::Archive::from_json(SHIPPED).unwrap();
    let definitions = |a: &archive_core::Archive| a.tags().map(|(_, t)| t.definition.clone()).collect::<Vec<_>>();
    assert_eq!(definitions(&archive), definitions(&shipped), "the generated tags keep their definitions");
}
