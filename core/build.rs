//! Chooses the paper bundle compiled into the app: `assets/papers.json`, or the file named by
//! the `PAPERS_BUNDLE` environment variable (absolute, or relative to the workspace root).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=PAPERS_BUNDLE");
    let workspace = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("..");
    let path = match std::env::var("PAPERS_BUNDLE") {
        Ok(path) if !path.is_empty() => workspace.join(path),
        _ => workspace.join("assets/papers.json"),
    };
    let path = match path.canonicalize() {
        Ok(path) => path,
        Err(error) => {
            eprintln!("error: cannot read the paper bundle {}: {error}", path.display());
            eprintln!("Set PAPERS_BUNDLE to an existing JSON file, or unset it to use assets/papers.json.");
            std::process::exit(1);
        }
    };
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rustc-env=PAPERS_BUNDLE_PATH={}", path.display());
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    println!("cargo:rustc-env=PAPERS_BUNDLE_NAME={name}");
}
