//! A paper's card, as the build renders it. The card holds no reactive state: the card list
//! (`cards.rs`) owns the rendered nodes, shows or hides them, reorders them for the date sorts,
//! marks search matches over their text, and answers their buttons with one listener, by the
//! [`CardAction`] each button names.

use archive_core::PaperIndex;
use leptos::prelude::*;

use crate::current_view::use_view;
use crate::ids::{card_id, definition_id};

/// What a button on a card does, named on it (`data-action`), so that the card list's one
/// listener knows what was clicked without restating the card's markup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardAction {
    /// A tag chip (`data-tag` names the tag): add the tag to the filter.
    AddTag,
    /// "Details and lineage": open the paper's detail.
    Details,
    /// A builds-on chip (`data-target` names the earlier paper): go to its card.
    Jump,
}

impl CardAction {
    pub const ATTR: &'static str = "data-action";

    pub const fn as_str(self) -> &'static str {
        match self {
            CardAction::AddTag => "add-tag",
            CardAction::Details => "details",
            CardAction::Jump => "jump",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [CardAction::AddTag, CardAction::Details, CardAction::Jump].into_iter().find(|a| a.as_str() == value)
    }
}

/// Selects a card's marked fields: the elements whose own text is one of the paper's searched
/// texts (`data-marked` in the markup below), where search matches are marked.
pub const MARKED_FIELD_SELECTOR: &str = "[data-marked]";
/// Selects a card's builds-on row, where the notice that a chip's target is hidden goes.
pub const BUILDS_ON_SELECTOR: &str = ".builds-on";

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

    // A paper imported without an abstract has no summary: no empty paragraph for it.
    let summary = p.summary.clone().map(|summary| {
        view! {
            <p class="paper-summary" data-marked="">
                {summary}
            </p>
        }
    });
    let why = p.why_it_matters.clone().map(|why| {
        view! {
            <section class="why">
                <h4>"Why It Matters"</h4>
                <p data-marked="">{why}</p>
            </section>
        }
    });

    view! {
        <article class="paper-card" id=card_id(&p.id) data-paper=p.id.clone() tabindex="-1" aria-labelledby=labelled_by>
            // The page icon before the name is the stylesheet's (`.paper-name::before`).
            <h3 class="paper-name" id=name_id data-marked="">
                {p.short_name.clone()}
            </h3>
            <p class="paper-title">
                <a href=p.url.clone() target="_blank" rel="noopener noreferrer" data-marked="">
                    {p.title.clone()}
                    <span class="visually-hidden">" (full text, opens in a new tab)"</span>
                </a>
            </p>
            <p class="paper-meta">
                <span class="era-badge" data-era=p.era.get()>
                    {era.name.clone()}
                </span>
                <span class="byline" data-marked="">
                    {p.authors.clone()}
                    <span aria-hidden="true">" · "</span>
                    {p.organization.clone()}
                    <span aria-hidden="true">" · "</span>
                    <time datetime=p.date.to_string() data-marked="">
                        {p.date.to_string()}
                    </time>
                </span>
            </p>
            {summary}
            {why}
            <TagChips paper />
            <RelatedModels paper />
            <BuildsOn paper />
            <p class="card-actions">
                <button type="button" class="text-button details-button" data-action=CardAction::Details.as_str()>
                    "Details and lineage"
                    <span class="visually-hidden">{format!(" of {}", p.short_name)}</span>
                </button>
            </p>
        </article>
    }
}

/// The paper's tags; each adds itself to the tag filter. A plain button, not a toggle (the tag
/// bar's are the toggles): its name says what it does, and on a card the filter already shows
/// it adds nothing.
#[component]
fn TagChips(paper: PaperIndex) -> impl IntoView {
    let archive = use_view().archive;
    let tags = &archive.paper(paper).tags;
    (!tags.is_empty()).then(|| {
        view! {
            <ul class="paper-tags" aria-label="Tags">
                {tags
                    .iter()
                    .map(|&tag| {
                        let tag = archive.tag(tag);
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="tag-label"
                                    data-action=CardAction::AddTag.as_str()
                                    data-tag=tag.id.clone()
                                    aria-describedby=definition_id(&tag.id)
                                    data-marked=""
                                >
                                    <span class="visually-hidden">"Filter by "</span>
                                    {tag.name.clone()}
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
    let archive = use_view().archive;
    let earlier = &archive.paper(paper).builds_on;
    (!earlier.is_empty()).then(|| {
        view! {
            <div class="chip-row builds-on">
                <span class="chip-label">"Builds on:"</span>
                <ul class="chips">
                    {earlier
                        .iter()
                        .map(|&earlier| {
                            let target = archive.paper(earlier);
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="lineage-chip"
                                        data-action=CardAction::Jump.as_str()
                                        data-target=target.id.clone()
                                        title=format!("Go to {}", target.title)
                                    >
                                        <span aria-hidden="true">"↖ "</span>
                                        {target.short_name.clone()}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
