//! Property tests of the URL codec: it round-trips every state and survives any input.

use archive_core::view_state::NOTICE_LIMIT;
use archive_core::{decode_query, Archive, MatchMode, Presentation, Sort, ViewState};
use proptest::prelude::*;
use std::sync::LazyLock;

/// The shipped bundle itself (not whatever `PAPERS_BUNDLE` compiled in).
const BUNDLED_JSON: &str = include_str!("../../assets/papers.json");

static ARCHIVE: LazyLock<Archive> = LazyLock::new(|| Archive::from_json(BUNDLED_JSON).unwrap());

fn any_state() -> impl Strategy<Value = ViewState> {
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn decode_of_encode_is_identity(state in any_state()) {
        let decoded = decode_query(&ARCHIVE, &state.to_query(&ARCHIVE));
        prop_assert_eq!(&decoded.state, &state);
        prop_assert!(decoded.notices.is_empty());
    }

    #[test]
    fn decode_never_panics_and_stays_bounded(query in ".{0,300}") {
        let decoded = decode_query(&ARCHIVE, &query);
        prop_assert!(decoded.notices.len() <= NOTICE_LIMIT + 1);
        let canonical = decoded.state.to_query(&ARCHIVE);
        prop_assert_eq!(decode_query(&ARCHIVE, &canonical).state, decoded.state);
    }

    #[test]
    fn decode_survives_query_shaped_noise(query in "[a-z%&=,+ <>\"'0-9A-F]{0,200}") {
        let _ = decode_query(&ARCHIVE, &query);
    }
}
