//! Prints, as one JSON object on stdout, everything the build step (`scripts/post-build.js`)
//! needs from the app's Rust code:
//! - `page`: the app's default view (no query string) rendered to HTML by the same components
//!   the browser runs, so the archive is readable at first paint, before the wasm has loaded,
//!   and without JavaScript at all. The live app adopts these very nodes on start (hydration,
//!   see `ai_paper_archive::mount`), so this render must be exactly what its components produce;
//! - `head`: the `<head>` tags that describe the archive (document title, meta description and
//!   Open Graph tags) from the bundle compiled in, so an archive built from your own bundle
//!   describes your papers to search engines and link previews;
//! - `contract`: the page contract (`archive_core::page`), the names the page's JavaScript
//!   shares with the Rust code.

use ai_paper_archive::App;
use archive_core::texts::document_title;
use archive_core::{Archive, ViewState};
use leptos::prelude::*;

fn main() {
    let page = without_card_markers(&Owner::new().with(|| view! { <App /> }.to_html()));
    let contract: serde_json::Value =
        serde_json::from_str(&archive_core::page::contract_json()).expect("the page contract is JSON");
    let out = serde_json::json!({ "page": page, "head": head(&Archive::bundled()), "contract": contract });
    print!("{out}");
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

/// The page without the hydration markers (`<!>`, empty comments) inside its paper cards. The
/// app adopts each era's card grid without walking its cards, which hold no bindings (see
/// `cards.rs`), so nothing reads them there, and a 5,000-paper page has 125,000 fewer nodes to
/// parse. (Text is escaped, so `<!>` in the render can only be a marker.)
fn without_card_markers(page: &str) -> String {
    const CARD: &str = "<article ";
    const CARD_END: &str = "</article>";
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find(CARD) {
        let end = rest[start..].find(CARD_END).map_or(rest.len(), |end| start + end + CARD_END.len());
        out.push_str(&rest[..start]);
        out.push_str(&rest[start..end].replace("<!>", ""));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
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

#[cfg(test)]
mod tests {
    use super::without_card_markers;

    #[test]
    fn markers_go_from_the_cards_only() {
        let page = "<main><!><div><article class=\"paper-card\"><h3>A<!><!></h3>&lt;!&gt;</article><!>\
                    <article class=\"paper-card\"><p>B<!></p></article></div><!></main>";
        assert_eq!(
            without_card_markers(page),
            "<main><!><div><article class=\"paper-card\"><h3>A</h3>&lt;!&gt;</article><!>\
             <article class=\"paper-card\"><p>B</p></article></div><!></main>"
        );
    }
}
