//! The AI Paper Archive: a thin Leptos view over the pure core in `archive-core`.
//!
//! The URL's query string is the only view state. [`current_view::CurrentView`] derives the decoded
//! state and the selection from it; components read those memos and change the view only by
//! dispatching an intent, which the core turns into the next URL.

// Server-side rendering (the prerender step) nests the whole page in one type.
#![recursion_limit = "256"]

mod adoption;
mod browser;
mod cards;
mod dom;
mod history_adapter;
mod ids;
mod marks;
// The prerender never starts the app.
pub mod components;
pub mod current_view;
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
mod handover;

use std::sync::LazyLock;

use archive_core::Archive;
use leptos::prelude::*;

pub use adoption::Start;
use components::ArchivePage;

/// The compiled-in bundle, built once, on first use, from the tables the build baked. There is
/// no broken bundle to explain in the browser: the build refuses one, naming the file, the
/// paper and the field (archive-core's `build.rs`).
static ARCHIVE: LazyLock<Archive> = LazyLock::new(Archive::bundled);

/// The whole app: the archive page of the compiled-in archive. `start` says whether it adopts
/// the build-time render on screen or renders from nothing (see [`Start`]).
#[component]
pub fn App(#[prop(optional)] start: Start) -> impl IntoView {
    view! { <ArchivePage archive=&*ARCHIVE start /> }
}

/// Starts the live app on the page the reader already sees, in one task.
///
/// The build rendered the default view into `#prerendered` with these same components; the app
/// adopts those nodes (Leptos hydration) instead of drawing them again, so what the reader
/// typed, focused, scrolled or clicked stays where it is. Hydration needs the DOM to be the
/// build-time render, so the app adopts it with the build-time view, then shows the address's
/// view (which patches just what differs) and takes the page and the kept input over from the
/// start script (`assets/start.js`).
///
/// Without a prerendered page (component tests mount `App` themselves), the app renders into the
/// body. User Timing marks ("archive: …") show the steps in the browser's profiler.
#[cfg(feature = "hydrate")]
pub fn mount() {
    use archive_core::page;
    use wasm_bindgen::JsCast;

    match document().get_element_by_id(page::PRERENDERED_ID) {
        Some(prerendered) => {
            let adopted = adoption::Adopted::default();
            let start = Start::Adopt(adopted.clone());
            mark("archive: adopting");
            leptos::mount::hydrate_from(prerendered.unchecked_into(), move || view! { <App start /> }).forget();
            mark("archive: adopted");
            adopted.show_address();
            mark("archive: showing the address's view");
        }
        None => leptos::mount::mount_to_body(|| view! { <App /> }),
    }
    handover::live();
}

/// A User Timing mark, which the browser's profiler and the benchmarks show.
#[cfg(feature = "hydrate")]
fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}
