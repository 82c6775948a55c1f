//! Property tests of the URL codec: it round-trips every state and survives any input.

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
