//! The `import` command as a user runs it: `--into` on this archive's own bundle, output
//! written atomically and only when valid, input never changed, clear refusals.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use archive_core::archive::bundle::RawBundle;
use common::fixture;

const SHIPPED: &str = include_str!("../../../assets/papers.json");

fn run(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_import"));
    for arg in args {
        command.arg(arg);
    }
    command.output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("archive-import-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn into_this_archive_with_an_arxiv_entry_it_has_changes_nothing_but_the_report() {
    let dir = scratch("noop");
    let bundle = dir.join("papers.json");
    std::fs::write(&bundle, SHIPPED).unwrap();
    let output = run(&[&"--into", &bundle, &fixture("arxiv-attention.bib"), &"--out", &bundle]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(report.contains("Matched 1 paper already in the bundle"), "{report}");
    assert!(report.contains("\"vaswani2023attention\" is transformer"), "{report}");
    assert!(report.contains("is unchanged (46 papers)"), "{report}");
    assert_eq!(std::fs::read_to_string(&bundle).unwrap(), SHIPPED, "the bundle changed");

    // To another file: the same bytes.
    let copy = dir.join("copy.json");
    let output = run(&[&"--into", &bundle, &fixture("arxiv-attention.bib"), &"--out", &copy]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), SHIPPED);
    assert_eq!(files_in(&dir), ["copy.json", "papers.json"], "no temporary file left");
}

#[test]
fn into_adds_next_months_paper_and_keeps_every_paper_it_had() {
    let dir = scratch("add");
    let bundle = dir.join("papers.json");
    std::fs::write(&bundle, SHIPPED).unwrap();
    let out = dir.join("next.json");
    let output = run(&[&"--into", &bundle, &fixture("arxiv-new.bib"), &fixture("arxiv-attention.bib"), &"--out", &out]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(report.contains("Added 1 paper: doe2026example"), "{report}");
    assert!(report.contains("Matched 1 paper"), "{report}");
    assert!(report.contains("New eras: 2026"), "{report}");
    assert!(report.contains("Wrote") && report.contains("(47 papers"), "{report}");
    assert_eq!(std::fs::read_to_string(&bundle).unwrap(), SHIPPED, "--into's file is never changed");

    let before: RawBundle = serde_json::from_str(SHIPPED).unwrap();
    let after: RawBundle = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    for paper in &before.papers {
        assert_eq!(after.papers.iter().find(|p| p.id == paper.id), Some(paper), "paper {} changed", paper.id);
    }
    assert_eq!(after.eras[..before.eras.len()], before.eras[..]);
    assert_eq!(after.tags, before.tags);
    let new = after.papers.iter().find(|p| p.id == "doe2026example").unwrap();
    assert_eq!((new.date.as_str(), new.era.as_str(), new.authors.as_str()), ("2026", "2026", "Doe, Roe"));
    assert_eq!(new.url, "https://arxiv.org/abs/2601.01234");
    assert!(archive_core::Archive::from_json(&std::fs::read_to_string(&out).unwrap()).is_ok());
}

#[test]
fn a_failed_run_writes_nothing_and_leaves_the_output_as_it_was() {
    let dir = scratch("fail");
    let out = dir.join("papers.json");
    std::fs::write(&out, SHIPPED).unwrap();
    for (bad, says) in [
        (fixture("latin1.bib"), "latin1.bib is not UTF-8 text"),
        (fixture("refs.ris"), "refs.ris is RIS"),
        (fixture("not-csl.json"), "is JSON but not CSL JSON"),
        (fixture("empty.bib"), "no entry became a paper"),
        (dir.join("missing.bib"), "missing.bib cannot be read"),
    ] {
        let output = run(&[&bad, &"--out", &out]);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        let error = stderr(&output);
        assert!(error.contains(says) && error.contains("Nothing was written."), "{error}");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), SHIPPED);
    }
    assert_eq!(files_in(&dir), ["papers.json"]);
}

#[test]
fn a_broken_bundle_to_add_to_is_refused_with_its_problems() {
    let dir = scratch("broken-into");
    let bundle = dir.join("broken.json");
    std::fs::write(&bundle, SHIPPED.replacen("\"id\": \"transformer\"", "\"id\": \"Not A Slug\"", 1)).unwrap();
    let out = dir.join("out.json");
    let output = run(&[&"--into", &bundle, &fixture("arxiv-new.bib"), &"--out", &out]);
    assert_eq!(output.status.code(), Some(1));
    let error = stderr(&output);
    assert!(error.contains("\"Not A Slug\" is not URL-safe") && error.contains("check-bundle"), "{error}");
    assert!(!out.exists());
}

#[test]
fn the_command_line_says_what_it_needs() {
    let output = run(&[&fixture("dblp.bib")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--out BUNDLE"), "{}", stderr(&output));
    let output = run(&[&"--out", &"x.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("at least one"), "{}", stderr(&output));
    let output = run(&[&"--frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    let output = run(&[&"--help"]);
    assert!(output.status.success() && stdout(&output).contains("usage: scripts/import.sh"));
}
