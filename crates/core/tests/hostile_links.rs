//! The hostile-link corpus, checked natively against the codec: for each link, the view is the
//! one its clean equivalent shows, and what it ignored is named in the notices, quoted safely
//! (cut at 40 characters, control and bidi characters replaced). The browser runs a
//! representative part of it (tests/e2e/hostile-links.js) for what only a page can show:
//! that nothing injected runs or is inserted, and that the notices are plain text.

use archive_core::{decode_query, Archive};

mod common;

struct Case {
    name: &'static str,
    /// The link, as a path with its query (and fragment, which the browser never sends).
    path: &'static str,
    /// The clean query string that shows the same view.
    same: &'static str,
    /// Substrings the notices' texts must contain, together.
    notices: &'static [&'static str],
    /// How many notices, when it matters.
    count: Option<usize>,
    /// Text no notice may echo.
    absent: &'static [&'static str],
}

#[rustfmt::skip]
const CASES: &[Case] = &[
    Case { name: "script in tags", path: "/?tags=%3Cscript%3Ealert(1)%3C%2Fscript%3E", same: "", notices: &["Ignored unknown tag “<script>alert(1)</script>”."], count: None, absent: &[] },
    Case { name: "img onerror in tags", path: "/?tags=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", same: "", notices: &["Ignored unknown tag “<img src=x onerror=alert(1)>”."], count: None, absent: &[] },
    Case { name: "script next to a known tag, raw brackets", path: "/?tags=moe,<script>alert(1)</script>", same: "tags=moe", notices: &["Ignored unknown tag “<script>alert(1)</script>”."], count: None, absent: &[] },
    Case { name: "markup in a parameter name", path: "/?%3Csvg%20onload%3Dalert(1)%3E=1", same: "", notices: &["Ignored unknown parameter “<svg onload=alert(1)>”."], count: None, absent: &[] },
    Case { name: "script as a parameter name and value", path: "/?%3Cscript%3E=%3Cscript%3Ealert(1)%3C/script%3E", same: "", notices: &["Ignored unknown parameter “<script>”."], count: None, absent: &["alert(1)"] },
    Case { name: "script in an unknown parameter value", path: "/?comment=%3Cscript%3Ealert(1)%3C/script%3E&tags=rlhf", same: "tags=rlhf", notices: &["Ignored unknown parameter “comment”."], count: None, absent: &["<script>"] },
    Case { name: "script in a tracking parameter (tidied away, no notice)", path: "/?utm_source=%3Cscript%3Ealert(1)%3C/script%3E&fbclid=x&tags=rlhf", same: "tags=rlhf", notices: &[], count: None, absent: &[] },
    Case { name: "attribute breakout in match", path: "/?match=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", same: "", notices: &["Ignored match=“\"><script>alert(1)</script>”: use “any” or “all”."], count: None, absent: &[] },
    Case { name: "img onerror in match", path: "/?tags=moe,rlhf&match=%3Cimg%20src=x%20onerror=alert(1)%3E", same: "tags=moe,rlhf", notices: &["Ignored match=“<img src=x onerror=alert(1)>”: use “any” or “all”."], count: None, absent: &[] },
    Case { name: "script in the fragment", path: "/#<script>alert(1)</script>", same: "", notices: &[], count: None, absent: &[] },
    Case { name: "img onerror in the fragment after a filter", path: "/?tags=moe#%3Cimg%20src=x%20onerror=alert(1)%3E", same: "tags=moe", notices: &[], count: None, absent: &[] },
    Case { name: "javascript: in the fragment", path: "/?tags=rlhf&match=all#javascript:alert(1)", same: "tags=rlhf&match=all", notices: &[], count: None, absent: &[] },
    Case { name: "javascript: value", path: "/?tags=javascript:alert(1)", same: "", notices: &["Ignored unknown tag “javascript:alert(1)”."], count: None, absent: &[] },
    Case { name: "encoded javascript: value", path: "/?tags=javascript%3Aalert%28document.cookie%29", same: "", notices: &["Ignored unknown tag “javascript:alert(document.cookie)”."], count: None, absent: &[] },
    Case { name: "javascript: as a parameter name", path: "/?javascript:alert(1)=x&tags=moe", same: "tags=moe", notices: &["Ignored unknown parameter “javascript:alert(1)”."], count: None, absent: &[] },
    Case { name: "data: URL in tags", path: "/?tags=data:text/html,%3Cscript%3Ealert(1)%3C/script%3E", same: "", notices: &["Ignored unknown tag “data:text/html”.", "Ignored unknown tag “<script>alert(1)</script>”."], count: None, absent: &[] },
    Case { name: "long data: URL in match, quoted cut at 40", path: "/?match=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", same: "", notices: &["Ignored match=“data:text/html;base64,PHNjcmlwdD5hbGVydC…”: use “any” or “all”."], count: None, absent: &[] },
    Case { name: "unknown tag next to a known one", path: "/?tags=moe,quantum", same: "tags=moe", notices: &["Ignored unknown tag “quantum”."], count: None, absent: &[] },
    Case { name: "unknown parameters", path: "/?utm=1&ref=x&tags=moe", same: "tags=moe", notices: &["Ignored unknown parameter “utm”.", "Ignored unknown parameter “ref”."], count: None, absent: &[] },
    Case { name: "parameter names are case-sensitive", path: "/?TAGS=moe&Match=all", same: "", notices: &["Ignored unknown parameter “TAGS”.", "Ignored unknown parameter “Match”."], count: None, absent: &[] },
    Case { name: "array-style parameter name", path: "/?tags[]=moe", same: "", notices: &["Ignored unknown parameter “tags[]”."], count: None, absent: &[] },
    Case { name: "repeated tags parameters add up", path: "/?tags=moe&tags=rlhf&tags=quantum", same: "tags=moe,rlhf", notices: &["Ignored unknown tag “quantum”."], count: Some(1), absent: &[] },
    Case { name: "repeated match: the first counts", path: "/?tags=moe,rlhf&match=all&match=any", same: "tags=moe,rlhf&match=all", notices: &["Ignored a repeated “match” parameter; the first one counts."], count: Some(1), absent: &[] },
    Case { name: "repeated match carrying a script", path: "/?match=all&match=%3Cscript%3Ealert(1)%3C/script%3E&tags=moe,rlhf", same: "tags=moe,rlhf&match=all", notices: &["Ignored a repeated “match” parameter; the first one counts."], count: Some(1), absent: &[] },
    Case { name: "a repeated unknown parameter is reported once", path: "/?utm=1&utm=2&utm=3", same: "", notices: &["Ignored unknown parameter “utm”."], count: Some(1), absent: &[] },
    Case { name: "empty keys, values and separators", path: "/?&&&=&tags&match=&tags=,,,", same: "", notices: &[], count: None, absent: &[] },
    Case { name: "a lone percent sign", path: "/?tags=%", same: "", notices: &["Ignored unknown tag “%”."], count: None, absent: &[] },
    Case { name: "percent and a non-hex digit", path: "/?tags=%Z,moe", same: "tags=moe", notices: &["Ignored unknown tag “%Z”."], count: None, absent: &[] },
    Case { name: "truncated UTF-8 sequence", path: "/?tags=%E0%A4%A", same: "", notices: &["Ignored unknown tag “\u{fffd}%A”."], count: None, absent: &[] },
    Case { name: "lone surrogate", path: "/?tags=%ED%A0%80,rlhf", same: "tags=rlhf", notices: &["Ignored unknown tag “", "\u{fffd}"], count: None, absent: &[] },
    Case { name: "overlong and invalid bytes", path: "/?tags=%C0%AE%FF", same: "", notices: &["Ignored unknown tag “", "\u{fffd}"], count: None, absent: &[] },
    Case { name: "broken encoding in a parameter name", path: "/?%ZZ=1&tags=moe", same: "tags=moe", notices: &["Ignored unknown parameter “%ZZ”."], count: None, absent: &[] },
    Case { name: "null byte inside a tag", path: "/?tags=a%00b", same: "", notices: &["Ignored unknown tag “a\u{fffd}b”."], count: None, absent: &[] },
    Case { name: "null byte as a parameter name", path: "/?%00=1&tags=moe", same: "tags=moe", notices: &["Ignored unknown parameter “\u{fffd}”."], count: None, absent: &[] },
    Case { name: "CR LF header injection", path: "/?tags=%0D%0ASet-Cookie:x=1", same: "", notices: &["Ignored unknown tag “Set-Cookie:x=1”."], count: None, absent: &[] },
    Case { name: "control characters inside a parameter name", path: "/?a%07%1Bb=1", same: "", notices: &["Ignored unknown parameter “a\u{fffd}\u{fffd}b”."], count: None, absent: &[] },
    Case { name: "right-to-left override", path: "/?tags=%E2%80%AEevil", same: "", notices: &["Ignored unknown tag “\u{fffd}evil”."], count: None, absent: &[] },
    Case { name: "right-to-left mark before a known tag", path: "/?tags=%E2%80%8Fmoe", same: "", notices: &["Ignored unknown tag “\u{fffd}moe”."], count: None, absent: &[] },
    Case { name: "zero-width space after a known tag", path: "/?tags=moe%E2%80%8B,rlhf", same: "tags=rlhf", notices: &["Ignored unknown tag “moe\u{200b}”."], count: None, absent: &[] },
    Case { name: "emoji tags", path: "/?tags=%F0%9F%98%80,%F0%9F%A4%96", same: "", notices: &["Ignored unknown tag “😀”.", "Ignored unknown tag “🤖”."], count: None, absent: &[] },
    Case { name: "emoji parameter name", path: "/?%F0%9F%A4%96=1", same: "", notices: &["Ignored unknown parameter “🤖”."], count: None, absent: &[] },
    Case { name: "combining accent", path: "/?tags=mo%CC%81e", same: "", notices: &["Ignored unknown tag “mo\u{301}e”."], count: None, absent: &[] },
    Case { name: "full-width letters", path: "/?tags=%EF%BD%8D%EF%BD%8F%EF%BD%85", same: "", notices: &["Ignored unknown tag “ｍｏｅ”."], count: None, absent: &[] },
    Case { name: "prototype names as parameters and tags", path: "/?__proto__=1&constructor=x&tags=__proto__,constructor,toString,hasOwnProperty", same: "", notices: &["Ignored unknown parameter “__proto__”.", "Ignored unknown parameter “constructor”.", "Ignored unknown tag “__proto__”.", "Ignored unknown tag “constructor”.", "Ignored unknown tag “toString”.", "Ignored unknown tag “hasOwnProperty”."], count: None, absent: &[] },
    Case { name: "prototype pollution paths", path: "/?__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__.polluted=1", same: "", notices: &["Ignored unknown parameter “__proto__[polluted]”.", "Ignored unknown parameter “constructor[prototype][polluted]”.", "Ignored unknown parameter “__proto__.polluted”."], count: None, absent: &[] },
    Case { name: "plus and %20 around tags", path: "/?tags=+moe+,%20rlhf%20", same: "tags=moe,rlhf", notices: &[], count: None, absent: &[] },
    Case { name: "display name with a plus", path: "/?tags=Masked+LM", same: "tags=masked-lm", notices: &[], count: None, absent: &[] },
    Case { name: "slug, display name and upper case at once", path: "/?tags=masked_lm,Masked%20LM,MASKED-LM", same: "tags=masked-lm", notices: &[], count: None, absent: &[] },
    Case { name: "tabs and newlines around a tag, padded match", path: "/?tags=%09moe%0A,rlhf&match=+ALL+", same: "tags=moe,rlhf&match=all", notices: &[], count: None, absent: &[] },
    Case { name: "only pluses", path: "/?tags=+++&match=+++", same: "", notices: &[], count: None, absent: &[] },
    Case { name: "a literal plus", path: "/?tags=%2B", same: "", notices: &["Ignored unknown tag “+”."], count: None, absent: &[] },
    Case { name: "encoded comma separates tags", path: "/?tags=moe%2Crlhf", same: "tags=moe,rlhf", notices: &[], count: None, absent: &[] },
    Case { name: "encoded ampersand does not split parameters", path: "/?tags=moe%26match%3Dall", same: "", notices: &["Ignored unknown tag “moe&match=all”."], count: None, absent: &[] },
    Case { name: "semicolon is not a separator", path: "/?tags=moe;rlhf", same: "", notices: &["Ignored unknown tag “moe;rlhf”."], count: None, absent: &[] },
    Case { name: "double-encoded script", path: "/?tags=%253Cscript%253E", same: "", notices: &["Ignored unknown tag “%3Cscript%3E”."], count: None, absent: &[] },
    Case { name: "double-encoded letter does not become a tag", path: "/?tags=mo%2565", same: "", notices: &["Ignored unknown tag “mo%65”."], count: None, absent: &[] },
    Case { name: "double-encoded percent", path: "/?tags=%2525", same: "", notices: &["Ignored unknown tag “%25”."], count: None, absent: &[] },
];

/// The query string the browser's `location.search` holds for `path`: no fragment.
fn query_of(path: &str) -> &str {
    let path = path.split('#').next().unwrap_or_default();
    path.split_once('?').map_or("", |(_, query)| query)
}

/// Checks one link: the same view as `same`, with notices that say `notices` and not `absent`.
fn check(
    archive: &Archive,
    name: &str,
    path: &str,
    same: &str,
    notices: &[&str],
    count: Option<usize>,
    absent: &[&str],
) {
    let decoded = decode_query(archive, query_of(path));
    let clean = decode_query(archive, same);
    assert!(clean.notices.is_empty(), "{name}: the clean link {same:?} has notices");
    assert_eq!(decoded.state, clean.state, "{name}: not the view of {same:?}");
    let texts: Vec<String> = decoded.notices.iter().map(ToString::to_string).collect();
    let all = texts.join("\n");
    if notices.is_empty() {
        assert!(texts.is_empty(), "{name}: unexpected notices {texts:?}");
    }
    for expected in notices {
        assert!(all.contains(expected), "{name}: no notice says {expected:?} in {texts:?}");
    }
    if let Some(count) = count {
        assert_eq!(texts.len(), count, "{name}: {texts:?}");
    }
    for text in absent {
        assert!(!all.contains(text), "{name}: a notice echoes {text:?}");
    }
}

#[test]
fn every_hostile_link_shows_its_clean_view_and_names_what_it_ignored() {
    let archive = common::archive();
    assert!(CASES.len() >= 50);
    for c in CASES {
        check(&archive, c.name, c.path, c.same, c.notices, c.count, c.absent);
    }
}

#[test]
fn huge_links_are_cut_short_in_their_notices() {
    let archive = common::archive();
    let quoted = |text: &str| format!("“{}…”", text.chars().take(40).collect::<String>());
    let hundred_kb = 100_000;

    let tag = "a".repeat(hundred_kb);
    let notice = format!("Ignored unknown tag {}.", quoted(&tag));
    check(&archive, "a 100 KB tag", &format!("/?tags={tag}"), "", &[&notice], Some(1), &[&tag[..41]]);

    let name = "b".repeat(hundred_kb);
    let notice = format!("Ignored unknown parameter {}.", quoted(&name));
    check(&archive, "a 100 KB parameter name", &format!("/?{name}=1&tags=moe"), "tags=moe", &[&notice], Some(1), &[]);

    let params: Vec<String> = (0..1000).map(|i| format!("p{i}={}", "v".repeat(95))).collect();
    check(
        &archive,
        "a 100 KB query of 1,000 parameters",
        &format!("/?{}", params.join("&")),
        "",
        &["Ignored unknown parameter “p0”.", "Ignored unknown parameter “p7”.", "…and 992 more ignored."],
        Some(9),
        &[],
    );

    let slugs: Vec<&str> = archive.tags().map(|(_, t)| t.id.as_str()).collect();
    let every = slugs.join(",");
    let mut many: Vec<String> = std::iter::repeat_n(every.clone(), 200).collect();
    many.extend((0..3000).map(|i| format!("u{i}")));
    check(
        &archive,
        "very many tags: every tag 200 times and 3,000 unknown ones, match all",
        &format!("/?tags={}&match=all", many.join(",")),
        &format!("tags={every}&match=all"),
        &["Ignored unknown tag “u0”.", "Ignored unknown tag “u7”.", "…and 2992 more ignored."],
        Some(9),
        &[],
    );
    let hundred: Vec<String> = std::iter::repeat_n(every.clone(), 100).collect();
    check(
        &archive,
        "very many tags: every known tag 100 times, match any",
        &format!("/?tags={}", hundred.join(",")),
        &format!("tags={every}"),
        &[],
        None,
        &[],
    );
}
