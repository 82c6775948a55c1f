//! Writes a [`Plan`] into the prerendered default view, making it the DOM the app renders for
//! the same view: the cards shown and their search marks, the era sections and their counts,
//! the result count, "Clear filters", the era jump bar, the pressed tags, the search box and
//! the era select. The app then adopts this DOM as it is, so a wrong paint would last: the e2e
//! test `first-view.spec.js` compares it node for node with the app's own page for the view.
//!
//! Painting changes attributes and text only, never the page's structure: the app adopts these
//! very nodes (hydration), which needs them to be the build-time render's. So parts a view may
//! not have ("Clear filters", the era jump bar) are in the build-time render and only hidden,
//! and search matches are marked with the CSS Custom Highlight API, over the text as it is.
//!
//! Painting is repeatable: a later plan (a tag clicked on the first view, Back) repaints the page
//! from whatever an earlier plan left, touching only what differs.
//!
//! Every element is found by the classes and data attributes the components render; if one is
//! missing (the components changed), painting stops with its name and the loading state stays.

use std::cell::RefCell;

use archive_core::{labels, page, Archive, MatchMode};
use wasm_bindgen::{JsCast, JsValue};
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
}

/// Paints `plan` into `#prerendered`.
pub fn paint(archive: &Archive, plan: &Plan, document: &Document) -> Painted {
    let page = document
        .get_element_by_id(page::PRERENDERED_ID)
        .ok_or_else(|| Missing(format!("#{}", page::PRERENDERED_ID)))?;
    paint_cards(archive, plan, document, &page)?;
    paint_eras(archive, plan, &page)?;
    paint_status(archive, plan, &page)?;
    paint_tags(archive, plan, &page)?;
    paint_controls(archive, plan, &page)?;
    document.set_title(&plan.title);
    Ok(())
}

fn paint_cards(archive: &Archive, plan: &Plan, document: &Document, page: &Element) -> Painted {
    let mut matches = Vec::new();
    for card in all(page, "article.paper-card")? {
        let id = card.get_attribute("data-paper").unwrap_or_default();
        let paper = archive.paper_by_id(&id).ok_or_else(|| Missing(format!("paper {id:?} of a card")))?;
        let shown = plan.selection.is_shown(paper);
        set_flag(&card, "hidden", !shown)?;
        if shown && !plan.query.is_empty() {
            for field in all(&card, MARKED_FIELDS)? {
                matches.extend(match_ranges(plan, document, &field)?);
            }
        }
    }
    highlight(&matches);
    Ok(())
}

/// Ranges over the search's matches in the text nodes directly in `field` (each is one text of
/// the paper, as the app's `Highlighted` marks it).
fn match_ranges(plan: &Plan, document: &Document, field: &Element) -> Result<Vec<web_sys::Range>, Missing> {
    let mut ranges = Vec::new();
    for text in children(field).into_iter().filter_map(|node| node.dyn_into::<web_sys::Text>().ok()) {
        // Range offsets count UTF-16 code units, as the DOM does.
        let mut at = 0;
        for (run, marked) in plan.query.highlight(&text.data()) {
            let end = at + run.encode_utf16().count() as u32;
            if marked {
                let range = document.create_range().map_err(js_missing)?;
                range.set_start(&text, at).map_err(js_missing)?;
                range.set_end(&text, end).map_err(js_missing)?;
                ranges.push(range);
            }
            at = end;
        }
    }
    Ok(ranges)
}

/// Shows `ranges` as the page's search matches (`CSS.highlights`, styled by `::highlight()` in
/// the stylesheet), replacing the earlier ones. A browser without the API shows no marks
/// until the app, which marks matches itself and removes these.
fn highlight(ranges: &[web_sys::Range]) {
    let global = js_sys::global();
    let get =
        |target: &JsValue, key: &str| js_sys::Reflect::get(target, &key.into()).ok().filter(|v| !v.is_undefined());
    let (Some(registry), Some(constructor)) =
        (get(&global, "CSS").and_then(|css| get(&css, "highlights")), get(&global, "Highlight"))
    else {
        return;
    };
    let (Ok(constructor), Some(Ok(set))) =
        (constructor.dyn_into::<js_sys::Function>(), get(&registry, "set").map(JsCast::dyn_into::<js_sys::Function>))
    else {
        return;
    };
    let ranges: js_sys::Array = ranges.iter().collect();
    if let Ok(highlight) = js_sys::Reflect::construct(&constructor, &ranges) {
        let _ = set.call2(&registry, &page::SEARCH_HIGHLIGHT.into(), &highlight);
    }
}

fn paint_eras(archive: &Archive, plan: &Plan, page: &Element) -> Painted {
    let filtered = plan.state.is_filtered();
    for (era, _) in archive.eras() {
        let section = one(page, &format!("section.era[data-era=\"{}\"]", era.get()))?;
        let shown = plan.selection.era_count(era);
        set_flag(&section, "hidden", shown == 0)?;
        set_text(&one(&section, ".era-count")?, &labels::era_count(archive.era_size(era), shown, filtered));
    }
    Ok(())
}

/// The sticky status bar: the count, "Clear filters" while filtered, and the era jump bar
/// (only without an era filter; eras with nothing shown are disabled).
fn paint_status(archive: &Archive, plan: &Plan, page: &Element) -> Painted {
    set_text(&one(page, "[data-testid=result-count] strong")?, &plan.selection.count().to_string());
    set_flag(&one(page, ".clear-filters")?, "hidden", !plan.state.is_filtered())?;
    let jump = one(page, "nav.era-jump")?;
    set_flag(&jump, "hidden", plan.state.era.is_some())?;
    for (era, _) in archive.eras() {
        let button = one(&jump, &format!("button.era-jump-button[data-era=\"{}\"]", era.get()))?;
        let shown = plan.selection.era_count(era);
        set_flag(&button, "disabled", shown == 0)?;
        set_text(&one(&button, ".tag-count")?, &shown.to_string());
    }
    Ok(())
}

/// Pressed tags in the tag bar and on the cards, the folded bar's note, the match switch.
fn paint_tags(archive: &Archive, plan: &Plan, page: &Element) -> Painted {
    let bar = one(page, "section.tag-bar")?;
    let selected = plan.state.tags.len();
    bar.set_attribute("data-selected", &selected.to_string()).map_err(js_missing)?;
    set_text(&one(&bar, ".tag-disclosure-selected")?, &labels::tags_selected(selected));
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

/// Sets the text of an element that holds one text (plus, perhaps, the markers the build-time
/// render puts after it for the app's adoption, which must stay): the text node's data changes,
/// the nodes stay.
fn set_text(element: &Element, text: &str) {
    match children(element).into_iter().find_map(|node| node.dyn_into::<web_sys::Text>().ok()) {
        Some(node) if node.data() != text => node.set_data(text),
        Some(_) => {}
        None => element.set_text_content(Some(text)),
    }
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
