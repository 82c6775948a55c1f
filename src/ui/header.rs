use leptos::prelude::*;

/// The page title and the seed's subtitle.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <p class="eyebrow">"Academic Paper Archive"</p>
            <h1>"Research Papers"</h1>
            <p class="subtitle">
                "The science behind AI — from backpropagation to transformers, scaling laws to reasoning. Every breakthrough paper that shaped the models we use today."
            </p>
        </header>
    }
}
