//! Broken bundles are rejected with a message that names the paper (or item) and the field.

use archive_core::Archive;
use serde_json::{json, Value};

mod common;

use common::BUNDLED_JSON;

fn shipped() -> Value {
    serde_json::from_str(BUNDLED_JSON).unwrap()
}

/// Applies `mutate` to the shipped bundle and returns the error text.
fn error_for(mutate: impl FnOnce(&mut Value)) -> String {
    let mut bundle = shipped();
    mutate(&mut bundle);
    match Archive::from_json(&bundle.to_string()) {
        Ok(_) => panic!("the mutated bundle was accepted"),
        Err(e) => e.to_string(),
    }
}

fn paper<'a>(bundle: &'a mut Value, id: &str) -> &'a mut Value {
    bundle["papers"].as_array_mut().unwrap().iter_mut().find(|p| p["id"] == id).unwrap()
}

fn tag<'a>(bundle: &'a mut Value, id: &str) -> &'a mut Value {
    bundle["tags"].as_array_mut().unwrap().iter_mut().find(|t| t["id"] == id).unwrap()
}

fn assert_mentions(error: &str, parts: &[&str]) {
    for part in parts {
        assert!(error.contains(part), "error should mention {part:?}:\n{error}");
    }
}

#[test]
fn the_shipped_bundle_is_valid() {
    Archive::from_json(BUNDLED_JSON).unwrap();
}

#[test]
fn a_second_paper_with_the_same_id_is_refused() {
    let error = error_for(|b| paper(b, "gpt-2")["id"] = json!("gpt-1"));
    assert_mentions(&error, &["paper \"gpt-1\"", "field \"id\"", "used by another paper"]);
}

#[test]
fn building_on_a_paper_not_in_the_archive_is_refused() {
    let error = error_for(|b| paper(b, "bert")["builds_on"] = json!(["transformer", "gpt-9"]));
    assert_mentions(&error, &["paper \"bert\"", "field \"builds_on\"", "\"gpt-9\" is not a paper"]);
}

#[test]
fn building_on_a_later_paper_is_refused_with_both_dates() {
    let error = error_for(|b| paper(b, "transformer")["builds_on"] = json!(["gpt-3"]));
    assert_mentions(
        &error,
        &["paper \"transformer\"", "field \"builds_on\"", "\"gpt-3\" (2020-05) is later than this paper (2017-06)"],
    );
}

#[test]
fn a_paper_building_on_itself_is_refused() {
    let error = error_for(|b| paper(b, "lstm")["builds_on"] = json!(["lstm"]));
    assert_mentions(&error, &["paper \"lstm\"", "cannot build on itself"]);
}

#[test]
fn a_cycle_among_papers_of_one_date_is_refused_and_spelt_out() {
    let error = error_for(|b| {
        paper(b, "react")["builds_on"] = json!(["chain-of-thought"]);
        paper(b, "chain-of-thought")["builds_on"] = json!(["react"]);
    });
    assert_mentions(&error, &["field \"builds_on\"", "forms a cycle", "chain-of-thought → react → chain-of-thought"]);
}

#[test]
fn a_tag_the_archive_does_not_define_is_refused() {
    let error = error_for(|b| paper(b, "bert")["tags"] = json!(["masked-lm", "quantum"]));
    assert_mentions(&error, &["paper \"bert\"", "field \"tags\"", "\"quantum\" is not a tag"]);
}

#[test]
fn an_era_the_archive_does_not_define_is_refused() {
    let error = error_for(|b| paper(b, "gans")["era"] = json!("medieval"));
    assert_mentions(&error, &["paper \"gans\"", "field \"era\"", "\"medieval\" is not an era"]);
}

#[test]
fn a_date_other_than_yyyy_or_yyyy_mm_is_refused() {
    for date in ["2017-13", "June 2017", "17", ""] {
        let error = error_for(|b| paper(b, "transformer")["date"] = json!(date));
        assert_mentions(&error, &["paper \"transformer\"", "field \"date\"", "YYYY-MM"]);
    }
}

#[test]
fn a_blank_required_field_is_refused_by_name() {
    for field in ["short_name", "title", "authors", "organization", "summary", "url", "why_it_matters"] {
        let error = error_for(|b| paper(b, "clip")[field] = json!("  "));
        assert_mentions(&error, &["paper \"clip\"", &format!("field \"{field}\""), "must not be empty"]);
    }
}

#[test]
fn a_paper_without_a_summary_is_valid() {
    let mut bundle = shipped();
    paper(&mut bundle, "clip").as_object_mut().unwrap().remove("summary");
    let archive = Archive::from_json(&bundle.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let clip = archive.paper_by_id("clip").unwrap();
    assert_eq!(archive.paper(clip).summary, None);
}

#[test]
fn a_tag_without_a_definition_is_valid() {
    let mut bundle = shipped();
    tag(&mut bundle, "moe").as_object_mut().unwrap().remove("definition");
    let archive = Archive::from_json(&bundle.to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(archive.tag(archive.tag_by_slug("moe").unwrap()).definition, None);
}

#[test]
fn a_blank_tag_definition_is_refused() {
    for blank in ["", "   ", "\n\t"] {
        let error = error_for(|b| tag(b, "rlhf")["definition"] = json!(blank));
        assert_mentions(&error, &["1 problem:", "tag \"rlhf\", field \"definition\": must not be empty"]);
    }
}

#[test]
fn every_tag_with_a_blank_definition_is_named() {
    let error = error_for(|b| {
        tag(b, "moe")["definition"] = json!("");
        tag(b, "zero-shot")["definition"] = json!(" ");
    });
    assert_mentions(
        &error,
        &["2 problems", "tag \"moe\", field \"definition\"", "tag \"zero-shot\", field \"definition\""],
    );
}

/// `check-bundle` runs the same validation and prints the file, the tag and the field.
#[test]
fn check_bundle_names_the_tag_and_the_field() {
    let mut bundle = shipped();
    tag(&mut bundle, "moe")["definition"] = json!("");
    tag(&mut bundle, "rlhf")["definition"] = json!("  ");
    let path = std::env::temp_dir().join(format!("archive-core-check-bundle-{}.json", std::process::id()));
    std::fs::write(&path, bundle.to_string()).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_check-bundle")).arg(&path).output().unwrap();
    std::fs::remove_file(&path).unwrap();
    assert!(!output.status.success(), "check-bundle accepted tags with blank definitions");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_mentions(
        &stderr,
        &[
            &path.display().to_string(),
            "2 problems",
            "tag \"moe\", field \"definition\": must not be empty",
            "tag \"rlhf\", field \"definition\": must not be empty",
        ],
    );
}

#[test]
fn wrong_type_names_the_paper_and_field() {
    let error = error_for(|b| paper(b, "gpt-3")["tags"] = json!("few-shot"));
    assert_mentions(&error, &["paper \"gpt-3\"", "field \"tags\"", "invalid type"]);
    let error = error_for(|b| paper(b, "gpt-3")["date"] = json!(2020));
    assert_mentions(&error, &["paper \"gpt-3\"", "field \"date\"", "invalid type"]);
    let error = error_for(|b| tag(b, "moe")["definition"] = json!(["Mixture of Experts"]));
    assert_mentions(&error, &["tag \"moe\"", "field \"definition\"", "invalid type"]);
}

#[test]
fn missing_field_names_the_paper() {
    let error = error_for(|b| {
        paper(b, "t5").as_object_mut().unwrap().remove("title");
    });
    assert_mentions(&error, &["paper \"t5\"", "missing field `title`"]);
}

#[test]
fn misspelt_field_is_not_silently_ignored() {
    let error = error_for(|b| {
        let p = paper(b, "t5").as_object_mut().unwrap();
        let builds_on = p.remove("builds_on").unwrap();
        p.insert("buildson".into(), builds_on);
    });
    assert_mentions(&error, &["paper \"t5\"", "unknown field `buildson`"]);
}

#[test]
fn invalid_json_names_the_problem_and_its_line() {
    let error = Archive::from_json("{\"eras\": [").unwrap_err().to_string();
    assert_mentions(&error, &["the file", "invalid JSON", "line 1"]);
}

#[test]
fn ids_that_are_not_url_safe_and_links_that_are_not_web_addresses_are_refused() {
    let error = error_for(|b| paper(b, "t5")["id"] = json!("T5 <b>"));
    assert_mentions(&error, &["field \"id\"", "not URL-safe"]);
    let error = error_for(|b| paper(b, "t5")["url"] = json!("javascript:alert(1)"));
    assert_mentions(&error, &["paper \"t5\"", "field \"url\"", "https://"]);
    let error = error_for(|b| b["tags"][0]["id"] = json!("Agentic!"));
    assert_mentions(&error, &["tag \"Agentic!\"", "not URL-safe"]);
}

#[test]
fn a_tag_listed_twice_on_a_paper_and_an_era_id_used_twice_are_refused() {
    let error = error_for(|b| paper(b, "bert")["tags"] = json!(["masked-lm", "masked-lm"]));
    assert_mentions(&error, &["paper \"bert\"", "\"masked-lm\" is listed twice"]);
    let error = error_for(|b| b["eras"][1]["id"] = json!("pre-transformer"));
    assert_mentions(&error, &["era \"pre-transformer\"", "used by another era"]);
}

#[test]
fn every_problem_is_reported_at_once() {
    let error = error_for(|b| {
        paper(b, "bert")["era"] = json!("nope");
        paper(b, "gpt-2")["date"] = json!("2019-99");
    });
    assert_mentions(&error, &["2 problems", "paper \"bert\"", "paper \"gpt-2\""]);
}
