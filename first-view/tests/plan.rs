//! What the first view paints and what it leaves to the app, natively: the page-side agreement
//! with the app is checked end to end in tests/e2e/first-view.spec.js.

use archive_core::{select, Archive};
use first_view::plan::{plan, Declined};

fn archive() -> Archive {
    Archive::bundled()
}

#[test]
fn filter_links_are_painted_with_the_cores_selection_and_title() {
    let archive = archive();
    for query in
        ["?tags=rlhf", "tags=moe,rlhf", "?q=dall-e", "?era=transformer&tags=attention", "?tags=rlhf&match=all", ""]
    {
        let painted = plan(&archive, query).unwrap_or_else(|why| panic!("{query}: declined ({why:?})"));
        let decoded = archive_core::decode_query(&archive, query);
        assert_eq!(painted.state, decoded.state, "{query}");
        assert_eq!(painted.selection, select(&archive, &decoded.state), "{query}");
        assert!(painted.title.ends_with("— AI Paper Archive"), "{query}: {}", painted.title);
    }
}

#[test]
fn links_with_ignored_parameters_are_painted_without_what_they_ignore() {
    // The notice comes with the app; the view is on screen before it.
    let archive = archive();
    for (query, same) in [("?tags=nope", ""), ("?utm_source=x&fbclid=y&tags=rlhf", "tags=rlhf"), ("?layout=wide", "")] {
        let painted = plan(&archive, query).unwrap_or_else(|why| panic!("{query}: declined ({why:?})"));
        assert_eq!(painted.state, archive_core::decode_query(&archive, same).state, "{query}");
    }
}

#[test]
fn views_the_prerendered_page_does_not_contain_are_left_to_the_app() {
    let archive = archive();
    let cases = [
        ("?paper=gpt-3", Declined::Detail),
        ("?tags=moe&view=graph", Declined::Graph),
        ("?sort=newest", Declined::DateSort),
        ("?sort=oldest&tags=moe", Declined::DateSort),
        ("?tags=moe,rlhf&match=all", Declined::NothingShown),
        ("?q=zzzzzz", Declined::NothingShown),
    ];
    for (query, why) in cases {
        assert_eq!(plan(&archive, query).map(|p| p.state), Err(why), "{query}");
    }
}

#[test]
fn hostile_input_is_declined_or_painted_never_a_panic() {
    let archive = archive();
    let long = "a".repeat(100_000);
    for query in ["?tags=%3Cscript%3E", "?%FF%FE=%00", "?q=%E2%80%AE", "?&&&=&", long.as_str(), "?tags=,,,"] {
        let _ = plan(&archive, query);
    }
}
