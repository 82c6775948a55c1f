//! The URL codec: canonical output, round trips, lenient input, and hostile input.

use archive_core::tracking::without_tracking;
use archive_core::url::NOTICE_LIMIT;
use archive_core::{decode_query, Archive, MatchMode, Notice, ViewState};

mod common;

use common::archive;

fn state(archive: &Archive, slugs: &[&str], match_mode: MatchMode) -> ViewState {
    ViewState {
        tags: slugs.iter().map(|s| archive.tag_by_slug(s).unwrap()).collect(),
        match_mode,
        ..ViewState::default()
    }
}

#[test]
fn default_view_is_the_empty_query() {
    let archive = archive();
    assert_eq!(ViewState::default().to_query(&archive), "");
    let decoded = decode_query(&archive, "");
    assert_eq!(decoded.state, ViewState::default());
    assert!(decoded.notices.is_empty());
}

#[test]
fn canonical_form_orders_tags_like_the_tag_bar_and_omits_defaults() {
    let archive = archive();
    let s = state(&archive, &["rlhf", "moe"], MatchMode::All);
    assert_eq!(s.to_query(&archive), "tags=moe,rlhf&match=all");
    assert_eq!(state(&archive, &["moe"], MatchMode::Any).to_query(&archive), "tags=moe");
    assert_eq!(state(&archive, &[], MatchMode::All).to_query(&archive), "match=all");
}

#[test]
fn every_single_tag_and_every_pair_round_trips() {
    let archive = archive();
    let tags: Vec<_> = archive.tags().map(|(t, _)| t).collect();
    for (i, &a) in tags.iter().enumerate() {
        for &b in &tags[i..] {
            for match_mode in [MatchMode::Any, MatchMode::All] {
                let s = ViewState { tags: [a, b].into(), match_mode, ..ViewState::default() };
                let query = s.to_query(&archive);
                let decoded = decode_query(&archive, &query);
                assert_eq!(decoded.state, s, "{query}");
                assert!(decoded.notices.is_empty(), "{query}");
                assert_eq!(decoded.state.to_query(&archive), query, "canonical form is stable");
            }
        }
    }
}

#[test]
fn input_is_case_insensitive_and_accepts_display_names() {
    let archive = archive();
    let expected = state(&archive, &["masked-lm", "moe"], MatchMode::All);
    for query in [
        "?tags=masked-lm,moe&match=all",
        "tags=MoE,Masked-LM&match=ALL",
        "tags=Masked%20LM,moe&match=All",
        "tags=masked+lm&tags=moe&match=all",
        "tags=%20moe%20,,masked-lm,&match=all",
        "tags=moe,moe,masked-lm&match=all",
    ] {
        let decoded = decode_query(&archive, query);
        assert_eq!(decoded.state, expected, "{query}");
        assert!(decoded.notices.is_empty(), "{query}: {:?}", decoded.notices);
    }
}

#[test]
fn unknown_tags_and_values_are_dropped_with_notices() {
    let archive = archive();
    let decoded = decode_query(&archive, "tags=moe,quantum,rlhf&match=some&layout=wide");
    assert_eq!(decoded.state, state(&archive, &["moe", "rlhf"], MatchMode::Any));
    let texts: Vec<String> = decoded.notices.iter().map(ToString::to_string).collect();
    assert_eq!(
        texts,
        [
            "Ignored unknown tag “quantum”.",
            "Ignored match=“some”: use “any” or “all”.",
            "Ignored unknown parameter “layout”."
        ]
    );
}

#[test]
fn tracking_parameters_are_dropped_without_a_notice() {
    let archive = archive();
    let link = "utm_source=newsletter&UTM_Medium=mail&fbclid=IwAR0x&tags=rlhf&gclid=abc&_ga=1.2&msclkid=9";
    let decoded = decode_query(&archive, link);
    assert_eq!(decoded.state, state(&archive, &["rlhf"], MatchMode::Any));
    assert_eq!(decoded.notices, []);
    // A parameter that only looks like one is still named: the reader may have meant something.
    let decoded = decode_query(&archive, "utm=1&fbclid_x=2");
    let texts: Vec<String> = decoded.notices.iter().map(ToString::to_string).collect();
    assert_eq!(texts, ["Ignored unknown parameter “utm”.", "Ignored unknown parameter “fbclid_x”."]);
}

#[test]
fn tidying_a_link_removes_only_its_tracking_parameters() {
    // Nothing to tidy: the address stays as it is.
    assert_eq!(without_tracking(""), None);
    assert_eq!(without_tracking("?tags=moe&layout=wide"), None);
    // The rest is kept exactly as written, in its order, unknown parameters included (their
    // notice still explains them).
    assert_eq!(
        without_tracking("?utm_source=x&tags=MoE,%20rlhf&fbclid=y&layout=wide").as_deref(),
        Some("tags=MoE,%20rlhf&layout=wide")
    );
    assert_eq!(without_tracking("utm_source=newsletter&fbclid=abc").as_deref(), Some(""));
    // A percent-encoded name is the name it decodes to.
    assert_eq!(without_tracking("%75tm_campaign=x&q=gan").as_deref(), Some("q=gan"));
    assert_eq!(without_tracking("&&gclid&q=a%26b&").as_deref(), Some("q=a%26b"));
}

#[test]
fn a_repeated_match_keeps_the_first() {
    let archive = archive();
    let decoded = decode_query(&archive, "match=all&match=any&tags=moe");
    assert_eq!(decoded.state.match_mode, MatchMode::All);
    assert_eq!(decoded.notices, [Notice::RepeatedParameter("match".into())]);
}

#[test]
fn an_empty_value_is_not_a_given_value() {
    let archive = archive();
    for query in ["match=&match=all", "match=%20&match=all", "q=&q=attention&match=all"] {
        let decoded = decode_query(&archive, query);
        assert_eq!(decoded.state.match_mode, MatchMode::All, "{query}");
        assert!(decoded.notices.is_empty(), "{query}: {:?}", decoded.notices);
    }
    assert_eq!(decode_query(&archive, "q=&q=attention").state.search, "attention");
}

#[test]
fn hostile_queries_never_panic_and_are_reported_not_obeyed() {
    let archive = archive();
    let long = "a".repeat(100_000);
    let many_tags = (0..500).map(|i| format!("t{i}")).collect::<Vec<_>>().join(",");
    let cases = [
        "tags=<script>alert(1)</script>",
        "tags=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "<img src=x onerror=alert(1)>=1",
        "match=\"><svg onload=alert(1)>",
        "tags=%E0%A4%A",
        "tags=%ZZ%",
        "%",
        "&&&===&",
        "tags=moe%00rlhf",
        "tags=\u{0}",
        "tags=💥,ﬀ,İ,moe",
        "tags=javascript:alert(1)",
        "__proto__=1&constructor=2",
        &format!("tags={long}"),
        &format!("{long}={long}"),
        &format!("tags={many_tags}"),
    ];
    for query in cases {
        let decoded = decode_query(&archive, query);
        assert!(decoded.notices.len() <= NOTICE_LIMIT + 1, "{} notices", decoded.notices.len());
        assert!(
            !decoded.notices.is_empty() || decoded.state != ViewState::default(),
            "{query:.60} must say what it ignored"
        );
        for notice in &decoded.notices {
            let text = notice.to_string();
            assert!(text.chars().count() < 120, "notice quotes at most a short excerpt: {text:.200}");
            assert!(!text.contains('\0'));
        }
        // Whatever came in, what goes out is canonical and decodes to the same state.
        let canonical = decoded.state.to_query(&archive);
        assert_eq!(decode_query(&archive, &canonical).state, decoded.state);
        assert!(canonical.bytes().all(|b| b.is_ascii_alphanumeric() || b"-,=&".contains(&b)), "{canonical}");
    }
}
