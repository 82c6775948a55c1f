//! What the core's integration tests share: the shipped bundle, loaded once per test binary.
#![allow(dead_code)]

use std::sync::LazyLock;

use archive_core::{Archive, Entry, Intent, MatchMode, Presentation, Sort, ViewState};
use proptest::prelude::*;

/// The shipped bundle itself (not whatever `PAPERS_BUNDLE` compiled in), so the tests pin down
/// the data we publish.
pub const BUNDLED_JSON: &str = include_str!("../../../../assets/papers.json");

/// The shipped archive, parsed and validated on first use.
pub static ARCHIVE: LazyLock<Archive> =
    LazyLock::new(|| Archive::from_json(BUNDLED_JSON).expect("the shipped bundle is valid"));

/// A fresh copy of the shipped archive, for tests that want to own one.
pub fn archive() -> Archive {
    ARCHIVE.clone()
}

/// Any valid view state of the shipped archive: every parameter, any search text.
pub fn any_state() -> impl Strategy<Value = ViewState> {
    let tag_count = ARCHIVE.tags().len();
    let era_count = ARCHIVE.eras().len();
    let paper_count = ARCHIVE.paper_count();
    (
        proptest::collection::btree_set(0..tag_count, 0..=tag_count),
        any::<bool>(),
        // Any printable text, including URL syntax (&, =, %, +, #) and non-ASCII.
        "[ -~é·ü漢😀]{0,40}",
        proptest::option::of(0..era_count),
        0..3usize,
        proptest::option::of(0..paper_count),
        any::<bool>(),
    )
        .prop_map(|(positions, all, search, era, sort, paper, graph)| {
            let tags: Vec<_> = ARCHIVE.tags().map(|(t, _)| t).collect();
            let eras: Vec<_> = ARCHIVE.eras().map(|(e, _)| e).collect();
            let papers: Vec<_> = ARCHIVE.papers().map(|(p, _)| p).collect();
            ViewState {
                tags: positions.into_iter().map(|i| tags[i]).collect(),
                match_mode: if all { MatchMode::All } else { MatchMode::Any },
                era: era.map(|i| eras[i]),
                sort: Sort::ALL[sort],
                paper: paper.map(|i| papers[i]),
                presentation: if graph { Presentation::Graph } else { Presentation::Cards },
                ..ViewState::default()
            }
            .with_search(&search)
        })
}

/// Any intent a reader can send, on the shipped archive.
pub fn any_intent() -> impl Strategy<Value = Intent> {
    let tags = ARCHIVE.tags().len();
    let eras = ARCHIVE.eras().len();
    let papers = ARCHIVE.paper_count();
    let tag = move |i: usize| ARCHIVE.tags().nth(i).unwrap().0;
    prop_oneof![
        (0..tags).prop_map(move |i| Intent::ToggleTag(tag(i))),
        (0..tags).prop_map(move |i| Intent::AddTag(tag(i))),
        any::<bool>().prop_map(|all| Intent::SetMatch(if all { MatchMode::All } else { MatchMode::Any })),
        "[ -~é·\t\n]{0,30}".prop_map(Intent::TypeSearch),
        Just(Intent::ClearSearch),
        Just(Intent::ClearFilters),
        proptest::option::of(0..eras).prop_map(|e| Intent::SetEra(e.map(|i| ARCHIVE.eras().nth(i).unwrap().0))),
        (0..3usize).prop_map(|i| Intent::SetSort(Sort::ALL[i])),
        any::<bool>().prop_map(|g| Intent::SetPresentation(if g { Presentation::Graph } else { Presentation::Cards })),
        (0..papers).prop_map(|i| Intent::OpenPaper(ARCHIVE.papers().nth(i).unwrap().0)),
        Just(Intent::ClosePaper),
        Just(Intent::TidyUrl),
    ]
}

/// Any kind of history entry.
pub fn any_entry() -> impl Strategy<Value = Entry> {
    prop_oneof![Just(Entry::Ordinary), Just(Entry::SearchStart), (1..4u16).prop_map(Entry::PaperOpen)]
}
