//! The current view, derived from the URL, and the one way to change it.
//!
//! Read path: [`HistoryAdapter`]'s query → decoded state → selection (and the search) → what each
//! component shows; the cards' visibility is painted by the card list (`cards.rs`).
//! Write path: a component calls [`CurrentView::dispatch`] with an [`Intent`]; the core's
//! history writer (`transition`, then when to write it) decides the next query string and the
//! history writes, and the [`HistoryAdapter`] carries them out.

use archive_core::search::Query;
use archive_core::{decode_query, select, Archive, Decoded, Intent, Selection, TagIndex, ViewState};
use leptos::prelude::*;

use crate::adoption::Start;
use crate::history_adapter::HistoryAdapter;

/// From how many papers a URL write is expected to be slow (`archive_core::history::SLOW_WRITE_MS`):
/// Chromium walks the document, ~0.03 ms per card measured (150 ms at 5,000).
const SLOW_WRITES_FROM: usize = 800;

/// Memos derived from the URL, and per-tag signals that an effect sets from them, shared with
/// every component by context. The only way to change any of it is [`CurrentView::dispatch`].
#[derive(Clone, Copy)]
pub struct CurrentView {
    pub archive: &'static Archive,
    /// The URL's state plus notices about what it ignored.
    pub decoded: Memo<Decoded>,
    pub state: Memo<ViewState>,
    pub selection: Memo<Selection>,
    /// The search, parsed once per change for everything that marks matches.
    pub query: Memo<Query>,
    /// Per tag: is it selected? A click notifies only the buttons of the tag that changed.
    tag_selected: StoredValue<Vec<RwSignal<bool>>>,
    history: HistoryAdapter,
}

impl CurrentView {
    /// Derives the view from the URL and provides it to descendants.
    pub fn provide(archive: &'static Archive, start: &Start) -> Self {
        let history = HistoryAdapter::new(archive, archive.papers().len() > SLOW_WRITES_FROM, start);
        let query_string = history.query();
        let decoded = Memo::new(move |_| query_string.with(|q| decode_query(archive, q)));
        let state = Memo::new(move |_| decoded.with(|d| d.state.clone()));
        // Opening a paper or switching to the graph does not change which papers are shown.
        let filter = Memo::new(move |_| state.with(ViewState::selection_key));
        let selection = Memo::new(move |_| filter.with(|s| select(archive, s)));
        let query = Memo::new(move |_| state.with(|s| Query::new(&s.search)));
        // Signals that an effect sets when they change, not memos of `state`: a memo is marked
        // for checking on every change of its source, and so is everything under it.
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
        let view = Self { archive, decoded, state, selection, query, tag_selected, history };
        provide_context(view);
        view
    }

    /// The one way to change the view: what the reader did, turned by the core into the next
    /// view and the history writes that put it in the URL.
    pub fn dispatch(&self, intent: Intent) {
        self.history.dispatch(intent);
    }

    /// Changes whenever the browser's current history entry does (see `HistoryAdapter::entries`).
    pub fn history_entries(&self) -> Signal<u64> {
        self.history.entries()
    }

    /// Whether `tag` is selected, as a signal that changes only when that tag does.
    pub fn tag_selected(&self, tag: TagIndex) -> ReadSignal<bool> {
        self.tag_selected.with_value(|flags| flags[tag.get()].read_only())
    }
}

/// The current view, from context. Panics only if a component is used outside `ArchivePage`,
/// which is a programming error.
pub fn use_view() -> CurrentView {
    expect_context::<CurrentView>()
}
