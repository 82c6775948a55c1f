//! The page contract: what the page's JavaScript is given is valid JSON and names every
//! parameter the codec reads, so the start script tells a shared view from a plain link.

use archive_core::page::{contract_json, Phase, PHASE_ATTR, PRERENDERED_ID};
use archive_core::url::PARAMS;
use archive_core::{decode_query, ViewState};

mod common;

#[test]
fn the_contract_is_json_with_every_name() {
    let contract: serde_json::Value = serde_json::from_str(&contract_json()).expect("valid JSON");
    let params: Vec<&str> = contract["params"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    assert_eq!(params, PARAMS);
    assert_eq!(contract["prerenderedId"], PRERENDERED_ID);
    assert_eq!(contract["phaseAttr"], PHASE_ATTR);
    for phase in Phase::ALL {
        assert_eq!(contract["phases"][phase.as_str()], phase.as_str());
    }
}

#[test]
fn a_query_without_the_contracts_parameters_is_the_default_view() {
    // The start script shows the prerendered default view at once unless one of `params` has a value;
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
