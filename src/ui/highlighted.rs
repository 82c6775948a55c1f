use leptos::prelude::*;

use crate::view::use_view;

/// `text` with the current search's matches wrapped in `<mark>`.
#[component]
pub fn Highlighted(text: String) -> impl IntoView {
    let view = use_view();
    move || {
        view.query.with(|q| {
            q.highlight(&text)
                .into_iter()
                .map(|(run, marked)| if marked { view! { <mark>{run}</mark> }.into_any() } else { run.into_any() })
                .collect_view()
        })
    }
}
