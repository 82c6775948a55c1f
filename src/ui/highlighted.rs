use archive_core::search::Query;
use leptos::prelude::*;

/// `text` with `query`'s matches wrapped in `<mark>`.
#[component]
pub fn Highlighted(text: String, query: ReadSignal<Query>) -> impl IntoView {
    move || {
        query.with(|q| {
            q.highlight(&text)
                .into_iter()
                .map(|(run, marked)| if marked { view! { <mark>{run}</mark> }.into_any() } else { run.into_any() })
                .collect_view()
        })
    }
}
