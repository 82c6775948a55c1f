//! The tracking policy: the parameters that sites and mail tools add to links, which are no
//! mistake of the reader's. The codec drops them without a notice, and the app takes them out of
//! the address.

/// Parameters that sites and mail tools add to every link they pass on (`utm_source`,
/// `fbclid`, …): they are no mistake of the reader's, so they are dropped without a notice,
/// and the app takes them out of the address ([`without_tracking`]). Matched case-insensitively;
/// a name ending in `_` is a prefix.
pub const TRACKING_PARAMS: [&str; 22] = [
    "utm_",
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "twclid",
    "ttclid",
    "igshid",
    "igsh",
    "li_fat_id",
    "mc_cid",
    "mc_eid",
    "mkt_tok",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "srsltid",
];

/// Whether `key` is a tracking parameter (see [`TRACKING_PARAMS`]).
pub fn is_tracking(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    TRACKING_PARAMS.iter().any(|&p| if p.ends_with('_') { key.starts_with(p) } else { key == p })
}

/// The raw query string (with or without `?`) without its tracking parameters, the rest kept
/// exactly as written; `None` if it has none, so there is nothing to tidy.
pub fn without_tracking(query: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let is_tracking_pair = |pair: &&str| {
        let raw_key = pair.split('=').next().unwrap_or_default();
        form_urlencoded::parse(raw_key.as_bytes()).next().is_some_and(|(key, _)| is_tracking(&key))
    };
    let pairs: Vec<&str> = query.split('&').collect();
    if !pairs.iter().any(is_tracking_pair) {
        return None;
    }
    Some(pairs.into_iter().filter(|pair| !pair.is_empty() && !is_tracking_pair(pair)).collect::<Vec<_>>().join("&"))
}
