//! The AI Paper Archive: a thin Leptos view over the pure core in `archive-core`.
//!
//! The URL's query string is the only view state. [`view::CurrentView`] derives the decoded
//! state and the selection from it; components read those memos and change the view only by
//! dispatching an intent, which the core turns into the next URL.

// Server-side rendering (the prerender step) nests the whole page in one type.
#![recursion_limit = "256"]

mod adopt;
mod browser;
mod location;
pub mod ui;
pub mod view;

use std::sync::LazyLock;

use archive_core::Archive;
use leptos::prelude::*;

use ui::ArchivePage;
pub use view::Start;

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

/// Starts the live app on the page the reader already sees. The build rendered the default
/// view into `#prerendered` with these same components; the app adopts those nodes (Leptos
/// hydration) instead of drawing them again, so what the reader typed, focused, scrolled or
/// had painted by the first view stays where it is. Hydration needs the DOM to be the
/// build-time render, so the app adopts it with the build-time state, a part at a time (see
/// [`adopt`]), and only then, in one task, shows the URL's view (which patches just what
/// differs) and goes live.
///
/// Without a prerendered page (a `PRERENDER=0` build), the app renders into the body.
#[cfg(feature = "hydrate")]
pub fn mount() {
    use archive_core::page;
    use wasm_bindgen::JsCast;

    // From here the app owns the URL: the first view (first-view/, on a shared link) stops
    // answering clicks, and boot.js keeps them for the app until it is live.
    let _ = js_sys::Reflect::set(&window(), &page::APP_STARTING_GLOBAL.into(), &true.into());
    match document().get_element_by_id(page::PRERENDERED_ID) {
        Some(prerendered) => {
            let adoption = adopt::Adoption::default();
            let start = Start::Adopt(adoption);
            // Not in the task that instantiated the module, which is long enough already.
            // (Leptos's executor is set up by `hydrate_from`, which is yet to come.)
            wasm_bindgen_futures::spawn_local(async move {
                adopt::yield_to_browser().await;
                leptos::mount::hydrate_from(prerendered.unchecked_into(), move || view! { <App start /> }).forget();
                adoption.run(go_live);
            });
        }
        None => {
            leptos::mount::mount_to_body(|| view! { <App /> });
            go_live();
        }
    }
}

/// The app shows the URL's view: the loading state goes, the first view's marks give way to
/// the app's, and `<html data-app=live>` tells `boot.js` to hand over what the reader did.
#[cfg(feature = "hydrate")]
fn go_live() {
    use archive_core::page;

    forget_painted_marks();
    if let Some(loading) = document().get_element_by_id(page::LOADING_ID) {
        loading.remove();
    }
    if let Some(html) = document().document_element() {
        let _ = html.class_list().remove_1(page::LINKED_VIEW_CLASS);
        let _ = html.set_attribute(page::APP_STATE_ATTR, page::APP_LIVE);
    }
}

/// Removes the search marks the first view painted (`CSS.highlights`): the app marks matches
/// with elements of its own from the moment it shows the URL's view, in the same task.
#[cfg(feature = "hydrate")]
fn forget_painted_marks() {
    use js_sys::{Function, Reflect};
    use wasm_bindgen::JsCast;

    let Ok(registry) = Reflect::get(&window(), &"CSS".into()).and_then(|css| Reflect::get(&css, &"highlights".into()))
    else {
        return;
    };
    if let Ok(delete) = Reflect::get(&registry, &"delete".into()).and_then(JsCast::dyn_into::<Function>) {
        let _ = delete.call1(&registry, &archive_core::page::SEARCH_HIGHLIGHT.into());
    }
}
