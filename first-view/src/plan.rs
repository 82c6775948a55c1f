//! What the first view paints for a query string, decided by the core alone (pure, tested
//! natively). A view the first view cannot paint exactly is declined with the reason: the page
//! then keeps its loading state until the app shows it, so a wrong view is never painted.

use archive_core::search::Query;
use archive_core::view_state::document_title;
use archive_core::{decode_query, select, Archive, Presentation, Selection, Sort, ViewState};

/// A linked view the first view can paint: the card list in the era sort, with its filters.
#[derive(Debug)]
pub struct Plan {
    pub state: ViewState,
    pub selection: Selection,
    /// The search, for marking its matches in the shown cards.
    pub query: Query,
    /// The tab's title for the view.
    pub title: String,
}

/// Why a view is left to the app. Each is a part of the page the prerendered default view does
/// not contain and the first view does not build. (A link with something the archive ignores is
/// painted all the same: its notice comes with the app, and tracking parameters get none.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Declined {
    /// `?paper=`: the detail dialog.
    Detail,
    /// `?view=graph`: the lineage graph.
    Graph,
    /// A date sort: one list instead of the era sections.
    DateSort,
    /// Nothing matches: the empty state.
    NothingShown,
}

impl Declined {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Detail => "detail",
            Self::Graph => "graph",
            Self::DateSort => "date-sort",
            Self::NothingShown => "nothing-shown",
        }
    }
}

/// Decodes `query` (with or without its `?`) and selects its papers, or says why not.
pub fn plan(archive: &Archive, query: &str) -> Result<Plan, Declined> {
    let state = decode_query(archive, query).state;
    if state.paper.is_some() {
        return Err(Declined::Detail);
    }
    if state.presentation != Presentation::Cards {
        return Err(Declined::Graph);
    }
    if state.sort != Sort::Era {
        return Err(Declined::DateSort);
    }
    let selection = select(archive, &state);
    if selection.count() == 0 {
        return Err(Declined::NothingShown);
    }
    let query = Query::new(&state.search);
    let title = document_title(archive, &state, selection.count());
    Ok(Plan { state, selection, query, title })
}
