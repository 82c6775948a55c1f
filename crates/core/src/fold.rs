//! Folding text for search: lowercased, common Latin accents removed (é → e, ü → u), and every
//! other non-alphanumeric character a word break, so "dall-e" and "DALL·E" fold alike. Text and
//! queries are folded the same way, by these functions only.

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
pub struct Token {
    pub(crate) start: usize,
    pub(crate) word: String,
}

pub fn tokens(text: &str) -> Vec<Token> {
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
