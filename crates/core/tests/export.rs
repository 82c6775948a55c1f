//! The exports as other programs read them: the whole archive's BibTeX through a real BibTeX
//! parser (the `biblatex` crate, as reference managers parse it), and an empty selection,
//! which exports nothing.

mod common;

use std::collections::HashSet;

use archive_core::cite::{bibtex, bibtex_keys, ExportFormat};
use archive_core::PaperIndex;
use biblatex::{Bibliography, Chunk, Person};
use common::ARCHIVE;

fn all_papers() -> Vec<PaperIndex> {
    ARCHIVE.papers().map(|(p, _)| p).collect()
}

fn parse_all() -> Bibliography {
    let text = ExportFormat::Bibtex.export(&ARCHIVE, &all_papers()).expect("46 papers to export");
    Bibliography::parse(&text).unwrap_or_else(|e| panic!("the export does not parse: {e:?}\n{text}"))
}

fn names(people: &[Person]) -> Vec<String> {
    people
        .iter()
        .map(|p| if p.given_name.is_empty() { p.name.clone() } else { format!("{} {}", p.given_name, p.name) })
        .collect()
}

/// The title's protected (braced) parts.
fn protected(chunks: &[biblatex::Spanned<Chunk>]) -> Vec<String> {
    chunks
        .iter()
        .filter_map(|c| match &c.v {
            Chunk::Verbatim(text) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_whole_export_parses_into_46_entries_with_unique_keys() {
    let bibliography = parse_all();
    assert_eq!(bibliography.len(), 46);
    let keys: HashSet<&str> = bibliography.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys.len(), 46, "unique keys");
    // LLaMA and Llama 2 would share touvron2023llama.
    let llama = bibliography.get("touvron2023llamaa").expect("LLaMA's key");
    let llama2 = bibliography.get("touvron2023llamab").expect("Llama 2's key");
    assert!(protected(llama.title().unwrap()).contains(&"LLaMA".to_string()));
    assert!(llama2.title().unwrap().iter().any(|c| matches!(&c.v, Chunk::Normal(t) if t.starts_with("Llama 2"))));
    assert!(bibliography.get("touvron2023llama").is_none());
}

#[test]
fn every_entry_has_the_papers_authors_title_and_year() {
    let bibliography = parse_all();
    let keys = bibtex_keys(&ARCHIVE);
    for (paper, p) in ARCHIVE.papers() {
        let entry = bibliography.get(&keys[paper.get()]).unwrap_or_else(|| panic!("{}", p.id));
        let authors = names(&entry.author().unwrap());
        let expected: Vec<String> = p
            .authors
            .trim_end_matches(" et al.")
            .split(", ")
            .map(str::to_string)
            .chain(p.authors.ends_with(" et al.").then(|| "others".to_string()))
            .collect();
        assert_eq!(authors, expected, "{}", p.id);
        let title: String = entry.title().unwrap().iter().map(|c| c.v.get().to_string()).collect();
        assert_eq!(title, p.title, "{}", p.id);
        let year = entry.get_as::<i64>("year").unwrap();
        assert_eq!(year, i64::from(p.date.year()), "{}", p.id);
    }
}

#[test]
fn organisations_are_single_authors_and_acronyms_keep_their_capitals() {
    let bibliography = parse_all();
    let entry = |id: &str| {
        let keys = bibtex_keys(&ARCHIVE);
        bibliography.get(&keys[ARCHIVE.paper_by_id(id).unwrap().get()]).unwrap().clone()
    };
    // Two authors, each one organisation: not "Team, Gemini" and "DeepMind, Google".
    let gemini = entry("gemini").author().unwrap();
    assert_eq!(gemini.len(), 2);
    assert_eq!((gemini[0].name.as_str(), gemini[0].given_name.as_str()), ("Gemini Team", ""));
    assert_eq!((gemini[1].name.as_str(), gemini[1].given_name.as_str()), ("Google DeepMind", ""));
    assert_eq!(entry("gpt-4").author().unwrap()[0].name, "OpenAI");
    for (id, kept) in [("bert", "BERT"), ("lora", "LoRA"), ("gpt-4", "GPT-4"), ("deepseek-r1", "DeepSeek-R1")] {
        assert!(protected(entry(id).title().unwrap()).contains(&kept.to_string()), "{id}: {kept}");
    }
    // An arXiv paper is an @misc with its eprint; any other says where it is published.
    let transformer = entry("transformer");
    assert_eq!(transformer.entry_type.to_string(), "misc");
    assert_eq!(transformer.get_as::<String>("eprint").unwrap(), "1706.03762");
    let lstm = entry("lstm");
    assert!(lstm.get("eprint").is_none());
    assert!(lstm.get("howpublished").is_some());
}

#[test]
fn a_single_papers_bibtex_has_the_key_it_has_in_an_export() {
    let llama2 = ARCHIVE.paper_by_id("llama-2").unwrap();
    assert!(bibtex(&ARCHIVE, llama2).starts_with("@misc{touvron2023llamab,\n"));
    let alone = ExportFormat::Bibtex.export(&ARCHIVE, &[llama2]).unwrap();
    assert!(alone.starts_with("@misc{touvron2023llamab,\n"));
}

#[test]
fn nothing_shown_exports_nothing() {
    for format in ExportFormat::ALL {
        assert_eq!(format.export(&ARCHIVE, &[]), None, "{format:?}");
        assert!(format.export(&ARCHIVE, &all_papers()[..1]).is_some());
    }
    assert_eq!(ExportFormat::Bibtex.exported(46), "Exported 46 papers as BibTeX.");
    assert_eq!(ExportFormat::Csv.exported(1), "Exported 1 paper as CSV.");
}
