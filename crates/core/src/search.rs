//! Full-text search: case-, accent- and punctuation-insensitive word matching, and the match
//! ranges used to highlight hits in the cards.
//!
//! Text and query are both *folded* ([`crate::fold`]), so "dall-e" finds "DALL·E" and "tulu"
//! finds "Tülu". A paper matches when every query word occurs in one of its
//! searchable fields: short name, title, authors, organisation, summary, why it matters, and
//! what its card shows besides: the names of its tags ("rlhf" finds every paper the RLHF chip
//! does) and its date ("2017" finds the papers of 2017, "2017-06" those of June 2017).

use crate::archive::SearchWords;
use crate::fold::{tokens, words};

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
    fn highlight_without_query_is_one_plain_run() {
        assert_eq!(Query::new("").highlight("abc"), [("abc".to_string(), false)]);
    }
}
