//! Plain-text rules the importer applies to what a reference says: whitespace, ids, short names,
//! summaries, and the normalised title that finds the same paper twice.

use deunicode::deunicode;

/// Longest summary taken from an abstract, in characters: a card shows a sentence or two, as the
/// hand-written summaries do.
pub const SUMMARY_LENGTH: usize = 300;

/// Longest short name made from a title (a card's heading), in characters.
const SHORT_NAME_LENGTH: usize = 40;

/// Longest id made from a title, in characters.
const ID_LENGTH: usize = 48;

/// Runs of whitespace (line breaks, tabs, no-break spaces) as one space, trimmed.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` as an id: ASCII letters and digits, lowercase, in words joined by single hyphens
/// ("Jürgen's BERT" → "jurgen-s-bert"). Empty when nothing in it transliterates to a letter or
/// a digit.
pub fn slug(text: &str) -> String {
    let ascii = deunicode(text).to_ascii_lowercase();
    ascii.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("-")
}

/// An id from a citation key, when the key is one a person chose or could read: Better BibTeX's
/// `vaswaniAttentionAllYou2017` becomes `vaswani-attention-all-you2017`, Google Scholar's
/// `vaswani2017attention` stays as it is. Keys that are paths, URLs or generated item numbers
/// (DBLP's `DBLP:conf/nips/…`, Zotero's `http://zotero.org/…/ABCD2345`, Mendeley's `ITEM-1`)
/// give `None`, and the id is made from the title instead.
pub fn key_id(key: &str) -> Option<String> {
    let plain = key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '+'));
    let starts_with_letter = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    let generated = is_item_number(key) || is_zotero_item_key(key);
    if !plain || !starts_with_letter || generated || key.len() > 60 {
        return None;
    }
    // Split camelCase words before lowercasing, so that they stay words.
    let mut spaced = String::with_capacity(key.len() + 8);
    let mut previous_lower = false;
    for c in key.chars() {
        if c.is_ascii_uppercase() && previous_lower {
            spaced.push(' ');
        }
        previous_lower = c.is_ascii_lowercase();
        spaced.push(c);
    }
    Some(slug(&spaced)).filter(|id| !id.is_empty())
}

/// Mendeley's and pandoc's `ITEM-1`, `item12`.
fn is_item_number(key: &str) -> bool {
    let lower = key.to_ascii_lowercase();
    lower.strip_prefix("item").is_some_and(|rest| {
        let digits = rest.trim_start_matches(['-', '_']);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Zotero's item keys: eight capital letters and digits, with at least one digit (`ABCD2345`).
fn is_zotero_item_key(key: &str) -> bool {
    key.len() == 8
        && key.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && key.bytes().any(|b| b.is_ascii_digit())
}

/// An id from a paper's short name: its first words, up to a readable length.
pub fn title_id(short_name: &str) -> String {
    let mut id = String::new();
    for word in slug(short_name).split('-') {
        if !id.is_empty() && id.len() + 1 + word.len() > ID_LENGTH {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(word);
    }
    if id.is_empty() {
        "paper".to_string()
    } else {
        id
    }
}

/// The card's heading when the reference has no short title: the name before a colon ("BERT:
/// Pre-training of …" → "BERT"), the whole title when it is short, or its first words.
pub fn short_name(title: &str) -> String {
    if let Some((head, _)) = title.split_once(": ") {
        let head = head.trim();
        if !head.is_empty() && head.chars().count() <= SHORT_NAME_LENGTH {
            return head.to_string();
        }
    }
    if title.chars().count() <= SHORT_NAME_LENGTH {
        return title.to_string();
    }
    let mut short = String::new();
    for word in title.split(' ') {
        if !short.is_empty() && short.chars().count() + 1 + word.chars().count() > SHORT_NAME_LENGTH - 1 {
            break;
        }
        if !short.is_empty() {
            short.push(' ');
        }
        short.push_str(word);
    }
    let short = short.trim_end_matches([',', ';', ':', '.', '-', '–', '—']);
    format!("{short}…")
}

/// A card's summary from an abstract: all of it when it is short, otherwise its first sentences
/// up to [`SUMMARY_LENGTH`] characters (at least one sentence, cut at a word if that one is
/// longer). `None` for an empty abstract.
pub fn summary(abstract_text: &str) -> Option<String> {
    let text = collapse_whitespace(abstract_text);
    if text.is_empty() {
        return None;
    }
    if text.chars().count() <= SUMMARY_LENGTH {
        return Some(text);
    }
    let mut taken = String::new();
    for sentence in sentences(&text) {
        if taken.chars().count() + sentence.chars().count() > SUMMARY_LENGTH {
            break;
        }
        taken.push_str(sentence);
    }
    let taken = taken.trim_end();
    if !taken.is_empty() {
        return Some(taken.to_string());
    }
    // One long first sentence: its words up to the length, and an ellipsis.
    let mut cut = String::new();
    for word in text.split(' ') {
        if cut.chars().count() + 1 + word.chars().count() > SUMMARY_LENGTH - 1 {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    Some(format!("{}…", cut.trim_end_matches([',', ';', ':', '.'])))
}

/// `text` split after each sentence's end (". ", "? " or "! " before a capital letter or a digit),
/// each piece keeping its trailing space. Initials and common abbreviations ("J. Smith", "e.g.",
/// "et al.") do not end a sentence.
fn sentences(text: &str) -> Vec<&str> {
    const ABBREVIATIONS: [&str; 10] =
        ["e.g.", "i.e.", "et al.", "etc.", "vs.", "cf.", "Fig.", "Eq.", "resp.", "approx."];
    let mut pieces = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for window in 0..chars.len().saturating_sub(2) {
        let (at, c) = chars[window];
        let (_, space) = chars[window + 1];
        let (next_at, next) = chars[window + 2];
        if !matches!(c, '.' | '?' | '!') || space != ' ' || !(next.is_uppercase() || next.is_ascii_digit()) {
            continue;
        }
        let before = &text[start..=at];
        let initial = before.len() >= 2 && {
            let mut tail = before[..before.len() - 1].chars().rev();
            let last = tail.next();
            let previous = tail.next();
            last.is_some_and(char::is_uppercase) && previous.is_none_or(|p| p == ' ' || p == '.')
        };
        if c == '.' && (initial || ABBREVIATIONS.iter().any(|a| before.ends_with(a))) {
            continue;
        }
        pieces.push(&text[start..next_at]);
        start = next_at;
    }
    pieces.push(&text[start..]);
    pieces
}

/// A title reduced to what two exports of the same paper share: lowercase ASCII words, without
/// punctuation, accents or case ("BERT: Pre-training…" and "{BERT}: pre-training…" agree).
pub fn normalized_title(title: &str) -> String {
    slug(title).replace('-', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_words() {
        assert_eq!(slug("Jürgen's BERT: Pre-training"), "jurgen-s-bert-pre-training");
        assert_eq!(slug("  --  "), "");
        assert_eq!(slug("Dvořák"), "dvorak");
    }

    #[test]
    fn readable_keys_become_ids_and_generated_ones_do_not() {
        assert_eq!(key_id("vaswaniAttentionAllYou2017").as_deref(), Some("vaswani-attention-all-you2017"));
        assert_eq!(key_id("vaswani2017attention").as_deref(), Some("vaswani2017attention"));
        assert_eq!(key_id("word2vec").as_deref(), Some("word2vec"));
        assert_eq!(key_id("Le_Cun_1998").as_deref(), Some("le-cun-1998"));
        for generated in [
            "DBLP:conf/nips/VaswaniSPUJGKP17",
            "http://zotero.org/users/1/items/ABCD2345",
            "ITEM-1",
            "item12",
            "ABCD2345",
            "1706.03762",
            "",
        ] {
            assert_eq!(key_id(generated), None, "{generated}");
        }
    }

    #[test]
    fn short_names() {
        assert_eq!(short_name("BERT: Pre-training of Deep Bidirectional Transformers"), "BERT");
        assert_eq!(short_name("Attention Is All You Need"), "Attention Is All You Need");
        assert_eq!(
            short_name("Efficient Estimation of Word Representations in Vector Space"),
            "Efficient Estimation of Word…"
        );
    }

    #[test]
    fn title_ids_are_short() {
        assert_eq!(title_id("Attention Is All You Need"), "attention-is-all-you-need");
        assert_eq!(title_id("日本"), "ri-ben");
        assert_eq!(title_id("!!!"), "paper");
        assert!(title_id(&"word ".repeat(40)).len() <= 48);
    }

    #[test]
    fn summaries_take_whole_sentences() {
        assert_eq!(summary("  A short abstract.\n"), Some("A short abstract.".to_string()));
        assert_eq!(summary(""), None);
        let first = "We train a model on data from J. Smith et al. and others, e.g. books. ";
        let long = format!("{first}{}", "It works. ".repeat(40));
        let taken = summary(&long).unwrap();
        assert!(taken.starts_with(first.trim_end()), "{taken}");
        assert!(taken.chars().count() <= SUMMARY_LENGTH && taken.ends_with("works."), "{taken}");
        let one = format!("{}.", "word ".repeat(100));
        let cut = summary(&one).unwrap();
        assert!(cut.ends_with('…') && cut.chars().count() <= SUMMARY_LENGTH, "{cut}");
    }

    #[test]
    fn normalized_titles_agree_across_exports() {
        assert_eq!(normalized_title("{BERT}: Pre-training"), normalized_title("BERT – pre-training"));
    }
}
