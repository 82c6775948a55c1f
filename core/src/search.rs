//! Full-text search: case-, accent- and punctuation-insensitive word matching, and the match
//! ranges used to highlight hits in the cards.
//!
//! Text and query are both *folded*: lowercased, common Latin accents removed (é → e, ü → u),
//! and every other non-alphanumeric character treated as a word break, so "dall-e" finds
//! "DALL·E" and "tulu" finds "Tülu". A paper matches when every query word occurs in one of its
//! searchable fields: short name, title, authors, organisation, summary, why it matters, and
//! what its card shows besides: the names of its tags ("rlhf" finds every paper the RLHF chip
//! does) and its date ("2017" finds the papers of 2017, "2017-06" those of June 2017).

use crate::archive::{Archive, Paper};

/// Folds one character to its search form: `None` for a word break, otherwise its lowercase
/// letter without accent. The table covers Latin-1 and Latin Extended-A, which is every accent
/// in the archive and most in author names.
fn fold_char(c: char) -> Option<char> {
    if c.is_ascii_alphanumeric() {
        return Some(c.to_ascii_lowercase());
    }
    if !c.is_alphanumeric() {
        return None;
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    let base = match lower {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    };
    Some(base)
}

/// A folded word of a text and where it sits, in characters of the original text. Folding maps
/// each character to one, so the word spans as many characters of the text as it has.
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) word: String,
}

pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut current: Option<Token> = None;
    for (i, c) in text.chars().enumerate() {
        match (fold_char(c), current.as_mut()) {
            (Some(f), Some(token)) => token.word.push(f),
            (Some(f), None) => current = Some(Token { start: i, word: f.to_string() }),
            (None, _) => tokens.extend(current.take()),
        }
    }
    tokens.extend(current);
    tokens
}

/// The folded words of `text`.
pub fn words(text: &str) -> Vec<String> {
    tokens(text).into_iter().map(|t| t.word).collect()
}

/// A parsed search: its folded words. Empty when the query has no letters or digits.
///
/// A query word matches a word of the text that starts with it ("trans" finds "Transformer").
/// A paper matches when every query word matches somewhere in its searchable fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(text: &str) -> Self {
        Self { words: words(text) }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when every query word starts some word of a paper's searchable fields, folded in
    /// advance ([`SearchWords`], kept by the archive) so that a keystroke does not fold every
    /// paper's text again.
    pub fn matches_words(&self, text: &SearchWords) -> bool {
        self.words.iter().all(|word| text.has_prefix(word))
    }

    /// Splits `text` into runs, each marked whether it is part of a match, for highlighting.
    /// Concatenating the runs gives back `text` unchanged.
    ///
    /// The whole query as a phrase is marked wherever it occurs ("dall-e" marks "DALL·E");
    /// otherwise each query word of two or more letters is marked at the words it starts, so a
    /// stray one-letter word does not light up every word beginning with that letter.
    pub fn highlight(&self, text: &str) -> Vec<(String, bool)> {
        let chars: Vec<char> = text.chars().collect();
        let mut marked = vec![false; chars.len()];
        if !self.words.is_empty() {
            let tokens = tokens(text);
            let mut mark = |start: usize, len: usize| marked[start..start + len].iter_mut().for_each(|m| *m = true);
            let n = self.words.len();
            let mut phrase_found = false;
            for window in tokens.windows(n) {
                if window.iter().zip(&self.words).all(|(t, w)| t.word.starts_with(w.as_str())) {
                    phrase_found = true;
                    for (token, word) in window.iter().zip(&self.words) {
                        mark(token.start, word.chars().count());
                    }
                }
            }
            if !phrase_found {
                for token in &tokens {
                    for word in self.words.iter().filter(|w| w.chars().count() > 1) {
                        if token.word.starts_with(word.as_str()) {
                            mark(token.start, word.chars().count());
                        }
                    }
                }
            }
        }
        let mut runs: Vec<(String, bool)> = Vec::new();
        for (c, mark) in chars.into_iter().zip(marked) {
            match runs.last_mut() {
                Some((run, m)) if *m == mark => run.push(c),
                _ => runs.push((c.to_string(), mark)),
            }
        }
        runs
    }
}

/// A paper's searchable words, folded, sorted and deduplicated: a query word is looked up by
/// binary search for the first word not below it, which starts with it if any word does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchWords(Vec<String>);

impl SearchWords {
    pub fn of(archive: &Archive, paper: &Paper) -> Self {
        let date = paper.date.to_string();
        let mut all: Vec<String> = searchable_texts(archive, paper, &date).flat_map(words).collect();
        all.sort_unstable();
        all.dedup();
        Self(all)
    }

    fn has_prefix(&self, prefix: &str) -> bool {
        let first = self.0.partition_point(|w| w.as_str() < prefix);
        self.0.get(first).is_some_and(|w| w.starts_with(prefix))
    }
}

/// Every text of `paper` a search looks in: its fields, its tags' names and its date (`date`,
/// as its card prints it).
fn searchable_texts<'a>(archive: &'a Archive, paper: &'a Paper, date: &'a str) -> impl Iterator<Item = &'a str> {
    let fields = [
        paper.short_name.as_str(),
        &paper.title,
        &paper.authors,
        &paper.organization,
        paper.summary.as_deref().unwrap_or(""),
        paper.why_it_matters.as_deref().unwrap_or(""),
    ];
    let tags = paper.tags.iter().map(|&t| archive.tag(t).name.as_str());
    fields.into_iter().chain(tags).chain([date])
}

/// Every word of the archive's searchable text (as [`SearchWords`] has them per paper), folded,
/// with how to write it and how many papers use it: what "Did you mean" (`crate::suggest`)
/// picks from. Built once per archive, on the first search that finds nothing.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    /// Sorted by folded word.
    entries: Vec<Word>,
}

#[derive(Clone, Debug)]
pub(crate) struct Word {
    pub(crate) folded: String,
    /// The first spelling met, reading tag names, papers' names and titles before the rest, so
    /// that names keep their capitals.
    pub(crate) spelling: String,
    pub(crate) papers: usize,
}

impl Vocabulary {
    pub fn of(archive: &Archive) -> Self {
        // Every paper's words, each paper's once, all sorted: a word's papers are neighbours.
        let mut all: Vec<String> = archive.papers().flat_map(|(p, _)| archive.search_words(p).0.clone()).collect();
        all.sort_unstable();
        let mut entries: Vec<Word> = Vec::new();
        for folded in all {
            match entries.last_mut() {
                Some(word) if word.folded == folded => word.papers += 1,
                _ => entries.push(Word { folded, spelling: String::new(), papers: 1 }),
            }
        }
        // Each word's spelling, the first met: tag names, then papers' names and titles, then
        // the rest of their text.
        let mut spell = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            for token in tokens(text) {
                if let Ok(at) = entries.binary_search_by(|w| w.folded.as_str().cmp(&token.word)) {
                    if entries[at].spelling.is_empty() {
                        let end = token.start + token.word.chars().count();
                        entries[at].spelling = chars[token.start..end].iter().collect();
                    }
                }
            }
        };
        for (_, tag) in archive.tags() {
            spell(&tag.name);
        }
        for (_, paper) in archive.papers() {
            spell(&paper.short_name);
            spell(&paper.title);
        }
        for (_, paper) in archive.papers() {
            let date = paper.date.to_string();
            searchable_texts(archive, paper, &date).for_each(&mut spell);
        }
        Self { entries }
    }

    /// Whether some word starts with `prefix` (folded): the search's own rule for a match.
    pub(crate) fn starts_a_word(&self, prefix: &str) -> bool {
        let first = self.entries.partition_point(|w| w.folded.as_str() < prefix);
        self.entries.get(first).is_some_and(|w| w.folded.starts_with(prefix))
    }

    pub(crate) fn words(&self) -> &[Word] {
        &self.entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_and_punctuation() {
        assert_eq!(words("DALL·E"), ["dall", "e"]);
        assert_eq!(words("dall-e"), ["dall", "e"]);
        assert_eq!(words("Tülu, Mixtral"), ["tulu", "mixtral"]);
        assert_eq!(words("  "), Vec::<String>::new());
        assert_eq!(words("GPT-4/5 MoE"), ["gpt", "4", "5", "moe"]);
    }

    #[test]
    fn highlight_marks_matches_and_keeps_the_text() {
        let q = Query::new("dall-e");
        let runs = q.highlight("Powers DALL·E's text");
        let text: String = runs.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(text, "Powers DALL·E's text");
        let marked: Vec<&str> = runs.iter().filter(|(_, m)| *m).map(|(t, _)| t.as_str()).collect();
        assert_eq!(marked, ["DALL", "E"]);
    }

    #[test]
    fn highlight_marks_word_prefixes_but_not_lone_letters() {
        let runs = Query::new("trans x").highlight("Vision Transformer for text");
        let marked: Vec<&str> = runs.iter().filter(|(_, m)| *m).map(|(t, _)| t.as_str()).collect();
        assert_eq!(marked, ["Trans"]);
    }

    #[test]
    fn prefix_lookup_in_folded_words() {
        let words = SearchWords(vec!["attention".into(), "bert".into(), "transformer".into()]);
        for (prefix, found) in
            [("att", true), ("transformer", true), ("b", true), ("c", false), ("z", false), ("bertx", false)]
        {
            assert_eq!(words.has_prefix(prefix), found, "{prefix}");
        }
        assert!(!SearchWords::default().has_prefix("a"));
    }

    #[test]
    fn highlight_without_query_is_one_plain_run() {
        assert_eq!(Query::new("").highlight("abc"), [("abc".to_string(), false)]);
    }
}
