//! Validates a paper bundle before you build the app with it:
//! `cargo run -p archive-core --bin check-bundle -- path/to/papers.json`.

use std::process::ExitCode;

use archive_core::Archive;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: check-bundle PATH_TO_BUNDLE.json");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: cannot read the file: {error}");
            return ExitCode::FAILURE;
        }
    };
    match Archive::from_json(&text) {
        Ok(archive) => {
            println!(
                "{path}: valid — \"{}\", {} papers, {} eras, {} tags",
                archive.site().title,
                archive.paper_count(),
                archive.eras().len(),
                archive.tags().len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{path}: {error}");
            eprintln!("Fix these and run check-bundle again; the format is described in assets/papers.schema.json.");
            ExitCode::FAILURE
        }
    }
}
