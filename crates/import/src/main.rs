//! `import`: turns BibTeX, BibLaTeX and CSL JSON files into an archive bundle, or adds them to
//! one (`scripts/import.sh` runs it). Exit status: 0 when the bundle was written (or was already
//! as the import would make it), 1 when nothing was written, 2 for a command line it cannot use.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use archive_import::{assemble::Failure, eras, source, tags::TagMap, write, Existing, ImportError, Options};

const USAGE: &str = "\
usage: scripts/import.sh [--into BUNDLE] [--eras ERAS.json] [--tags MAP.json]
                         [--title TEXT] [--subtitle TEXT] [--description TEXT] FILE... --out BUNDLE

Reads BibTeX/BibLaTeX (.bib) and CSL JSON files (what Zotero, JabRef, Mendeley, Paperpile,
Google Scholar, arXiv, DBLP and ACL Anthology export) and writes an archive bundle that
scripts/publish.sh takes as it is.

  --into BUNDLE       add to this bundle: papers it has keep every field; only new ones are added
  --eras ERAS.json    eras to place papers in (a JSON list of {id, name, from, to, blurb}, or a
                      bundle); without it, eras are made from the papers' years
  --tags MAP.json     rename, define or drop keywords: {\"keyword\": null | \"Name\" |
                      {\"id\", \"name\", \"definition\"}, \"*\": null drops all others}
  --title, --subtitle, --description   the archive's own heading, subtitle and description
  --out BUNDLE        where to write the bundle (validated first, written atomically)";

/// The command line, read.
struct Args {
    into: Option<PathBuf>,
    eras: Option<PathBuf>,
    tags: Option<PathBuf>,
    title: Option<String>,
    subtitle: Option<String>,
    description: Option<String>,
    files: Vec<PathBuf>,
    out: PathBuf,
}

fn parse_args() -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let (mut into, mut eras, mut tags, mut out) = (None, None, None, None);
    let (mut title, mut subtitle, mut description) = (None, None, None);
    let mut files = Vec::new();
    let text = |value: std::ffi::OsString| value.string().map_err(|e| e.to_string());
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("into") => into = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?)),
            Long("eras") => eras = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?)),
            Long("tags") => tags = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?)),
            Long("out") => out = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?)),
            Long("title") => title = Some(text(parser.value().map_err(|e| e.to_string())?)?),
            Long("subtitle") => subtitle = Some(text(parser.value().map_err(|e| e.to_string())?)?),
            Long("description") => description = Some(text(parser.value().map_err(|e| e.to_string())?)?),
            Short('h') | Long("help") => return Ok(None),
            Value(file) => files.push(PathBuf::from(file)),
            other => return Err(other.unexpected().to_string()),
        }
    }
    let out = out.ok_or("say where to write the bundle with --out BUNDLE")?;
    if files.is_empty() {
        return Err("name at least one .bib or CSL JSON file to import".to_string());
    }
    Ok(Some(Args { into, eras, tags, title, subtitle, description, files, out }))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("import: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            eprintln!("Nothing was written.");
            ExitCode::FAILURE
        }
    }
}

fn read_text(path: &Path, what: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("import: the {what} {} cannot be read: {e}", path.display()))
}

fn run(args: &Args) -> Result<(), String> {
    let mut sources = Vec::new();
    let mut refused = Vec::new();
    for file in &args.files {
        match source::read(file) {
            Ok(source) => sources.push(source),
            Err(message) => refused.push(format!("import: {message}")),
        }
    }
    if !refused.is_empty() {
        return Err(refused.join("\n"));
    }
    let into = match &args.into {
        Some(path) => Some(
            Existing::from_json(&path.display().to_string(), &read_text(path, "bundle")?)
                .map_err(|e| format!("import: {e}"))?,
        ),
        None => None,
    };
    let eras = match &args.eras {
        Some(path) => Some(
            eras::from_json(&read_text(path, "eras file")?).map_err(|e| format!("import: {}: {e}", path.display()))?,
        ),
        None => None,
    };
    let tags = match &args.tags {
        Some(path) => {
            TagMap::from_json(&read_text(path, "tag map")?).map_err(|e| format!("import: {}: {e}", path.display()))?
        }
        None => TagMap::default(),
    };
    let options = Options {
        into,
        eras,
        tags,
        title: args.title.clone(),
        subtitle: args.subtitle.clone(),
        description: args.description.clone(),
    };

    let outcome = match archive_import::import(sources, &options) {
        Ok(outcome) => outcome,
        Err(ImportError::Refused(messages)) => {
            return Err(messages.iter().map(|m| format!("import: {m}")).collect::<Vec<_>>().join("\n"))
        }
        Err(ImportError::Failed(Failure::Nothing(report))) => {
            print!("{report}");
            return Err("import: no entry became a paper, so there is no bundle to write".to_string());
        }
        Err(ImportError::Failed(Failure::Invalid(error, report))) => {
            print!("{report}");
            return Err(format!(
                "import: the bundle made from these files fails validation: {error}\n\
                 This is a fault of the import or of --eras/--tags; the files above say where it came from."
            ));
        }
    };
    print!("{}", outcome.report);

    let same_file = args.into.as_ref().is_some_and(|into| same(into, &args.out));
    let papers = outcome.bundle.papers.len();
    let (eras, tags) = (outcome.bundle.eras.len(), outcome.bundle.tags.len());
    if outcome.unchanged && same_file {
        println!("{} is unchanged ({papers} papers): it already has everything this import has", args.out.display());
        return Ok(());
    }
    write::atomically(&args.out, &outcome.json).map_err(|e| format!("import: {e}"))?;
    println!("Wrote {} ({papers} papers, {eras} eras, {tags} tags)", args.out.display());
    Ok(())
}

/// Whether two paths name the same file (the second may not exist yet).
fn same(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
