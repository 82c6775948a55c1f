use leptos::prelude::*;

use super::theme_toggle::ThemeToggle;

/// The page title, the seed's subtitle, and the colour-scheme toggle.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="header-top">
                <p class="eyebrow">"Academic Paper Archive"</p>
                <ThemeToggle />
            </div>
            <h1>"Research Papers"</h1>
            <p class="subtitle">
                "The science behind AI — from backpropagation to transformers, scaling laws to reasoning. Every breakthrough paper that shaped the models we use today."
            </p>
        </header>
    }
}
