//! The history writer: when each change of view reaches the browser's history, and in what
//! order. [`transition`] decides *what* a reader's intent does to history; this state machine
//! decides *when* it is written, and what happens to the reader's next intents meanwhile.
//!
//! It is pure: the browser side (`src/history_adapter.rs` in the app) turns browser events into calls
//! here and carries out the [`Action`]s it gets back, nothing more. So "what happens to the URL
//! when I click a tag?" is answered here and in `intent.rs`.
//!
//! The rules:
//! - **Order.** History gets its entries in the order they were decided. A write never overtakes
//!   an earlier one, and every decided write is made unless the reader moved through history
//!   first (Back or Forward: the traversal is the newer act, and writing a change now would
//!   land on the wrong entry, so it is dropped).
//! - **Slow pages.** Chromium walks the whole document on every URL change: well under a
//!   millisecond at 46 cards, ~150 ms at 5,000, which would sit between a click and its frame
//!   and between every two keys typed. While writes are slow (the last one took more than
//!   [`SLOW_WRITE_MS`]; guessed from the page's size before the first), a change shows at once
//!   and reaches history a little later: a push once the frame showing it is painted, a replace
//!   (a refined search) once typing pauses for [`REFINE_PAUSE_MS`]. A replace that comes while a
//!   push waits folds into it. Another push, a Back, and a hidden page (which paints no frames)
//!   write what waits at once.
//! - **Back.** A Back the rules ask for (emptying a search, closing a dialog: one entry or
//!   several) is asynchronous in browsers. Until it lands, the view already shows where it goes,
//!   and intents are held, then applied in order on the entry it landed on, so none is computed
//!   from a stale entry. Should it never land ([`BACK_TIMEOUT_MS`]; say, the browser dropped the
//!   entries past its cap of 50), the writer takes the browser's word for where it is.

use crate::archive::Archive;
use crate::intent::{transition, Entry, HistoryOp, Intent};
use crate::url::decode_query;
use crate::view_state::ViewState;

/// A URL write that takes longer than this (in ms) makes the next ones wait (see the module
/// docs). Well above a small page's writes: 1–3 ms at 46 cards, up to ~12 ms for a phone's first.
pub const SLOW_WRITE_MS: f64 = 25.0;

/// How long (in ms) a refined search waits for the next key before it is written.
pub const REFINE_PAUSE_MS: u32 = 300;

/// How long (in ms) intents are held for a Back that the browser has not delivered.
pub const BACK_TIMEOUT_MS: u32 = 1_000;

/// Names one wait the writer asked for, so that only the wait still wanted acts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ticket(u32);

/// A push or replace for the browser's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write {
    /// A new entry, or the current one rewritten.
    pub push: bool,
    /// The entry's kind, which the browser keeps in the entry's state.
    pub entry: Entry,
    /// The query string, canonical, without `?`.
    pub query: String,
}

/// What the browser side must do, in the order given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show the view of this query string (without `?`) now.
    Show(String),
    /// Push or replace now, then report the time it took with [`Writer::written`].
    Write(Write),
    /// Call [`Writer::waited`] with the ticket once the next frame has been painted.
    AfterPaint(Ticket),
    /// Call [`Writer::waited`] with the ticket after [`REFINE_PAUSE_MS`].
    AfterPause(Ticket),
    /// Ask the browser to go back `steps` entries, and call [`Writer::back_overdue`] with the
    /// ticket after [`BACK_TIMEOUT_MS`].
    Back { steps: u16, ticket: Ticket },
}

/// A Back asked for and not landed yet, and the intents that came meanwhile.
#[derive(Debug)]
struct PendingBack {
    ticket: Ticket,
    held: Vec<Intent>,
}

/// The state machine of the module docs, for one page.
#[derive(Debug)]
pub struct Writer {
    /// The view shown now: ahead of the browser's URL while a write waits.
    state: ViewState,
    /// The kind of the entry the shown view is on.
    entry: Entry,
    /// The write decided but not made yet, and the wait that will make it.
    unwritten: Option<(Write, Ticket)>,
    back: Option<PendingBack>,
    slow: bool,
    hidden: bool,
    tickets: u32,
}

impl Writer {
    /// The writer of a page that opened at `query` (without `?`) on an entry of kind `entry`.
    /// `slow`: whether writes are expected to be slow before the first is measured.
    pub fn new(archive: &Archive, query: &str, entry: Entry, slow: bool) -> Self {
        Self {
            state: decode_query(archive, query).state,
            entry,
            unwritten: None,
            back: None,
            slow,
            hidden: false,
            tickets: 0,
        }
    }

    /// The view shown now.
    pub fn state(&self) -> &ViewState {
        &self.state
    }

    /// Whether a Back asked for has not landed yet (intents are held meanwhile).
    pub fn awaiting_back(&self) -> bool {
        self.back.is_some()
    }

    /// What the reader did.
    pub fn intent(&mut self, archive: &Archive, intent: Intent) -> Vec<Action> {
        let mut actions = Vec::new();
        self.decide(archive, intent, &mut actions);
        actions
    }

    /// A wait asked for by [`Action::AfterPaint`] or [`Action::AfterPause`] is over.
    pub fn waited(&mut self, ticket: Ticket) -> Vec<Action> {
        match &self.unwritten {
            Some((_, waiting)) if *waiting == ticket => self.flushed(),
            _ => Vec::new(),
        }
    }

    /// A write took `took_ms`: whether the next ones must wait.
    pub fn written(&mut self, took_ms: f64) {
        self.slow = took_ms > SLOW_WRITE_MS;
    }

    /// The page was hidden (it paints no frames: what waits is written now) or shown again.
    pub fn visibility(&mut self, hidden: bool) -> Vec<Action> {
        self.hidden = hidden;
        if hidden {
            self.flushed()
        } else {
            Vec::new()
        }
    }

    /// The page is going away: write what waits.
    pub fn flushed(&mut self) -> Vec<Action> {
        let mut actions = Vec::new();
        self.flush(&mut actions);
        actions
    }

    /// The browser moved to the entry at `query`, of kind `entry` (a `popstate`: Back or
    /// Forward, the reader's or the one we asked for).
    pub fn traversed(&mut self, archive: &Archive, query: &str, entry: Entry) -> Vec<Action> {
        self.unwritten = None;
        self.state = decode_query(archive, query).state;
        self.entry = entry;
        let held = self.back.take().map(|back| back.held).unwrap_or_default();
        let mut actions = vec![Action::Show(query.to_string())];
        for intent in held {
            self.decide(archive, intent, &mut actions);
        }
        actions
    }

    /// The Back of `ticket` has not landed in [`BACK_TIMEOUT_MS`]: if it is still awaited, the
    /// browser's current entry (at `query`, of kind `entry`) is where we are.
    pub fn back_overdue(&mut self, archive: &Archive, ticket: Ticket, query: &str, entry: Entry) -> Vec<Action> {
        match &self.back {
            Some(back) if back.ticket == ticket => self.traversed(archive, query, entry),
            _ => Vec::new(),
        }
    }

    fn decide(&mut self, archive: &Archive, intent: Intent, actions: &mut Vec<Action>) {
        if let Some(back) = &mut self.back {
            back.held.push(intent);
            return;
        }
        let next = transition(&self.state, intent, self.entry);
        let query = next.next.to_query(archive);
        match next.history {
            HistoryOp::None => return,
            HistoryOp::Push(entry) => {
                self.flush(actions);
                self.entry = entry;
                self.later(Write { push: true, entry, query: query.clone() }, actions);
            }
            // A replaced entry keeps its kind (a refined search is still the search's entry).
            HistoryOp::Replace => match self.unwritten.take() {
                Some((waiting, ticket)) if waiting.push => {
                    self.unwritten = Some((Write { query: query.clone(), ..waiting }, ticket));
                }
                _ => self.later(Write { push: false, entry: self.entry, query: query.clone() }, actions),
            },
            HistoryOp::Back(steps) => {
                self.flush(actions);
                let ticket = self.ticket();
                self.back = Some(PendingBack { ticket, held: Vec::new() });
                actions.push(Action::Back { steps, ticket });
            }
        }
        self.state = next.next;
        actions.push(Action::Show(query));
    }

    /// Writes `write` now, or, while writes are slow, once the frame is painted (a push) or
    /// typing pauses (a replace).
    fn later(&mut self, write: Write, actions: &mut Vec<Action>) {
        if !self.slow || self.hidden {
            actions.push(Action::Write(write));
            return;
        }
        let ticket = self.ticket();
        actions.push(if write.push { Action::AfterPaint(ticket) } else { Action::AfterPause(ticket) });
        self.unwritten = Some((write, ticket));
    }

    fn flush(&mut self, actions: &mut Vec<Action>) {
        if let Some((write, _)) = self.unwritten.take() {
            actions.push(Action::Write(write));
        }
    }

    fn ticket(&mut self) -> Ticket {
        self.tickets = self.tickets.wrapping_add(1);
        Ticket(self.tickets)
    }
}
