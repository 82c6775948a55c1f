//! Component tests in headless Chromium (wasm-bindgen-test): mount the real app, click like a
//! user, and read the DOM. Run with `cargo test --target wasm32-unknown-unknown` (see README).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use ai_paper_archive::App;
use archive_core::{decode_query, select, Archive};
use gloo_timers::future::sleep;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, UrlSearchParams};

wasm_bindgen_test_configure!(run_in_browser);

/// Points the page's URL at `query` (as a shared link would) and mounts the app in a fresh
/// container. Keep the returned handle alive for the test's duration.
fn mount_at(query: &str) -> (HtmlElement, impl Drop) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}")))
        .unwrap();
    let document = window.document().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), || view! { <App /> });
    (container.clone(), Guard { container, _handle: handle })
}

struct Guard<H> {
    container: HtmlElement,
    _handle: H,
}

impl<H> Drop for Guard<H> {
    fn drop(&mut self) {
        self.container.remove();
    }
}

/// Waits (up to 2 s) for the reactive system and the location to settle into `condition`.
async fn wait_for(what: &str, mut condition: impl FnMut() -> bool) {
    for _ in 0..200 {
        if condition() {
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

fn all(root: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn one(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into()
}

fn count_text(root: &HtmlElement) -> String {
    one(root, "[data-testid=result-count]").text_content().unwrap()
}

/// Cards the reader can see: neither the card nor its era section is hidden.
fn visible_cards(root: &HtmlElement) -> Vec<String> {
    all(root, ".era:not([hidden]) .paper-card:not([hidden])")
        .iter()
        .map(|card| card.get_attribute("data-paper").unwrap())
        .collect()
}

/// The search matches marked in `selector` (ranges in `CSS.highlights`, see src/marks.rs), in
/// page order.
fn marked(root: &HtmlElement, selector: &str) -> Vec<String> {
    use js_sys::{Array, Function, Reflect};
    let field = one(root, selector);
    let registry =
        Reflect::get(&Reflect::get(&js_sys::global(), &"CSS".into()).unwrap(), &"highlights".into()).unwrap();
    let get: Function = Reflect::get(&registry, &"get".into()).unwrap().unchecked_into();
    let highlight = get.call1(&registry, &archive_core::page::SEARCH_HIGHLIGHT.into()).unwrap();
    if highlight.is_undefined() {
        return Vec::new();
    }
    let mut ranges: Vec<web_sys::Range> = Array::from(&highlight)
        .iter()
        .map(|range| range.unchecked_into::<web_sys::Range>())
        .filter(|range| field.contains(range.start_container().ok().as_ref()))
        .collect();
    ranges.sort_by_key(|range| range.start_offset().unwrap_or(0));
    ranges.iter().map(|range| String::from(range.to_string())).collect()
}

/// Waits until the URL's `name` parameter is `expected`. The app writes the URL after the frame
/// that shows a change (src/history_adapter.rs), so the DOM is there a moment before the URL.
async fn wait_for_param(name: &str, expected: Option<&str>) {
    wait_for(&format!("?{name}={expected:?} in the URL"), || query_param(name).as_deref() == expected).await;
}

/// The count line the pure core gives the view `query` asks for, so that no figure here is
/// a literal that another bundle would make wrong: "Showing N of M papers".
fn showing(query: &str) -> String {
    let archive = Archive::bundled();
    let shown = select(&archive, &decode_query(&archive, query).state).count();
    format!("Showing {shown} of {} papers", archive.paper_count())
}

fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window().unwrap().location().search().unwrap();
    UrlSearchParams::new_with_str(&search).unwrap().get(name)
}

#[wasm_bindgen_test]
async fn the_default_view_shows_every_paper_era_and_tag_with_none_pressed() {
    let (root, _guard) = mount_at("");
    wait_for("the count", || count_text(&root) == showing("")).await;
    assert_eq!(visible_cards(&root).len(), 46);
    assert_eq!(all(&root, ".era:not([hidden])").len(), 7);
    assert_eq!(all(&root, "button.tag-toggle").len(), 23);
    assert!(all(&root, "button.tag-toggle")
        .iter()
        .all(|b| b.get_attribute("aria-pressed").as_deref() == Some("false")));
    assert!(one(&root, ".clear-filters").has_attribute("hidden"), "nothing to clear yet");
}

#[wasm_bindgen_test]
async fn clicking_a_tag_filters_the_cards_the_count_and_the_url() {
    let (root, _guard) = mount_at("");
    let moe = one(&root, "button[data-tag=moe]");
    moe.click();
    wait_for("the MoE filter", || count_text(&root) == showing("?tags=moe")).await;
    assert_eq!(visible_cards(&root), ["sparse-moe", "switch-transformers", "gemini", "gshard", "deepseek-v2"]);
    assert_eq!(moe.get_attribute("aria-pressed").as_deref(), Some("true"));
    wait_for_param("tags", Some("moe")).await;
    assert_eq!(all(&root, ".era:not([hidden])").len(), 2, "only Scaling and Architecture hold MoE papers");
    assert_eq!(one(&root, "#era-scaling-section .era-count").text_content().unwrap(), "3 of 11 papers shown");

    one(&root, ".clear-filters").click();
    wait_for("all papers again", || count_text(&root) == showing("")).await;
    wait_for_param("tags", None).await;
}

#[wasm_bindgen_test]
async fn match_all_shows_the_papers_with_every_tag_and_an_empty_result_offers_a_way_back() {
    let (root, _guard) = mount_at("");
    one(&root, "button[data-tag=moe]").click();
    wait_for("MoE", || count_text(&root) == showing("?tags=moe")).await;
    one(&root, "button[data-tag=attention]").click();
    wait_for("MoE or Attention", || count_text(&root) == showing("?tags=moe,attention")).await;
    one(&root, "button[data-match=all]").click();
    wait_for("MoE and Attention", || count_text(&root) == showing("?tags=moe,attention&match=all")).await;
    assert_eq!(visible_cards(&root), ["deepseek-v2"]);
    wait_for_param("match", Some("all")).await;

    one(&root, "button[data-tag=speech-recognition]").click();
    wait_for("nothing", || count_text(&root) == showing("?tags=moe,attention,speech-recognition&match=all")).await;
    let empty = one(&root, "[data-testid=empty-state]");
    assert!(empty.text_content().unwrap().contains("tagged Attention and MoE and Speech Recognition"));
    one(&root, "[data-testid=empty-state] .primary").click();
    wait_for("all papers", || count_text(&root) == showing("")).await;
    assert!(root.query_selector("[data-testid=empty-state]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_shared_link_reproduces_its_view_and_explains_what_it_ignored() {
    let (root, _guard) = mount_at("?tags=RLHF,quantum&match=all");
    wait_for("the shared view", || count_text(&root) == showing("?tags=RLHF,quantum&match=all")).await;
    assert_eq!(one(&root, "button[data-tag=rlhf]").get_attribute("aria-pressed").as_deref(), Some("true"));
    let notices = one(&root, "[data-testid=notices]").text_content().unwrap();
    assert!(notices.contains("Ignored unknown tag “quantum”."), "{notices}");
}

#[wasm_bindgen_test]
async fn a_hostile_link_is_shown_as_text_and_runs_nothing() {
    let (root, _guard) = mount_at("?tags=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    wait_for("the page", || count_text(&root) == showing("")).await;
    assert!(root.query_selector("img").unwrap().is_none(), "markup in the URL must not become elements");
    let notices = one(&root, "[data-testid=notices]").text_content().unwrap();
    assert!(notices.contains("<img src=x onerror=alert(1)>"), "{notices}");
}

#[wasm_bindgen_test]
async fn a_builds_on_chip_to_a_filtered_out_paper_offers_to_show_it() {
    let (root, _guard) = mount_at("?tags=moe");
    wait_for("MoE", || count_text(&root) == showing("?tags=moe")).await;
    one(&root, "#paper-gshard button.lineage-chip[data-target=transformer]").click();
    wait_for("the notice", || root.query_selector("#paper-gshard .jump-notice").unwrap().is_some()).await;
    let notice = one(&root, "#paper-gshard .jump-notice");
    assert!(notice.text_content().unwrap().contains("“Transformer” is hidden by the current filter."));
    one(&root, "#paper-gshard .jump-notice button").click();
    wait_for("all papers", || count_text(&root) == showing("")).await;
    wait_for("the highlight", || one(&root, "#paper-transformer").class_list().contains("highlighted")).await;
}

#[wasm_bindgen_test]
async fn a_builds_on_chip_to_a_shown_paper_highlights_it() {
    let (root, _guard) = mount_at("");
    wait_for("the page", || count_text(&root) == showing("")).await;
    one(&root, "#paper-lstm button.lineage-chip[data-target=backpropagation]").click();
    wait_for("the highlight", || one(&root, "#paper-backpropagation").class_list().contains("highlighted")).await;
    assert!(root.query_selector(".jump-notice").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_search_link_shows_its_matches_and_marks_them() {
    let (root, _guard) = mount_at("?q=dall-e");
    let matches = ["dall-e", "clip", "ddpm", "imagen"];
    wait_for("the search", || {
        let shown = visible_cards(&root);
        shown.contains(&"dall-e".to_string()) && shown.iter().all(|id| matches.contains(&id.as_str()))
    })
    .await;
    assert_eq!(
        count_text(&root),
        format!("Showing {} of {} papers", visible_cards(&root).len(), Archive::bundled().paper_count())
    );
    // Matches are marked on the cards near the screen.
    one(&root, "#paper-dall-e").scroll_into_view();
    wait_for("the marks", || marked(&root, "#paper-dall-e .paper-name") == ["DALL", "E"]).await;
    let input: web_sys::HtmlInputElement = one(&root, "#search-input").unchecked_into();
    wait_for("the box to show the search", || input.value() == "dall-e").await;
}

#[wasm_bindgen_test]
async fn a_date_sort_shows_one_list_in_date_order() {
    let (root, _guard) = mount_at("?sort=newest&tags=diffusion");
    wait_for("the sorted list", || all(&root, ".date-list .paper-card:not([hidden])").len() == 2).await;
    assert!(all(&root, ".era").iter().all(|era| era.hidden()), "no era section beside the list");
    let order: Vec<String> = all(&root, ".date-list .paper-card:not([hidden])")
        .iter()
        .map(|c| c.get_attribute("data-paper").unwrap())
        .collect();
    assert_eq!(order, ["imagen", "ddpm"]);
}

#[wasm_bindgen_test]
async fn the_detail_dialog_shows_lineage_and_closes_to_the_list() {
    let (root, _guard) = mount_at("");
    wait_for("the page", || count_text(&root) == showing("")).await;
    one(&root, "#paper-dpo .details-button").click();
    wait_for("the dialog", || root.query_selector("dialog.paper-detail[open]").unwrap().is_some()).await;
    wait_for_param("paper", Some("dpo")).await;
    let builds_on = one(&root, "section.lineage[data-lineage='Builds on']").text_content().unwrap();
    assert!(builds_on.contains("InstructGPT") && builds_on.contains("Backpropagation"), "{builds_on}");
    one(&root, ".detail-close").click();
    wait_for("the dialog to close", || root.query_selector("dialog.paper-detail[open]").unwrap().is_none()).await;
    wait_for_param("paper", None).await;
}
