//! Links and identifiers: the one link a card gets (its url, else its DOI, else its arXiv
//! page), and the DOI, arXiv id, URL and title that tell two records of one paper apart from two
//! papers.

use crate::reference::NoteKind;
use crate::text::normalized_title;

/// A DOI without any resolver or `doi:` prefix (`10.1038/323533a0`), or `None` if the text is
/// not one.
pub fn doi(text: &str) -> Option<String> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    let mut rest = text;
    for prefix in
        ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:"]
    {
        if lower.starts_with(prefix) {
            rest = text[prefix.len()..].trim_start();
            break;
        }
    }
    (rest.starts_with("10.") && rest.contains('/')).then(|| rest.to_string())
}

/// The arXiv id at the start of `text` (`2001.08361v2` → `2001.08361`; old style `cs/0112017`,
/// `math.GT/0309136`), without its version.
fn arxiv_at_start(text: &str) -> Option<String> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    // New style: YYMM.NNNN or YYMM.NNNNN.
    if digits(text) == 4 && text[4..].starts_with('.') {
        let number = digits(&text[5..]);
        if number == 4 || number == 5 {
            return Some(text[..5 + number].to_string());
        }
    }
    // Old style: archive(.SUBJECT)/YYMMNNN.
    let (archive, number) = text.split_once('/')?;
    let archive_ok = !archive.is_empty()
        && archive.chars().all(|c| c.is_ascii_alphabetic() || c == '-' || c == '.')
        && archive.starts_with(|c: char| c.is_ascii_lowercase());
    (archive_ok && digits(number) == 7).then(|| format!("{archive}/{}", &number[..7]))
}

/// An arXiv id in an `eprint` field (which holds nothing else).
pub fn arxiv_eprint(eprint: &str) -> Option<String> {
    let eprint = eprint.trim();
    let eprint = eprint.strip_prefix("arXiv:").or_else(|| eprint.strip_prefix("arxiv:")).unwrap_or(eprint);
    arxiv_at_start(eprint)
}

/// An arXiv id mentioned in free text: `arXiv:2001.08361` (Google Scholar's `journal = {arXiv
/// preprint arXiv:2001.08361}`, Zotero's `number`), an arxiv.org link, or arXiv's DOI
/// (`10.48550/arXiv.2001.08361`).
pub fn arxiv_in(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    for marker in ["arxiv.org/abs/", "arxiv.org/pdf/", "10.48550/arxiv.", "arxiv:", "arxiv "] {
        let mut from = 0;
        while let Some(at) = lower[from..].find(marker) {
            let start = from + at + marker.len();
            if let Some(id) = arxiv_at_start(text[start..].trim_start()) {
                return Some(id);
            }
            from = start;
        }
    }
    None
}

/// The link a card gets, and a note when the user should check it. In order: the entry's
/// `https` url; an `http` arXiv or DOI link, written as https; the DOI at doi.org; the arXiv
/// page; any other `http` url, written as https (the bundle takes only https links); and
/// without any of them, a search for the title.
pub fn choose(url: Option<&str>, doi: Option<&str>, arxiv: Option<&str>, title: &str) -> (String, Option<NoteKind>) {
    let url = url.map(str::trim).filter(|u| !u.is_empty());
    if let Some(url) = url.filter(|u| u.starts_with("https://")) {
        return (escape(url), None);
    }
    let http = url.and_then(|u| u.strip_prefix("http://"));
    if let Some(rest) = http {
        let host = rest.split('/').next().unwrap_or("").to_ascii_lowercase();
        if ["arxiv.org", "www.arxiv.org", "doi.org", "dx.doi.org"].contains(&host.as_str()) {
            return (escape(&format!("https://{rest}")), None);
        }
    }
    if let Some(doi) = doi {
        return (escape(&format!("https://doi.org/{doi}")), None);
    }
    if let Some(arxiv) = arxiv {
        return (format!("https://arxiv.org/abs/{arxiv}"), None);
    }
    if let Some(rest) = http {
        let upgraded = escape(&format!("https://{rest}"));
        return (upgraded, Some(NoteKind::UpgradedLink(format!("http://{rest}"))));
    }
    let query: String = form_query(&format!("\"{title}\""));
    (format!("https://scholar.google.com/scholar?q={query}"), Some(NoteKind::SearchLink))
}

/// Characters a URL cannot hold as they are, percent-encoded (a DOI may have `<`, `>` or spaces).
fn escape(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' | '"' | '<' | '>' | '{' | '}' | '|' | '\\' | '^' | '`' => out.push_str(&format!("%{:02X}", c as u32)),
            c if c.is_whitespace() || c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Text as a query string value: unreserved characters as they are, everything else percent-encoded
/// as UTF-8.
fn form_query(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else if byte == b' ' {
            out.push('+');
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// What identifies a paper across exports and against a bundle: any one in common means the
/// same paper.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Identity {
    Doi(String),
    Arxiv(String),
    Url(String),
    Title(String),
}

impl Identity {
    /// What the report says two records had in common.
    pub fn describe(&self) -> &'static str {
        match self {
            Identity::Doi(_) => "same DOI",
            Identity::Arxiv(_) => "same arXiv id",
            Identity::Url(_) => "same link",
            Identity::Title(_) => "same title",
        }
    }
}

/// The identities of a record: its DOI and arXiv id (also as found in its link), its link
/// without scheme, `www.` or trailing slash, and its normalised title.
pub fn identities(url: Option<&str>, doi: Option<&str>, arxiv: Option<&str>, title: &str) -> Vec<Identity> {
    let mut found = Vec::new();
    let doi = doi.map(str::to_string).or_else(|| url.and_then(self::doi).filter(|_| url.is_some_and(is_doi_link)));
    if let Some(doi) = doi {
        found.push(Identity::Doi(doi.to_ascii_lowercase()));
    }
    let arxiv = arxiv.map(str::to_string).or_else(|| url.and_then(arxiv_in));
    if let Some(arxiv) = arxiv {
        found.push(Identity::Arxiv(arxiv.to_ascii_lowercase()));
    }
    if let Some(url) = url.filter(|u| !u.contains("scholar.google.com/scholar?")) {
        let url = url.trim().to_ascii_lowercase();
        let url = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).unwrap_or(&url);
        let url = url.strip_prefix("www.").unwrap_or(url).trim_end_matches('/');
        if !url.is_empty() {
            found.push(Identity::Url(url.to_string()));
        }
    }
    let title = normalized_title(title);
    if !title.is_empty() {
        found.push(Identity::Title(title));
    }
    found
}

fn is_doi_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.contains("://doi.org/") || lower.contains("://dx.doi.org/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dois_lose_their_prefixes() {
        assert_eq!(doi("https://doi.org/10.1038/323533a0").as_deref(), Some("10.1038/323533a0"));
        assert_eq!(doi("doi:10.1162/neco.1997.9.8.1735").as_deref(), Some("10.1162/neco.1997.9.8.1735"));
        assert_eq!(doi(" 10.48550/arXiv.2001.08361 ").as_deref(), Some("10.48550/arXiv.2001.08361"));
        assert_eq!(doi("not a doi"), None);
    }

    #[test]
    fn arxiv_ids_are_found_where_exports_put_them() {
        assert_eq!(arxiv_eprint("2001.08361").as_deref(), Some("2001.08361"));
        assert_eq!(arxiv_eprint("1706.03762v7").as_deref(), Some("1706.03762"));
        assert_eq!(arxiv_eprint("cs/0112017").as_deref(), Some("cs/0112017"));
        assert_eq!(arxiv_eprint("hello"), None);
        assert_eq!(arxiv_in("arXiv preprint arXiv:2001.08361").as_deref(), Some("2001.08361"));
        assert_eq!(arxiv_in("http://arxiv.org/abs/1706.03762v5").as_deref(), Some("1706.03762"));
        assert_eq!(arxiv_in("10.48550/arXiv.2303.08774").as_deref(), Some("2303.08774"));
        assert_eq!(arxiv_in("Proceedings of NAACL"), None);
    }

    #[test]
    fn links_in_order_of_preference() {
        let (url, note) = choose(Some("https://example.org/p"), Some("10.1/x"), Some("2001.08361"), "T");
        assert_eq!((url.as_str(), note), ("https://example.org/p", None));
        let (url, note) = choose(Some("http://arxiv.org/abs/2001.08361"), None, None, "T");
        assert_eq!((url.as_str(), note), ("https://arxiv.org/abs/2001.08361", None));
        let (url, _) = choose(None, Some("10.1038/323533a0"), Some("2001.08361"), "T");
        assert_eq!(url, "https://doi.org/10.1038/323533a0");
        let (url, _) = choose(None, None, Some("2001.08361"), "T");
        assert_eq!(url, "https://arxiv.org/abs/2001.08361");
        let (url, note) = choose(Some("http://example.org/p"), None, None, "T");
        assert_eq!(url, "https://example.org/p");
        assert_eq!(note, Some(NoteKind::UpgradedLink("http://example.org/p".into())));
        let (url, note) = choose(Some("ftp://x"), None, None, "Jürgen & co");
        assert_eq!(url, "https://scholar.google.com/scholar?q=%22J%C3%BCrgen+%26+co%22");
        assert_eq!(note, Some(NoteKind::SearchLink));
        let (url, _) = choose(None, Some("10.1002/(SICI)1097 <x>"), None, "T");
        assert_eq!(url, "https://doi.org/10.1002/(SICI)1097%20%3Cx%3E");
    }

    #[test]
    fn identities_read_links() {
        let ids = identities(Some("https://arxiv.org/abs/1706.03762"), None, None, "Attention Is All You Need");
        assert!(ids.contains(&Identity::Arxiv("1706.03762".into())));
        assert!(ids.contains(&Identity::Url("arxiv.org/abs/1706.03762".into())));
        assert!(ids.contains(&Identity::Title("attention is all you need".into())));
        let ids = identities(Some("https://doi.org/10.1038/323533a0"), None, None, "x");
        assert!(ids.contains(&Identity::Doi("10.1038/323533a0".into())));
    }
}
