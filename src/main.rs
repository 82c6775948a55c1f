//! Browser entry point: mounts the app over the loading placeholder of `index.html`.

fn main() {
    // Panic messages in the console while developing. Release builds go without: the hook and
    // the formatting it pulls in cost about 1.2 KB of gzip (wasm and glue) on every first visit, and a panic
    // still stops the app (panic = "abort"; the console shows `RuntimeError: unreachable`).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    ai_paper_archive::mount();
}
