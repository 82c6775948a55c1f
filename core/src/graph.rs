//! Layout of the lineage graph: the shown papers placed by date, edges from `builds_on`.
//!
//! Time runs down the page: one row per year (only years with a shown paper), so a paper is
//! never drawn above a paper it builds on (targets are never later, see `validate`). Within a
//! row, papers sit in the order of their parents' average position (the barycentre heuristic of
//! layered graph drawing, one downward pass), which keeps most edges short and uncrossed; ties
//! keep date and archive order. Coordinates are whole SVG user units: the app prints them
//! without float formatting, which would add about 10 KB of wasm.

use crate::archive::{Archive, PaperIndex};

/// Horizontal distance between node centres.
pub const SLOT_WIDTH: i32 = 116;
/// Vertical distance between year rows.
pub const ROW_HEIGHT: i32 = 80;
/// Space around the drawing, and on the left for the year labels.
pub const MARGIN: i32 = 50;

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub paper: PaperIndex,
    /// Centre of the node.
    pub x: i32,
    pub y: i32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GraphLayout {
    pub nodes: Vec<Node>,
    /// (earlier, later) as indices into `nodes`: `later` builds on `earlier`.
    pub edges: Vec<(usize, usize)>,
    /// (year, y) of each row, for the axis labels.
    pub years: Vec<(u16, i32)>,
    pub width: i32,
    pub height: i32,
}

/// Lays out `shown` (any order). Edges only join papers that are both shown.
pub fn layout(archive: &Archive, shown: &[PaperIndex]) -> GraphLayout {
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
        // A stable sort keeps date and archive order among equal keys.
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
