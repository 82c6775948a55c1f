//! Starting the app without freezing the page: it is rendered a part at a time.
//!
//! Rendering the whole page with its 46 cards in one go kept the main thread busy for about
//! 150 ms on this machine (600 ms on Lighthouse's simulated phone), during which the page could
//! not respond: its Total Blocking Time. So at start each part of the page and each card waits
//! in a queue ([`Paced`]), and [`Pacing::run`] renders them in order, handing the main thread
//! back to the browser every [`SLICE_MS`]. The app is built in a detached element meanwhile, and
//! the prerendered view (or the loading state) stays on screen.
//!
//! The app goes on screen, replacing it in one step, as soon as the page's parts and the first
//! [`FIRST_SCREEN_SLOTS`] slots are in, provided the reader is still looking at the first
//! screen; the rest of the cards, below the fold, then render in place, still in short turns.
//! Clicks work from the moment the app is on screen, which at 5,000 papers is a fraction of a
//! second instead of the many seconds a full render takes. A reader who has already scrolled
//! down keeps the prerendered page until every card is in, so nothing vanishes under them.
//!
//! `<html data-app>` says where the start is: `live` once the app is on screen (clicks work),
//! `complete` once every slot has rendered. Tests and tools wait on it (`scripts/app-state.js`).
//!
//! Without a [`Pacing`] in context (the prerender, the component tests), and for slots created
//! after start (a filter change), slots render at once.

use std::collections::VecDeque;

use leptos::prelude::*;

/// How long one slice of rendering may run before yielding, until the app is on screen. React's
/// scheduler uses 5 ms; at 8 ms a slice stays under the 50 ms "long task" mark even with
/// Lighthouse's 4x slowdown.
pub const SLICE_MS: f64 = 8.0;

/// The same once the app is on screen and the rest of the cards render in place. Each yield then
/// costs the browser a frame of style and layout over the whole growing page, so longer slices
/// finish the tail far sooner (at 5,000 papers, 8 ms slices took over 30 s), while a click still
/// waits at most this long.
pub const TAIL_SLICE_MS: f64 = 40.0;

/// How many slots (the page's four parts, its era sections, then cards) must be rendered before
/// the app may go on screen: more than a first screen shows, on a phone or a large monitor.
pub const FIRST_SCREEN_SLOTS: usize = 40;

/// The queue of slots still waiting to render, and where the start is.
#[derive(Clone, Copy)]
pub struct Pacing {
    waiting: StoredValue<VecDeque<RwSignal<bool>>>,
    /// The app is on screen (it has replaced the prerendered view).
    on_screen: RwSignal<bool>,
    /// Every slot has rendered.
    complete: RwSignal<bool>,
}

impl Pacing {
    /// Provides a pacing queue to the app about to be rendered.
    pub fn provide() -> Self {
        let pacing = Self {
            waiting: StoredValue::new(VecDeque::new()),
            on_screen: RwSignal::new(false),
            complete: RwSignal::new(false),
        };
        provide_context(pacing);
        pacing
    }

    /// A place in the queue for a slot being created, or `None` once the start is over.
    fn enqueue(&self) -> Option<RwSignal<bool>> {
        if self.complete.get_untracked() {
            return None;
        }
        let turn = RwSignal::new(false);
        self.waiting.update_value(|queue| queue.push_back(turn));
        Some(turn)
    }

    /// Renders the waiting slots in order, yielding to the browser between slices; calls `show`
    /// (which puts the app on screen) once the first screen is in and the reader is still on it,
    /// or else when everything is in.
    #[cfg(feature = "csr")]
    pub fn run(self, show: impl FnOnce() + 'static) {
        leptos::task::spawn_local(async move {
            let mut show = Some(show);
            let mut rendered = 0;
            let mut slice_start = js_sys::Date::now();
            while let Some(turn) = self.waiting.try_update_value(|queue| queue.pop_front()).flatten() {
                turn.set(true);
                // Let the slot's render effect run before reading the clock.
                leptos::task::tick().await;
                rendered += 1;
                if rendered >= FIRST_SCREEN_SLOTS && reader_on_first_screen() {
                    if let Some(show) = show.take() {
                        self.go_on_screen(show);
                    }
                }
                // A background tab needs no responsiveness, and its timers are throttled to one
                // a second or slower: there, render on without yielding.
                let slice = if show.is_some() { SLICE_MS } else { TAIL_SLICE_MS };
                if js_sys::Date::now() - slice_start >= slice && !document().hidden() {
                    gloo_timers::future::TimeoutFuture::new(0).await;
                    slice_start = js_sys::Date::now();
                }
            }
            if let Some(show) = show.take() {
                self.go_on_screen(show);
            }
            self.complete.set(true);
            set_app_state(archive_core::page::APP_COMPLETE);
        });
    }

    #[cfg(feature = "csr")]
    fn go_on_screen(self, show: impl FnOnce()) {
        show();
        self.on_screen.set(true);
        set_app_state(archive_core::page::APP_LIVE);
    }
}

/// Whether the reader is still looking at the top of the page (has not scrolled a screen down).
#[cfg(feature = "csr")]
fn reader_on_first_screen() -> bool {
    let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    window().scroll_y().unwrap_or(0.0) < height / 2.0
}

/// Records where the start is on `<html data-app>`, for tests and tools.
#[cfg(feature = "csr")]
fn set_app_state(state: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(archive_core::page::APP_STATE_ATTR, state);
    }
}

/// Whether the app is on screen: always, except while [`Pacing::run`] has not put it there yet.
/// Components that need a visible DOM from the start (the detail dialog's `showModal`, focus)
/// wait for it.
pub fn on_screen() -> Signal<bool> {
    match use_context::<Pacing>() {
        Some(pacing) => pacing.on_screen.into(),
        None => Signal::stored(true),
    }
}

/// A slot for `children` (a part of the page, a card) that renders when its turn in the start-up queue comes, or at
/// once when there is no queue.
#[component]
pub fn Paced(children: ChildrenFn) -> impl IntoView {
    match use_context::<Pacing>().and_then(|pacing| pacing.enqueue()) {
        None => children().into_any(),
        Some(turn) => (move || turn.get().then(|| children())).into_any(),
    }
}
