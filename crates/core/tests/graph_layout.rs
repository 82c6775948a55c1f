//! The lineage graph's layout over the shipped bundle: about half the crossings of the first
//! version (one downward barycentre pass, rows packed to the left), never more on a filtered
//! selection, the drawing's invariants, and node labels that fit their boxes.

use archive_core::graph::{
    crossings, label_lines, layout, text_width, GraphLayout, Node, LABEL_WIDTH, NODE_HALF_HEIGHT, NODE_HALF_WIDTH,
    SLOT_WIDTH,
};
use archive_core::{decode_query, select, Archive, PaperIndex};

mod common;

use common::archive;

fn shown(archive: &Archive, query: &str) -> Vec<PaperIndex> {
    let decoded = decode_query(archive, query);
    assert!(decoded.notices.is_empty(), "{query}: {:?}", decoded.notices);
    select(archive, &decoded.state).papers().to_vec()
}

/// Selections the tests draw: everything, single tags, several tags, eras, a search.
const QUERIES: [&str; 12] = [
    "",
    "tags=transformer",
    "tags=rlhf",
    "tags=attention",
    "tags=scaling-laws",
    "tags=moe",
    "tags=attention,moe",
    "tags=attention,scaling-laws,rlhf",
    "tags=autoregressive,multimodal,long-context,chain-of-thought",
    "era=scaling",
    "era=alignment",
    "q=language",
];

/// The layout as first shipped (kept to measure the new one against): rows per year, each row
/// ordered by its papers' parents' average x in one downward pass, packed from the left.
fn first_layout(archive: &Archive, shown: &[PaperIndex]) -> GraphLayout {
    const SLOT_WIDTH: i32 = 116;
    const ROW_HEIGHT: i32 = 80;
    const MARGIN: i32 = 50;
    let mut papers = shown.to_vec();
    papers.sort_by_key(|&p| (archive.paper(p).date.sort_key(), p));
    let mut years: Vec<u16> = papers.iter().map(|&p| archive.paper(p).date.year()).collect();
    years.dedup();
    let mut x_of: Vec<Option<i32>> = vec![None; archive.paper_count()];
    let mut nodes = Vec::with_capacity(papers.len());
    let mut widest = 0usize;
    for (row, &year) in years.iter().enumerate() {
        let mut in_row: Vec<(f64, PaperIndex)> = papers
            .iter()
            .filter(|&&p| archive.paper(p).date.year() == year)
            .enumerate()
            .map(|(order, &p)| {
                let parents: Vec<i32> = archive.paper(p).builds_on.iter().filter_map(|&b| x_of[b.get()]).collect();
                let key = if parents.is_empty() {
                    order as f64 * f64::from(SLOT_WIDTH)
                } else {
                    parents.iter().map(|&x| f64::from(x)).sum::<f64>() / parents.len() as f64
                };
                (key, p)
            })
            .collect();
        in_row.sort_by(|a, b| a.0.total_cmp(&b.0));
        widest = widest.max(in_row.len());
        for (slot, (_, paper)) in in_row.into_iter().enumerate() {
            let x = MARGIN * 3 / 2 + SLOT_WIDTH / 2 + slot as i32 * SLOT_WIDTH;
            x_of[paper.get()] = Some(x);
            nodes.push(Node { paper, x, y: MARGIN + row as i32 * ROW_HEIGHT });
        }
    }
    let mut position = vec![None; archive.paper_count()];
    for (i, node) in nodes.iter().enumerate() {
        position[node.paper.get()] = Some(i);
    }
    let mut edges = Vec::new();
    for (later, node) in nodes.iter().enumerate() {
        for earlier in &archive.paper(node.paper).builds_on {
            if let Some(earlier) = position[earlier.get()] {
                edges.push((earlier, later));
            }
        }
    }
    let height = MARGIN * 2 + years.len().saturating_sub(1) as i32 * ROW_HEIGHT;
    let years = years.iter().enumerate().map(|(row, &y)| (y, MARGIN + row as i32 * ROW_HEIGHT)).collect();
    GraphLayout { width: MARGIN * 5 / 2 + widest as i32 * SLOT_WIDTH, height, nodes, edges, years }
}

/// Edges that, drawn straight, pass over the box of a paper they do not join.
fn edges_through_papers(graph: &GraphLayout) -> usize {
    let mut count = 0;
    for &(a, b) in &graph.edges {
        let (a, b) = (&graph.nodes[a], &graph.nodes[b]);
        for n in graph.nodes.iter().filter(|n| a.y < n.y && n.y < b.y) {
            let x = a.x + (b.x - a.x) * (n.y - a.y) / (b.y - a.y);
            count += usize::from((x - n.x).abs() < NODE_HALF_WIDTH);
        }
    }
    count
}

#[test]
fn the_full_archive_has_at_most_half_the_crossings_of_the_first_layout() {
    let archive = archive();
    let all = shown(&archive, "");
    let (before, after) = (first_layout(&archive, &all), layout(&archive, &all));
    assert_eq!(after.nodes.len(), 46);
    assert_eq!(crossings(&before), 184, "the first layout, measured when this test was written");
    assert!(crossings(&after) * 2 <= crossings(&before), "{} crossings, not half of 184", crossings(&after));
    assert!(
        edges_through_papers(&after) < edges_through_papers(&before),
        "fewer edges drawn through papers: {} then {}",
        edges_through_papers(&before),
        edges_through_papers(&after)
    );
}

#[test]
fn no_selection_has_more_crossings_than_in_the_first_layout() {
    let archive = archive();
    for query in QUERIES {
        let papers = shown(&archive, query);
        let (before, after) = (crossings(&first_layout(&archive, &papers)), crossings(&layout(&archive, &papers)));
        assert!(after <= before, "{query:?}: {after} crossings, {before} at first");
    }
}

#[test]
fn each_paper_sits_in_its_years_row_below_what_it_builds_on_whatever_the_input_order() {
    let archive = archive();
    for query in QUERIES {
        let papers = shown(&archive, query);
        let graph = layout(&archive, &papers);
        let year = |node: &Node| archive.paper(node.paper).date.year();
        assert_eq!(graph.nodes.len(), papers.len(), "{query:?}: one node per paper");
        // One row per year with a paper, years in order down the page.
        let mut years: Vec<u16> = graph.nodes.iter().map(year).collect();
        years.sort_unstable();
        years.dedup();
        assert_eq!(graph.years.iter().map(|&(year, _)| year).collect::<Vec<_>>(), years, "{query:?}");
        assert!(graph.years.windows(2).all(|w| w[0].1 < w[1].1), "{query:?}: time runs down");
        for node in &graph.nodes {
            assert!(graph.years.contains(&(year(node), node.y)), "{query:?}: a paper sits in its year's row");
            assert!(
                node.x - NODE_HALF_WIDTH > 0 && node.x + NODE_HALF_WIDTH < graph.width,
                "{query:?}: in the drawing"
            );
            assert!(node.y - NODE_HALF_HEIGHT > 0 && node.y + NODE_HALF_HEIGHT < graph.height, "{query:?}");
        }
        for &(earlier, later) in &graph.edges {
            let (a, b) = (&graph.nodes[earlier], &graph.nodes[later]);
            assert!(archive.paper(b.paper).builds_on.contains(&a.paper));
            assert!(a.y <= b.y, "{query:?}: a paper is never drawn above one it builds on");
        }
        // Rows read left to right (the order Tab walks), papers a slot apart at least.
        for pair in graph.nodes.windows(2) {
            assert!(pair[0].y < pair[1].y || pair[1].x - pair[0].x >= SLOT_WIDTH, "{query:?}: {pair:?}");
        }
        // Deterministic, whatever order the papers come in.
        let mut reversed = papers.clone();
        reversed.reverse();
        assert_eq!(layout(&archive, &reversed), graph, "{query:?}");
    }
    let all: Vec<_> = archive.papers().map(|(p, _)| p).collect();
    assert!(layout(&archive, &all).width <= 1170, "the full graph fits the page's width on a 1280 px screen");
    assert_eq!(
        layout(&archive, &[]),
        GraphLayout { nodes: vec![], edges: vec![], years: vec![], width: 56, height: 100 }
    );
}

fn graph(points: &[(i32, i32)], edges: &[(usize, usize)]) -> GraphLayout {
    let archive = archive();
    let paper = archive.papers().next().unwrap().0;
    let nodes = points.iter().map(|&(x, y)| Node { paper, x, y }).collect();
    GraphLayout { nodes, edges: edges.to_vec(), years: vec![], width: 1000, height: 1000 }
}

#[test]
fn crossings_counts_edges_that_cross_properly() {
    // Two edges between the same two rows, swapped ends: one crossing; parallel: none.
    assert_eq!(crossings(&graph(&[(0, 0), (10, 0), (0, 10), (10, 10)], &[(0, 3), (1, 2)])), 1);
    assert_eq!(crossings(&graph(&[(0, 0), (10, 0), (0, 10), (10, 10)], &[(0, 2), (1, 3)])), 0);
    // Edges from one paper never cross each other; touching or overlapping is not crossing.
    assert_eq!(crossings(&graph(&[(0, 0), (0, 10), (10, 10)], &[(0, 1), (0, 2)])), 0);
    assert_eq!(crossings(&graph(&[(0, 0), (10, 10), (5, 5), (20, 0)], &[(0, 1), (2, 3)])), 0);
    assert_eq!(crossings(&graph(&[(0, 0), (0, 20), (0, 5), (0, 30)], &[(0, 1), (2, 3)])), 0);
    // An edge over several rows crosses one between them.
    assert_eq!(crossings(&graph(&[(0, 0), (20, 20), (20, 5), (0, 15)], &[(0, 1), (2, 3)])), 1);
    // Arcs within a row: crossing when their ends interleave, not when nested.
    let row = [(0, 10), (10, 10), (20, 10), (30, 10), (15, 0)];
    assert_eq!(crossings(&graph(&row, &[(0, 2), (1, 3)])), 1);
    assert_eq!(crossings(&graph(&row, &[(0, 3), (1, 2)])), 0);
    // An arc crosses an edge coming down into a paper between its ends, not one beside it.
    assert_eq!(crossings(&graph(&row, &[(0, 2), (4, 1)])), 1);
    assert_eq!(crossings(&graph(&row, &[(0, 1), (4, 3)])), 0);
}

#[test]
fn long_names_wrap_at_spaces_into_even_lines() {
    assert_eq!(label_lines("Transformer", LABEL_WIDTH), ["Transformer"]);
    assert_eq!(label_lines("Attention Mechanism", LABEL_WIDTH), ["Attention", "Mechanism"]);
    assert_eq!(label_lines("Vision Transformer (ViT)", LABEL_WIDTH), ["Vision", "Transformer (ViT)"]);
    assert_eq!(label_lines("Switch Transformers", LABEL_WIDTH), ["Switch", "Transformers"]);
    assert_eq!(label_lines("Grouped-Query Attention", LABEL_WIDTH), ["Grouped-Query", "Attention"]);
    assert_eq!(label_lines("a b c d e f", text_width("a b c")), ["a b c", "d e f"]);
    assert_eq!(label_lines("aaaa b c d", text_width("aaaa b")), ["aaaa", "b c d"], "even: the widest line is shortest");
    assert_eq!(label_lines("  two   spaces ", LABEL_WIDTH), ["two   spaces"]);
    assert_eq!(label_lines("", LABEL_WIDTH), Vec::<&str>::new());
}

#[test]
fn names_break_after_hyphens_only_when_spaces_are_not_enough() {
    let narrow = text_width("Chain-of-");
    assert_eq!(label_lines("Chain-of-Thought", narrow), ["Chain-of-", "Thought"]);
    assert_eq!(label_lines("Chain-of-Thought", LABEL_WIDTH), ["Chain-of-Thought"]);
    assert_eq!(label_lines("Grouped-Query Attention", text_width("Grouped-Query")), ["Grouped-Query", "Attention"]);
    assert_eq!(label_lines("- x -y", LABEL_WIDTH), ["- x -y"], "a hyphen at a word's start is no break");
    // A word wider than the line has one of its own; nothing is cut.
    assert_eq!(label_lines("Supercalifragilistic word", text_width("word")), ["Supercalifragilistic", "word"]);
}

#[test]
fn every_name_in_the_archive_fits_its_box_in_two_lines() {
    let archive = archive();
    for (_, paper) in archive.papers() {
        let lines = label_lines(&paper.short_name, LABEL_WIDTH);
        assert!(matches!(lines.len(), 1 | 2), "{}: {lines:?}", paper.short_name);
        assert!(lines.iter().all(|line| text_width(line) <= LABEL_WIDTH), "{}: {lines:?}", paper.short_name);
    }
    assert_eq!(text_width("Mi"), 863 + 278);
    assert_eq!(text_width("é"), 1000, "outside ASCII: a whole em");
}
