//! What can be wrong with a bundle, phrased for the person who has to fix the file.

use std::fmt;

/// One thing wrong with a bundle: where (which paper, era or tag, and which field) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The item at fault, e.g. `paper "gpt-1"`, `paper #8`, `era "scaling"`, `tag "moe"`, or
    /// `the file`.
    pub item: String,
    /// The field at fault, e.g. `builds_on` or `definition`, when one field is to blame.
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{}, field \"{field}\": {}", self.item, self.message),
            None => write!(f, "{}: {}", self.item, self.message),
        }
    }
}

/// A bundle that cannot be used, with every problem found (not just the first), so that one
/// round of fixes is usually enough.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleError {
    pub problems: Vec<Problem>,
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.problems.len();
        write!(f, "the paper bundle has {count} problem{}:", if count == 1 { "" } else { "s" })?;
        for problem in &self.problems {
            write!(f, "\n  - {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for BundleError {}
