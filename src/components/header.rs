//! The page's header: the archive's name, title and subtitle, the skip link, the theme toggle.

use archive_core::{page, Site};
use leptos::prelude::*;

use super::theme_toggle::ThemeToggle;
use crate::current_view::use_view;
use crate::dom::scroll_to;

/// The archive's title and subtitle (the bundle's, by default the seed's), and the colour-scheme toggle, after a "Skip to papers"
/// link.
///
/// The skip link is the page's first focusable element, so a keyboard reader can pass the
/// header and the filter controls (the theme toggle, the search box, 23 tags…) in one key
/// press. It is hidden until focused (`.skip-link` in style.css). Its `href` works on its own
/// in the prerendered page; the live app handles the click instead, so that the jump moves
/// focus without putting `#papers` into the URL, whose query string is the view (a fragment
/// would add a history entry that changes nothing).
#[component]
pub fn Header() -> impl IntoView {
    let site = use_view().archive.site();
    view! {
        <header class="site-header">
            <a
                class="skip-link"
                href="#papers"
                on:click=|ev| {
                    ev.prevent_default();
                    scroll_to(page::PAPERS_ID);
                }
            >
                "Skip to papers"
            </a>
            <div class="header-top">
                <p class="eyebrow">{Site::APP_NAME}</p>
                <ThemeToggle />
            </div>
            <h1>{site.title.as_str()}</h1>
            <p class="subtitle">{site.subtitle.as_str()}</p>
        </header>
    }
}
