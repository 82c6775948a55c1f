#!/usr/bin/env bash
# Turns your references into an archive bundle, or adds them to one, in one command:
#
#   scripts/import.sh [--into BUNDLE] [--eras ERAS.json] [--tags MAP.json]
#                     [--title TEXT] [--subtitle TEXT] [--description TEXT] FILE... --out BUNDLE
#   scripts/import.sh my-library.bib --out my-papers.json
#   scripts/import.sh --into assets/papers.json new-paper.bib --out assets/papers.json
#
# FILE is BibTeX/BibLaTeX (.bib: Zotero with or without Better BibTeX, JabRef, Google Scholar,
# arXiv, DBLP, ACL Anthology) or CSL JSON (Zotero, Mendeley, Paperpile). The bundle is checked
# with the archive's own validation and written atomically, so scripts/publish.sh takes it as
# it is; a failed run writes nothing. `scripts/import.sh --help` explains every option.
#
# It runs the native importer (import/, crate archive-import), built on first use; it needs
# only the Rust toolchain, none of the browser tools. Paths are the caller's.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$HOME/.cargo/bin:$PATH"
exec cargo run --quiet --release --locked --manifest-path "$root/Cargo.toml" -p archive-import --bin import -- "$@"
