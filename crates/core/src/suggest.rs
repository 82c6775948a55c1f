//! "Did you mean Transformer?": a correction for a search that finds nothing.
//!
//! Each word of the search that starts no word of the archive is replaced by the archive's
//! closest word: fewest edits (insert, delete, replace, or swap two neighbouring letters:
//! strsim's optimal string alignment distance), compared with the whole word or, for a word
//! still being typed, with the start of one. At most 1 edit for words of up to 4 letters,
//! 2 up to 8, 3 beyond; words of 1 or 2 letters are too short to guess from. Ties go to a whole
//! word over a start of one, then to the word more papers use, then to the alphabet. The
//! correction is written in the archive's spelling ("transfomer" → "Transformer", as a tag or
//! a paper's name writes it), and offered only if it finds papers in the view's other filters.

use crate::archive::words::{Vocabulary, Word};
use crate::archive::Archive;
use crate::filter::select;
use crate::fold::tokens;
use crate::search::Query;
use crate::view_state::ViewState;

/// The closest word to `typed` (folded), by the rules of the module docs.
fn closest<'a>(vocabulary: &'a Vocabulary, typed: &str) -> Option<&'a Word> {
    let len = typed.chars().count();
    let most = match len {
        0..=2 => return None,
        3..=4 => 1,
        5..=8 => 2,
        _ => 3,
    };
    vocabulary
        .words()
        .iter()
        .filter_map(|word| {
            let word_len = word.folded.chars().count();
            if word_len + most < len {
                return None;
            }
            let whole = strsim::osa_distance(typed, &word.folded);
            let (edits, partial) = if whole <= most || word_len <= len {
                (whole, false)
            } else {
                let start: String = word.folded.chars().take(len).collect();
                (strsim::osa_distance(typed, &start), true)
            };
            (edits <= most).then_some(((edits, partial, std::cmp::Reverse(word.papers)), word))
        })
        .min_by(|(a, x), (b, y)| a.cmp(b).then_with(|| x.folded.cmp(&y.folded)))
        .map(|(_, word)| word)
}

/// The corrected search to offer when `state` shows nothing because of its search (see the
/// module docs), or `None`: no search, papers shown, nothing to correct, or a correction that
/// finds nothing either.
pub fn suggest(archive: &Archive, state: &ViewState) -> Option<String> {
    if Query::new(&state.search).is_empty() || select(archive, state).count() > 0 {
        return None;
    }
    let vocabulary = archive.vocabulary();
    let text: Vec<char> = state.search.chars().collect();
    let mut corrected = String::new();
    let mut copied = 0;
    let mut changed = false;
    for token in tokens(&state.search) {
        if vocabulary.starts_a_word(&token.word) {
            continue;
        }
        let word = closest(vocabulary, &token.word)?;
        corrected.extend(&text[copied..token.start]);
        corrected.push_str(&word.spelling);
        copied = token.start + token.word.chars().count();
        changed = true;
    }
    corrected.extend(&text[copied..]);
    if !changed || select(archive, &state.with_search(&corrected)).count() == 0 {
        return None;
    }
    Some(corrected)
}
