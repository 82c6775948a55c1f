//! Property tests of the URL codec: every view survives its own link, and any link at all shows
//! a view whose link is canonical, with a short, bounded list of plain notices.

use archive_core::decode_query;
use archive_core::url::NOTICE_LIMIT;
use proptest::prelude::*;

mod common;

use common::{any_state, ARCHIVE};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn decode_of_encode_is_identity(state in any_state()) {
        let decoded = decode_query(&ARCHIVE, &state.to_query(&ARCHIVE));
        prop_assert_eq!(&decoded.state, &state);
        prop_assert!(decoded.notices.is_empty());
    }

    /// Whatever a link holds, the view it shows has a link of its own that shows exactly that
    /// view, says nothing was ignored, and is written back unchanged (so Dismiss tidies a link
    /// once and for all); and what was ignored is said in at most `NOTICE_LIMIT + 1` notices,
    /// each a short line of plain text, however long or strange the link.
    #[test]
    fn any_link_shows_a_view_with_a_canonical_link_and_a_few_short_plain_notices(query in any_query()) {
        let decoded = decode_query(&ARCHIVE, &query);
        prop_assert!(decoded.notices.len() <= NOTICE_LIMIT + 1, "{} notices", decoded.notices.len());
        for notice in &decoded.notices {
            let text = notice.to_string();
            prop_assert!(text.chars().count() < 120, "a notice quotes a short excerpt: {:.200}", text);
            prop_assert!(!text.chars().any(char::is_control), "a notice is one line of plain text: {:?}", text);
        }
        let canonical = decoded.state.to_query(&ARCHIVE);
        let again = decode_query(&ARCHIVE, &canonical);
        prop_assert_eq!(&again.state, &decoded.state, "{}", canonical);
        prop_assert!(again.notices.is_empty(), "{}: {:?}", canonical, again.notices);
        prop_assert_eq!(again.state.to_query(&ARCHIVE), canonical);
    }
}

/// A link's query: any text at all, text of query-string characters, or `&`-joined pairs of the
/// archive's parameters (and tracking and unknown ones) with values that are the archive's own
/// words, lists of them, or URL syntax, escapes and accents, so decoding takes every path it has
/// and not only "unknown parameter".
fn any_query() -> impl Strategy<Value = String> {
    let words: Vec<String> = ARCHIVE
        .tags()
        .map(|(_, t)| t.id.clone())
        .chain(ARCHIVE.tags().map(|(_, t)| t.name.clone()))
        .chain(ARCHIVE.eras().map(|(_, e)| e.id.clone()))
        .chain(ARCHIVE.papers().map(|(_, p)| p.id.clone()))
        .chain(["any", "all", "ALL", "era", "oldest", "newest", "cards", "graph"].map(String::from))
        .collect();
    let name = prop_oneof![
        proptest::sample::select(vec!["tags", "match", "q", "era", "sort", "view", "paper", "utm_source", "fbclid"])
            .prop_map(String::from),
        "[a-zA-Z_%0-9<>]{0,8}",
    ];
    let value = prop_oneof![
        proptest::sample::select(words.clone()),
        proptest::collection::vec(proptest::sample::select(words), 1..5).prop_map(|w| w.join(",")),
        "[a-zA-Z0-9%&=,+ <>\"'é·\t-]{0,40}",
        "x{190,210}",
    ];
    let pairs = proptest::collection::vec((name, value).prop_map(|(n, v)| format!("{n}={v}")), 0..12);
    prop_oneof![".{0,300}", "[a-z%&=,+ <>\"'0-9A-F]{0,200}", pairs.prop_map(|pairs| pairs.join("&"))]
}

proptest! {
    /// The selection depends on the selection key alone.
    #[test]
    fn the_selection_key_decides_the_selection(state in any_state()) {
        prop_assert_eq!(
            archive_core::select(&ARCHIVE, &state.selection_key()),
            archive_core::select(&ARCHIVE, &state)
        );
    }
}
