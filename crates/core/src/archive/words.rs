//! The archive's words for search: each paper's searchable words, folded once, and the whole
//! archive's vocabulary for "Did you mean". Built from the items alone, so the archive keeps
//! them without depending on the search that reads them.

use super::items::{Paper, Tag};
use crate::fold::{tokens, words};

/// A paper's searchable words, folded, sorted and deduplicated: a query word is looked up by
/// binary search for the first word not below it, which starts with it if any word does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchWords(Vec<String>);

impl SearchWords {
    pub fn of(paper: &Paper, tags: &[Tag]) -> Self {
        let date = paper.date.to_string();
        let mut all: Vec<String> = searchable_texts(paper, tags, &date).flat_map(words).collect();
        all.sort_unstable();
        all.dedup();
        Self(all)
    }

    /// Whether some word starts with `prefix` (folded): the search's rule for a match.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let first = self.0.partition_point(|w| w.as_str() < prefix);
        self.0.get(first).is_some_and(|w| w.starts_with(prefix))
    }
}

/// Every text of `paper` a search looks in: its fields, its tags' names and its date (`date`,
/// as its card prints it).
fn searchable_texts<'a>(paper: &'a Paper, tags: &'a [Tag], date: &'a str) -> impl Iterator<Item = &'a str> {
    let fields = [
        paper.short_name.as_str(),
        &paper.title,
        &paper.authors,
        &paper.organization,
        paper.summary.as_deref().unwrap_or(""),
        paper.why_it_matters.as_deref().unwrap_or(""),
    ];
    let names = paper.tags.iter().map(|&t| tags[t.get()].name.as_str());
    fields.into_iter().chain(names).chain([date])
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
    /// The vocabulary of `papers` (with `tags`), whose searchable words are `words`, paper by
    /// paper.
    pub fn of(papers: &[Paper], tags: &[Tag], words: &[SearchWords]) -> Self {
        // Every paper's words, each paper's once, all sorted: a word's papers are neighbours.
        let mut all: Vec<String> = words.iter().flat_map(|w| w.0.clone()).collect();
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
        for tag in tags {
            spell(&tag.name);
        }
        for paper in papers {
            spell(&paper.short_name);
            spell(&paper.title);
        }
        for paper in papers {
            let date = paper.date.to_string();
            searchable_texts(paper, tags, &date).for_each(&mut spell);
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
    use super::SearchWords;

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
}
