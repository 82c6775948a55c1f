//! Writing the bundle so that a failed run leaves nothing behind: a temporary file next to the
//! target, flushed to disk, then renamed over it (a rename within a directory is atomic).

use std::io::Write;
use std::path::Path;

/// Writes `text` to `path` atomically: `path` is either its old self or all of `text`.
pub fn atomically(path: &Path, text: &str) -> Result<(), String> {
    let name = path.display();
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !directory.is_dir() {
        return Err(format!("cannot write {name}: the directory {} does not exist", directory.display()));
    }
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "bundle".to_string());
    let temporary = directory.join(format!(".{file_name}.import-{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    result.map_err(|error| {
        let _ = std::fs::remove_file(&temporary);
        format!("cannot write {name}: {error}")
    })
}
