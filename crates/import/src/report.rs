//! What an import did, for the person who ran it: what was added, matched, merged and skipped,
//! and what to check. Long lists are cut after a few names; what needs fixing is listed whole.

use std::fmt;

use crate::reference::{Note, NoteKind, Origin, Skipped};
use crate::source::Format;

/// A paper the import added to the bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    pub id: String,
    pub origin: Origin,
}

/// An entry that is a paper the bundle already has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matched {
    /// The paper's id in the bundle.
    pub id: String,
    pub origin: Origin,
    /// Fields the bundle's paper lacked and the import filled in (`summary`, `tags`).
    pub filled: Vec<&'static str>,
}

/// An entry that is another entry of the import: merged into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub from: Origin,
    pub into: Origin,
    /// What they had in common ("same DOI").
    pub why: &'static str,
}

#[derive(Debug, Default)]
pub struct Report {
    /// Each file read: its name, format and number of entries.
    pub files: Vec<(String, Format, usize)>,
    pub added: Vec<Added>,
    pub matched: Vec<Matched>,
    pub merged: Vec<Merged>,
    pub skipped: Vec<Skipped>,
    pub notes: Vec<Note>,
    /// Eras and tags the import created.
    pub new_eras: Vec<String>,
    pub new_tags: Vec<String>,
}

/// How many names a list shows before "and N more".
const SHOWN: usize = 12;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn some<T>(items: &[T], name: impl Fn(&T) -> String) -> String {
    let mut shown: Vec<String> = items.iter().take(SHOWN).map(name).collect();
    if items.len() > SHOWN {
        shown.push(format!("and {} more", items.len() - SHOWN));
    }
    shown.join(", ")
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (name, format, entries) in &self.files {
            writeln!(f, "Read {name} ({}): {}", format.name(), plural(*entries, "entry", "entries"))?;
        }
        if !self.added.is_empty() {
            writeln!(
                f,
                "Added {}: {}",
                plural(self.added.len(), "paper", "papers"),
                some(&self.added, |a| a.id.clone())
            )?;
        }
        if !self.matched.is_empty() {
            writeln!(
                f,
                "Matched {} already in the bundle (kept as they are):",
                plural(self.matched.len(), "paper", "papers")
            )?;
            for matched in self.matched.iter().take(SHOWN) {
                let filled = if matched.filled.is_empty() {
                    String::new()
                } else {
                    format!("; filled in its {}", matched.filled.join(" and "))
                };
                writeln!(f, "  {} is {}{filled}", matched.origin, matched.id)?;
            }
            if self.matched.len() > SHOWN {
                writeln!(f, "  and {} more", self.matched.len() - SHOWN)?;
            }
        }
        if !self.merged.is_empty() {
            writeln!(f, "Merged {} (one paper each):", plural(self.merged.len(), "duplicate", "duplicates"))?;
            for merged in &self.merged {
                writeln!(f, "  {} into {} ({})", merged.from, merged.into, merged.why)?;
            }
        }
        if !self.skipped.is_empty() {
            writeln!(f, "Skipped {}:", plural(self.skipped.len(), "entry", "entries"))?;
            for skipped in &self.skipped {
                writeln!(f, "  {} {}", skipped.origin, skipped.reason)?;
            }
        }
        if !self.new_eras.is_empty() {
            writeln!(f, "New eras: {}", some(&self.new_eras, String::clone))?;
        }
        if !self.new_tags.is_empty() {
            writeln!(
                f,
                "New tags (without definitions unless --tags gave them): {}",
                some(&self.new_tags, String::clone)
            )?;
        }
        let mut kinds: Vec<&NoteKind> = self.notes.iter().map(|n| &n.kind).collect();
        kinds.sort();
        kinds.dedup();
        if !kinds.is_empty() {
            writeln!(f, "To check:")?;
        }
        for kind in kinds {
            let origins: Vec<&Origin> = self.notes.iter().filter(|n| &n.kind == kind).map(|n| &n.origin).collect();
            if origins.len() == 1 {
                writeln!(f, "  {} {}", origins[0], kind.describe(false))?;
            } else {
                let list = some(&origins, |o| o.to_string());
                writeln!(f, "  {} entries {} ({list})", origins.len(), kind.describe(true))?;
            }
        }
        Ok(())
    }
}
