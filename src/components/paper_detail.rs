//! A paper's detail dialog: everything about it, and its lineage both ways.

use archive_core::lineage::{ancestors, descendants, Generations};
use archive_core::{Intent, PaperIndex};
use leptos::ev;
use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::cite_buttons::CiteButtons;
use crate::cards::use_cards;
use crate::current_view::use_view;
use crate::dom;

/// The detail view of `?paper=<id>`: a modal dialog with every field, where the paper's ideas
/// came from ("Builds on", back to the roots) and what they led to, each step clickable.
/// Closed by Esc, the close button, a click beside it or Back; all leave the URL without
/// `paper`. On close the reader is back on the control that opened it, or, for a paper that
/// came with a link, on the paper's card.
#[component]
pub fn PaperDetail() -> impl IntoView {
    let view = use_view();
    let cards = use_cards();
    let dialog = NodeRef::<Dialog>::new();
    let open_paper = Memo::new(move |_| view.state.with(|s| s.paper));
    // The control that had the focus when the dialog opened, and the paper shown last.
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let shown = StoredValue::new(None::<PaperIndex>);

    // The native dialog gives focus trapping, Esc and an inert page behind it for free.
    Effect::new(move |_| {
        let Some(el) = dialog.get() else { return };
        match open_paper.get() {
            // A paper to show, or another paper in the open dialog (a lineage chip, Back).
            // Its content is rendered by then or in the same task (at start, the dialog may
            // open before its body is in), so in the next frame start at its top and put the
            // focus on Close.
            Some(paper) => {
                shown.set_value(Some(paper));
                if !el.open() {
                    let active = document().active_element().and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok());
                    opener.set_value(active.filter(|a| a.tag_name() != "BODY"));
                    let _ = el.show_modal();
                    dom::hold_page_scroll(true);
                }
                let _ = request_animation_frame(move || {
                    el.set_scroll_top(0);
                    if let Ok(Some(close)) = el.query_selector(".detail-close") {
                        if let Ok(close) = close.dyn_into::<web_sys::HtmlElement>() {
                            let _ = close.focus();
                        }
                    }
                });
            }
            None if el.open() => {
                el.close();
                dom::hold_page_scroll(false);
                // Back where the reader was: the control that opened the dialog, if it is still
                // there to be used, or the paper's card.
                let back = opener
                    .try_update_value(Option::take)
                    .flatten()
                    .filter(|o| o.is_connected() && o.offset_parent().is_some());
                match (back, shown.get_value()) {
                    (Some(control), _) => {
                        let _ = control.focus();
                    }
                    (None, Some(paper)) => cards.land_on(paper),
                    (None, None) => {}
                }
            }
            None => {}
        }
    });
    // Let the page go if the dialog goes while open (an effect: the build's prerender has no page).
    Effect::new(|_| on_cleanup(|| dom::hold_page_scroll(false)));
    let close = move || view.dispatch(Intent::ClosePaper);
    // Esc fires `cancel`; the dialog then closes itself, and the URL must follow.
    let on_cancel = move |e: ev::Event| {
        e.prevent_default();
        close();
    };
    // A click on the backdrop is a click on the dialog element outside its box.
    let on_click = move |e: ev::MouseEvent| {
        let Some(el) = dialog.get_untracked() else { return };
        let on_dialog = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t == **el);
        let rect = el.get_bounding_client_rect();
        let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
        let outside = x < rect.left() || x > rect.right() || y < rect.top() || y > rect.bottom();
        if on_dialog && outside {
            close();
        }
    };

    view! {
        <dialog
            node_ref=dialog
            class="paper-detail"
            aria-labelledby="detail-title"
            on:cancel=on_cancel
            on:click=on_click
        >
            {move || open_paper.get().map(|paper| view! { <DetailBody paper close=Callback::new(move |()| close()) /> })}
        </dialog>
    }
}

#[component]
fn DetailBody(paper: PaperIndex, close: Callback<()>) -> impl IntoView {
    let view = use_view();
    let archive = view.archive;
    let p = archive.paper(paper);
    let tags = (!p.tags.is_empty()).then(|| {
        view! {
            <section class="detail-tags">
                <h3>"Tags"</h3>
                <dl>
                    {p.tags
                        .iter()
                        .map(|&t| {
                            let tag = archive.tag(t);
                            view! {
                                <dt>{tag.name.clone()}</dt>
                                <dd>{tag.definition.clone().unwrap_or_default()}</dd>
                            }
                        })
                        .collect_view()}
                </dl>
            </section>
        }
    });
    view! {
        <div class="detail-head">
            <p class="era-badge" data-era=p.era.get()>
                {archive.era(p.era).name.clone()}
            </p>
            <button type="button" class="button detail-close" on:click=move |_| close.run(()) autofocus>
                "Close"
            </button>
        </div>
        <h2 id="detail-title">{p.short_name.clone()}</h2>
        <p class="paper-title">
            <a href=p.url.clone() target="_blank" rel="noopener noreferrer">
                {p.title.clone()}
                <span class="visually-hidden">" (full text, opens in a new tab)"</span>
            </a>
        </p>
        <p class="paper-meta">{format!("{} · {} · {}", p.authors, p.organization, p.date)}</p>
        <CiteButtons paper />
        <p>{p.summary.clone().unwrap_or_default()}</p>
        {p.why_it_matters.clone().map(|why| view! { <section class="why"><h3>"Why It Matters"</h3><p>{why}</p></section> })}
        {tags}
        {(!p.related_models.is_empty())
            .then(|| view! { <p class="detail-fact"><strong>"Related models: "</strong>{p.related_models.join(", ")}</p> })}
        <Lineage title="Builds on" empty="Nothing in the archive: this is one of its roots." generations=ancestors(archive, paper) />
        <Lineage title="Led to" empty="Nothing in the archive builds on it yet." generations=descendants(archive, paper) />
    }
}

/// A lineage as generations: "1 step", "2 steps", … each listing its papers as links into
/// their own detail view.
#[component]
fn Lineage(title: &'static str, empty: &'static str, generations: Generations) -> impl IntoView {
    let view = use_view();
    let total: usize = generations.iter().map(Vec::len).sum();
    view! {
        <section class="lineage" data-lineage=title>
            <h3>{format!("{title} ({total})")}</h3>
            {if generations.is_empty() {
                view! { <p class="lineage-empty">{empty}</p> }.into_any()
            } else {
                view! {
                    <ol class="generations">
                        {generations
                            .into_iter()
                            .enumerate()
                            .map(|(depth, papers)| {
                                let steps = if depth == 0 { "directly".to_string() } else { format!("{} steps away", depth + 1) };
                                view! {
                                    <li>
                                        <span class="generation-label">{steps}</span>
                                        <ul class="chips">
                                            {papers
                                                .into_iter()
                                                .map(|other| {
                                                    let q = view.archive.paper(other);
                                                    view! {
                                                        <li>
                                                            <button
                                                                type="button"
                                                                class="lineage-chip"
                                                                data-target=q.id.clone()
                                                                title=q.title.clone()
                                                                on:click=move |_| {
                                                                    view.dispatch(Intent::OpenPaper(other))
                                                                }
                                                            >
                                                                {format!("{} ({})", q.short_name, q.date.year())}
                                                            </button>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </section>
    }
}
