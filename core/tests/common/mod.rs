//! What the core's integration tests share: the shipped bundle, loaded once per test binary.
#![allow(dead_code)]

use std::sync::LazyLock;

use archive_core::{Archive, MatchMode, Presentation, Sort, ViewState};
use proptest::prelude::*;

/// The shipped bundle itself (not whatever `PAPERS_BUNDLE` compiled in), so the tests pin down
/// the data we publish.
pub const BUNDLED_JSON: &str = include_str!("../../../assets/papers.json");

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
