//! The pure core of the AI Paper Archive: plain Rust, no Leptos, no web APIs, so every rule of
//! the app is tested natively with `cargo test`.
//!
//! Data flows one way:
//! `papers.json` → [`Archive`] (validated, indexed; the compiled-in bundle is validated and baked
//! into Rust data at build time, see [`Archive::bundled`]); query string → [`ViewState`] via
//! [`url::decode`]; `Archive × ViewState` → [`Selection`] via [`filter::select`].
//! Changes flow back one way too: a reader's [`Intent`] → [`transition`] → the next state and
//! the history operation that puts it in the URL.

pub mod archive;
mod baked;
pub mod cite;
pub mod date;
pub mod filter;
pub mod fold;
pub mod graph;
pub mod history;
pub mod intent;
pub mod lineage;
pub mod page;
pub mod search;
pub mod suggest;
pub mod texts;
pub mod tracking;
pub mod url;
pub mod view_state;

pub use archive::{Archive, BundleError, EraIndex, PaperIndex, Site, TagIndex};
pub use date::PaperDate;
pub use filter::{select, Selection};
pub use intent::{transition, Entry, HistoryOp, Intent, Transition};
pub use url::{decode, decode_query, Decoded, Notice};
pub use view_state::{MatchMode, Presentation, Sort, ViewState};

/// The JSON text of the bundle compiled in: `assets/papers.json`, or the file named by the
/// `PAPERS_BUNDLE` environment variable at build time (see `build.rs`). For tests and tools;
/// the app reads [`Archive::bundled`], baked from it.
pub const BUNDLED_JSON: &str = include_str!(env!("PAPERS_BUNDLE_PATH"));

/// The compiled-in bundle's path, so that a build script can watch it.
pub const BUNDLE_PATH: &str = env!("PAPERS_BUNDLE_PATH");

/// The compiled-in bundle's file name, for error messages.
pub const BUNDLE_NAME: &str = env!("PAPERS_BUNDLE_NAME");
