//! Renders the app's default view (no query string) to static HTML on stdout, with the same
//! components the browser runs. The post-build step (`scripts/post-build.js`) puts it into
//! `index.html`, so the archive is readable at first paint, before the wasm has loaded, and
//! without JavaScript at all. The live app adopts these very nodes on start (hydration, see
//! `ai_paper_archive::mount`), so this render must be exactly what its components produce.
//!
//! `prerender head` prints the `<head>` tags that describe the archive instead: its document
//! title, meta description and Open Graph tags, from the bundle compiled in (its `title` and
//! `description`, or the defaults with its paper count), so an archive built from your own
//! bundle describes your papers to search engines and link previews.
//!
//! `prerender page-contract` prints the page contract (`archive_core::page`): the names the
//! page's JavaScript shares with the Rust code, as JSON, which the same build step writes into
//! `assets/boot.js`.

use ai_paper_archive::App;
use archive_core::view_state::document_title;
use archive_core::{Archive, ViewState};
use leptos::prelude::*;

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("page-contract") => print!("{}", archive_core::page::contract_json()),
        Some("head") => {
            print!("{}", head(&Archive::bundled()));
        }
        _ => print!("{}", Owner::new().with(|| view! { <App /> }.to_html())),
    }
}

/// The tags for `<head>`: the default view's document title (as the live app sets it), the
/// description, and the Open Graph title and description.
fn head(archive: &Archive) -> String {
    let title = escape(&document_title(archive, &ViewState::default(), archive.paper_count()));
    let description = escape(&archive.description());
    let social = escape(&archive.social_description());
    [
        format!("<title>{title}</title>"),
        format!("<meta name=\"description\" content=\"{description}\" />"),
        "<meta property=\"og:type\" content=\"website\" />".to_string(),
        format!("<meta property=\"og:title\" content=\"{title}\" />"),
        format!("<meta property=\"og:description\" content=\"{social}\" />"),
    ]
    .join("\n    ")
}

/// Text made safe for an HTML attribute value or element content.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
