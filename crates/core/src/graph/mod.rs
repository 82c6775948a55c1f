//! Layout of the lineage graph: the shown papers placed by date, edges from `builds_on`.
//!
//! Time runs down the page: one row per year (only years with a shown paper), so a paper is
//! never drawn above a paper it builds on (targets are never later, see `validate`). Within a
//! row, papers sit on a grid of half slots, placed by `arrange` to keep edges uncrossed
//! ([`crossings`]), clear of papers they do not join, and short. Everything is deterministic.
//! Coordinates are whole SVG user units: the app prints them without float formatting, which
//! would add about 10 KB of wasm.

mod label;

pub use label::{label_lines, text_width};

use crate::archive::{Archive, PaperIndex};

/// Horizontal distance between node centres in a row (at least; a row's papers sit on a grid
/// of half slots).
pub const SLOT_WIDTH: i32 = 122;
/// Vertical distance between year rows.
pub const ROW_HEIGHT: i32 = 80;
/// Space above the first row and below the last.
pub const MARGIN: i32 = 50;
/// Space on the left for the year labels, before the first slot.
pub const YEAR_WIDTH: i32 = 44;
/// Space on the right, after the last slot.
pub const RIGHT_MARGIN: i32 = 12;
/// Half the width of a node's box: boxes in neighbouring slots are 8 units apart.
pub const NODE_HALF_WIDTH: i32 = SLOT_WIDTH / 2 - 4;
/// Half the height of a node's box, room for two lines of label.
pub const NODE_HALF_HEIGHT: i32 = 19;
/// The widest line of a node's label, in thousandths of an em as [`text_width`] measures: the
/// box less 5 units on each side, at the label's font size of 11.5 px (see `style.css`).
pub const LABEL_WIDTH: u32 = (NODE_HALF_WIDTH as u32 * 2 - 10) * 2000 / 23;
// Boxes never touch, in a row or between rows.
const _: () = assert!(NODE_HALF_WIDTH * 2 < SLOT_WIDTH && NODE_HALF_HEIGHT * 2 < ROW_HEIGHT);

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub paper: PaperIndex,
    /// Centre of the node.
    pub x: i32,
    pub y: i32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GraphLayout {
    /// Row by row, left to right (the order keyboard focus walks them in).
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
    let mut local = vec![None; archive.paper_count()];
    for (i, &paper) in papers.iter().enumerate() {
        local[paper.get()] = Some(i);
    }
    // Here papers are numbered in date order; `rows` holds each year's papers in date order.
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); years.len()];
    let mut row_of = Vec::with_capacity(papers.len());
    for &paper in &papers {
        let row = years.iter().position(|&y| y == archive.paper(paper).date.year()).unwrap_or(0);
        rows[row].push(row_of.len());
        row_of.push(row);
    }
    let mut edges = Vec::new();
    for (later, &paper) in papers.iter().enumerate() {
        for earlier in &archive.paper(paper).builds_on {
            if let Some(earlier) = local[earlier.get()] {
                edges.push((earlier, later));
            }
        }
    }
    let mut column = arrange(&rows, &row_of, &edges);
    let leftmost = column.iter().copied().min().unwrap_or(0);
    column.iter_mut().for_each(|c| *c -= leftmost);
    let x_of = |column: i32| YEAR_WIDTH + SLOT_WIDTH / 2 + column * SLOT_WIDTH / 2;
    let y_of = |row: usize| MARGIN + row as i32 * ROW_HEIGHT;

    let mut node_of = vec![0; papers.len()];
    let mut nodes = Vec::with_capacity(papers.len());
    for (row, members) in rows.iter_mut().enumerate() {
        sort_by_keys(members, &|_, i| f64::from(column[i]));
        for &i in members.iter() {
            node_of[i] = nodes.len();
            nodes.push(Node { paper: papers[i], x: x_of(column[i]), y: y_of(row) });
        }
    }
    edges.clear();
    for (later, node) in nodes.iter().enumerate() {
        for earlier in &archive.paper(node.paper).builds_on {
            if let Some(earlier) = local[earlier.get()] {
                edges.push((node_of[earlier], later));
            }
        }
    }
    let half_slots = column.iter().max().map_or(0, |&c| c + 2);
    GraphLayout {
        width: YEAR_WIDTH + half_slots * SLOT_WIDTH / 2 + RIGHT_MARGIN,
        height: MARGIN * 2 + years.len().saturating_sub(1) as i32 * ROW_HEIGHT,
        nodes,
        edges,
        years: years.iter().enumerate().map(|(row, &y)| (y, y_of(row))).collect(),
    }
}

/// At most this many rounds of moving single papers.
const MOVE_ROUNDS: usize = 4;
/// How much one crossing weighs against one half slot of edge length when moving papers.
const CROSSING_COST: i32 = 10_000;
/// How much an edge drawn straight through a paper it does not join weighs: as much as a
/// crossing (it reads as if the paper were on the way).
const PASS_COST: i32 = 10_000;

/// Places each paper of `rows` in a column, counted in half slots (papers in a row at least two
/// apart, all within the widest row's width), to reduce [`crossings`], edges drawn through papers
/// they do not join, and edge length.
///
/// It starts from the first version of this layout: rows in turn, each in the order of its
/// papers' parents' average place in the rows above (the barycentre heuristic, one downward pass),
/// but centred rather than packed to the left. Then, in rounds, each paper in turn tries every
/// column between its neighbours (and two half slots beyond), moving there if free or swapping
/// with the paper there, and keeps the move if it lowers the cost of the edges that move:
/// crossings and edges through papers, then length. Ties keep the earlier arrangement, so the
/// result is deterministic. If the result has more crossings than the first version had, that
/// wins.
fn arrange(rows: &[Vec<usize>], row_of: &[usize], edges: &[(usize, usize)]) -> Vec<i32> {
    let n = row_of.len();
    let widest = rows.iter().map(Vec::len).max().unwrap_or(0) as i32;
    // The first version, in its units: x = 133 + 58 per half slot, and a paper without parents
    // above had the key 116 per slot.
    let mut start = vec![0; n];
    for row in rows {
        let mut row = row.clone();
        sort_by_keys(&mut row, &|slot, i| {
            let parents = edges.iter().filter(|&&(a, b)| b == i && row_of[a] < row_of[b]).map(|&(a, _)| start[a]);
            let (count, sum) = parents.fold((0, 0), |(count, sum), column| (count + 1, sum + column));
            if count == 0 {
                116.0 * slot as f64
            } else {
                133.0 + 58.0 * f64::from(sum) / f64::from(count)
            }
        });
        for (slot, &i) in row.iter().enumerate() {
            start[i] = 2 * slot as i32;
        }
    }
    // Papers as points (column, row): crossings do not change when x and y are scaled.
    let mut points: Vec<(i32, i32)> = (0..n).map(|i| (start[i], row_of[i] as i32)).collect();

    let mut incident = vec![Vec::new(); n];
    for (e, &(a, b)) in edges.iter().enumerate() {
        incident[a].push(e);
        incident[b].push(e);
    }
    // For each edge, the edges that might cross it: those between rows it spans too, arcs in the
    // row it comes down to, edges coming down to the row it is an arc in; none with a shared end.
    let span = |e: usize| (row_of[edges[e].0], row_of[edges[e].1]);
    let partners: Vec<Vec<usize>> = (0..edges.len())
        .map(|e| {
            let ((top, bottom), (a, b)) = (span(e), edges[e]);
            (0..edges.len())
                .filter(|&f| {
                    let ((t, u), (c, d)) = (span(f), edges[f]);
                    let meet = if top == bottom {
                        t == u && t == top || u == top
                    } else {
                        t == u && t == bottom || t < bottom && top < u
                    };
                    meet && a != c && a != d && b != c && b != d
                })
                .collect()
        })
        .collect();
    // The crossings of the whole arrangement.
    let total = |points: &[(i32, i32)]| -> usize {
        let crossing = |e: usize, f: usize| f > e && cross(points, edges[e], edges[f]);
        (0..edges.len()).map(|e| partners[e].iter().filter(|&&f| crossing(e, f)).count()).sum()
    };
    let first = total(&points);
    for (i, point) in points.iter_mut().enumerate() {
        point.0 += widest - rows[row_of[i]].len() as i32;
    }

    // For each row, the edges passing it.
    let passing: Vec<Vec<usize>> = (0..rows.len())
        .map(|row| (0..edges.len()).filter(|&e| row_of[edges[e].0] < row && row < row_of[edges[e].1]).collect())
        .collect();
    // Whether edge `e`, drawn straight, passes within half a slot of paper `w`'s centre.
    let through = |points: &[(i32, i32)], e: usize, w: usize| {
        let ((x1, r1), (x2, r2), (x, r)) = (points[edges[e].0], points[edges[e].1], points[w]);
        ((x1 - x) * (r2 - r1) + (x2 - x1) * (r - r1)).abs() < r2 - r1
    };
    // The cost of paper `u`'s edges: their length and crossings, and how often they, or other
    // edges, are drawn through a paper.
    let single = |points: &[(i32, i32)], u: usize| {
        let mut through_papers = passing[row_of[u]].iter().filter(|&&e| through(points, e, u)).count();
        let mut crossings = 0;
        let mut length = 0;
        for &e in &incident[u] {
            let (a, b) = edges[e];
            length += (points[a].0 - points[b].0).abs();
            for row in &rows[row_of[a] + 1..row_of[b].max(row_of[a] + 1)] {
                through_papers += row.iter().filter(|&&w| through(points, e, w)).count();
            }
            crossings += partners[e].iter().filter(|&&f| cross(points, edges[e], edges[f])).count();
        }
        (crossings as i32) * CROSSING_COST + (through_papers as i32) * PASS_COST + length
    };
    // What `single` counts for both `u` and `v` in one row: an edge between them, and crossings
    // of their edges with each other.
    let shared = |points: &[(i32, i32)], u: usize, v: usize| {
        let mut sum = 0;
        for &e in &incident[u] {
            let (a, b) = edges[e];
            let (others, length) = if incident[v].contains(&e) {
                (&partners[e], (points[a].0 - points[b].0).abs())
            } else {
                (&incident[v], 0)
            };
            sum +=
                others.iter().filter(|&&f| cross(points, edges[e], edges[f])).count() as i32 * CROSSING_COST + length;
        }
        sum
    };
    // The cost of what a move of `u`, swapping with `other`, changes; `known` keeps the `single`
    // costs of papers where they stand.
    let cost = |points: &[(i32, i32)], known: &mut [Option<i32>], u: usize, other: Option<usize>| {
        let mut single = |w: usize| *known[w].get_or_insert_with(|| single(points, w));
        single(u) + other.map_or(0, |v| single(v) - shared(points, u, v))
    };
    let mut known = vec![None; n];
    for _ in 0..MOVE_ROUNDS {
        let mut improved = false;
        for u in 0..n {
            let near = incident[u].iter().map(|&e| points[edges[e].0 + edges[e].1 - u].0);
            let (lo, hi) = near.fold((points[u].0, points[u].0), |(lo, hi), c| (lo.min(c), hi.max(c)));
            for to in (lo - 2).max(0)..=(hi + 2).min(2 * (widest - 1)) {
                let from = points[u].0;
                let mut other = None;
                let mut free = to != from;
                for &v in &rows[row_of[u]] {
                    match (points[v].0 - to).abs() {
                        0 if v != u => other = Some(v),
                        1 => free = false,
                        _ => {}
                    }
                }
                if !free {
                    continue;
                }
                let before = cost(&points, &mut known, u, other);
                points[u].0 = to;
                if let Some(v) = other {
                    points[v].0 = from;
                }
                let mut moved = vec![None; n];
                if cost(&points, &mut moved, u, other) < before {
                    improved = true;
                    // Any paper's cost may have changed.
                    known = moved;
                } else {
                    points[u].0 = from;
                    if let Some(v) = other {
                        points[v].0 = to;
                    }
                }
            }
        }
        if !improved {
            break;
        }
    }
    // Centring the rows, and moves that trade a crossing for an edge clear of a paper, may add
    // crossings.
    if total(&points) > first {
        return start;
    }
    points.into_iter().map(|(column, _)| column).collect()
}

/// Sorts the papers of a row by `key(slot, paper)`; equal keys keep their order.
fn sort_by_keys(row: &mut [usize], key: &dyn Fn(usize, usize) -> f64) {
    let mut keyed: Vec<(f64, usize)> = row.iter().enumerate().map(|(slot, &i)| (key(slot, i), i)).collect();
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (place, (_, i)) in row.iter_mut().zip(keyed) {
        *place = i;
    }
}

/// The number of edge crossings in `layout`, a measure of how legible it is.
///
/// An edge between two rows counts as a straight segment between the two node centres; two
/// such segments cross when they share no paper and each one's ends lie strictly on either side
/// of the other (touching or overlapping does not count). An edge within a row is drawn as an
/// arc above it: two arcs in one row cross when their ends interleave, and an arc crosses every
/// edge that comes down from an earlier row into a paper strictly between its ends.
pub fn crossings(layout: &GraphLayout) -> usize {
    let points: Vec<_> = layout.nodes.iter().map(|n| (n.x, n.y)).collect();
    let edges = &layout.edges;
    edges.iter().enumerate().map(|(i, &e)| edges[i + 1..].iter().filter(|&&f| cross(&points, e, f)).count()).sum()
}

/// Whether two edges cross, as [`crossings`] defines it.
fn cross(points: &[(i32, i32)], (a, b): (usize, usize), (c, d): (usize, usize)) -> bool {
    if a == c || a == d || b == c || b == d {
        return false;
    }
    let (p, q, r, s) = (points[a], points[b], points[c], points[d]);
    // Edges whose boxes do not meet never cross.
    if p.0.max(q.0) < r.0.min(s.0)
        || r.0.max(s.0) < p.0.min(q.0)
        || p.1.max(q.1) < r.1.min(s.1)
        || r.1.max(s.1) < p.1.min(q.1)
    {
        return false;
    }
    let inside = |x: i32, (l, _): (i32, i32), (r, _): (i32, i32)| l.min(r) < x && x < l.max(r);
    let lower = |p: (i32, i32), q: (i32, i32)| if p.1 > q.1 { p } else { q };
    // Which side of the line through `p` and `q` the point `r` is on.
    let side = |p: (i32, i32), q: (i32, i32), r: (i32, i32)| {
        (i64::from(q.0 - p.0) * i64::from(r.1 - p.1) - i64::from(q.1 - p.1) * i64::from(r.0 - p.0)).signum()
    };
    match (p.1 == q.1, r.1 == s.1) {
        (false, false) => side(p, q, r) * side(p, q, s) < 0 && side(r, s, p) * side(r, s, q) < 0,
        // Arcs above a row: crossing when their ends interleave, or when an edge comes down into a
        // paper between an arc's ends.
        (true, true) => p.1 == r.1 && inside(r.0, p, q) != inside(s.0, p, q),
        (true, false) => lower(r, s).1 == p.1 && inside(lower(r, s).0, p, q),
        (false, true) => lower(p, q).1 == r.1 && inside(lower(p, q).0, r, s),
    }
}
