//! Renders the app's default view (no query string) to static HTML on stdout, with the same
//! components the browser runs. The post-build step (`scripts/post-build.js`) puts it into
//! `index.html`, so the archive is readable at first paint, before the wasm has loaded, and
//! without JavaScript at all. The live app replaces it on start (`ai_paper_archive::mount`).
//!
//! With `--page-contract` it prints the page contract instead (`archive_core::page`): the
//! names the page's JavaScript shares with the Rust code, as JSON, which the same build step
//! writes into `assets/boot.js`.

use ai_paper_archive::App;
use leptos::prelude::*;

fn main() {
    if std::env::args().any(|arg| arg == "--page-contract") {
        print!("{}", archive_core::page::contract_json());
        return;
    }
    let html = Owner::new().with(|| view! { <App /> }.to_html());
    print!("{html}");
}
