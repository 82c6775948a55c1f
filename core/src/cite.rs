//! Citations and exports of papers: BibTeX entries, a plain-text citation, CSV and JSON.
//! Pure text in, text out, so escaping rules are unit-tested here.

use crate::archive::bundle::RawPaper;
use crate::archive::{Archive, PaperIndex};

/// Escapes text for a BibTeX field in braces: the characters TeX treats specially.
pub fn bibtex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c => out.push(c),
        }
    }
    out
}

/// The author list in BibTeX form: names joined by "and", "et al." as "and others". A name of
/// several words is braced as one unit: the bundle writes names as they are shown ("Ian
/// Goodfellow", "Gemini Team"), not split into given and family names, so BibTeX must not guess
/// (it would make "Team" a family name), and reading the entry back gives the name as written.
fn bibtex_authors(authors: &str) -> String {
    let (names, others) = match authors.strip_suffix(" et al.") {
        Some(names) => (names, true),
        None => (authors, false),
    };
    let name = |n: &str| {
        let escaped = bibtex_escape(n.trim());
        if n.trim().contains(char::is_whitespace) {
            format!("{{{escaped}}}")
        } else {
            escaped
        }
    };
    let mut parts: Vec<String> = names.split(", ").map(name).collect();
    if others {
        parts.push("others".to_string());
    }
    parts.join(" and ")
}

/// A citation key such as `vaswani2017attention`: first author's last word, year, first long
/// title word, lowercase ASCII.
pub fn bibtex_key(archive: &Archive, paper: PaperIndex) -> String {
    let p = archive.paper(paper);
    let ascii = |s: &str| s.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_lowercase();
    let first_author = p.authors.split([',', '·']).next().unwrap_or("").trim_end_matches(" et al.");
    let surname = first_author.split_whitespace().last().map(ascii).unwrap_or_default();
    let word = p.title.split_whitespace().map(ascii).find(|w| w.len() > 3).unwrap_or_default();
    format!("{surname}{}{word}", p.date.year())
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// A BibTeX `@misc` entry for one paper.
pub fn bibtex(archive: &Archive, paper: PaperIndex) -> String {
    let p = archive.paper(paper);
    let mut fields = vec![
        ("title", format!("{{{}}}", bibtex_escape(&p.title))),
        ("author", format!("{{{}}}", bibtex_authors(&p.authors))),
        ("year", p.date.year().to_string()),
    ];
    if let Some(month) = p.date.month() {
        fields.push(("month", MONTHS[usize::from(month) - 1].to_string()));
    }
    fields.push(("organization", format!("{{{}}}", bibtex_escape(&p.organization))));
    fields.push(("url", format!("{{{}}}", p.url)));
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("  {k} = {v}")).collect();
    format!("@misc{{{},\n{}\n}}\n", bibtex_key(archive, paper), body.join(",\n"))
}

/// A plain-text citation: "Authors (date). Title. Organisation. URL".
pub fn citation(archive: &Archive, paper: PaperIndex) -> String {
    let p = archive.paper(paper);
    format!("{} ({}). {}. {}. {}", p.authors, p.date, p.title, p.organization, p.url)
}

/// Quotes a CSV field when needed (RFC 4180), and defuses spreadsheet formulas: a field that
/// starts with `=`, `+`, `-` or `@` gets a leading apostrophe.
pub fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The given papers as CSV with a header row; lists are joined with "; ".
pub fn csv(archive: &Archive, papers: &[PaperIndex]) -> String {
    let mut out = String::from(
        "id,short_name,title,era,authors,organization,date,tags,builds_on,related_models,url,summary,why_it_matters\r\n",
    );
    for &paper in papers {
        let p = archive.paper(paper);
        let tags: Vec<&str> = p.tags.iter().map(|&t| archive.tag(t).name.as_str()).collect();
        let builds_on: Vec<&str> = p.builds_on.iter().map(|&b| archive.paper(b).id.as_str()).collect();
        let row = [
            p.id.clone(),
            p.short_name.clone(),
            p.title.clone(),
            archive.era(p.era).name.clone(),
            p.authors.clone(),
            p.organization.clone(),
            p.date.to_string(),
            tags.join("; "),
            builds_on.join("; "),
            p.related_models.join("; "),
            p.url.clone(),
            p.summary.clone().unwrap_or_default(),
            p.why_it_matters.clone().unwrap_or_default(),
        ];
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The given papers as a JSON array, in the bundle's own paper format (so an export can seed
/// a bundle of one's own).
pub fn json(archive: &Archive, papers: &[PaperIndex]) -> String {
    let items: Vec<RawPaper> = papers
        .iter()
        .map(|&paper| {
            let p = archive.paper(paper);
            RawPaper {
                id: p.id.clone(),
                short_name: p.short_name.clone(),
                title: p.title.clone(),
                era: archive.era(p.era).id.clone(),
                authors: p.authors.clone(),
                organization: p.organization.clone(),
                date: p.date.to_string(),
                summary: p.summary.clone(),
                why_it_matters: p.why_it_matters.clone(),
                tags: p.tags.iter().map(|&t| archive.tag(t).id.clone()).collect(),
                builds_on: p.builds_on.iter().map(|&b| archive.paper(b).id.clone()).collect(),
                related_models: p.related_models.clone(),
                url: p.url.clone(),
            }
        })
        .collect();
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_string())
}

/// The files the shown papers can be exported as. An enum, so a format is one of these three
/// and each has its extension, media type and label in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Bibtex,
    Csv,
    Json,
}

impl ExportFormat {
    /// In the order the export bar offers them.
    pub const ALL: [ExportFormat; 3] = [ExportFormat::Bibtex, ExportFormat::Csv, ExportFormat::Json];

    /// The file name's extension, also the format's name in the page (`data-export`).
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Bibtex => "bib",
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }

    /// The media type of the file.
    pub fn mime(self) -> &'static str {
        match self {
            ExportFormat::Bibtex => "application/x-bibtex",
            ExportFormat::Csv => "text/csv",
            ExportFormat::Json => "application/json",
        }
    }

    /// What the export bar's button says.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Bibtex => "BibTeX",
            ExportFormat::Csv => "CSV",
            ExportFormat::Json => "JSON",
        }
    }

    /// The given papers, in their order, as a file of this format.
    pub fn export(self, archive: &Archive, papers: &[PaperIndex]) -> String {
        match self {
            ExportFormat::Bibtex => papers.iter().map(|&p| bibtex(archive, p)).collect::<Vec<_>>().join("\n"),
            ExportFormat::Csv => csv(archive, papers),
            ExportFormat::Json => json(archive, papers),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_formats_have_distinct_names() {
        let extensions: Vec<&str> = ExportFormat::ALL.iter().map(|f| f.extension()).collect();
        assert_eq!(extensions, ["bib", "csv", "json"]);
        for format in ExportFormat::ALL {
            assert!(format.mime().contains('/'), "{format:?}");
        }
    }

    #[test]
    fn bibtex_escapes_tex_specials() {
        assert_eq!(
            bibtex_escape(r"50% & $5 #1 a_b {x} ~ ^ \"),
            r"50\% \& \$5 \#1 a\_b \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{}"
        );
        assert_eq!(bibtex_escape("Tülu — DALL·E"), "Tülu — DALL·E");
    }

    #[test]
    fn authors_become_bibtex_names() {
        assert_eq!(bibtex_authors("Vaswani et al."), "Vaswani and others");
        assert_eq!(bibtex_authors("Rumelhart, Hinton, Williams"), "Rumelhart and Hinton and Williams");
        assert_eq!(bibtex_authors("OpenAI"), "OpenAI");
        assert_eq!(bibtex_authors("Ian Goodfellow et al."), "{Ian Goodfellow} and others");
        assert_eq!(bibtex_authors("Gemini Team, Google DeepMind"), "{Gemini Team} and {Google DeepMind}");
    }

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-1"), "'-1");
    }
}
