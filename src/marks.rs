//! Search matches in the cards, marked without touching the cards: ranges in the CSS Custom
//! Highlight API (`CSS.highlights`, styled by `::highlight()` in the stylesheet), over the text
//! nodes the build rendered.
//!
//! Only the cards near the screen are marked (an `IntersectionObserver` says which), so a
//! keystroke costs what the reader can see, not what the archive holds: a one-letter search on
//! 5,000 papers matches tens of thousands of words. A card is marked when it comes near the
//! screen, and every near card again when the search or the selection changes.
//!
//! A browser without the API (Firefox before 140, Safari before 17.2) filters as usual and shows
//! no marks.

use std::collections::BTreeSet;

use archive_core::search::Query;
use archive_core::{page, PaperIndex};
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

use crate::components::paper_card::MARKED_FIELD_SELECTOR;

#[wasm_bindgen]
extern "C" {
    /// A set of ranges styled as one highlight.
    type Highlight;
    #[wasm_bindgen(constructor, catch)]
    fn new() -> Result<Highlight, JsValue>;
    #[wasm_bindgen(method)]
    fn add(this: &Highlight, range: &web_sys::Range);
    #[wasm_bindgen(method)]
    fn clear(this: &Highlight);
    /// `CSS.highlights.set(name, highlight)`.
    #[wasm_bindgen(js_namespace = ["CSS", "highlights"], js_name = set, catch)]
    fn register(name: &str, highlight: &Highlight) -> Result<JsValue, JsValue>;
}

/// What the observer calls with the cards that came near the screen or left it.
type Entered = Closure<dyn FnMut(Vec<IntersectionObserverEntry>)>;

/// The marks of the current search on the cards near the screen.
pub struct Marks {
    /// The page's highlight, registered under the contract's name on first use; `None` without
    /// the API.
    highlight: std::cell::OnceCell<Option<Highlight>>,
    /// Watches which cards are near the screen; made on the first search.
    observer: Option<(IntersectionObserver, Entered)>,
    /// The cards near the screen, by paper.
    near: BTreeSet<PaperIndex>,
    /// The cards marked for the current search.
    marked: BTreeSet<PaperIndex>,
}

impl Marks {
    /// Marks to come: nothing is asked of the browser until the first search.
    pub fn new() -> Self {
        Self { highlight: Default::default(), observer: None, near: BTreeSet::new(), marked: BTreeSet::new() }
    }

    /// The page's highlight, if this browser can show marks.
    fn highlight(&self) -> Option<&Highlight> {
        self.highlight
            .get_or_init(|| Highlight::new().ok().filter(|h| register(page::SEARCH_HIGHLIGHT, h).is_ok()))
            .as_ref()
    }

    /// Whether this browser can show marks.
    pub fn supported(&self) -> bool {
        self.highlight().is_some()
    }

    /// Starts watching which of `cards` are near the screen; `entered` is called with the
    /// entries of each change.
    pub fn watch(&mut self, cards: &[HtmlElement], entered: impl FnMut(Vec<IntersectionObserverEntry>) + 'static) {
        if self.observer.is_some() || !self.supported() {
            return;
        }
        let callback = Entered::new(entered);
        let options = IntersectionObserverInit::new();
        // A screen above and below: a card scrolled into view is marked before it arrives.
        options.set_root_margin("100% 0px");
        let Ok(observer) = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) else {
            return;
        };
        for card in cards {
            observer.observe(card);
        }
        self.observer = Some((observer, callback));
    }

    pub fn watching(&self) -> bool {
        self.observer.is_some()
    }

    /// Notes which cards came near the screen or left it; returns those that came.
    pub fn moved(&mut self, changes: impl IntoIterator<Item = (PaperIndex, bool)>) -> Vec<PaperIndex> {
        let mut came = Vec::new();
        for (paper, is_near) in changes {
            if is_near {
                if self.near.insert(paper) {
                    came.push(paper);
                }
            } else {
                self.near.remove(&paper);
            }
        }
        came
    }

    /// Marks `query` anew on the near cards that `shown` keeps.
    pub fn repaint(
        &mut self,
        query: &Query,
        shown: impl Fn(PaperIndex) -> bool,
        card: impl Fn(PaperIndex) -> HtmlElement,
    ) {
        if self.marked.is_empty() && query.is_empty() {
            return;
        }
        let Some(highlight) = self.highlight() else { return };
        highlight.clear();
        self.marked.clear();
        if query.is_empty() {
            return;
        }
        let near: Vec<PaperIndex> = self.near.iter().copied().filter(|&p| shown(p)).collect();
        self.mark(query, near, card);
    }

    /// Marks `query` on `papers`' cards, those not marked yet.
    pub fn mark(&mut self, query: &Query, papers: Vec<PaperIndex>, card: impl Fn(PaperIndex) -> HtmlElement) {
        if query.is_empty() {
            return;
        }
        let Some(highlight) = self.highlight.get().and_then(Option::as_ref) else { return };
        for paper in papers {
            if self.marked.insert(paper) {
                for range in match_ranges(query, &card(paper)) {
                    highlight.add(&range);
                }
            }
        }
    }
}

/// Ranges over `query`'s matches in the card's marked fields: each field's own text nodes,
/// which hold one text of the paper each.
fn match_ranges(query: &Query, card: &Element) -> Vec<web_sys::Range> {
    let mut ranges = Vec::new();
    let Ok(fields) = card.query_selector_all(MARKED_FIELD_SELECTOR) else { return ranges };
    for field in (0..fields.length()).filter_map(|i| fields.item(i)) {
        let children = field.child_nodes();
        for text in (0..children.length()).filter_map(|i| children.item(i)?.dyn_into::<web_sys::Text>().ok()) {
            // Range offsets count UTF-16 code units, as the DOM does.
            let mut at = 0;
            for (run, matched) in query.highlight(&text.data()) {
                let end = at + run.encode_utf16().count() as u32;
                if matched {
                    if let Ok(range) = web_sys::Range::new() {
                        if range.set_start(&text, at).is_ok() && range.set_end(&text, end).is_ok() {
                            ranges.push(range);
                        }
                    }
                }
                at = end;
            }
        }
    }
    ranges
}
