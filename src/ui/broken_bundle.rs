use archive_core::{BundleError, BUNDLE_NAME};
use leptos::prelude::*;

/// Shown instead of the archive when the compiled-in bundle fails validation: never a blank
/// page, and the problems listed so whoever built the page can fix `papers.json`.
#[component]
pub fn BrokenBundle(error: BundleError) -> impl IntoView {
    view! {
        <main class="page broken-bundle" data-testid="broken-bundle">
            <h1>"The paper archive could not be loaded"</h1>
            <p>
                "The paper data built into this page (" {BUNDLE_NAME} ") is invalid, so there is nothing to show. "
                "If you built this page, fix the problems below and rebuild; otherwise, please report this page to its maintainers."
            </p>
            <ul class="problems">
                {error.problems.iter().map(|p| view! { <li><code>{p.to_string()}</code></li> }).collect_view()}
            </ul>
        </main>
    }
}
