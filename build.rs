//! Refuses to build the app from a broken paper bundle, with errors that name the file, the
//! paper and the field, so a bad `PAPERS_BUNDLE` fails here rather than in the reader's browser.
//!
//! `archive-core` (a build dependency, with its `diagnostics` feature) picks the same file as
//! the app's own copy of the crate: `assets/papers.json`, or the one `PAPERS_BUNDLE` names.

fn main() {
    println!("cargo:rerun-if-env-changed=PAPERS_BUNDLE");
    println!("cargo:rerun-if-changed={}", archive_core::BUNDLE_PATH);
    if let Err(error) = archive_core::Archive::from_json(archive_core::BUNDLED_JSON) {
        eprintln!("error: {}: {error}", archive_core::BUNDLE_PATH);
        eprintln!("Fix the bundle (check it with `cargo run -p archive-core --bin check-bundle -- FILE`; the format is in assets/papers.schema.json), or unset PAPERS_BUNDLE to build the shipped one.");
        std::process::exit(1);
    }
}
