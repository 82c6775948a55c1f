//! The current view, derived from the URL, and the one way to change it.
//!
//! Read path: [`Location`]'s query → decoded state → selection → per-card visibility.
//! Write path: a component calls [`CurrentView::dispatch`] with an [`Intent`]; the core's
//! history writer (`transition`, then when to write it) decides the next query string and the
//! history writes, and [`Location`] carries them out.

use archive_core::search::Query;
use archive_core::{decode_query, select, Archive, Decoded, Intent, PaperIndex, Selection, TagIndex, ViewState};
use leptos::prelude::*;

use crate::adopt::Adoption;
use crate::location::Location;

/// How the app comes to the page.
#[derive(Clone, Default)]
pub enum Start {
    /// Rendered from nothing, showing the URL's view at once: the build-time render (where
    /// there is no URL) and a page without one.
    #[default]
    Render,
    /// Adopting the build-time render on screen (hydration), a part at a time: the view starts
    /// as the build-time view, which is what the nodes show, and becomes the URL's once every
    /// part is adopted (see `Location` and [`Adoption`]).
    Adopt(Adoption),
}

/// From how many papers a URL write is expected to be slow (`archive_core::history::SLOW_WRITE_MS`):
/// Chromium walks the document, ~0.03 ms per card measured (150 ms at 5,000).
const SLOW_WRITES_FROM: usize = 800;

/// Memos derived from the URL, and per-tag and per-card signals that effects set from them,
/// shared with every component by context. The only way to change any of it is
/// [`CurrentView::dispatch`].
#[derive(Clone, Copy)]
pub struct CurrentView {
    pub archive: &'static Archive,
    /// The URL's state plus notices about what it ignored.
    pub decoded: Memo<Decoded>,
    pub state: Memo<ViewState>,
    pub selection: Memo<Selection>,
    /// Per tag: is it selected? A click notifies only the chips of the tag that changed.
    tag_selected: StoredValue<Vec<RwSignal<bool>>>,
    /// Per paper: is it shown? Set from a diff of the old and new selection, so a filter change
    /// touches only the cards whose visibility changed.
    shown: StoredValue<Vec<RwSignal<bool>>>,
    /// Per paper: the search its card marks. Only shown cards follow the search, so a keystroke
    /// re-marks only those; a card catches up when it is shown. One signal per card rather
    /// than one search signal read by every card: Leptos keeps a signal's readers in an ordered
    /// map, and thousands of readers re-subscribing on each keystroke cost quadratic time.
    marked: StoredValue<Vec<RwSignal<Query>>>,
    location: Location,
}

impl CurrentView {
    /// Derives the view from the URL and provides it to descendants.
    pub fn provide(archive: &'static Archive, start: &Start) -> Self {
        let location = Location::new(archive, archive.papers().len() > SLOW_WRITES_FROM, start);
        let query_string = location.query();
        let decoded = Memo::new(move |_| query_string.with(|q| decode_query(archive, q)));
        let state = Memo::new(move |_| decoded.with(|d| d.state.clone()));
        // Opening a paper or switching to the graph does not change which papers are shown.
        let filter = Memo::new(move |_| state.with(ViewState::selection_key));
        let selection = Memo::new(move |_| filter.with(|s| select(archive, s)));
        let query = Memo::new(move |_| state.with(|s| Query::new(&s.search)));
        // The tag flags, like the per-card signals below, are signals that an effect sets when
        // they change, not memos of `state`: a memo is marked for checking on every change of
        // its source, and so is everything under it, which here is every card.
        let tag_selected: Vec<RwSignal<bool>> =
            archive.tags().map(|(tag, _)| RwSignal::new(state.with_untracked(|s| s.tags.contains(&tag)))).collect();
        let tag_selected = StoredValue::new(tag_selected);
        Effect::new(move |_| {
            state.with(|s| {
                tag_selected.with_value(|flags| {
                    for (tag, _) in archive.tags() {
                        let flag = flags[tag.get()];
                        let now = s.tags.contains(&tag);
                        if flag.get_untracked() != now {
                            flag.set(now);
                        }
                    }
                })
            })
        });
        let shown: Vec<RwSignal<bool>> =
            selection.with_untracked(|s| archive.papers().map(|(paper, _)| RwSignal::new(s.is_shown(paper))).collect());
        let shown = StoredValue::new(shown);
        let marked: Vec<RwSignal<Query>> =
            query.with_untracked(|q| archive.papers().map(|_| RwSignal::new(q.clone())).collect());
        let marked = StoredValue::new(marked);
        // One pass over the papers: each card's visibility, and the search of each shown card.
        Effect::new(move |_| {
            selection.with(|s| {
                query.with(|q| {
                    shown.with_value(|shown| {
                        marked.with_value(|marked| {
                            for (paper, _) in archive.papers() {
                                let now = s.is_shown(paper);
                                if now && marked[paper.get()].with_untracked(|m| m != q) {
                                    marked[paper.get()].set(q.clone());
                                }
                                if shown[paper.get()].get_untracked() != now {
                                    shown[paper.get()].set(now);
                                }
                            }
                        })
                    })
                })
            })
        });
        let view = Self { archive, decoded, state, selection, tag_selected, shown, marked, location };
        provide_context(view);
        view
    }

    /// The one way to change the view: what the reader did, turned by the core into the next
    /// view and the history writes that put it in the URL.
    pub fn dispatch(&self, intent: Intent) {
        self.location.dispatch(intent);
    }

    /// Changes whenever the browser's current history entry does (see `Location::entries`).
    pub fn history_entries(&self) -> Signal<u64> {
        self.location.entries()
    }

    /// Whether `tag` is selected, as a signal that changes only when that tag does.
    pub fn tag_selected(&self, tag: TagIndex) -> ReadSignal<bool> {
        self.tag_selected.with_value(|flags| flags[tag.get()].read_only())
    }

    /// The search `paper`'s card marks: the current one while the card is shown.
    pub fn marked(&self, paper: PaperIndex) -> ReadSignal<Query> {
        self.marked.with_value(|signals| signals[paper.get()].read_only())
    }

    /// Whether `paper` is shown, as a signal that changes only when its visibility does.
    pub fn shown(&self, paper: PaperIndex) -> ReadSignal<bool> {
        self.shown.with_value(|signals| signals[paper.get()].read_only())
    }
}

/// The current view, from context. Panics only if a component is used outside `ArchivePage`,
/// which is a programming error.
pub fn use_view() -> CurrentView {
    expect_context::<CurrentView>()
}
