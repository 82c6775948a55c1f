use archive_core::PaperIndex;
use leptos::prelude::*;

use super::jump::{use_jumps, BlockedJumpNotice};
use crate::view::use_view;

/// The DOM id of a paper's card, the target of builds-on chips.
pub fn card_id(paper_id: &str) -> String {
    format!("paper-{paper_id}")
}

/// A paper: names, era, authors · organisation · date, summary, why it matters, tags,
/// related models, and the earlier papers it builds on (chips that jump to their cards).
#[component]
pub fn PaperCard(paper: PaperIndex) -> impl IntoView {
    let view = use_view();
    let jumps = use_jumps();
    let p = view.archive.paper(paper);
    let era = view.archive.era(p.era);
    let name_id = format!("{}-name", card_id(&p.id));
    let labelled_by = name_id.clone();
    let hidden = move || !view.selection.with(|s| s.is_shown(paper));
    let highlighted = move || jumps.highlighted.get() == Some(paper);

    let why = p.why_it_matters.clone().map(|why| {
        view! {
            <section class="why">
                <h4>"Why It Matters"</h4>
                <p>{why}</p>
            </section>
        }
    });
    let tags = (!p.tags.is_empty()).then(|| {
        view! {
            <ul class="paper-tags" aria-label="Tags">
                {p.tags.iter().map(|&t| view! { <li class="tag-label">{view.archive.tag(t).name.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    let related = (!p.related_models.is_empty()).then(|| {
        view! {
            <div class="chip-row">
                <span class="chip-label">"Related Models:"</span>
                <ul class="chips">
                    {p.related_models.iter().map(|m| view! { <li class="model-chip">{m.clone()}</li> }).collect_view()}
                </ul>
            </div>
        }
    });
    let builds_on = (!p.builds_on.is_empty()).then(|| {
        view! {
            <div class="chip-row">
                <span class="chip-label">"Builds on:"</span>
                <ul class="chips">
                    {p.builds_on
                        .iter()
                        .map(|&earlier| {
                            let target = view.archive.paper(earlier);
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="lineage-chip"
                                        data-target=target.id.clone()
                                        title=format!("Go to {}", target.title)
                                        on:click=move |_| jumps.jump_to(paper, earlier)
                                    >
                                        <span aria-hidden="true">"↖ "</span>
                                        {target.short_name.clone()}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <BlockedJumpNotice from=paper />
            </div>
        }
    });

    view! {
        <article
            class="paper-card"
            class:highlighted=highlighted
            id=card_id(&p.id)
            data-paper=p.id.clone()
            tabindex="-1"
            aria-labelledby=labelled_by
            hidden=hidden
        >
            <h3 class="paper-name" id=name_id>
                <DocumentIcon />
                {p.short_name.clone()}
            </h3>
            <p class="paper-title">
                <a href=p.url.clone() target="_blank" rel="noopener noreferrer">
                    {p.title.clone()}
                    <span class="visually-hidden">" (full text, opens in a new tab)"</span>
                </a>
            </p>
            <p class="paper-meta">
                <span class="era-badge">{era.name.clone()}</span>
                <span class="byline">
                    {p.authors.clone()} <span aria-hidden="true">" · "</span> {p.organization.clone()}
                    <span aria-hidden="true">" · "</span> <time datetime=p.date.to_string()>{p.date.to_string()}</time>
                </span>
            </p>
            <p class="paper-summary">{p.summary.clone()}</p>
            {why}
            {tags}
            {related}
            {builds_on}
        </article>
    }
}

/// The page icon before a paper's name (the capture's "📄"), drawn rather than taken from an
/// emoji font so that it looks the same everywhere.
#[component]
fn DocumentIcon() -> impl IntoView {
    view! {
        <svg class="paper-icon" viewBox="0 0 16 20" width="16" height="20" aria-hidden="true" focusable="false">
            <path d="M2 1h8l4 4v13a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V2a1 1 0 0 1 1-1z" fill="var(--surface)" stroke="currentColor" stroke-width="1.3" />
            <path d="M10 1v4h4" fill="none" stroke="currentColor" stroke-width="1.3" />
            <path d="M4 9h7M4 12h7M4 15h5" stroke="currentColor" stroke-width="1.2" stroke-linecap="round" />
        </svg>
    }
}
