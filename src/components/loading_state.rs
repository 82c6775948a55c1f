//! What a shared link shows while its view is on its way.

use archive_core::page;
use leptos::prelude::*;

/// The loading state of a link whose view the build-time page does not show. The stylesheet
/// shows it, in place of the filters and papers, only in the start's `loading` phase (see
/// `assets/start.js`), under the page's header, so a reader has the archive's name and one
/// main landmark and heading at every moment.
#[component]
pub fn LoadingState() -> impl IntoView {
    view! {
        <div id=page::LOADING_ID class="loading" role="status">
            <p>"Loading the view this link shows…"</p>
        </div>
    }
}
