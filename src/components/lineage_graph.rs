//! The lineage graph of the shown papers (`?view=graph`).

use archive_core::graph::{
    label_lines, layout, LABEL_WIDTH, NODE_HALF_HEIGHT, NODE_HALF_WIDTH, ROW_HEIGHT, YEAR_WIDTH,
};
use archive_core::lineage::{ancestors, descendants};
use archive_core::{Intent, PaperIndex};
use leptos::ev;
use leptos::prelude::*;

use crate::current_view::use_view;

/// Distance between the baselines of a label's lines (the label's font is 11.5 px).
const LINE_HEIGHT: i32 = 14;
/// How far an edge runs straight down from a node, and into one, before it bends: half the gap
/// between rows, so an edge to the next row is one smooth S, and a longer edge is nearly straight
/// (as `archive_core::graph::crossings` measures it).
const LEAD: i32 = ROW_HEIGHT / 2 - NODE_HALF_HEIGHT;

/// `?view=graph`: the shown papers as an SVG graph laid out by `archive_core::graph`, time
/// running down, each paper and the edges from it in its era's colour (`data-era`, styled in
/// `style.css`). Hovering or focusing a paper lights up its ancestors and descendants and dims
/// the rest; a click, Enter or Space opens its detail. Every node is a focusable button, so Tab
/// walks the graph. The drawing keeps its size and scrolls inside `.graph-scroll`.
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
            // The year axis is a drawing of its own, which stays at the frame's left edge while
            // the graph scrolls sideways under it (`.graph-axis`).
            let years = g
                .years
                .iter()
                .map(|&(year, y)| view! { <text class="graph-year" x="8" y=y dy="0.35em">{year}</text> })
                .collect_view();
            let axis = view! {
                <svg
                    class="graph-axis"
                    viewBox=format!("0 0 {YEAR_WIDTH} {}", g.height)
                    width=YEAR_WIDTH
                    height=g.height
                    aria-hidden="true"
                >
                    {years}
                </svg>
            };
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
                            a.y - NODE_HALF_HEIGHT,
                            a.x,
                            a.y - NODE_HALF_HEIGHT - 25,
                            b.x,
                            b.y - NODE_HALF_HEIGHT - 25,
                            b.x,
                            b.y - NODE_HALF_HEIGHT
                        )
                    } else {
                        let (start, end) = (a.y + NODE_HALF_HEIGHT, b.y - NODE_HALF_HEIGHT);
                        format!("M{} {start} C{} {}, {} {}, {} {end}", a.x, a.x, start + LEAD, b.x, end - LEAD, b.x)
                    };
                    let lit = move || is_lit(from) == Some(true) && is_lit(to) == Some(true);
                    view! {
                        <path
                            class="graph-edge"
                            data-era=archive.paper(from).era.get()
                            d=d
                            class:lit=lit
                            class:dim=move || is_lit(from).is_some() && !lit()
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
                            data-era=p.era.get()
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
                            {node_label(&p.short_name)}
                        </g>
                    }
                })
                .collect_view();
            view! {
                {axis}
                <svg
                    class="graph-svg"
                    viewBox=format!("{YEAR_WIDTH} 0 {} {}", g.width - YEAR_WIDTH, g.height)
                    width=g.width - YEAR_WIDTH
                    height=g.height
                    role="group"
                    aria-label=format!("Lineage graph of {} papers", g.nodes.len())
                >
                    <g class="graph-edges">{edges}</g>
                    <g class="graph-nodes">{nodes}</g>
                </svg>
            }
        })
    };

    // A drawing wider than its frame (a phone) opens on the first papers, with a hint that it
    // scrolls sideways.
    let frame = NodeRef::<leptos::html::Div>::new();
    let wider = RwSignal::new(false);
    Effect::new(move |_| {
        let first = graph.with(|g| g.nodes.iter().min_by_key(|n| (n.y, n.x)).map(|n| n.x - YEAR_WIDTH));
        let Some(frame) = frame.get() else { return };
        let width = frame.client_width();
        wider.set(frame.scroll_width() > width);
        if let Some(x) = first {
            frame.set_scroll_left((x - width / 2).max(0));
        }
    });
    view! {
        <section class="graph" data-testid="graph">
            <p class="graph-help">
                "Time runs down; lines join a paper to those it builds on. Hover or focus a paper to trace its ancestors and descendants; click it or press Enter to open it."
            </p>
            <EraLegend />
            <p class="graph-scroll-hint" hidden=move || !wider.get()>
                "The graph is wider than the screen: scroll it sideways to see all of it."
            </p>
            <div class="graph-scroll" node_ref=frame>
                {drawing}
            </div>
        </section>
    }
}

/// What each colour of the graph means: the eras of the papers it shows.
#[component]
fn EraLegend() -> impl IntoView {
    let view = use_view();
    let archive = view.archive;
    let eras = move || {
        view.selection.with(|s| {
            archive
                .eras()
                .filter(|&(era, _)| s.era_count(era) > 0)
                .map(|(era, e)| (era, e.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <ul class="graph-legend" aria-label="Colours: eras">
            {move || {
                eras()
                    .into_iter()
                    .map(|(era, name)| view! { <li data-era=era.get()>{name}</li> })
                    .collect_view()
            }}
        </ul>
    }
}

/// A node's box and name: on as many lines as it takes to fit the box at full size (two for the
/// longest names in the archive), the box taller if it takes more. The full name is also in the
/// node's title and accessible name.
fn node_label(name: &str) -> impl IntoView {
    let lines = label_lines(name, LABEL_WIDTH);
    let count = lines.len() as i32;
    let half_height = NODE_HALF_HEIGHT.max(count * LINE_HEIGHT / 2 + 5);
    // The first baseline, so that the lines sit in the middle (4 units below it for one line).
    let first = 4 - (count - 1) * LINE_HEIGHT / 2;
    let lines = lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| view! { <tspan x="0" y=first + i as i32 * LINE_HEIGHT>{line.to_string()}</tspan> })
        .collect_view();
    view! {
        <rect
            x=-NODE_HALF_WIDTH
            y=-half_height
            width=NODE_HALF_WIDTH * 2
            height=half_height * 2
            rx="6"
        />
        <text text-anchor="middle">{lines}</text>
    }
}
