//! Browser entry point: mounts the app over the loading placeholder of `index.html`.

fn main() {
    console_error_panic_hook::set_once();
    ai_paper_archive::mount();
}
