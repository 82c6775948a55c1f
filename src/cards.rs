//! The card list's hold on the cards: the nodes the build rendered (or, without a build-time
//! page, that `PaperCard` rendered once), owned here for the life of the page.
//!
//! Cards hold no reactive state. A change of view costs what changed, not what exists:
//! - visibility: the old and new selection are compared, and only the cards whose visibility
//!   changed get their `hidden` flipped;
//! - order: the era sort keeps each card in its era's grid; a date sort moves every card, once,
//!   into the date list's grid in that order (a later filter change only flips `hidden`);
//! - search: matches are marked over the cards' text near the screen (`marks.rs`);
//! - buttons: one listener on the papers answers every card's buttons ([`Cards::on_click`]);
//! - builds-on jumps: the target card is highlighted, scrolled to and focused, or, if the filter
//!   hides it, a notice says so on the card the reader clicked (`components/jump_notice.rs`).

use archive_core::{page, select, Intent, PaperIndex, Presentation, Selection, Sort, ViewState};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, IntersectionObserverEntry};

use crate::components::paper_card::{CardAction, BUILDS_ON_SELECTOR};
use crate::current_view::CurrentView;
use crate::marks::Marks;

/// The card list's nodes and what they show, by context.
#[derive(Clone, Copy)]
pub struct Cards {
    view: CurrentView,
    /// Each era's card grid, by era.
    era_grids: StoredValue<Vec<NodeRef<Div>>>,
    /// The date sorts' grid.
    pub date_grid: NodeRef<Div>,
    dom: StoredValue<Dom, LocalStorage>,
    /// A builds-on chip on card `.0` whose target `.1` the current filter hides.
    pub blocked: RwSignal<Option<(PaperIndex, PaperIndex)>>,
    /// Where focus goes once the cards are shown: a jump's target, or the first result.
    pending: StoredValue<Option<Landing>>,
}

/// Where the reader lands once the cards a change shows are on the page.
#[derive(Clone, Copy)]
enum Landing {
    /// A builds-on jump's target, highlighted.
    Jump(PaperIndex),
    /// The first paper shown (after the empty state's way out, which removes its own button).
    FirstResult,
}

/// What the DOM shows, as this module last wrote it.
struct Dom {
    /// The card of each paper; empty until taken from the grids.
    nodes: Vec<HtmlElement>,
    /// Per paper: is its card shown?
    shown: Vec<bool>,
    /// The order the cards are in.
    arrangement: Sort,
    /// The card last jumped to, highlighted until the next jump.
    jumped: Option<PaperIndex>,
    marks: Marks,
}

impl Cards {
    /// Takes charge of the cards once they are on the page, and keeps them showing the view.
    pub fn provide(view: CurrentView) -> Self {
        let papers = view.archive.paper_count();
        let cards = Self {
            view,
            era_grids: StoredValue::new(view.archive.eras().map(|_| NodeRef::new()).collect()),
            date_grid: NodeRef::new(),
            dom: StoredValue::new_local(Dom {
                nodes: Vec::new(),
                // As rendered: the build-time view shows every paper, in era order.
                shown: vec![true; papers],
                arrangement: Sort::Era,
                jumped: None,
                marks: Marks::new(),
            }),
            blocked: RwSignal::new(None),
            pending: StoredValue::new(None),
        };
        // Effects run once the page is rendered or adopted. The cards first, then what needs them
        // painted: a jump that waited for its target to be shown, and the notice that it is not.
        Effect::new(move |_| {
            view.selection.with(|s| {
                cards.show(s);
                match cards.pending.get_value() {
                    Some(Landing::Jump(target)) if s.is_shown(target) => {
                        cards.pending.set_value(None);
                        cards.reveal(target);
                    }
                    Some(Landing::FirstResult) => {
                        cards.pending.set_value(None);
                        if let Some(&first) = s.papers().first() {
                            cards.land_on(first);
                        }
                    }
                    _ => {}
                }
                // A notice that a chip's target is hidden goes once the filter shows the target
                // (say, after "Clear filters"), rather than going on claiming it is hidden.
                if cards.blocked.get_untracked().is_some_and(|(_, t)| s.is_shown(t)) {
                    cards.blocked.set(None);
                }
            })
        });
        Effect::new(move |_| {
            let sort = view.state.with(|s| s.sort);
            cards.arrange(sort);
        });
        Effect::new(move |_| {
            view.selection.track();
            view.query.with(|q| {
                cards.with_dom(|Dom { marks, shown, nodes, .. }| {
                    marks.repaint(q, |p| shown[p.get()], |p| nodes[p.get()].clone())
                })
            });
        });
        Effect::new(move |_| {
            if view.query.with(|q| !q.is_empty()) {
                cards.watch_marks();
            }
        });
        provide_context(cards);
        cards
    }

    /// The grid of era `era` (by its index), for the era section to render.
    pub fn era_grid(&self, era: usize) -> NodeRef<Div> {
        self.era_grids.with_value(|grids| grids[era])
    }

    /// Runs `f` on the DOM's record, taking the cards from the grids the first time.
    fn with_dom<R>(&self, f: impl FnOnce(&mut Dom) -> R) -> R {
        let archive = self.view.archive;
        let grids = self.era_grids.get_value();
        self.dom
            .try_update_value(|dom| {
                if dom.nodes.is_empty() {
                    dom.nodes = take_cards(archive, &grids);
                }
                f(dom)
            })
            .expect("the card list outlives its effects")
    }

    /// Shows and hides the cards whose visibility `selection` changes.
    fn show(&self, selection: &Selection) {
        self.with_dom(|dom| {
            for (paper, _) in self.view.archive.papers() {
                let now = selection.is_shown(paper);
                if dom.shown[paper.get()] != now {
                    dom.shown[paper.get()] = now;
                    dom.nodes[paper.get()].set_hidden(!now);
                }
            }
        });
    }

    /// Puts the cards in `sort`'s order: each in its era's grid, or all in the date list's grid
    /// by date. Moves every card, but only when the order changes.
    fn arrange(&self, sort: Sort) {
        let archive = self.view.archive;
        let grids = self.era_grids.get_value();
        let date_grid = self.date_grid.get_untracked();
        self.with_dom(|dom| {
            if dom.arrangement == sort {
                return;
            }
            dom.arrangement = sort;
            match sort {
                Sort::Era => {
                    for (paper, p) in archive.papers() {
                        if let Some(grid) = grids[p.era.get()].get_untracked() {
                            let _ = grid.append_child(&dom.nodes[paper.get()]);
                        }
                    }
                }
                Sort::Oldest | Sort::Newest => {
                    let Some(grid) = date_grid else { return };
                    // Every paper in date order: the order of an unfiltered view in this sort.
                    let all = select(archive, &ViewState { sort, ..ViewState::default() });
                    for &paper in all.papers() {
                        let _ = grid.append_child(&dom.nodes[paper.get()]);
                    }
                }
            }
        });
    }

    /// Starts marking search matches on the cards as they come near the screen.
    fn watch_marks(&self) {
        let cards = *self;
        let archive = self.view.archive;
        self.with_dom(|dom| {
            if dom.marks.watching() {
                return;
            }
            let entered = move |entries: Vec<IntersectionObserverEntry>| {
                let changes = entries.iter().filter_map(|entry| {
                    let id = entry.target().get_attribute("data-paper")?;
                    Some((archive.paper_by_id(&id)?, entry.is_intersecting()))
                });
                let changes: Vec<_> = changes.collect();
                let query = cards.view.query.get_untracked();
                cards.with_dom(|Dom { marks, shown, nodes, .. }| {
                    let came = marks.moved(changes);
                    let came: Vec<PaperIndex> = came.into_iter().filter(|p| shown[p.get()]).collect();
                    marks.mark(&query, came, |p| nodes[p.get()].clone());
                });
            };
            let nodes = dom.nodes.clone();
            dom.marks.watch(&nodes, entered);
        });
    }

    /// Answers a click on any card's button (one listener on the papers, see `ArchivePage`).
    pub fn on_click(&self, event: web_sys::MouseEvent) {
        let Some(button) = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("button").ok().flatten())
        else {
            return;
        };
        let Some(action) = button.get_attribute(CardAction::ATTR).as_deref().and_then(CardAction::parse) else {
            return;
        };
        let archive = self.view.archive;
        let paper = button
            .closest("[data-paper]")
            .ok()
            .flatten()
            .and_then(|card| card.get_attribute("data-paper"))
            .and_then(|id| archive.paper_by_id(&id));
        let Some(paper) = paper else { return };
        match action {
            CardAction::AddTag => {
                if let Some(tag) = button.get_attribute("data-tag").and_then(|slug| archive.tag_by_slug(&slug)) {
                    self.view.dispatch(Intent::AddTag(tag));
                }
            }
            CardAction::Details => self.view.dispatch(Intent::OpenPaper(paper)),
            CardAction::Jump => {
                if let Some(target) = button.get_attribute("data-target").and_then(|id| archive.paper_by_id(&id)) {
                    self.jump_to(paper, target);
                }
            }
        }
    }

    /// Follows a builds-on chip on card `from` to `target`.
    fn jump_to(&self, from: PaperIndex, target: PaperIndex) {
        if self.view.selection.with_untracked(|s| s.is_shown(target)) {
            self.blocked.set(None);
            self.reveal(target);
        } else {
            self.blocked.set(Some((from, target)));
        }
    }

    /// Clears the filters (keeping the sort), then jumps to the blocked target.
    pub fn show_blocked(&self) {
        if let Some((_, target)) = self.blocked.get_untracked() {
            self.blocked.set(None);
            self.pending.set_value(Some(Landing::Jump(target)));
            self.view.dispatch(Intent::ClearFilters);
        }
    }

    /// Once the next change has shown its cards, moves focus to the first of them: for a way
    /// out of the empty state, whose button the change removes.
    pub fn focus_first_result(&self) {
        self.pending.set_value(Some(Landing::FirstResult));
    }

    /// Brings `paper`'s card to the middle of the screen and focuses it (after its detail
    /// closes, when no control opened it); the papers, if the view does not show the card.
    pub fn land_on(&self, paper: PaperIndex) {
        let shown = self.with_dom(|dom| dom.shown[paper.get()].then(|| dom.nodes[paper.get()].clone()));
        let in_cards = self.view.state.with_untracked(|s| s.presentation == Presentation::Cards);
        let target = match shown.filter(|_| in_cards) {
            Some(card) => card,
            None => match document().get_element_by_id(page::PAPERS_ID).and_then(|p| p.dyn_into().ok()) {
                Some(papers) => papers,
                None => return,
            },
        };
        let _ = request_animation_frame(move || crate::dom::reveal(target));
    }

    /// The builds-on row of `paper`'s card, where the notice about a hidden target goes.
    pub fn builds_on_row(&self, paper: PaperIndex) -> Option<Element> {
        self.with_dom(|dom| dom.nodes[paper.get()].query_selector(BUILDS_ON_SELECTOR).ok().flatten())
    }

    /// Highlights the card, scrolls it to the middle of the screen and moves focus to it, after
    /// the DOM has caught up with the latest filter.
    fn reveal(&self, target: PaperIndex) {
        let card = self.with_dom(|dom| {
            if let Some(before) = dom.jumped.replace(target) {
                let _ = dom.nodes[before.get()].class_list().remove_1("highlighted");
            }
            let card = dom.nodes[target.get()].clone();
            let _ = card.class_list().add_1("highlighted");
            card
        });
        let _ = request_animation_frame(move || crate::dom::reveal(card));
    }
}

pub fn use_cards() -> Cards {
    expect_context::<Cards>()
}

/// The cards in the era grids, by paper: each grid holds its era's papers in archive order.
fn take_cards(archive: &archive_core::Archive, grids: &[NodeRef<Div>]) -> Vec<HtmlElement> {
    let mut in_grid: Vec<u32> = vec![0; grids.len()];
    archive
        .papers()
        .map(|(_, p)| {
            let era = p.era.get();
            let place = in_grid[era];
            in_grid[era] += 1;
            grids[era]
                .get_untracked()
                .and_then(|grid| grid.children().item(place))
                .and_then(|card| card.dyn_into().ok())
                .expect("each era's grid holds its papers' cards, in archive order")
        })
        .collect()
}
