//! The page contract: what the page's JavaScript is given is valid JSON and names every
//! parameter the codec reads, so `boot.js` tells a shared view from a plain link.

use archive_core::page::{contract_json, APP_STATE_ATTR, LINKED_VIEW_CLASS, PRERENDERED_ID};
use archive_core::view_state::PARAMS;
use archive_core::{decode_query, ViewState};

mod common;

#[test]
fn the_contract_is_json_with_every_name() {
    let contract: serde_json::Value = serde_json::from_str(&contract_json()).expect("valid JSON");
    let params: Vec<&str> = contract["params"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    assert_eq!(params, PARAMS);
    assert_eq!(contract["prerenderedId"], PRERENDERED_ID);
    assert_eq!(contract["linkedViewClass"], LINKED_VIEW_CLASS);
    assert_eq!(contract["appStateAttr"], APP_STATE_ATTR);
}

#[test]
fn a_query_without_the_contracts_parameters_is_the_default_view() {
    // boot.js shows the prerendered default view at once unless one of `params` has a value;
    // that is only right if nothing else can change the view.
    let archive = common::archive();
    for query in ["utm_source=x", "layout=wide&ref=home", "tags=&q=", "TAGS=moe", "x=1&&y"] {
        assert_eq!(decode_query(&archive, query).state, ViewState::default(), "{query}");
    }
    for param in PARAMS {
        let query = format!("{param}=zzz");
        let decoded = decode_query(&archive, &query);
        assert!(decoded.state != ViewState::default() || !decoded.notices.is_empty(), "{query} is read");
    }
}
