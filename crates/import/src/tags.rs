//! Tags from keywords: each keyword becomes a tag with a readable name and a stable id, unless
//! the `--tags` map renames it, gives it an id or a definition, or drops it.
//!
//! The map is a JSON object from keywords (as written, or as their readable name; case does
//! not matter) to what each becomes:
//!
//! ```json
//! {
//!   "Computer Science - Machine Learning": null,
//!   "Computer Science - Computation and Language": "NLP",
//!   "Pre-training": { "id": "pretraining", "definition": "Training a model first on …" },
//!   "*": null
//! }
//! ```
//!
//! `null` drops the keyword; a string renames it; an object may give `id`, `name` and
//! `definition`. The key `"*"` with `null` drops every keyword the map does not name.

use std::collections::HashMap;

use archive_core::archive::bundle::RawTag;
use serde::Deserialize;

use crate::text::{collapse_whitespace, slug};

/// What the `--tags` map says about one keyword.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
enum Mapping {
    Rename(String),
    Define {
        #[serde(default)]
        id: Option<String>,
        #[serde(default)]
        name: Option<String>,
        #[serde(default)]
        definition: Option<String>,
    },
}

/// The `--tags` map, read.
#[derive(Debug, Default)]
pub struct TagMap {
    /// Keyed by the lowercased keyword; `None` drops it.
    entries: HashMap<String, Option<Mapping>>,
    /// `"*": null`: drop what the map does not name.
    drop_others: bool,
}

impl TagMap {
    /// Reads a map from its JSON text, or says what is wrong with it.
    pub fn from_json(json: &str) -> Result<Self, String> {
        let raw: HashMap<String, Option<Mapping>> = serde_json::from_str(json).map_err(|e| {
            format!("{e}: it should be a JSON object from keywords to null (drop), a new name, or {{\"id\", \"name\", \"definition\"}}")
        })?;
        let mut map = TagMap::default();
        for (keyword, mapping) in raw {
            if keyword == "*" {
                match mapping {
                    None => map.drop_others = true,
                    Some(_) => {
                        return Err("\"*\" can only be null (drop every keyword the map does not name)".to_string())
                    }
                }
                continue;
            }
            map.entries.insert(collapse_whitespace(&keyword).to_lowercase(), mapping);
        }
        Ok(map)
    }

    /// The tag a keyword becomes, or `None` to drop it.
    pub fn tag_for(&self, keyword: &str) -> Option<RawTag> {
        let written = collapse_whitespace(keyword);
        let readable = readable_name(&written);
        let mapping = self.entries.get(&written.to_lowercase()).or_else(|| self.entries.get(&readable.to_lowercase()));
        let (id, name, definition) = match mapping {
            Some(None) => return None,
            None if self.drop_others => return None,
            None => (None, readable, None),
            Some(Some(Mapping::Rename(name))) => (None, collapse_whitespace(name), None),
            Some(Some(Mapping::Define { id, name, definition })) => {
                (id.clone(), name.as_deref().map(collapse_whitespace).unwrap_or(readable), definition.clone())
            }
        };
        if name.is_empty() {
            return None;
        }
        // A name with no letter or digit in any script ("—") has no id to give.
        let id = id.unwrap_or_else(|| slug(&name));
        (!id.is_empty()).then_some(RawTag { id, name, definition })
    }
}

/// arXiv's subject groups, which Zotero puts before each category ("Computer Science - Machine
/// Learning"): the category alone is the readable name.
const ARXIV_GROUPS: [&str; 12] = [
    "Computer Science",
    "Statistics",
    "Mathematics",
    "Physics",
    "Electrical Engineering and Systems Science",
    "Quantitative Biology",
    "Quantitative Finance",
    "Economics",
    "Condensed Matter",
    "Astrophysics",
    "High Energy Physics",
    "Nonlinear Sciences",
];

/// A keyword as a tag name: arXiv's group taken off its categories, the first letter capitalised
/// ("deep learning" → "Deep learning").
pub fn readable_name(keyword: &str) -> String {
    let keyword = collapse_whitespace(keyword);
    let name = ARXIV_GROUPS
        .iter()
        .find_map(|group| keyword.strip_prefix(group).and_then(|rest| rest.strip_prefix(" - ")))
        .unwrap_or(&keyword);
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Splits a keywords field: commas or semicolons separate keywords (BibTeX, CSL `keyword`).
pub fn split_keywords(field: &str) -> Vec<String> {
    field.split([',', ';']).map(collapse_whitespace).filter(|k| !k.is_empty()).collect()
}

/// The archive's tags as the import grows them: a bundle's own first (with `--into`), then new
/// ones as keywords bring them; a tag is found again by its id or, ignoring case, its name.
#[derive(Debug, Default)]
pub struct Tags {
    list: Vec<RawTag>,
    /// How many of `list` came from the bundle (they keep their place and their texts).
    existing: usize,
    by_id: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
}

impl Tags {
    pub fn new(existing: Vec<RawTag>) -> Self {
        let mut tags = Tags { existing: existing.len(), ..Tags::default() };
        for tag in existing {
            tags.insert(tag);
        }
        tags
    }

    fn insert(&mut self, tag: RawTag) -> usize {
        let index = self.list.len();
        self.by_id.entry(tag.id.clone()).or_insert(index);
        self.by_name.entry(tag.name.to_lowercase()).or_insert(index);
        self.list.push(tag);
        index
    }

    /// The id of the tag for `tag`: an existing tag with its id or name, or `tag` added. A
    /// definition from the map fills in one the tag does not have yet.
    pub fn intern(&mut self, tag: RawTag) -> String {
        let found = self.by_id.get(&tag.id).or_else(|| self.by_name.get(&tag.name.to_lowercase())).copied();
        let index = match found {
            Some(index) => {
                if self.list[index].definition.is_none() {
                    self.list[index].definition = tag.definition;
                }
                index
            }
            None => self.insert(tag),
        };
        self.list[index].id.clone()
    }

    /// The tags in tag-bar order: the bundle's as they were, then the new ones by name.
    pub fn into_list(self) -> Vec<RawTag> {
        let mut list = self.list;
        list[self.existing..].sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.id.cmp(&b.id)));
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_become_readable_tags() {
        let map = TagMap::default();
        let tag = map.tag_for("Computer Science - Machine Learning").unwrap();
        assert_eq!(
            (tag.id.as_str(), tag.name.as_str(), tag.definition),
            ("machine-learning", "Machine Learning", None)
        );
        assert_eq!(map.tag_for("deep  learning").unwrap().name, "Deep learning");
        assert_eq!(split_keywords("a, b;c ,, "), ["a", "b", "c"]);
        assert_eq!(map.tag_for("—"), None, "no id can be made");
    }

    #[test]
    fn the_map_renames_defines_and_drops() {
        let map = TagMap::from_json(
            r#"{"Computer Science - Machine Learning": null, "nlp": "Language",
                "Pre-training": {"id": "pretraining", "definition": "Learning first."}}"#,
        )
        .unwrap();
        assert_eq!(map.tag_for("Computer Science - Machine Learning"), None);
        assert_eq!(map.tag_for("NLP").unwrap().name, "Language");
        let tag = map.tag_for("pre-training").unwrap();
        assert_eq!((tag.id.as_str(), tag.name.as_str()), ("pretraining", "Pre-training"));
        assert_eq!(tag.definition.as_deref(), Some("Learning first."));
        assert!(map.tag_for("Other").is_some());
        let strict = TagMap::from_json(r#"{"*": null, "Kept": "Kept"}"#).unwrap();
        assert_eq!(strict.tag_for("Other"), None);
        assert!(strict.tag_for("kept").is_some());
        assert!(TagMap::from_json("[1]").unwrap_err().contains("JSON object"));
    }

    #[test]
    fn tags_are_found_again_by_id_or_name() {
        let existing = RawTag { id: "moe".into(), name: "MoE".into(), definition: Some("Experts.".into()) };
        let mut tags = Tags::new(vec![existing]);
        assert_eq!(tags.intern(RawTag { id: "mixture".into(), name: "moe".into(), definition: None }), "moe");
        assert_eq!(tags.intern(RawTag { id: "b".into(), name: "B".into(), definition: None }), "b");
        assert_eq!(tags.intern(RawTag { id: "a".into(), name: "A".into(), definition: Some("A.".into()) }), "a");
        let ids: Vec<String> = tags.into_list().into_iter().map(|t| t.id).collect();
        assert_eq!(ids, ["moe", "a", "b"]);
    }
}
