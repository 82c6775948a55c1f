//! An input file: read as UTF-8 (a byte-order mark dropped), and recognised as BibTeX or CSL JSON
//! by what it holds, or refused with one message saying what it is and what to do.

use std::path::Path;

/// The formats the importer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Bibtex,
    CslJson,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Bibtex => "BibTeX",
            Format::CslJson => "CSL JSON",
        }
    }
}

/// A file to import: its name as the user gave it, its text, its format.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
    pub format: Format,
}

/// Reads and recognises the file at `path`.
pub fn read(path: &Path) -> Result<Source, String> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| format!("{name} cannot be read: {e}"))?;
    from_bytes(&name, &bytes)
}

/// Recognises a file's bytes: UTF-8 text that holds BibTeX entries (`@article{…`) or a JSON
/// list (CSL JSON). An empty file (or one with only comments) is an empty import of the kind
/// its extension says.
pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Source, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not UTF-8 text (byte {} is not UTF-8): export it again as UTF-8 (Zotero, JabRef and \
             Mendeley can), or convert it, e.g. `iconv -f latin1 -t utf-8 {name} > converted.bib`",
            e.valid_up_to() + 1
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let extension = Path::new(name).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let start = text.trim_start();
    let format = if start.starts_with(['[', '{']) {
        Format::CslJson
    } else if has_bibtex_entry(text) || (only_comments(text) && extension != "json") {
        Format::Bibtex
    } else if start.is_empty() {
        Format::CslJson
    } else if start.starts_with("TY  -") {
        return Err(format!(
            "{name} is RIS, which the importer does not read: export your references as BibTeX (.bib) or CSL JSON instead"
        ));
    } else if text.contains('\0') {
        return Err(format!("{name} is not a text file: export your references as BibTeX (.bib) or CSL JSON"));
    } else {
        return Err(format!(
            "{name} is neither BibTeX (it has no @type{{key, …}} entry) nor CSL JSON (it does not start with [): \
             export your references as BibTeX (.bib) or CSL JSON"
        ));
    };
    Ok(Source { name: name.to_string(), text: text.to_string(), format })
}

/// A line that starts an entry: `@`, a type name, then `{` or `(`.
fn has_bibtex_entry(text: &str) -> bool {
    text.lines().any(|line| {
        let Some(rest) = line.trim_start().strip_prefix('@') else { return false };
        let name_end = rest.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(rest.len());
        name_end > 0 && rest[name_end..].trim_start().starts_with(['{', '('])
    })
}

/// Nothing but blank lines and `%` comments (an empty export).
fn only_comments(text: &str) -> bool {
    text.lines().all(|line| line.trim().is_empty() || line.trim_start().starts_with('%'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_formats_by_content() {
        assert_eq!(from_bytes("a.bib", b"@article{x, title={T}}").unwrap().format, Format::Bibtex);
        assert_eq!(from_bytes("a.txt", b"\xef\xbb\xbf\r\n@misc{x,\r\n}").unwrap().format, Format::Bibtex);
        assert_eq!(from_bytes("a.json", b" [ ]").unwrap().format, Format::CslJson);
        assert_eq!(from_bytes("a.bib", b"").unwrap().format, Format::Bibtex);
        assert_eq!(from_bytes("a.json", b"").unwrap().format, Format::CslJson);
        assert_eq!(from_bytes("a.bib", b"% nothing yet\n").unwrap().format, Format::Bibtex);
    }

    #[test]
    fn the_bom_is_dropped() {
        assert!(from_bytes("a.bib", b"\xef\xbb\xbf@misc{x,}").unwrap().text.starts_with('@'));
    }

    #[test]
    fn refuses_what_it_cannot_read_with_one_message() {
        let latin1 = from_bytes("refs.bib", b"@misc{x, author={J\xfcrgen}}").unwrap_err();
        assert!(latin1.contains("refs.bib is not UTF-8") && latin1.contains("iconv"), "{latin1}");
        let ris = from_bytes("refs.ris", b"TY  - JOUR\nTI  - x\nER  -\n").unwrap_err();
        assert!(ris.contains("is RIS"), "{ris}");
        let prose = from_bytes("notes.txt", b"Some notes about papers.\n").unwrap_err();
        assert!(prose.contains("neither BibTeX") && prose.contains("nor CSL JSON"), "{prose}");
    }
}
