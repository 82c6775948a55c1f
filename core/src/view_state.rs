//! What the reader is looking at, and its URL form.
//!
//! The query string is the single source of view state: `?tags=moe,rlhf&match=all`.
//! [`decode`] never fails: anything it cannot use is dropped and reported as a [`Notice`], so a
//! hostile or stale link still opens the archive and says what it ignored. [`ViewState::to_query`]
//! writes one canonical form (tags in tag-bar order, defaults omitted), so equal views have equal
//! URLs and `decode(encode(state)) == state`.

use std::collections::BTreeSet;
use std::fmt;

use crate::archive::{Archive, TagIndex};

/// The query parameter holding the selected tags, comma-separated slugs.
pub const TAGS_PARAM: &str = "tags";
/// The query parameter holding the match mode (`any`, the default, or `all`).
pub const MATCH_PARAM: &str = "match";

/// How several selected tags combine.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MatchMode {
    /// A paper is shown if it has at least one selected tag.
    #[default]
    Any,
    /// A paper is shown only if it has every selected tag.
    All,
}

impl MatchMode {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchMode::Any => "any",
            MatchMode::All => "all",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "any" => Some(MatchMode::Any),
            "all" => Some(MatchMode::All),
            _ => None,
        }
    }
}

/// The view: which tags are selected and how they combine. Tags are archive indices, so an
/// unknown tag cannot be part of a state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ViewState {
    pub tags: BTreeSet<TagIndex>,
    pub match_mode: MatchMode,
}

impl ViewState {
    /// True when some tag narrows the view.
    pub fn is_filtered(&self) -> bool {
        !self.tags.is_empty()
    }

    /// The same view with `tag` selected if it was not, and deselected if it was.
    pub fn toggled(&self, tag: TagIndex) -> Self {
        let mut next = self.clone();
        if !next.tags.remove(&tag) {
            next.tags.insert(tag);
        }
        next
    }

    pub fn with_match_mode(&self, match_mode: MatchMode) -> Self {
        Self { match_mode, ..self.clone() }
    }

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
    /// Stands in for the notices past [`NOTICE_LIMIT`].
    AndMore(usize),
}

/// Longest piece of user input quoted back in a notice; a 100 KB query string is not echoed.
const QUOTE_LIMIT: usize = 40;

fn quote(text: &str) -> String {
    let clean: String = text.chars().map(|c| if c.is_control() { '\u{FFFD}' } else { c }).collect();
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
            Notice::AndMore(count) => write!(f, "…and {count} more ignored."),
        }
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
/// Tags are matched case-insensitively, by slug or by display name (`Masked LM` works as well
/// as `masked-lm`). Repeated `tags` parameters add up; a repeated `match` keeps the first.
pub fn decode<K: AsRef<str>, V: AsRef<str>>(archive: &Archive, pairs: impl IntoIterator<Item = (K, V)>) -> Decoded {
    let mut decoded = Decoded::default();
    let mut notices = Vec::new();
    let mut seen_match = false;
    for (key, value) in pairs {
        let (key, value) = (key.as_ref(), value.as_ref());
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
            MATCH_PARAM if seen_match => notices.push(Notice::RepeatedParameter(key.to_string())),
            MATCH_PARAM => {
                seen_match = true;
                match MatchMode::parse(value) {
                    Some(mode) => decoded.state.match_mode = mode,
                    None if value.trim().is_empty() => {}
                    None => notices.push(Notice::UnknownMatch(value.to_string())),
                }
            }
            "" if value.is_empty() => {}
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
