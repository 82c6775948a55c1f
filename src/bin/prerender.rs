//! Renders the app's default view (no query string) to static HTML on stdout, with the same
//! components the browser runs. The post-build step (`scripts/post-build.js`) puts it into
//! `index.html`, so the archive is readable at first paint, before the wasm has loaded, and
//! without JavaScript at all. The live app replaces it on start (`ai_paper_archive::mount`).

use ai_paper_archive::App;
use leptos::prelude::*;

fn main() {
    let html = Owner::new().with(|| view! { <App /> }.to_html());
    print!("{html}");
}
