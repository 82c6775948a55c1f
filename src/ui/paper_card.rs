use archive_core::{Intent, PaperIndex};
use leptos::prelude::*;

use super::highlighted::Highlighted;
use super::jump::{use_jumps, BlockedJumpNotice};
use super::tag_bar::definition_id;
use crate::view::use_view;

/// The DOM id of a paper's card, the target of builds-on chips.
pub fn card_id(paper_id: &str) -> String {
    format!("paper-{paper_id}")
}

/// A paper: names, era, authors · organisation · date, summary (if any), why it matters, tags (which
/// add themselves to the filter), related models, the earlier papers it builds on (chips that
/// jump to their cards), and a way into its detail view.
#[component]
pub fn PaperCard(paper: PaperIndex) -> impl IntoView {
    let view = use_view();
    let p = view.archive.paper(paper);
    let era = view.archive.era(p.era);
    let name_id = format!("{}-name", card_id(&p.id));
    let labelled_by = name_id.clone();
    // Per-card signals: a filter change or a jump touches only the cards it concerns.
    let shown = view.shown(paper);
    let jumps = use_jumps();
    let highlighted = move || jumps.is_highlighted(paper);
    // The search as this card marks it (it follows the search only while the card is shown).
    let query = view.marked(paper);

    // A paper imported without an abstract has no summary: no empty paragraph for it.
    let summary = p.summary.clone().map(|summary| {
        view! {
            <p class="paper-summary">
                <Highlighted query text=summary />
            </p>
        }
    });
    let why = p.why_it_matters.clone().map(|why| {
        view! {
            <section class="why">
                <h4>"Why It Matters"</h4>
                <p>
                    <Highlighted query text=why />
                </p>
            </section>
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
            hidden=move || !shown.get()
        >
            <h3 class="paper-name" id=name_id>
                <DocumentIcon />
                <Highlighted query text=p.short_name.clone() />
            </h3>
            <p class="paper-title">
                <a href=p.url.clone() target="_blank" rel="noopener noreferrer">
                    <Highlighted query text=p.title.clone() />
                    <span class="visually-hidden">" (full text, opens in a new tab)"</span>
                </a>
            </p>
            <p class="paper-meta">
                <span class="era-badge" data-era=p.era.get()>
                    {era.name.clone()}
                </span>
                <span class="byline">
                    <Highlighted query text=p.authors.clone() />
                    <span aria-hidden="true">" · "</span>
                    <Highlighted query text=p.organization.clone() />
                    <span aria-hidden="true">" · "</span>
                    <time datetime=p.date.to_string()>{p.date.to_string()}</time>
                </span>
            </p>
            {summary}
            {why}
            <TagChips paper />
            <RelatedModels paper />
            <BuildsOn paper />
            <p class="card-actions">
                <button
                    type="button"
                    class="text-button details-button"
                    on:click=move |_| view.dispatch(Intent::OpenPaper(paper))
                >
                    "Details and lineage"
                    <span class="visually-hidden">{format!(" of {}", p.short_name)}</span>
                </button>
            </p>
        </article>
    }
}

/// The paper's tags; each adds itself to the tag filter.
#[component]
fn TagChips(paper: PaperIndex) -> impl IntoView {
    let view = use_view();
    let tags = &view.archive.paper(paper).tags;
    (!tags.is_empty()).then(|| {
        view! {
            <ul class="paper-tags" aria-label="Tags">
                {tags
                    .iter()
                    .map(|&tag| {
                        let name = view.archive.tag(tag).name.clone();
                        let selected = view.tag_selected(tag);
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="tag-label"
                                    data-tag=view.archive.tag(tag).id.clone()
                                    aria-pressed=move || selected.get().to_string()
                                    aria-describedby=definition_id(&view.archive.tag(tag).id)
                                    on:click=move |_| view.dispatch(Intent::AddTag(tag))
                                >
                                    {name}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

#[component]
fn RelatedModels(paper: PaperIndex) -> impl IntoView {
    let models = &use_view().archive.paper(paper).related_models;
    (!models.is_empty()).then(|| {
        view! {
            <div class="chip-row">
                <span class="chip-label">"Related Models:"</span>
                <ul class="chips">
                    {models.iter().map(|m| view! { <li class="model-chip">{m.clone()}</li> }).collect_view()}
                </ul>
            </div>
        }
    })
}

/// Chips for the earlier papers this one builds on: each jumps to that paper's card.
#[component]
fn BuildsOn(paper: PaperIndex) -> impl IntoView {
    let view = use_view();
    let jumps = use_jumps();
    let earlier = &view.archive.paper(paper).builds_on;
    (!earlier.is_empty()).then(|| {
        view! {
            <div class="chip-row">
                <span class="chip-label">"Builds on:"</span>
                <ul class="chips">
                    {earlier
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
    })
}

/// The page icon before a paper's name (the capture's "📄"), drawn rather than taken from an
/// emoji font so that it looks the same everywhere.
#[component]
fn DocumentIcon() -> impl IntoView {
    view! {
        <svg class="paper-icon" viewBox="0 0 16 20" width="16" height="20" aria-hidden="true" focusable="false">
            <path
                d="M2 1h8l4 4v13a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V2a1 1 0 0 1 1-1z"
                fill="var(--surface)"
                stroke="currentColor"
                stroke-width="1.3"
            />
            <path d="M10 1v4h4" fill="none" stroke="currentColor" stroke-width="1.3" />
            <path d="M4 9h7M4 12h7M4 15h5" stroke="currentColor" stroke-width="1.2" stroke-linecap="round" />
        </svg>
    }
}
