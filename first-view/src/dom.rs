//! Writes a [`Plan`] into the prerendered default view, making it the DOM the app renders for
//! the same view: the cards shown and their search marks, the era sections and their counts,
//! the result count, "Clear filters", the era jump bar, the pressed tags, the search box and
//! the era select. The e2e test `first-view.spec.js` compares the two DOMs node for node.
//!
//! Painting is repeatable: a later plan (a tag clicked on the first view, Back) repaints the page
//! from whatever an earlier plan left, touching only what differs.
//!
//! Every element is found by the classes and data attributes the components render; if one is
//! missing (the components changed), painting stops with its name and the loading state stays.

use std::cell::RefCell;

use archive_core::search::Query;
use archive_core::{labels, page, Archive, MatchMode};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement};

use crate::plan::Plan;

/// The part of the page that was not where the components put it.
#[derive(Debug)]
pub struct Missing(pub String);

type Painted = Result<(), Missing>;

/// The text fields of a card that mark search matches (the `Highlighted` component's places).
const MARKED_FIELDS: &str = ".paper-name, .paper-title > a, .byline, .paper-summary, .why > p";

thread_local! {
    /// What this module last wrote into the search box (`None`: nothing yet, so the box holds
    /// its prerendered value), to tell the reader's typing from its own writes.
    static WRITTEN_SEARCH: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The era jump bar while an era filter has taken it off the page (the app renders it only
    /// without one), kept to be put back.
    static PARKED_JUMP_BAR: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Paints `plan` into `#prerendered`, which shows the search `marked` (the prerendered page
/// shows the empty search).
pub fn paint(archive: &Archive, plan: &Plan, marked: &Query, document: &Document) -> Painted {
    let page = document
        .get_element_by_id(page::PRERENDERED_ID)
        .ok_or_else(|| Missing(format!("#{}", page::PRERENDERED_ID)))?;
    paint_cards(archive, plan, marked, document, &page)?;
    paint_eras(archive, plan, &page)?;
    paint_status(archive, plan, document, &page)?;
    paint_tags(archive, plan, &page)?;
    paint_controls(archive, plan, &page)?;
    document.set_title(&plan.title);
    Ok(())
}

fn paint_cards(archive: &Archive, plan: &Plan, marked: &Query, document: &Document, page: &Element) -> Painted {
    let remark = *marked != plan.query;
    for card in all(page, "article.paper-card")? {
        let id = card.get_attribute("data-paper").unwrap_or_default();
        let paper = archive.paper_by_id(&id).ok_or_else(|| Missing(format!("paper {id:?} of a card")))?;
        set_flag(&card, "hidden", !plan.selection.is_shown(paper))?;
        // Hidden cards too: the app marks every card with the search it starts with.
        if remark {
            for field in all(&card, MARKED_FIELDS)? {
                unmark(&field)?;
                mark_matches(plan, document, &field)?;
            }
        }
    }
    Ok(())
}

/// Takes out an earlier search's marks, leaving the field's plain text.
fn unmark(field: &Element) -> Painted {
    for mark in all(field, ":scope > mark")? {
        let text = mark.text_content().unwrap_or_default();
        mark.replace_with_with_str_1(&text).map_err(js_missing)?;
    }
    field.normalize();
    Ok(())
}

/// Replaces each text node directly in `field` with the search's runs, matches in `<mark>`.
fn mark_matches(plan: &Plan, document: &Document, field: &Element) -> Painted {
    let texts: Vec<web_sys::Text> = children(field).into_iter().filter_map(|node| node.dyn_into().ok()).collect();
    for text in texts {
        let runs = plan.query.highlight(&text.data());
        if runs.iter().all(|(_, marked)| !marked) {
            continue;
        }
        for (run, marked) in runs {
            let node: web_sys::Node = if marked {
                let mark = document.create_element("mark").map_err(js_missing)?;
                mark.set_text_content(Some(&run));
                mark.into()
            } else {
                document.create_text_node(&run).into()
            };
            field.insert_before(&node, Some(&text)).map_err(js_missing)?;
        }
        text.remove();
    }
    Ok(())
}

fn paint_eras(archive: &Archive, plan: &Plan, page: &Element) -> Painted {
    let filtered = plan.state.is_filtered();
    for (era, _) in archive.eras() {
        let section = one(page, &format!("section.era[data-era=\"{}\"]", era.get()))?;
        let shown = plan.selection.era_count(era);
        set_flag(&section, "hidden", shown == 0)?;
        one(&section, ".era-count")?.set_text_content(Some(&labels::era_count(archive.era_size(era), shown, filtered)));
    }
    Ok(())
}

/// The sticky status bar: the count, "Clear filters" while filtered, and the era jump bar
/// (only without an era filter; eras with nothing shown are disabled).
fn paint_status(archive: &Archive, plan: &Plan, document: &Document, page: &Element) -> Painted {
    let count = one(page, "[data-testid=result-count]")?;
    one(&count, "strong")?.set_text_content(Some(&plan.selection.count().to_string()));
    let clear = count.next_element_sibling().filter(|next| next.class_list().contains("clear-filters"));
    match (plan.state.is_filtered(), clear) {
        (true, None) => {
            let clear = document.create_element("button").map_err(js_missing)?;
            clear.set_attribute("type", "button").map_err(js_missing)?;
            clear.set_class_name("text-button clear-filters");
            clear.set_text_content(Some("Clear filters"));
            count.after_with_node_1(&clear).map_err(js_missing)?;
        }
        (false, Some(clear)) => clear.remove(),
        _ => {}
    }
    let jump = match page.query_selector("nav.era-jump").ok().flatten() {
        Some(jump) => jump,
        None => {
            let parked = PARKED_JUMP_BAR.with_borrow_mut(Option::take).ok_or_else(|| Missing("nav.era-jump".into()))?;
            one(page, ".status-row")?.append_with_node_1(&parked).map_err(js_missing)?;
            parked
        }
    };
    if plan.state.era.is_some() {
        jump.remove();
        PARKED_JUMP_BAR.set(Some(jump));
        return Ok(());
    }
    for (era, _) in archive.eras() {
        let button = one(&jump, &format!("button.era-jump-button[data-era=\"{}\"]", era.get()))?;
        let shown = plan.selection.era_count(era);
        set_flag(&button, "disabled", shown == 0)?;
        one(&button, ".tag-count")?.set_text_content(Some(&shown.to_string()));
    }
    Ok(())
}

/// Pressed tags in the tag bar and on the cards, the folded bar's note, the match switch.
fn paint_tags(archive: &Archive, plan: &Plan, page: &Element) -> Painted {
    let bar = one(page, "section.tag-bar")?;
    let selected = plan.state.tags.len();
    bar.set_attribute("data-selected", &selected.to_string()).map_err(js_missing)?;
    one(&bar, ".tag-disclosure-selected")?.set_text_content(Some(&labels::tags_selected(selected)));
    // One pass over every tag button (the bar's and the cards'), not one query per tag: a page of
    // 5,000 cards has tens of thousands of them.
    for button in all(page, "button[data-tag]")? {
        let slug = button.get_attribute("data-tag").unwrap_or_default();
        let tag = archive.tag_by_slug(&slug).ok_or_else(|| Missing(format!("tag {slug:?} of a button")))?;
        let pressed = if plan.state.tags.contains(&tag) { "true" } else { "false" };
        if button.get_attribute("aria-pressed").as_deref() != Some(pressed) {
            button.set_attribute("aria-pressed", pressed).map_err(js_missing)?;
        }
    }
    for mode in [MatchMode::Any, MatchMode::All] {
        let button = one(&bar, &format!("button.match-option[data-match=\"{}\"]", mode.as_str()))?;
        button.set_attribute("aria-pressed", &(plan.state.match_mode == mode).to_string()).map_err(js_missing)?;
    }
    Ok(())
}

/// The search box and the era select show the view's values. A search box the reader has typed
/// into keeps what they typed: it is theirs, and `boot.js` hands the typing to the app.
fn paint_controls(archive: &Archive, plan: &Plan, page: &Element) -> Painted {
    let search: HtmlInputElement = one(page, &format!("#{}", page::SEARCH_INPUT_ID))?.unchecked_into();
    let ours = WRITTEN_SEARCH.with_borrow(|written| written.clone()).unwrap_or_else(|| search.default_value());
    if search.value() == ours {
        search.set_value(&plan.state.search);
        WRITTEN_SEARCH.set(Some(plan.state.search.to_string()));
    }
    let era: HtmlSelectElement = one(page, "select.era-select")?.unchecked_into();
    era.set_value(plan.state.era.map(|e| archive.era(e).id.as_str()).unwrap_or(""));
    Ok(())
}

fn one(root: &Element, selector: &str) -> Result<Element, Missing> {
    root.query_selector(selector).ok().flatten().ok_or_else(|| Missing(selector.to_string()))
}

fn all(root: &Element, selector: &str) -> Result<Vec<Element>, Missing> {
    let list = root.query_selector_all(selector).map_err(|_| Missing(selector.to_string()))?;
    Ok((0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect())
}

fn children(element: &Element) -> Vec<web_sys::Node> {
    let list = element.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Sets or removes a boolean attribute the way the components render it (`hidden=""`); one
/// already as wanted is left alone, so a repaint writes only what changed.
fn set_flag(element: &Element, name: &str, on: bool) -> Painted {
    if element.has_attribute(name) == on {
        Ok(())
    } else if on {
        element.set_attribute(name, "").map_err(js_missing)
    } else {
        element.remove_attribute(name).map_err(js_missing)
    }
}

fn js_missing(error: wasm_bindgen::JsValue) -> Missing {
    Missing(format!("a DOM call failed: {error:?}"))
}
