//! The AI Paper Archive: a thin Leptos view over the pure core in `archive-core`.
//!
//! The URL's query string is the only view state. [`view::CurrentView`] derives the decoded
//! state and the selection from it; components read those memos and change the view only by
//! dispatching an intent, which the core turns into the next URL.

// Server-side rendering (the prerender step) nests the whole page in one type.
#![recursion_limit = "256"]

mod browser;
#[cfg(feature = "csr")]
mod focus;
mod location;
pub mod pacing;
pub mod ui;
pub mod view;

use std::sync::LazyLock;

use archive_core::Archive;
use leptos::prelude::*;

use ui::ArchivePage;

/// The compiled-in bundle, built once, on first use, from the tables the build baked. There is
/// no broken bundle to explain in the browser: the build refuses one, naming the file, the
/// paper and the field (archive-core's `build.rs`).
static ARCHIVE: LazyLock<Archive> = LazyLock::new(Archive::bundled);

/// The whole app: the archive page of the compiled-in archive.
#[component]
pub fn App() -> impl IntoView {
    view! { <ArchivePage archive=&*ARCHIVE /> }
}

/// Starts the live app. It is rendered into a detached element, card by card (see [`pacing`]),
/// while `index.html`'s placeholder stays on screen: the default view prerendered at build
/// time, or the loading state for a linked view. Then, in one task, the placeholders go and
/// the app goes in, so the browser never paints the page without content or with the wrong view.
#[cfg(feature = "csr")]
pub fn mount() {
    use wasm_bindgen::JsCast;

    use archive_core::page;

    // From here the app owns the URL: the first view (first-view/, on a shared link) stops
    // answering clicks, and boot.js keeps them for the app until it is live.
    let _ = js_sys::Reflect::set(&window(), &page::APP_STARTING_GLOBAL.into(), &true.into());
    let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    root.set_id("app");
    let show = {
        let root = root.clone();
        move || {
            let focus = focus::Kept::take(page::PRERENDERED_ID);
            for placeholder in [page::LOADING_ID, page::PRERENDERED_ID] {
                if let Some(element) = document().get_element_by_id(placeholder) {
                    element.remove();
                }
            }
            let _ = document().body().unwrap().append_child(&root);
            if let Some(focus) = focus {
                focus.restore(&root);
            }
        }
    };
    leptos::mount::mount_to(root, move || {
        pacing::Pacing::provide().run(show);
        view! { <App /> }
    })
    .forget();
}
