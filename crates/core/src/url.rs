//! The URL codec: a query string to a view and back.
//!
//! The query string is the single source of view state: `?tags=moe,rlhf&match=all`.
//! [`decode`] never fails: anything it cannot use is dropped and reported as a [`Notice`], so a
//! hostile or stale link still opens the archive and says what it ignored. [`ViewState::to_query`]
//! writes one canonical form (tags in tag-bar order, defaults omitted), so equal views have equal
//! URLs and `decode(encode(state)) == state`. Which parameters are a site's tracking, dropped
//! without a notice, is [`crate::tracking`]'s.

use std::fmt;

use crate::archive::{Archive, TagIndex};
use crate::tracking::is_tracking;
use crate::view_state::{MatchMode, Presentation, Search, Sort, ViewState, SEARCH_LIMIT};

/// The query parameter holding the selected tags, comma-separated slugs.
pub const TAGS_PARAM: &str = "tags";
/// The query parameter holding the match mode (`any`, the default, or `all`).
pub const MATCH_PARAM: &str = "match";
/// The query parameter holding the search text.
pub const SEARCH_PARAM: &str = "q";
/// The query parameter holding the era filter (an era id).
pub const ERA_PARAM: &str = "era";
/// The query parameter holding the sort order (`era`, the default, `oldest` or `newest`).
pub const SORT_PARAM: &str = "sort";
/// The query parameter naming the paper whose detail view is open.
pub const PAPER_PARAM: &str = "paper";
/// The query parameter choosing cards (the default) or the lineage graph (`graph`).
pub const VIEW_PARAM: &str = "view";

/// Every parameter the archive reads, in canonical order. A query with none of these (with a
/// value) shows the default view; the start script gets this list through the page contract
/// ([`crate::page`]) to tell a shared view from a link that only carries a site's tracking.
pub const PARAMS: [&str; 7] = [TAGS_PARAM, MATCH_PARAM, SEARCH_PARAM, ERA_PARAM, SORT_PARAM, VIEW_PARAM, PAPER_PARAM];

impl ViewState {
    /// The canonical query string, without the leading `?`; empty for the default view.
    /// Slugs are validated URL-safe, so nothing needs escaping.
    pub fn to_query(&self, archive: &Archive) -> String {
        let mut parts = Vec::new();
        if !self.tags.is_empty() {
            let slugs: Vec<&str> = self.tags.iter().map(|&t| archive.tag(t).id.as_str()).collect();
            parts.push(format!("{TAGS_PARAM}={}", slugs.join(",")));
        }
        if self.match_mode != MatchMode::default() {
            parts.push(format!("{MATCH_PARAM}={}", self.match_mode.as_str()));
        }
        if !self.search.is_empty() {
            let encoded: String = form_urlencoded::byte_serialize(self.search.as_bytes()).collect();
            parts.push(format!("{SEARCH_PARAM}={encoded}"));
        }
        if let Some(era) = self.era {
            parts.push(format!("{ERA_PARAM}={}", archive.era(era).id));
        }
        if self.sort != Sort::default() {
            parts.push(format!("{SORT_PARAM}={}", self.sort.as_str()));
        }
        if self.presentation != Presentation::default() {
            parts.push(format!("{VIEW_PARAM}={}", self.presentation.as_str()));
        }
        if let Some(paper) = self.paper {
            parts.push(format!("{PAPER_PARAM}={}", archive.paper(paper).id));
        }
        parts.join("&")
    }
}

/// Something in the URL that was ignored, shown to the reader so a broken link is explained.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Notice {
    UnknownTag(String),
    UnknownMatch(String),
    UnknownParameter(String),
    RepeatedParameter(String),
    UnknownEra(String),
    UnknownSort(String),
    UnknownPaper(String),
    UnknownView(String),
    SearchShortened,
    /// A search with no letter or digit to look for (`?q=🤖`): no search at all.
    SearchIgnored(String),
    /// Stands in for the notices past [`NOTICE_LIMIT`].
    AndMore(usize),
}

/// Longest piece of user input quoted back in a notice; a 100 KB query string is not echoed.
const QUOTE_LIMIT: usize = 40;

fn quote(text: &str) -> String {
    // Control characters, and bidi controls that would reorder the rest of the notice's line.
    let unsafe_char = |c: char| {
        c.is_control() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    let clean: String = text.chars().map(|c| if unsafe_char(c) { '\u{FFFD}' } else { c }).collect();
    match clean.char_indices().nth(QUOTE_LIMIT) {
        Some((cut, _)) => format!("“{}…”", &clean[..cut]),
        None => format!("“{clean}”"),
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::UnknownTag(tag) => write!(f, "Ignored unknown tag {}.", quote(tag)),
            Notice::UnknownMatch(value) => write!(f, "Ignored match={}: use “any” or “all”.", quote(value)),
            Notice::UnknownParameter(name) => write!(f, "Ignored unknown parameter {}.", quote(name)),
            Notice::RepeatedParameter(name) => {
                write!(f, "Ignored a repeated {} parameter; the first one counts.", quote(name))
            }
            Notice::UnknownEra(era) => write!(f, "Ignored unknown era {}.", quote(era)),
            Notice::UnknownSort(sort) => write!(f, "Ignored sort={}: use “era”, “oldest” or “newest”.", quote(sort)),
            Notice::UnknownPaper(id) => write!(f, "Ignored unknown paper {}.", quote(id)),
            Notice::UnknownView(view) => write!(f, "Ignored view={}: use “cards” or “graph”.", quote(view)),
            Notice::SearchShortened => write!(f, "Shortened the search to its first {SEARCH_LIMIT} characters."),
            Notice::SearchIgnored(text) => {
                write!(f, "Ignored the search {}: it has no letters or digits to look for.", quote(text))
            }
            Notice::AndMore(count) => write!(f, "…and {count} more ignored."),
        }
    }
}

impl Notice {
    /// Whether the notice says what the link's search became (shortened, or ignored for having
    /// nothing to look for) rather than naming something the link asked for that the archive
    /// does not have (a tag, an era, a parameter…). The page lists the latter under one heading
    /// and says the former in a plain sentence of its own.
    pub fn is_about_the_search(&self) -> bool {
        matches!(self, Notice::SearchShortened | Notice::SearchIgnored(_))
    }
}

/// A decoded URL: the state to show and what was ignored on the way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    pub state: ViewState,
    pub notices: Vec<Notice>,
}

/// At most this many notices are kept; past it, one more says how many were dropped.
pub const NOTICE_LIMIT: usize = 8;

/// Decodes already percent-decoded query pairs (what a router hands over). Never fails.
///
/// Tracking parameters ([`is_tracking`]) are dropped silently: a notice is for what the reader
/// might have meant.
///
/// Tags are matched case-insensitively, by slug or by display name (`Masked LM` works as well
/// as `masked-lm`). Repeated `tags` parameters add up; any other repeated parameter keeps its
/// first value.
pub fn decode<K: AsRef<str>, V: AsRef<str>>(archive: &Archive, pairs: impl IntoIterator<Item = (K, V)>) -> Decoded {
    let mut decoded = Decoded::default();
    let mut notices = Vec::new();
    let mut seen: Vec<&'static str> = Vec::new();
    for (key, value) in pairs {
        let (key, value) = (key.as_ref(), value.as_ref().trim());
        // Every parameter but `tags` takes one value.
        let single = PARAMS.into_iter().find(|&p| p == key && p != TAGS_PARAM);
        if let Some(param) = single {
            // An empty value (`?match=`) says nothing, so it neither counts as the parameter's
            // one value nor makes a later, real one a repeat.
            if value.is_empty() {
                continue;
            }
            if seen.contains(&param) {
                notices.push(Notice::RepeatedParameter(param.to_string()));
                continue;
            }
            seen.push(param);
        }
        match key {
            TAGS_PARAM => {
                for word in value.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                    match find_tag(archive, word) {
                        Some(tag) => {
                            decoded.state.tags.insert(tag);
                        }
                        None => notices.push(Notice::UnknownTag(word.to_string())),
                    }
                }
            }
            MATCH_PARAM => match MatchMode::parse(value) {
                Some(mode) => decoded.state.match_mode = mode,
                None => notices.push(Notice::UnknownMatch(value.to_string())),
            },
            SEARCH_PARAM => {
                decoded.state.search = Search::new(value);
                if decoded.state.search.is_empty() {
                    notices.push(Notice::SearchIgnored(value.to_string()));
                } else if value.chars().count() > SEARCH_LIMIT {
                    notices.push(Notice::SearchShortened);
                }
            }
            ERA_PARAM => match archive.eras().find(|(_, e)| e.id.eq_ignore_ascii_case(value)) {
                Some((era, _)) => decoded.state.era = Some(era),
                None => notices.push(Notice::UnknownEra(value.to_string())),
            },
            SORT_PARAM => match Sort::parse(value) {
                Some(sort) => decoded.state.sort = sort,
                None => notices.push(Notice::UnknownSort(value.to_string())),
            },
            VIEW_PARAM => match Presentation::parse(value) {
                Some(presentation) => decoded.state.presentation = presentation,
                None => notices.push(Notice::UnknownView(value.to_string())),
            },
            PAPER_PARAM => match archive.paper_by_id(&value.to_ascii_lowercase()) {
                Some(paper) => decoded.state.paper = Some(paper),
                None => notices.push(Notice::UnknownPaper(value.to_string())),
            },
            "" if value.is_empty() => {}
            key if is_tracking(key) => {}
            _ => notices.push(Notice::UnknownParameter(key.to_string())),
        }
    }
    let mut unique = Vec::new();
    for notice in notices {
        if !unique.contains(&notice) {
            unique.push(notice);
        }
    }
    if unique.len() > NOTICE_LIMIT {
        let dropped = unique.len() - NOTICE_LIMIT;
        unique.truncate(NOTICE_LIMIT);
        unique.push(Notice::AndMore(dropped));
    }
    decoded.notices = unique;
    decoded
}

/// Decodes a raw query string (with or without its leading `?`), percent-decoding it first.
/// Broken percent-encoding is kept literally rather than rejected.
pub fn decode_query(archive: &Archive, query: &str) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    decode(archive, form_urlencoded::parse(query.as_bytes()))
}

fn find_tag(archive: &Archive, word: &str) -> Option<TagIndex> {
    let wanted = word.to_lowercase().replace([' ', '_'], "-");
    archive
        .tag_by_slug(&wanted)
        .or_else(|| archive.tags().find(|(_, t)| t.name.to_lowercase() == word.to_lowercase()).map(|(i, _)| i))
}
