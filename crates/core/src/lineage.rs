//! Where an idea came from and what it led to: the builds-on graph walked transitively.

use std::collections::VecDeque;

use crate::archive::{Archive, PaperIndex};

/// Papers grouped by distance from a starting paper: `generations[0]` are one step away,
/// `generations[1]` two steps, and so on. Each paper appears once, at its shortest distance,
/// in archive order within its generation.
pub type Generations = Vec<Vec<PaperIndex>>;

/// Everything `paper` builds on, transitively, back to the roots.
pub fn ancestors(archive: &Archive, paper: PaperIndex) -> Generations {
    walk(archive, paper, |p| archive.paper(p).builds_on.clone())
}

/// Everything that builds on `paper`, transitively.
pub fn descendants(archive: &Archive, paper: PaperIndex) -> Generations {
    walk(archive, paper, |p| archive.led_to(p).to_vec())
}

/// Breadth-first walk from `start` along `next`, grouping papers by distance.
fn walk(archive: &Archive, start: PaperIndex, next: impl Fn(PaperIndex) -> Vec<PaperIndex>) -> Generations {
    let mut distance = vec![usize::MAX; archive.paper_count()];
    distance[start.get()] = 0;
    let mut queue = VecDeque::from([start]);
    let mut generations: Generations = Vec::new();
    while let Some(paper) = queue.pop_front() {
        let d = distance[paper.get()];
        for neighbour in next(paper) {
            if distance[neighbour.get()] == usize::MAX {
                distance[neighbour.get()] = d + 1;
                if generations.len() <= d {
                    generations.push(Vec::new());
                }
                generations[d].push(neighbour);
                queue.push_back(neighbour);
            }
        }
    }
    for generation in &mut generations {
        generation.sort();
    }
    generations
}
