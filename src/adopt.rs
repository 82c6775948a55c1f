//! Adopting the build-time render a part at a time, so that no single task holds the page.
//!
//! The app adopts the nodes the reader already sees (Leptos hydration) instead of drawing them
//! again. Adopting walks every node and sets up every reactive binding: about 0.25 ms a card on
//! this machine, so 5,000 cards in one go froze the page for over a second, and even 46 cards
//! on Lighthouse's simulated phone made one task of 200–300 ms. So the page's frame (header,
//! filters, status, era headers) is adopted first, with each era's card grid left for later;
//! the cards then wait in an [`Adoption`] queue and are adopted in slices of [`SLICE_MS`],
//! giving the main thread back to the browser between slices. The DOM does not change while
//! this runs, so the browser has nothing to restyle between slices.
//!
//! Everything is adopted with the build-time view, which is what the nodes show (hydration
//! keeps the attributes and text it finds). Only once the last card is in does the app show
//! the URL's view ([`Adoption::then`], see `Location`) and go live: until then `boot.js` owns
//! the reader's input and keeps it, and the app's handlers never see it.

use std::collections::VecDeque;

use leptos::prelude::*;

/// How long one slice of adoption may run before yielding: well under the 50 ms that makes a
/// "long task", also with Lighthouse's 4x slowdown, yet long enough that the yields (a few
/// milliseconds each) add little at 5,000 cards.
#[cfg(feature = "hydrate")]
pub const SLICE_MS: f64 = 30.0;

type Job = Box<dyn FnOnce()>;

/// The parts of the page waiting to be adopted, and what to do once all are.
#[derive(Clone, Copy)]
pub struct Adoption {
    waiting: StoredValue<VecDeque<Job>, LocalStorage>,
    finish: StoredValue<Vec<Job>, LocalStorage>,
    done: StoredValue<bool>,
}

impl Default for Adoption {
    fn default() -> Self {
        Self {
            waiting: StoredValue::new_local(VecDeque::new()),
            finish: StoredValue::new_local(Vec::new()),
            done: StoredValue::new(false),
        }
    }
}

impl Adoption {
    /// Whether the page is still being adopted. A part rendered afterwards (the era sections
    /// again, after a date sort) is rendered as usual.
    pub fn adopting(&self) -> bool {
        !self.done.get_value()
    }

    /// Queues the adoption of a part of the page (in page order).
    fn later(&self, job: impl FnOnce() + 'static) {
        self.waiting.update_value(|waiting| waiting.push_back(Box::new(job)));
    }

    /// Queues the adoption of the element `at` finds by `view` (which must be what the build
    /// rendered there), under the current reactive owner, so that `view` sees the page's
    /// contexts. The adopted view lives as long as that owner: its bindings go with the part of
    /// the page that adopted it (an era section that a date sort replaces).
    pub fn later_at<V: IntoView + 'static>(
        &self,
        at: impl FnOnce() -> Option<web_sys::Element> + 'static,
        view: impl FnOnce() -> V + 'static,
    ) {
        let owner = Owner::current();
        self.later(move || {
            let (Some(owner), Some(element)) = (owner, at()) else { return };
            #[cfg(feature = "hydrate")]
            owner.with(|| {
                use leptos::tachys::hydration::Cursor;
                use leptos::tachys::view::{Position, PositionState, RenderHtml};
                let state =
                    view().into_view().hydrate::<true>(&Cursor::new(element), &PositionState::new(Position::Current));
                // Owned by `owner`, which drops it (and with it the view's bindings) when it goes.
                StoredValue::new_local(state);
            });
            #[cfg(not(feature = "hydrate"))]
            let _ = (owner, element, view);
        });
    }

    /// Runs `job` once everything is adopted, before the app goes live.
    pub fn then(&self, job: impl FnOnce() + 'static) {
        self.finish.update_value(|finish| finish.push(Box::new(job)));
    }

    /// Adopts the queued parts in slices, then runs the finishing jobs and `live`, in one task.
    /// A background tab, where timers are throttled to one a second or slower, needs no
    /// responsiveness: there it runs straight through.
    #[cfg(feature = "hydrate")]
    pub fn run(self, live: impl FnOnce() + 'static) {
        leptos::task::spawn_local(async move {
            let mut slice_start = js_sys::Date::now();
            loop {
                let Some(job) = self.waiting.try_update_value(VecDeque::pop_front).flatten() else { break };
                job();
                if js_sys::Date::now() - slice_start >= SLICE_MS && !document().hidden() {
                    yield_to_browser().await;
                    slice_start = js_sys::Date::now();
                }
            }
            self.done.set_value(true);
            for job in self.finish.try_update_value(std::mem::take).unwrap_or_default() {
                job();
            }
            live();
        });
    }
}

/// Lets the browser handle input and paint before going on (a zero timeout).
#[cfg(feature = "hydrate")]
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
