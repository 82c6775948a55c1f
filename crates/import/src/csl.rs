//! CSL JSON (what Zotero, Mendeley, Paperpile and pandoc export) as references.
//!
//! The format is an array of items with a small set of fields. Exporters differ in the details,
//! so each item is read leniently from its JSON value: `issued` may be `date-parts` of numbers
//! or strings, or a `raw` or `literal` string; `keyword` a string or a list; unknown fields are
//! ignored. Titles and abstracts may carry the rich-text tags CSL allows (`<i>`, `<span
//! class="nocase">`), which are taken out.

use serde_json::value::RawValue;
use serde_json::Value;

use crate::link;
use crate::reference::{Lines, Origin, Parsed, Reference, Skipped};
use crate::tags::split_keywords;
use crate::text::collapse_whitespace;

/// Reads a CSL JSON file's text. Fails when it is not JSON, or not a list of items.
pub fn read(file: &str, text: &str) -> Result<Parsed, String> {
    let items: Vec<&RawValue> = match serde_json::from_str(text) {
        Ok(items) => items,
        Err(error) if error.is_syntax() || error.is_eof() => {
            return Err(format!("{file}:{}:{}: not valid JSON ({error})", error.line(), error.column()));
        }
        Err(_) => {
            // Some tools wrap the list: `{"items": [...]}`.
            let wrapped: Result<Wrapped, _> = serde_json::from_str(text);
            match wrapped {
                Ok(wrapped) => wrapped.items,
                Err(_) => {
                    return Err(format!(
                    "{file} is JSON but not CSL JSON: it should be a list of items ([{{\"id\": …, \"title\": …}}, …])"
                ))
                }
            }
        }
    };
    let lines = Lines::new(text);
    let mut parsed = Parsed { entries: items.len(), ..Parsed::default() };
    for (position, raw) in items.iter().enumerate() {
        let offset = (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        let item: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
        let key = match &item["id"] {
            Value::String(id) => id.clone(),
            Value::Number(id) => id.to_string(),
            _ => format!("item {}", position + 1),
        };
        let origin = Origin { file: file.to_string(), line: lines.of(offset), key };
        if !item.is_object() {
            parsed.skipped.push(Skipped { origin, reason: "is not an item (a JSON object)".to_string() });
            continue;
        }
        match reference(&item, origin.clone()) {
            Ok(reference) => parsed.references.push(reference),
            Err(reason) => parsed.skipped.push(Skipped { origin, reason }),
        }
    }
    Ok(parsed)
}

#[derive(serde::Deserialize)]
struct Wrapped<'a> {
    #[serde(borrow)]
    items: Vec<&'a RawValue>,
}

fn reference(item: &Value, origin: Origin) -> Result<Reference, String> {
    let text = |name: &str| match &item[name] {
        Value::String(s) => Some(clean(s)).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let title = text("title").ok_or("has no title: give it one")?;
    let (year, month) = issued(&item["issued"])?;

    let (authors, more_authors) = authors(&item["author"]).or_else(|| authors(&item["editor"])).unwrap_or_default();
    let doi = text("DOI").and_then(|d| link::doi(&d));
    let url = text("URL");
    let arxiv = ["number", "DOI", "URL", "container-title", "note", "archive_location"]
        .iter()
        .filter_map(|name| text(name))
        .find_map(|t| link::arxiv_in(&t));
    let venue =
        ["container-title", "event-title", "event", "publisher", "authority"].iter().find_map(|name| text(name));
    let keywords = match &item["keyword"] {
        Value::String(k) => split_keywords(k),
        Value::Array(list) => list.iter().filter_map(Value::as_str).flat_map(split_keywords).collect(),
        _ => Vec::new(),
    };
    let reference = Reference {
        origin,
        title,
        short_title: text("title-short").or_else(|| text("shortTitle")),
        authors,
        more_authors,
        year,
        month,
        url,
        doi,
        arxiv,
        venue,
        abstract_text: text("abstract"),
        keywords,
        relations: Vec::new(),
    };
    Ok(reference)
}

/// Family names (with a non-dropping particle: "van der Maaten"), or a literal name for an
/// organisation; `None` when there is no list.
fn authors(value: &Value) -> Option<(Vec<String>, bool)> {
    let list = value.as_array()?;
    let mut names = Vec::new();
    let mut more = false;
    for person in list {
        let part = |name: &str| person[name].as_str().map(clean).filter(|s| !s.is_empty());
        let name = match (part("literal"), part("family")) {
            (Some(literal), _) => literal,
            (None, Some(family)) => match part("non-dropping-particle") {
                Some(particle) => format!("{particle} {family}"),
                None => family,
            },
            (None, None) => match part("given") {
                Some(given) => given,
                None => continue,
            },
        };
        if name.eq_ignore_ascii_case("others") || name == "et al." {
            more = true;
        } else {
            names.push(name);
        }
    }
    Some((names, more))
}

/// The year and month of a CSL date: `date-parts` (numbers or strings), or the year and month
/// at the start of a `raw` or `literal` date ("2017-06-12", "2017").
fn issued(value: &Value) -> Result<(u16, Option<u8>), String> {
    let number = |v: &Value| match v {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    };
    if let Some(first) = value["date-parts"].get(0).and_then(Value::as_array) {
        let year = first.first().and_then(number);
        let month = first.get(1).and_then(number).and_then(|m| u8::try_from(m).ok()).filter(|m| (1..=12).contains(m));
        return match year.and_then(|y| u16::try_from(y).ok()).filter(|y| (1000..=9999).contains(y)) {
            Some(year) => Ok((year, month)),
            None => Err(format!("has the issued date {}, without a year in 1000–9999", value["date-parts"])),
        };
    }
    for name in ["raw", "literal"] {
        if let Some(text) = value[name].as_str() {
            let digits: String = text.trim().chars().take(4).collect();
            if let Some(year) = digits.parse::<u16>().ok().filter(|y| (1000..=9999).contains(y) && digits.len() == 4) {
                let month = text.trim().get(5..7).and_then(|m| m.parse::<u8>().ok()).filter(|m| (1..=12).contains(m));
                return Ok((year, month));
            }
            return Err(format!("has the issued date \"{text}\", which does not start with a year"));
        }
    }
    Err("has no year (no \"issued\" date): give it one".to_string())
}

/// CSL text as plain text: the rich-text tags it allows taken out, character references
/// decoded, whitespace collapsed.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tag = &rest[at..];
        let is_tag = tag[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
        match tag.find('>').filter(|_| is_tag) {
            Some(end) => rest = &tag[end + 1..],
            None => {
                out.push('<');
                rest = &tag[1..];
            }
        }
    }
    out.push_str(rest);
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    collapse_whitespace(&decoded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rich_text_is_taken_out() {
        assert_eq!(
            clean("<i>BERT</i>: <span class=\"nocase\">pre-training</span> &amp; x < y"),
            "BERT: pre-training & x < y"
        );
    }

    #[test]
    fn dates_in_every_shape() {
        assert_eq!(issued(&json!({"date-parts": [[2017, 6, 12]]})), Ok((2017, Some(6))));
        assert_eq!(issued(&json!({"date-parts": [["2017", "6"]]})), Ok((2017, Some(6))));
        assert_eq!(issued(&json!({"date-parts": [[2017]]})), Ok((2017, None)));
        assert_eq!(issued(&json!({"raw": "2017-06-12"})), Ok((2017, Some(6))));
        assert_eq!(issued(&json!({"literal": "2017"})), Ok((2017, None)));
        assert!(issued(&json!(null)).unwrap_err().contains("no year"));
        assert!(issued(&json!({"raw": "June 2017"})).is_err());
    }

    #[test]
    fn names_with_particles_and_organisations() {
        let list = json!([
            {"family": "Maaten", "given": "Laurens", "non-dropping-particle": "van der"},
            {"literal": "OpenAI"},
            {"family": "Hinton", "given": "Geoffrey"},
            {"given": "Others"}
        ]);
        let (names, more) = authors(&list).unwrap();
        assert_eq!(names, ["van der Maaten", "OpenAI", "Hinton"]);
        assert!(more);
    }
}
