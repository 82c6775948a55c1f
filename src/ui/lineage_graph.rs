use archive_core::graph::{layout, SLOT_WIDTH};
use archive_core::lineage::{ancestors, descendants};
use archive_core::{Intent, PaperIndex};
use leptos::ev;
use leptos::prelude::*;

use crate::view::use_view;

/// Half the size of a node's box.
const HALF_WIDTH: i32 = SLOT_WIDTH / 2 - 5;
const HALF_HEIGHT: i32 = 16;

/// `?view=graph`: the shown papers as an SVG graph laid out by `archive_core::graph`, time
/// running down. Hovering or focusing a paper lights up its ancestors and descendants; a click,
/// Enter or Space opens its detail. Every node is a focusable button, so Tab walks the graph.
#[component]
pub fn LineageGraph() -> impl IntoView {
    let view = use_view();
    let archive = view.archive;
    let graph = Memo::new(move |_| view.selection.with(|s| layout(archive, s.papers())));
    let focused = RwSignal::new(None::<PaperIndex>);
    // Which papers are lit: the focused one and its whole lineage, both ways.
    let lit = Memo::new(move |_| {
        focused.get().map(|paper| {
            let mut lit = vec![false; archive.paper_count()];
            lit[paper.get()] = true;
            for other in ancestors(archive, paper).concat().into_iter().chain(descendants(archive, paper).concat()) {
                lit[other.get()] = true;
            }
            lit
        })
    });
    let is_lit = move |paper: PaperIndex| lit.with(|l| l.as_ref().map(|l| l[paper.get()]));

    let drawing = move || {
        graph.with(|g| {
            let years = g
                .years
                .iter()
                .map(|&(year, y)| view! { <text class="graph-year" x="8" y=y dy="0.35em">{year}</text> })
                .collect_view();
            let edges = g
                .edges
                .iter()
                .map(|&(earlier, later)| {
                    let (a, b) = (&g.nodes[earlier], &g.nodes[later]);
                    let (from, to) = (a.paper, b.paper);
                    let d = if a.y == b.y {
                        // Same year: an arc above the row.
                        format!(
                            "M{} {} C{} {}, {} {}, {} {}",
                            a.x,
                            a.y - HALF_HEIGHT,
                            a.x,
                            a.y - 44,
                            b.x,
                            b.y - 44,
                            b.x,
                            b.y - HALF_HEIGHT
                        )
                    } else {
                        let middle = (a.y + b.y) / 2;
                        format!(
                            "M{} {} C{} {middle}, {} {middle}, {} {}",
                            a.x,
                            a.y + HALF_HEIGHT,
                            a.x,
                            b.x,
                            b.x,
                            b.y - HALF_HEIGHT
                        )
                    };
                    view! {
                        <path
                            class="graph-edge"
                            d=d
                            class:lit=move || is_lit(from) == Some(true) && is_lit(to) == Some(true)
                        />
                    }
                })
                .collect_view();
            let nodes = g
                .nodes
                .iter()
                .map(|node| {
                    let paper = node.paper;
                    let p = archive.paper(paper);
                    let open = move || view.dispatch(Intent::OpenPaper(paper));
                    let on_key = move |e: ev::KeyboardEvent| {
                        if e.key() == "Enter" || e.key() == " " {
                            e.prevent_default();
                            open();
                        }
                    };
                    view! {
                        <g
                            class="graph-node"
                            data-paper=p.id.clone()
                            transform=format!("translate({} {})", node.x, node.y)
                            tabindex="0"
                            role="button"
                            aria-label=format!("{} ({}): open details", p.short_name, p.date)
                            class:lit=move || is_lit(paper) == Some(true)
                            class:dim=move || is_lit(paper) == Some(false)
                            on:mouseenter=move |_| focused.set(Some(paper))
                            on:mouseleave=move |_| focused.set(None)
                            on:focus=move |_| focused.set(Some(paper))
                            on:blur=move |_| focused.set(None)
                            on:click=move |_| open()
                            on:keydown=on_key
                        >
                            <title>{format!("{} — {}", p.short_name, p.title)}</title>
                            <rect x=-HALF_WIDTH y=-HALF_HEIGHT width=HALF_WIDTH * 2 height=HALF_HEIGHT * 2 rx="6" />
                            <NodeLabel text=p.short_name.clone() />
                        </g>
                    }
                })
                .collect_view();
            view! {
                <svg
                    class="graph-svg"
                    viewBox=format!("0 0 {} {}", g.width, g.height)
                    width=g.width
                    height=g.height
                    role="group"
                    aria-label=format!("Lineage graph of {} papers", g.nodes.len())
                >
                    <g class="graph-years">{years}</g>
                    <g class="graph-edges">{edges}</g>
                    <g class="graph-nodes">{nodes}</g>
                </svg>
            }
        })
    };

    view! {
        <section class="graph" data-testid="graph">
            <p class="graph-help">
                "Time runs down; lines join a paper to those it builds on. Hover or focus a paper to trace its ancestors and descendants; click it or press Enter to open it."
            </p>
            <div class="graph-scroll">{drawing}</div>
        </section>
    }
}

/// A node's name, squeezed to fit its box when it is long (the full name is in the node's
/// title and accessible name).
#[component]
fn NodeLabel(text: String) -> impl IntoView {
    let room = HALF_WIDTH * 2 - 10;
    // About 6.2 units per character at this font size (62 per ten characters, in whole numbers).
    let squeeze = (text.chars().count() as i32 * 62 > room * 10).then(|| room.to_string());
    view! {
        <text text-anchor="middle" dy="0.35em" textLength=squeeze lengthAdjust="spacingAndGlyphs">
            {text}
        </text>
    }
}
