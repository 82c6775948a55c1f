//! Starting the app without freezing the page: it is rendered a part at a time.
//!
//! Rendering the whole page with its 46 cards in one go kept the main thread busy for about
//! 150 ms on this machine (600 ms on Lighthouse's simulated phone), during which the page could
//! not respond: its Total Blocking Time. So at start each part of the page and each card waits
//! in a queue ([`Paced`]), and [`Pacing::run`] renders them in order, handing the main thread
//! back to the browser every [`SLICE_MS`]. The app is built in a detached element meanwhile, and
//! the prerendered view (or the loading state) stays on screen until the last slot is in; then
//! the app replaces it in one step, so a linked view never shows half-rendered.
//!
//! Without a [`Pacing`] in context (the prerender, the component tests), and for cards created
//! after start (a filter change), slots render at once.

use std::collections::VecDeque;

use leptos::prelude::*;

/// How long one slice of rendering may run before yielding. React's scheduler uses 5 ms;
/// at 8 ms a slice stays under the 50 ms "long task" mark even with Lighthouse's 4x slowdown.
pub const SLICE_MS: f64 = 8.0;

/// The queue of slots still waiting to render, and whether the start is over.
#[derive(Clone, Copy)]
pub struct Pacing {
    waiting: StoredValue<VecDeque<RwSignal<bool>>>,
    started: RwSignal<bool>,
}

impl Pacing {
    /// Provides a pacing queue to the app about to be rendered.
    pub fn provide() -> Self {
        let pacing = Self { waiting: StoredValue::new(VecDeque::new()), started: RwSignal::new(false) };
        provide_context(pacing);
        pacing
    }

    /// A place in the queue for a slot being created, or `None` once the start is over.
    fn enqueue(&self) -> Option<RwSignal<bool>> {
        if self.started.get_untracked() {
            return None;
        }
        let turn = RwSignal::new(false);
        self.waiting.update_value(|queue| queue.push_back(turn));
        Some(turn)
    }

    /// Renders the waiting slots in order, yielding to the browser between slices; then calls
    /// `show` (which puts the app on screen) and marks the start as over.
    #[cfg(feature = "csr")]
    pub fn run(self, show: impl FnOnce() + 'static) {
        leptos::task::spawn_local(async move {
            let mut slice_start = js_sys::Date::now();
            while let Some(turn) = self.waiting.try_update_value(|queue| queue.pop_front()).flatten() {
                turn.set(true);
                // Let the slot's render effect run before reading the clock.
                leptos::task::tick().await;
                // A background tab needs no responsiveness, and its timers are throttled to one
                // a second or slower: there, render on without yielding.
                if js_sys::Date::now() - slice_start >= SLICE_MS && !document().hidden() {
                    gloo_timers::future::TimeoutFuture::new(0).await;
                    slice_start = js_sys::Date::now();
                }
            }
            show();
            self.started.set(true);
        });
    }
}

/// Whether the app is on screen: always, except while [`Pacing::run`] is still rendering.
/// Components that need a visible DOM from the start (the detail dialog's `showModal`, focus)
/// wait for it.
pub fn started() -> Signal<bool> {
    match use_context::<Pacing>() {
        Some(pacing) => pacing.started.into(),
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
