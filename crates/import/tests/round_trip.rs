//! The archive's own BibTeX export of all its papers (`archive_core::cite`), imported again,
//! gives the same titles, authors, dates, organisations and links.

mod common;

use archive_core::cite::ExportFormat;
use archive_core::{Archive, PaperIndex};
use archive_import::Options;
use common::{import_with, text};

#[test]
fn the_archives_bibtex_export_round_trips() {
    let archive = Archive::from_json(include_str!("../../../assets/papers.json")).unwrap();
    let all: Vec<PaperIndex> = archive.papers().map(|(index, _)| index).collect();
    let bib = ExportFormat::Bibtex.export(&archive, &all).expect("46 papers to export");
    let outcome = import_with(vec![text("archive.bib", &bib)], &Options::default());
    assert!(outcome.report.skipped.is_empty() && outcome.report.merged.is_empty(), "{}", outcome.report);
    assert_eq!(outcome.bundle.papers.len(), archive.paper_count());
    for (_, paper) in archive.papers() {
        let imported = common::titled(&outcome.bundle, &paper.title);
        assert_eq!(imported.authors, paper.authors, "{}", paper.id);
        assert_eq!(imported.date, paper.date.to_string(), "{}", paper.id);
        assert_eq!(imported.url, paper.url, "{}", paper.id);
        assert_eq!(imported.organization, paper.organization, "{}", paper.id);
    }
}
