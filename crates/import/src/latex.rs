//! What biblatex leaves of LaTeX, turned into plain text.
//!
//! biblatex resolves accents (`J{\"u}rgen`), escapes (`\%`), dashes (`--`), case-protecting
//! braces and the `\text…` symbols, and hands back math (`$…$`) and any command it does not know
//! (`\emph{…}`) as they were written. A card must show no markup, so this module keeps the
//! argument of an unknown command, drops a bare one, and writes simple math in Unicode
//! (`$\alpha$` → α, `$n^2$` → n²).

use biblatex::{Chunk, ChunksRef};

use crate::text::collapse_whitespace;

/// A field's chunks as one line of plain text.
pub fn plain(chunks: ChunksRef) -> String {
    let mut text = String::new();
    for chunk in chunks {
        match &chunk.v {
            Chunk::Normal(s) | Chunk::Verbatim(s) => text.push_str(s),
            Chunk::Math(s) => text.push_str(&math(s)),
        }
    }
    collapse_whitespace(&strip_commands(&text))
}

/// Text with LaTeX commands left in it: `\name{argument}` keeps its argument (commands nest),
/// a bare `\name` goes, `\\` (a line break) is a space, `\x` for any other character is that
/// character, and grouping braces go.
pub fn strip_commands(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.peek().copied() {
                Some(letter) if letter.is_ascii_alphabetic() => {
                    while chars.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
                        chars.next();
                    }
                    // A space after a bare command only ends its name.
                    if chars.peek() == Some(&' ') {
                        chars.next();
                    }
                }
                Some('\\') => {
                    chars.next();
                    out.push(' ');
                }
                Some(other) => {
                    chars.next();
                    out.push(other);
                }
                None => {}
            },
            '{' | '}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Simple math as Unicode: Greek letters and common symbols, super- and subscripts where
/// Unicode has them, the arguments of font commands (`\mathrm{x}` → x); nothing else is
/// interpreted, and no `$`, `\` or braces are left.
pub fn math(source: &str) -> String {
    let mut out = String::new();
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let mut name = String::new();
                while chars.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
                    name.push(chars.next().unwrap_or_default());
                }
                if name.is_empty() {
                    // `\,`, `\;`, `\!`, `\{`…: spacing or an escaped character.
                    match chars.next() {
                        Some(',' | ';' | ':' | ' ') => out.push(' '),
                        Some('!') | None => {}
                        Some(other) => out.push(other),
                    }
                } else if let Some(symbol) = symbol(&name) {
                    out.push_str(symbol);
                }
                // Font and text commands (`\mathrm`, `\text`…) are dropped; their group
                // follows as plain characters.
            }
            '^' | '_' => {
                let group = math(&group(&mut chars));
                let script: Option<String> =
                    group.chars().map(if c == '^' { superscript } else { subscript }).collect();
                match script {
                    Some(script) if !script.is_empty() => out.push_str(&script),
                    _ => {
                        out.push(c);
                        out.push_str(&group);
                    }
                }
            }
            '{' | '}' | '$' => {}
            c => out.push(c),
        }
    }
    out
}

/// The group after `^` or `_`: a braced group's contents, or the next character.
fn group(chars: &mut std::iter::Peekable<std::str::Chars>) -> String {
    if chars.peek() != Some(&'{') {
        return chars.next().map(String::from).unwrap_or_default();
    }
    chars.next();
    let mut depth = 1;
    let mut group = String::new();
    for c in chars.by_ref() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        group.push(c);
    }
    group
}

fn superscript(c: char) -> Option<char> {
    Some(match c {
        '0' => '⁰',
        '1' => '¹',
        '2' => '²',
        '3' => '³',
        '4' => '⁴',
        '5' => '⁵',
        '6' => '⁶',
        '7' => '⁷',
        '8' => '⁸',
        '9' => '⁹',
        '+' => '⁺',
        '-' | '−' => '⁻',
        'n' => 'ⁿ',
        'i' => 'ⁱ',
        'T' => 'ᵀ',
        _ => return None,
    })
}

fn subscript(c: char) -> Option<char> {
    Some(match c {
        '0' => '₀',
        '1' => '₁',
        '2' => '₂',
        '3' => '₃',
        '4' => '₄',
        '5' => '₅',
        '6' => '₆',
        '7' => '₇',
        '8' => '₈',
        '9' => '₉',
        '+' => '₊',
        '-' | '−' => '₋',
        'i' => 'ᵢ',
        'k' => 'ₖ',
        'n' => 'ₙ',
        _ => return None,
    })
}

/// The Unicode for a math command, or `None` for one that only changes the font.
fn symbol(name: &str) -> Option<&'static str> {
    Some(match name {
        "alpha" => "α",
        "beta" => "β",
        "gamma" => "γ",
        "delta" => "δ",
        "epsilon" | "varepsilon" => "ε",
        "zeta" => "ζ",
        "eta" => "η",
        "theta" | "vartheta" => "θ",
        "iota" => "ι",
        "kappa" => "κ",
        "lambda" => "λ",
        "mu" => "μ",
        "nu" => "ν",
        "xi" => "ξ",
        "pi" => "π",
        "rho" => "ρ",
        "sigma" => "σ",
        "tau" => "τ",
        "upsilon" => "υ",
        "phi" | "varphi" => "φ",
        "chi" => "χ",
        "psi" => "ψ",
        "omega" => "ω",
        "Gamma" => "Γ",
        "Delta" => "Δ",
        "Theta" => "Θ",
        "Lambda" => "Λ",
        "Xi" => "Ξ",
        "Pi" => "Π",
        "Sigma" => "Σ",
        "Phi" => "Φ",
        "Psi" => "Ψ",
        "Omega" => "Ω",
        "times" => "×",
        "cdot" => "·",
        "pm" => "±",
        "leq" | "le" => "≤",
        "geq" | "ge" => "≥",
        "neq" | "ne" => "≠",
        "approx" => "≈",
        "sim" => "∼",
        "propto" => "∝",
        "infty" => "∞",
        "to" | "rightarrow" => "→",
        "leftarrow" => "←",
        "in" => "∈",
        "ell" => "ℓ",
        "partial" => "∂",
        "nabla" => "∇",
        "sum" => "∑",
        "prod" => "∏",
        "sqrt" => "√",
        "ldots" | "cdots" | "dots" => "…",
        "log" => "log",
        "exp" => "exp",
        "max" => "max",
        "min" => "min",
        "%" => "%",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_commands_keep_their_arguments() {
        assert_eq!(
            strip_commands(r"An \emph{Image} is \textbf{\textit{Worth}} 16x16 Words"),
            "An Image is Worth 16x16 Words"
        );
        // `\\` is a line break; a lone backslash at the end is dropped.
        assert_eq!(strip_commands(r"\relax Plain {Text}\\end\"), "Plain Text end");
    }

    #[test]
    fn math_becomes_unicode() {
        assert_eq!(math(r"\alpha"), "α");
        assert_eq!(math("n^2"), "n²");
        assert_eq!(math("10^{-6}"), "10⁻⁶");
        assert_eq!(math(r"O(n \log n)"), "O(n log n)");
        assert_eq!(math(r"\mathcal{O}(1)"), "O(1)");
        assert_eq!(math("x_{t}^{ab}"), "x_t^ab");
        assert_eq!(math(r"\sim 10\times"), "∼ 10×");
    }
}
