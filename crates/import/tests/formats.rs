//! Files shaped like real exports, each imported through the library: what every field of a
//! paper becomes, what is skipped or merged and how the report says so, and what is refused.

mod common;

use archive_import::{import, tags::TagMap, Failure, ImportError, Options};
use common::{import_fixtures, import_with, paper, source, text, titled};

#[test]
fn better_bibtex_braces_accents_particles_and_file_paths() {
    let outcome = import_fixtures(&["better-bibtex.bib"]);
    let bundle = &outcome.bundle;

    let kaplan = paper(bundle, "kaplan-scaling-laws-neural2020");
    assert_eq!(kaplan.title, "Scaling Laws for Neural Language Models");
    assert_eq!(kaplan.short_name, "Scaling Laws", "from shorttitle");
    assert_eq!(kaplan.authors, "Kaplan, McCandlish, Henighan, Brown, Chess, Child, Gray, Radford, Wu, Amodei");
    assert_eq!(kaplan.date, "2020-01", "month = jan is a macro");
    assert_eq!(kaplan.url, "https://arxiv.org/abs/2001.08361", "Zotero's http arXiv link, as https");
    assert_eq!(kaplan.organization, "arXiv");
    assert_eq!(kaplan.tags, ["machine-learning"], "both arXiv categories read \"Machine Learning\"");
    let summary = kaplan.summary.as_deref().unwrap();
    assert!(summary.starts_with("We measure how the loss") && summary.contains("compute – over"), "{summary}");
    assert!(summary.contains("~100% of the trend") && summary.contains("N^0.076"), "{summary}");
    assert!(summary.chars().count() <= 300 && summary.ends_with('.'), "{summary}");

    let tsne = paper(bundle, "vandermaaten-visualizing-data-using2008");
    assert_eq!(tsne.title, "Visualizing Data Using t-SNE");
    assert_eq!(tsne.authors, "van der Maaten, Hinton");
    assert_eq!(tsne.date, "2008");
    assert_eq!(tsne.tags, ["dimensionality-reduction", "visualization"], "keywords separated by a semicolon");

    let lecun = paper(bundle, "lecun-gradientbased-learning-applied1998");
    assert_eq!(lecun.authors, "Le Cun, Bottou, Bengio, Haffner", "a braced family name is one unit");
    assert_eq!(lecun.url, "https://doi.org/10.1109/5.726791");
    assert_eq!(lecun.date, "1998-11");

    let accents = paper(bundle, "schmidhuber-accents-every-way2015");
    assert_eq!(accents.title, "Accents Äll the Way: Jürgen, Étienne and Dvořák");
    assert_eq!(accents.short_name, "Accents Äll the Way", "the name before the colon");
    assert_eq!(accents.authors, "Schmidhuber, Étienne, Dvořák, Müller, François, González");
    assert_eq!(accents.organization, "Proceedings of the Workshop on Names", "no emph command, no braces");

    let tag = bundle.tags.iter().find(|t| t.id == "computer-vision-and-pattern-recognition").unwrap();
    assert_eq!((tag.name.as_str(), tag.definition.as_deref()), ("Computer Vision and Pattern Recognition", None));
    assert!(outcome.report.skipped.is_empty());
}

#[test]
fn google_scholar_inproceedings_and_arxiv_preprints() {
    let outcome = import_fixtures(&["google-scholar.bib"]);
    let bundle = &outcome.bundle;
    let bert = paper(bundle, "devlin2019bert");
    assert_eq!(bert.title, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding");
    assert_eq!(bert.short_name, "BERT");
    assert!(bert.organization.starts_with("Proceedings of the 2019 Conference of the North American Chapter"));
    assert_eq!(bert.summary, None, "no abstract, no summary");
    assert!(bert.url.starts_with("https://scholar.google.com/scholar?q=%22BERT%3A+Pre-training"), "{}", bert.url);
    let report = outcome.report.to_string();
    assert!(report.contains("google-scholar.bib:1 \"devlin2019bert\" has no url, DOI or arXiv id"), "{report}");

    let kaplan = paper(bundle, "kaplan2020scaling");
    assert_eq!(kaplan.url, "https://arxiv.org/abs/2001.08361", "from the journal field: arXiv preprint arXiv:…");
    assert_eq!(kaplan.organization, "arXiv");

    let gpt3 = paper(bundle, "brown2020language");
    assert_eq!(gpt3.authors, "Brown, Mann, Ryder, Subbiah, Kaplan, Dhariwal et al.", "and others");
    assert_eq!(gpt3.organization, "Advances in Neural Information Processing Systems", "booktitle before publisher");
    assert!(gpt3.url.starts_with("https://proceedings.neurips.cc/"), "the url before the DOI");
}

#[test]
fn dblp_crossref_gives_year_and_venue_and_the_proceedings_is_no_paper() {
    let outcome = import_fixtures(&["dblp.bib"]);
    assert_eq!(outcome.bundle.papers.len(), 1);
    let paper = &outcome.bundle.papers[0];
    assert_eq!(paper.id, "attention-is-all-you-need", "DBLP's keys are not readable ids");
    assert_eq!(paper.title, "Attention is All you Need");
    assert_eq!(paper.date, "2017", "the year comes from the crossref'd proceedings");
    assert!(paper.organization.starts_with("Advances in Neural Information Processing Systems 30"));
    assert!(paper.organization.ends_with("Long Beach, CA, USA"), "{}", paper.organization);
    assert_eq!(paper.authors, "Vaswani, Shazeer, Parmar, Uszkoreit, Jones, Gomez, Kaiser, Polosukhin");
    assert!(paper.builds_on.is_empty());
    let report = outcome.report.to_string();
    assert!(
        report.contains("dblp.bib:19 \"DBLP:conf/nips/2017\" is only named by other entries' crossref"),
        "{report}"
    );
}

#[test]
fn string_macros_concatenation_and_month_macros() {
    let outcome = import_fixtures(&["strings.bib"]);
    let bundle = &outcome.bundle;
    let lstm = paper(bundle, "hochreiter1997");
    assert_eq!(lstm.organization, "Neural Computation");
    assert_eq!(lstm.date, "1997-11");
    assert_eq!(lstm.authors, "Hochreiter, Schmidhuber");
    let gan = paper(bundle, "goodfellow2014");
    assert_eq!(gan.organization, "Advances in Neural Information Processing Systems 27");
    assert_eq!(gan.authors, "Goodfellow et al.");
    assert_eq!(gan.date, "2014-06");
    let undefined = paper(bundle, "ieee-paper2001");
    assert_eq!(undefined.organization, "IEEE tpami", "an undefined macro stands for its name");
    let report = outcome.report.to_string();
    assert!(report.contains("strings.bib:23 \"ieeePaper2001\" uses the @string macro \"tpami\""), "{report}");
}

#[test]
fn comments_preamble_and_jabref_metadata_are_not_papers() {
    let outcome = import_fixtures(&["comments.bib"]);
    assert_eq!(outcome.bundle.papers.len(), 1);
    let paper = &outcome.bundle.papers[0];
    assert_eq!(paper.title, "Neural Machine Translation by Jointly Learning to Align and Translate");
    assert_eq!(paper.url, "https://arxiv.org/abs/1409.0473");
    assert_eq!(outcome.report.files[0].2, 1, "one entry");
}

#[test]
fn windows_line_endings_and_a_byte_order_mark() {
    let outcome = import_fixtures(&["crlf-bom.bib"]);
    let paper = paper(&outcome.bundle, "crlf2017");
    assert_eq!(paper.title, "Windows Line Endings");
    assert_eq!(paper.authors, "Müller, Smith");
    assert_eq!(paper.date, "2017-02");
    assert_eq!(paper.summary.as_deref(), Some("First line of the abstract continues here."));
    assert_eq!(paper.url, "https://example.org/crlf");
}

#[test]
fn an_empty_file_has_no_entries() {
    match import(vec![source("empty.bib")], &Options::default()) {
        Err(ImportError::Failed(Failure::Nothing(report))) => assert_eq!(report.files[0].2, 0),
        other => panic!("an empty file alone should give nothing to write: {other:?}"),
    }
    let outcome = import_fixtures(&["empty.bib", "comments.bib"]);
    assert_eq!(outcome.bundle.papers.len(), 1);
    assert!(outcome.report.to_string().contains("Read empty.bib (BibTeX): 0 entries"));
}

#[test]
fn bad_entries_are_skipped_by_file_line_and_key_and_the_rest_imported() {
    let outcome = import_fixtures(&["bad-entries.bib"]);
    let report = outcome.report.to_string();
    for line in [
        "bad-entries.bib:1 \"notitle2020\" has no title",
        "bad-entries.bib:7 \"noyear\" has no year",
        "bad-entries.bib:13 \"broken2019\" cannot be read as BibTeX (expected comma on line 15)",
        "bad-entries.bib:41 \"inpress\" has the year \"in press\", which is not a year",
        "bad-entries.bib:33 \"good2018again\" into bad-entries.bib:19 \"good2018\" (same DOI)",
        "bad-entries.bib:26 \"good2018\" repeats an earlier citation key: imported under the key \"good2018-2\"",
        "Skipped 4 entries",
        "Merged 1 duplicate",
    ] {
        assert!(report.contains(line), "report lacks {line:?}:\n{report}");
    }
    let ids: Vec<&str> = outcome.bundle.papers.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["good2018", "good2018-2"]);
    let merged = paper(&outcome.bundle, "good2018");
    assert_eq!(merged.summary.as_deref(), Some("The same paper again, exported twice; this copy has an abstract."));
    assert_eq!(merged.url, "https://doi.org/10.1234/good.2018", "the first record's DOI, its case kept");
}

#[test]
fn zotero_csl_json() {
    let outcome = import_fixtures(&["zotero.json"]);
    let bundle = &outcome.bundle;
    let bert = paper(bundle, "bert");
    assert_eq!(bert.title, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding");
    assert_eq!(bert.short_name, "BERT");
    assert_eq!(bert.date, "2019-06");
    assert_eq!(bert.url, "https://aclanthology.org/N19-1423");
    assert_eq!(bert.organization, "Proceedings of NAACL-HLT 2019");
    let kaplan = titled(bundle, "Scaling Laws for Neural Language Models");
    assert_eq!(kaplan.url, "https://arxiv.org/abs/2001.08361");
    assert_eq!(kaplan.date, "2020-01");
    assert_eq!(kaplan.tags, ["machine-learning"]);
    let gpt4 = titled(bundle, "GPT-4 Technical Report");
    assert_eq!((gpt4.authors.as_str(), gpt4.date.as_str()), ("OpenAI", "2023-03"));
    let report = outcome.report.to_string();
    assert!(
        report.contains("zotero.json:48 \"http://zotero.org/users/local/kq3ZpUvx/items/NOYEAR01\" has no year"),
        "{report}"
    );
}

#[test]
fn mendeley_csl_json() {
    let outcome = import_fixtures(&["mendeley.json"]);
    let tsne = titled(&outcome.bundle, "Visualizing Data using t-SNE");
    assert_eq!(tsne.id, "visualizing-data-using-t-sne", "ITEM-1 is no readable id");
    assert_eq!(tsne.authors, "van der Maaten, Hinton");
    assert_eq!(tsne.date, "2008");
    assert_eq!(tsne.tags, ["dimensionality-reduction", "visualization"], "keyword as a list");
    let resnet = titled(&outcome.bundle, "Deep Residual Learning for Image Recognition");
    assert_eq!((resnet.date.as_str(), resnet.url.as_str()), ("2016-06", "https://doi.org/10.1109/CVPR.2016.90"));
}

#[test]
fn the_same_paper_in_bibtex_and_csl_json_is_one_paper() {
    let outcome = import_fixtures(&["google-scholar.bib", "zotero.json", "mendeley.json", "better-bibtex.bib"]);
    let scaling: Vec<_> =
        outcome.bundle.papers.iter().filter(|p| p.title.to_lowercase().contains("scaling laws")).collect();
    assert_eq!(scaling.len(), 1, "three records of Kaplan et al. are one paper");
    assert_eq!(
        scaling[0].summary.as_deref().map(|s| s.starts_with("We measure")),
        Some(true),
        "filled from a later record"
    );
    let report = outcome.report.to_string();
    assert!(
        report.contains("\"devlin2019bert\" (same title)")
            || report.contains("into google-scholar.bib:1 \"devlin2019bert\""),
        "{report}"
    );
}

#[test]
fn files_that_are_not_bibtex_or_csl_json_are_refused_with_one_message() {
    let read = |name: &str| archive_import::source::from_bytes(name, &std::fs::read(common::fixture(name)).unwrap());
    assert!(read("latin1.bib").unwrap_err().starts_with("latin1.bib is not UTF-8 text"));
    assert!(read("refs.ris").unwrap_err().starts_with("refs.ris is RIS"));
    match import(vec![source("not-csl.json")], &Options::default()) {
        Err(ImportError::Refused(messages)) => {
            assert_eq!(messages.len(), 1);
            assert!(messages[0].starts_with("not-csl.json is JSON but not CSL JSON"), "{}", messages[0]);
        }
        other => panic!("{other:?}"),
    }
    match import(vec![text("broken.json", "[{\"title\": \"x\",}]")], &Options::default()) {
        Err(ImportError::Refused(messages)) => assert!(messages[0].starts_with("broken.json:1:"), "{messages:?}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn related_and_crossref_become_builds_on_when_earlier() {
    let outcome = import_fixtures(&["related.bib"]);
    let bundle = &outcome.bundle;
    assert_eq!(paper(bundle, "base2017").builds_on, Vec::<String>::new());
    assert_eq!(paper(bundle, "follow2019").builds_on, ["base2017"], "later2021 is later; nowhere is not here");
    assert_eq!(paper(bundle, "later2021").builds_on, ["base2017", "follow2019"], "xref, then related");
    assert_eq!(paper(bundle, "chapter2019").builds_on, ["follow2019"], "a crossref to a paper");
    let report = outcome.report.to_string();
    assert!(report.contains("\"follow2019\" names \"later2021\""), "{report}");
}

#[test]
fn the_tag_map_renames_defines_and_drops_and_eras_can_be_given() {
    let tags = TagMap::from_json(
        r#"{"Computer Science - Machine Learning": {"id": "ml", "definition": "Learning from data."},
            "Statistics - Machine Learning": null, "visualization": "Visualisation", "*": null}"#,
    )
    .unwrap();
    let eras = archive_import::eras::from_json(
        r#"[{"id": "classic", "name": "Classic", "from": 1990, "to": 2009, "blurb": "Before deep learning."},
            {"id": "deep", "name": "Deep", "from": 2010, "to": 2019, "blurb": "Deep learning."}]"#,
    )
    .unwrap();
    let options = Options { tags, eras: Some(eras), title: Some("My Reading List".into()), ..Options::default() };
    let outcome = import_with(vec![source("better-bibtex.bib")], &options);
    let bundle = &outcome.bundle;
    assert_eq!(bundle.title.as_deref(), Some("My Reading List"));
    let tags: Vec<(&str, &str, Option<&str>)> =
        bundle.tags.iter().map(|t| (t.id.as_str(), t.name.as_str(), t.definition.as_deref())).collect();
    assert_eq!(
        tags,
        [("ml", "Machine Learning", Some("Learning from data.")), ("visualisation", "Visualisation", None)]
    );
    assert_eq!(paper(bundle, "lecun-gradientbased-learning-applied1998").era, "classic");
    assert_eq!(paper(bundle, "schmidhuber-accents-every-way2015").era, "deep");
    let eras: Vec<&str> = bundle.eras.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(eras, ["classic", "deep", "2020"], "2020 is in no given era: one is made for it");
}

#[test]
fn eras_are_derived_from_the_years_when_not_given() {
    // 40 papers over 20 years: a few eras of about 8 papers, never splitting a year.
    let bib: String = (0..40)
        .map(|i| {
            format!(
                "@article{{p{i}, title = {{Paper number {i}}}, year = {}, url = {{https://example.org/{i}}}}}\n",
                2000 + i / 2
            )
        })
        .collect();
    let outcome = import_with(vec![text("years.bib", &bib)], &Options::default());
    let bundle = &outcome.bundle;
    let eras = &bundle.eras;
    assert!((4..=6).contains(&eras.len()), "{eras:#?}");
    for pair in eras.windows(2) {
        assert!(pair[0].to < pair[1].from, "contiguous, in order: {eras:?}");
    }
    for era in eras {
        let name = if era.from == era.to { era.from.to_string() } else { format!("{}–{}", era.from, era.to) };
        assert_eq!(era.name, name);
        let size = bundle.papers.iter().filter(|p| p.era == era.id).count();
        assert!((4..=12).contains(&size), "era {} holds {size} papers", era.id);
    }
    // A handful of papers is one era.
    let few = import_fixtures(&["better-bibtex.bib"]);
    assert_eq!(few.bundle.eras.len(), 1);
    assert_eq!((few.bundle.eras[0].id.as_str(), few.bundle.eras[0].name.as_str()), ("1998-2020", "1998–2020"));
}

#[test]
fn the_same_input_gives_the_same_bundle() {
    let files =
        ["better-bibtex.bib", "google-scholar.bib", "dblp.bib", "zotero.json", "related.bib", "bad-entries.bib"];
    let first = import_fixtures(&files).json;
    for _ in 0..3 {
        assert_eq!(import_fixtures(&files).json, first);
    }
}

#[test]
fn into_fills_only_what_a_matched_paper_lacks() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/example-bundle.json");
    let existing =
        archive_import::Existing::from_json("example-bundle.json", &std::fs::read_to_string(example).unwrap()).unwrap();
    let before = existing.bundle.clone();
    let bib = "@misc{devlin2018bert, title = {{BERT}: Pre-training of Deep Bidirectional Transformers for Language Understanding},
  author = {Devlin, Jacob}, year = {2018}, eprint = {1810.04805}, archiveprefix = {arXiv},
  abstract = {A summary the hand-written bundle did not have.}, keywords = {Language models}}
@misc{vaswani2017, title = {Attention Is All You Need}, author = {Vaswani, Ashish}, year = {2017},
  url = {https://arxiv.org/abs/1706.03762}, abstract = {Not used: the paper has a summary.}, keywords = {Other}}";
    let options = Options { into: Some(existing), ..Options::default() };
    let outcome = import_with(vec![text("new.bib", bib)], &options);
    let bert = paper(&outcome.bundle, "bert");
    assert_eq!(bert.summary.as_deref(), Some("A summary the hand-written bundle did not have."));
    assert_eq!(bert.tags, paper(&before, "bert").tags, "it has tags: they are kept");
    assert_eq!(paper(&outcome.bundle, "transformer"), paper(&before, "transformer"), "nothing to fill");
    assert_eq!(outcome.bundle.tags, before.tags, "no tag is added for matched papers that have tags");
    let report = outcome.report.to_string();
    assert!(report.contains("new.bib:1 \"devlin2018bert\" is bert; filled in its summary"), "{report}");
    assert!(report.contains("new.bib:4 \"vaswani2017\" is transformer\n"), "{report}");
    assert!(!outcome.unchanged);
}
