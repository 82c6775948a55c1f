//! The page contract: the names that the app, the build and the page's JavaScript (the start
//! script, the service worker, the end-to-end tests and the benchmarks) must agree on, written
//! once, here.
//!
//! Rust code uses the constants. JavaScript gets them from [`contract_json`]: the build prints it
//! (`prerender`), fills it into the inline start script and the service worker, and writes it to
//! `target/page-contract.json` for the tests and tools (`scripts/page-contract.js`). A test
//! (`scripts/contract.test.js`) fails when one of these values is written as a literal in a
//! JavaScript file, so no name is restated by hand in another language.

use crate::url::PARAMS;

/// The element holding the build-time render of the default view (the page at first paint),
/// which the app adopts.
pub const PRERENDERED_ID: &str = "prerendered";
/// The loading state, shown instead of the build-time render while a link's view is on its way.
pub const LOADING_ID: &str = "link-loading";
/// The search box.
pub const SEARCH_INPUT_ID: &str = "search-input";
/// The papers (cards or graph): the "Skip to papers" link's target.
pub const PAPERS_ID: &str = "papers";
/// The container the lineage graph is drawn into.
pub const GRAPH_ID: &str = "lineage-graph";

/// The one attribute on `<html>` that says where the page's start is (see [`Phase`]).
pub const PHASE_ATTR: &str = "data-phase";

/// Where the page's start is. The start script sets the first phase before the body is parsed;
/// the app sets [`Phase::Live`] (through the start script's hand-over) and the start script
/// [`Phase::Failed`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// The build-time render is the address's view: readable, and what the reader does is kept
    /// for the app.
    Static,
    /// The address asks for another view than the build-time one: the loading state shows until
    /// the app paints it.
    Loading,
    /// The app owns the page and answers every click.
    Live,
    /// The app could not be downloaded or started; the page says so.
    Failed,
}

impl Phase {
    pub const ALL: [Phase; 4] = [Phase::Static, Phase::Loading, Phase::Live, Phase::Failed];

    pub const fn as_str(self) -> &'static str {
        match self {
            Phase::Static => "static",
            Phase::Loading => "loading",
            Phase::Live => "live",
            Phase::Failed => "failed",
        }
    }
}

/// The attribute the start script puts on a control the reader used before the app was live,
/// until the app has done it again: a search box so marked keeps what the reader typed.
pub const EARLY_ATTR: &str = "data-early";
/// The start script's object on `window`: its `live()` hands the page and the kept input to the
/// app.
pub const START_GLOBAL: &str = "archiveStart";
/// The attribute on the failure explanation naming what failed: `download`, `start` or
/// `no-wasm`.
pub const FAILURE_ATTR: &str = "data-failure";
/// The attribute on the slow-download notice (the app has not arrived after a while).
pub const SLOW_ATTR: &str = "data-slow";

/// The name of the search's matches in `CSS.highlights` (the stylesheet's
/// `::highlight(search-match)` uses it too).
pub const SEARCH_HIGHLIGHT: &str = "search-match";

/// The `history.state` of an entry that starting a search pushed (see `intent.rs`): it survives
/// reloads, so a reloaded search still ends by going back.
pub const SEARCH_START_STATE: &str = "search-start";

/// The `history.state` of an entry that opening a paper's detail pushed, followed by `:` and
/// its depth (`paper-open:2`; see `intent.rs`): a reloaded dialog still closes by going back.
pub const PAPER_OPEN_STATE: &str = "paper-open";

/// The `localStorage` key of the reader's chosen colour scheme.
pub const THEME_KEY: &str = "theme";
/// The attribute on `<html>` with the reader's chosen colour scheme (`light` or `dark`; none
/// follows the system), set by the start script before the first paint.
pub const THEME_ATTR: &str = "data-theme";

/// The `<meta name>` naming the release a page belongs to (the service worker reads it).
pub const APP_BUILD_META: &str = "app-build";

/// The DOM id of an era's section (the era jump bar's target).
pub fn era_section_id(era_id: &str) -> String {
    format!("{ERA_SECTION_PREFIX}{era_id}{ERA_SECTION_SUFFIX}")
}
const ERA_SECTION_PREFIX: &str = "era-";
const ERA_SECTION_SUFFIX: &str = "-section";

/// The contract as a JSON object, for the page's JavaScript.
pub fn contract_json() -> String {
    let phases: serde_json::Map<String, serde_json::Value> =
        Phase::ALL.iter().map(|p| (p.as_str().to_string(), p.as_str().into())).collect();
    serde_json::json!({
        "params": PARAMS,
        "prerenderedId": PRERENDERED_ID,
        "loadingId": LOADING_ID,
        "searchInputId": SEARCH_INPUT_ID,
        "papersId": PAPERS_ID,
        "graphId": GRAPH_ID,
        "phaseAttr": PHASE_ATTR,
        "phases": phases,
        "earlyAttr": EARLY_ATTR,
        "startGlobal": START_GLOBAL,
        "failureAttr": FAILURE_ATTR,
        "slowAttr": SLOW_ATTR,
        "searchHighlight": SEARCH_HIGHLIGHT,
        "searchStartState": SEARCH_START_STATE,
        "paperOpenState": PAPER_OPEN_STATE,
        "themeKey": THEME_KEY,
        "themeAttr": THEME_ATTR,
        "appBuildMeta": APP_BUILD_META,
        "eraSection": { "prefix": ERA_SECTION_PREFIX, "suffix": ERA_SECTION_SUFFIX },
    })
    .to_string()
}
