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

/// A title in BibTeX form: each word with a capital past the first letter of one of its
/// hyphenated parts (an acronym or a name: BERT, LoRA, GPT-4, DeepSeek-R1) in braces, so that styles which lower-case titles
/// keep it as written. Other words are left to the style, as BibTeX intends.
pub fn bibtex_title(title: &str) -> String {
    let mut out = String::with_capacity(title.len() + 16);
    for (i, word) in title.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // Punctuation around the word stays outside the braces ("{BERT}:", "({ViT})").
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let start = word.find(core).unwrap_or(0);
        let (before, after) = (&word[..start], &word[start + core.len()..]);
        // "Low-Rank" is title case, "GPT-4" and "Megatron-LM" are not: each part counts.
        let protect = core.split(['-', '/']).any(|part| part.chars().skip(1).any(char::is_uppercase));
        out.push_str(&bibtex_escape(before));
        if protect {
            out.push('{');
            out.push_str(&bibtex_escape(core));
            out.push('}');
        } else {
            out.push_str(&bibtex_escape(core));
        }
        out.push_str(&bibtex_escape(after));
    }
    out
}

/// The key every paper would have on its own, such as `vaswani2017attention`: the first
/// author's last word, the year, the title's first word of more than three letters, lowercase
/// ASCII.
fn base_key(archive: &Archive, paper: PaperIndex) -> String {
    let p = archive.paper(paper);
    let ascii = |s: &str| s.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_lowercase();
    let first_author = p.authors.split([',', '·']).next().unwrap_or("").trim_end_matches(" et al.");
    let surname = first_author.split_whitespace().last().map(ascii).unwrap_or_default();
    let word = p.title.split_whitespace().map(ascii).find(|w| w.len() > 3).unwrap_or_default();
    format!("{surname}{}{word}", p.date.year())
}

/// `n` as a key suffix: a … z, then aa, ab, …
fn suffix(mut n: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'a' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    letters.iter().rev().collect()
}

/// Every paper's citation key, in archive order: its base key, or where several papers share
/// one (LLaMA and Llama 2: `touvron2023llama`), that key with a suffix in archive order,
/// `touvron2023llamaa` and `touvron2023llamab`. Keys are the archive's, not an export's, so a
/// paper has the same key whatever else is exported or copied with it.
pub fn bibtex_keys(archive: &Archive) -> Vec<String> {
    let base: Vec<String> = archive.papers().map(|(p, _)| base_key(archive, p)).collect();
    let mut taken = base.clone();
    taken.sort_unstable();
    let shared = |key: &String| {
        let first = taken.partition_point(|k| k < key);
        taken.get(first + 1) == Some(key)
    };
    let shared: Vec<bool> = base.iter().map(shared).collect();
    taken.dedup();
    let mut keys = base.clone();
    for (paper, key) in base.iter().enumerate().filter(|&(paper, _)| shared[paper]) {
        // The n-th paper with this key gets the n-th free suffix: a suffixed key must not be
        // another paper's key.
        let mut n = base[..paper].iter().filter(|k| *k == key).count();
        keys[paper] = loop {
            let candidate = format!("{key}{}", suffix(n));
            n += 1;
            if let Err(at) = taken.binary_search(&candidate) {
                taken.insert(at, candidate.clone());
                break candidate;
            }
        };
    }
    keys
}

/// `paper`'s citation key (see [`bibtex_keys`]).
pub fn bibtex_key(archive: &Archive, paper: PaperIndex) -> String {
    bibtex_keys(archive).swap_remove(paper.get())
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// The arXiv identifier of an arXiv abstract or PDF URL.
fn arxiv_id(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://arxiv.org/").or_else(|| url.strip_prefix("http://arxiv.org/"))?;
    let id = rest.strip_prefix("abs/").or_else(|| rest.strip_prefix("pdf/"))?;
    let id = id.strip_suffix(".pdf").unwrap_or(id);
    (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '-'))).then_some(id)
}

/// A BibTeX entry for one paper under `key`. The bundle records no venue (journal or
/// proceedings), so every entry is an `@misc`, as arXiv's own export writes one: an arXiv paper
/// with its `eprint`, any other with its URL as `howpublished`, which is what standard styles
/// print of a `@misc` (they ignore `organization` and `url` there). Both stay for the programs
/// that read them: reference managers, biblatex styles, and the archive's own import, which
/// reads this export back to the same papers (`crates/import/tests/round_trip.rs`).
fn bibtex_entry(archive: &Archive, paper: PaperIndex, key: &str) -> String {
    let p = archive.paper(paper);
    let mut fields = vec![
        ("title", format!("{{{}}}", bibtex_title(&p.title))),
        ("author", format!("{{{}}}", bibtex_authors(&p.authors))),
        ("year", p.date.year().to_string()),
    ];
    if let Some(month) = p.date.month() {
        fields.push(("month", MONTHS[usize::from(month) - 1].to_string()));
    }
    match arxiv_id(&p.url) {
        Some(id) => {
            fields.push(("eprint", format!("{{{id}}}")));
            fields.push(("archiveprefix", "{arXiv}".to_string()));
        }
        None => fields.push(("howpublished", format!("{{\\url{{{}}}}}", p.url))),
    }
    fields.push(("organization", format!("{{{}}}", bibtex_escape(&p.organization))));
    fields.push(("url", format!("{{{}}}", p.url)));
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("  {k} = {v}")).collect();
    format!("@misc{{{key},\n{}\n}}\n", body.join(",\n"))
}

/// A BibTeX entry for one paper (see [`bibtex_entry`]), with its archive-wide key.
pub fn bibtex(archive: &Archive, paper: PaperIndex) -> String {
    bibtex_entry(archive, paper, &bibtex_key(archive, paper))
}

/// The given papers as one BibTeX file, their keys unique (see [`bibtex_keys`]).
pub fn bibtex_file(archive: &Archive, papers: &[PaperIndex]) -> String {
    let keys = bibtex_keys(archive);
    papers.iter().map(|&p| bibtex_entry(archive, p, &keys[p.get()])).collect::<Vec<_>>().join("\n")
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

    /// The given papers, in their order, as a file of this format; `None` when there are none,
    /// since an empty file (or a CSV of only its header) is no export.
    pub fn export(self, archive: &Archive, papers: &[PaperIndex]) -> Option<String> {
        if papers.is_empty() {
            return None;
        }
        Some(match self {
            ExportFormat::Bibtex => bibtex_file(archive, papers),
            ExportFormat::Csv => csv(archive, papers),
            ExportFormat::Json => json(archive, papers),
        })
    }

    /// What the export bar's status says after saving `count` papers in this format.
    pub fn exported(self, count: usize) -> String {
        let noun = if count == 1 { "paper" } else { "papers" };
        format!("Exported {count} {noun} as {}.", self.label())
    }

    /// What the export bar's status says when no paper is shown.
    pub const NOTHING_SHOWN: &'static str = "No paper is shown, so there is nothing to export.";
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
    fn titles_keep_acronyms_and_inner_capitals_in_braces() {
        assert_eq!(bibtex_title("Attention Is All You Need"), "Attention Is All You Need");
        assert_eq!(
            bibtex_title("BERT: Pre-training of Deep Bidirectional Transformers"),
            "{BERT}: Pre-training of Deep Bidirectional Transformers"
        );
        assert_eq!(bibtex_title("LoRA: Low-Rank Adaptation"), "{LoRA}: Low-Rank Adaptation");
        assert_eq!(bibtex_title("GPT-4 Technical Report"), "{GPT-4} Technical Report");
        assert_eq!(bibtex_title("Vision Transformer (ViT) at 16x16"), "Vision Transformer ({ViT}) at 16x16");
        assert_eq!(bibtex_title("Mistral 7B"), "Mistral {7B}");
        assert_eq!(bibtex_title("Megatron-LM: Large-Scale"), "{Megatron-LM}: Large-Scale");
        assert_eq!(bibtex_title("A & B_C"), "A \\& {B\\_C}");
    }

    #[test]
    fn key_suffixes_run_a_to_z_then_on() {
        assert_eq!([0, 1, 25, 26, 27, 52].map(suffix), ["a", "b", "z", "aa", "ab", "ba"]);
    }

    #[test]
    fn arxiv_ids_come_from_abstract_and_pdf_urls_only() {
        assert_eq!(arxiv_id("https://arxiv.org/abs/1706.03762"), Some("1706.03762"));
        assert_eq!(arxiv_id("https://arxiv.org/pdf/1706.03762v2.pdf"), Some("1706.03762v2"));
        assert_eq!(arxiv_id("https://arxiv.org/abs/cs/0101001"), Some("cs/0101001"));
        assert_eq!(arxiv_id("https://doi.org/10.1038/323533a0"), None);
        assert_eq!(arxiv_id("https://arxiv.org/abs/1706.03762}evil"), None);
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
