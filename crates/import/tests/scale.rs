//! A 5,000-entry file (generated in the shapes of real exports) imports whole, in seconds.
//! The ≤ 2 s goal is measured on a release build by `scripts/bench/import.sh`, not here.

mod common;

use std::time::{Duration, Instant};

use archive_import::Options;
use common::{import_with, text};

#[test]
fn five_thousand_entries_import_in_seconds() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_generate-bib")).arg("5000").output().unwrap();
    assert!(output.status.success());
    let bib = String::from_utf8(output.stdout).unwrap();
    let started = Instant::now();
    let outcome = import_with(vec![text("generated.bib", &bib)], &Options::default());
    let took = started.elapsed();
    assert_eq!(outcome.bundle.papers.len(), 5000, "{}", outcome.report);
    assert!(outcome.report.skipped.is_empty(), "{}", outcome.report);
    // A generous bound for an unoptimised test build on a busy machine: the point is "seconds".
    assert!(took < Duration::from_secs(30), "5,000 entries took {took:?}");
}
