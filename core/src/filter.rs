//! Archive × ViewState → Selection: which papers are shown, and how many per era.

use crate::archive::{Archive, EraIndex, PaperIndex};
use crate::view_state::{MatchMode, ViewState};

/// The papers a view shows, in archive order, with per-era counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    /// The shown papers, in archive order.
    shown: Vec<PaperIndex>,
    /// Per paper: is it shown? (Constant-time `is_shown`.)
    visible: Vec<bool>,
    per_era: Vec<usize>,
}

impl Selection {
    /// How many papers are shown.
    pub fn count(&self) -> usize {
        self.shown.len()
    }

    pub fn is_shown(&self, paper: PaperIndex) -> bool {
        self.visible[paper.get()]
    }

    /// How many of `era`'s papers are shown.
    pub fn era_count(&self, era: EraIndex) -> usize {
        self.per_era[era.get()]
    }

    /// The shown papers, in archive order.
    pub fn papers(&self) -> &[PaperIndex] {
        &self.shown
    }
}

/// Applies `state` to `archive`. With no tag selected every paper is shown; otherwise a paper
/// needs any (or, in [`MatchMode::All`], every) selected tag. Linear in papers × their tags.
pub fn select(archive: &Archive, state: &ViewState) -> Selection {
    let mut shown = Vec::with_capacity(archive.paper_count());
    let mut visible = Vec::with_capacity(archive.paper_count());
    let mut per_era = vec![0; archive.eras().len()];
    for (index, paper) in archive.papers() {
        let is_visible = state.tags.is_empty()
            || match state.match_mode {
                MatchMode::Any => paper.tags.iter().any(|t| state.tags.contains(t)),
                MatchMode::All => state.tags.iter().all(|t| paper.tags.contains(t)),
            };
        if is_visible {
            per_era[paper.era.get()] += 1;
            shown.push(index);
        }
        visible.push(is_visible);
    }
    Selection { shown, visible, per_era }
}
