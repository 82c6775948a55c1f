//! The browser side of the history writer. What a reader's intent does to the URL, and when it
//! is written, is decided in the core (`archive_core::intent` and `archive_core::history`); this
//! adapter only feeds the writer the browser's events (Back and Forward, painted frames, timers,
//! a hidden page) and carries out its [`Action`]s: the query string the view shows, and the
//! writes, which go through `browser-history`, the one caller of the History API.

use archive_core::history::{Action, Writer, BACK_TIMEOUT_MS, REFINE_PAUSE_MS};
use archive_core::{Archive, Intent};
use leptos::prelude::*;
use std::time::Duration;

use crate::adoption::Start;

#[derive(Clone, Copy)]
pub struct HistoryAdapter {
    archive: &'static Archive,
    writer: StoredValue<Writer>,
    /// The query string the view shows, without its `?` (empty for the default view).
    query: RwSignal<String>,
    /// Counts changes of the browser's current entry: our writes, and Back and Forward.
    entries: RwSignal<u64>,
}

impl HistoryAdapter {
    /// The adapter at start, following Back and Forward from then on. It first takes tracking
    /// parameters out of the address (a replace, no new entry). `large`: whether the page is
    /// expected to be large enough for URL writes to be slow (see `archive_core::history`).
    ///
    /// When the app adopts the build-time render ([`Start::Adopt`]), the view first shows the
    /// build-time query (none), which is what the adopted nodes show, and the address's query
    /// once the page is adopted ([`HistoryAdapter::show_address`]).
    pub fn new(archive: &'static Archive, large: bool, start: &Start) -> Self {
        browser_history::tidy_tracking();
        let query = browser_history::query();
        let writer = Writer::new(archive, &query, browser_history::entry(), large);
        let shown = match start {
            Start::Render => query,
            Start::Adopt(_) => String::new(),
        };
        let adapter =
            Self { archive, writer: StoredValue::new(writer), query: RwSignal::new(shown), entries: RwSignal::new(0) };
        if let Start::Adopt(adopted) = start {
            adopted.then(move || adapter.show_address());
        }
        #[cfg(feature = "hydrate")]
        {
            // The page may start hidden (opened in a background tab): no frames to wait for.
            adapter.run(|w| w.visibility(document().hidden()));
            let popstate = window_event_listener(leptos::ev::popstate, move |_| {
                adapter.entries.update(|n| *n += 1);
                adapter.run(|w| w.traversed(archive, &browser_history::query(), browser_history::entry()));
            });
            let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
                adapter.run(|w| w.visibility(document().hidden()))
            });
            on_cleanup(move || {
                adapter.run(Writer::flushed);
                popstate.remove();
                visibility.remove();
            });
        }
        adapter
    }

    /// Shows the address's view (the adopted page showed the build-time one until now); the
    /// entry now shows its view, so it is time to give it its title.
    pub fn show_address(&self) {
        self.query.set(browser_history::query());
        self.entries.update(|n| *n += 1);
    }

    /// The query string the view shows, tracked.
    pub fn query(&self) -> Signal<String> {
        self.query.into()
    }

    /// Changes whenever the browser's current entry does (a write of ours, Back or Forward):
    /// the moment to give the entry its title, which browsers attach to the current entry.
    pub fn entries(&self) -> Signal<u64> {
        self.entries.into()
    }

    /// Hands what the reader did to the writer.
    pub fn dispatch(&self, intent: Intent) {
        self.run(|w| w.intent(self.archive, intent));
    }

    /// Runs one step of the writer and carries out its actions (nothing once the app is gone).
    fn run(&self, step: impl FnOnce(&mut Writer) -> Vec<Action>) {
        for action in self.writer.try_update_value(step).unwrap_or_default() {
            self.carry_out(action);
        }
    }

    fn carry_out(&self, action: Action) {
        let adapter = *self;
        match action {
            Action::Show(query) => self.query.set(query),
            Action::Write(write) => {
                let took = browser_history::write(&write);
                self.writer.update_value(|w| w.written(took));
                self.entries.update(|n| *n += 1);
            }
            // A timeout set from an animation-frame callback runs after that frame's paint.
            Action::AfterPaint(ticket) => {
                let _ = request_animation_frame(move || {
                    let _ = set_timeout(move || adapter.run(|w| w.waited(ticket)), Duration::ZERO);
                });
            }
            Action::AfterPause(ticket) => {
                let _ = set_timeout(move || adapter.run(|w| w.waited(ticket)), millis(REFINE_PAUSE_MS));
            }
            Action::Back { steps, ticket } => {
                browser_history::back(steps);
                let _ = set_timeout(
                    move || {
                        adapter.run(|w| {
                            w.back_overdue(adapter.archive, ticket, &browser_history::query(), browser_history::entry())
                        })
                    },
                    millis(BACK_TIMEOUT_MS),
                );
            }
        }
    }
}

fn millis(ms: u32) -> Duration {
    Duration::from_millis(ms.into())
}
