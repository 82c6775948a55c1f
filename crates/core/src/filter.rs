//! Archive × ViewState → Selection: which papers are shown, in what order, and how many per era.

use crate::archive::{Archive, EraIndex, PaperIndex};
use crate::search::Query;
use crate::view_state::{MatchMode, Sort, ViewState};

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

    /// The shown papers, in the view's sort order.
    pub fn papers(&self) -> &[PaperIndex] {
        &self.shown
    }
}

/// Applies `state` to `archive`. A paper is shown when it passes every active filter: the tags
/// (any, or in [`MatchMode::All`] every, selected tag), the search, and the era. Linear in the
/// number of papers (times their tags and text), plus the sort.
pub fn select(archive: &Archive, state: &ViewState) -> Selection {
    let query = Query::new(&state.search);
    let mut shown = Vec::with_capacity(archive.paper_count());
    let mut visible = Vec::with_capacity(archive.paper_count());
    let mut per_era = vec![0; archive.eras().len()];
    for (index, paper) in archive.papers() {
        let tags_pass = state.tags.is_empty()
            || match state.match_mode {
                MatchMode::Any => paper.tags.iter().any(|t| state.tags.contains(t)),
                MatchMode::All => state.tags.iter().all(|t| paper.tags.contains(t)),
            };
        let is_visible = tags_pass
            && state.era.is_none_or(|era| paper.era == era)
            && (query.is_empty() || query.matches_words(archive.search_words(index)));
        if is_visible {
            per_era[paper.era.get()] += 1;
            shown.push(index);
        }
        visible.push(is_visible);
    }
    match state.sort {
        Sort::Era => {}
        // Stable sorts: papers of the same date keep the archive's order. Year-only dates are
        // placed by the archive's date order (see `crate::date`).
        Sort::Oldest => shown.sort_by_key(|&p| archive.date_key(p)),
        Sort::Newest => shown.sort_by_key(|&p| std::cmp::Reverse(archive.date_key(p))),
    }
    Selection { shown, visible, per_era }
}
