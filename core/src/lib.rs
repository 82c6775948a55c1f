//! The pure core of the AI Paper Archive: plain Rust, no Leptos, no web APIs, so every rule of
//! the app is tested natively with `cargo test`.
//!
//! Data flows one way:
//! `papers.json` → [`Archive`] (validated, indexed); query string → [`ViewState`] via
//! [`view_state::decode`]; `Archive × ViewState` → [`Selection`] via [`filter::select`].

pub mod archive;
pub mod date;
pub mod filter;
pub mod view_state;

pub use archive::{Archive, BundleError, EraIndex, PaperIndex, TagIndex};
pub use date::PaperDate;
pub use filter::{select, Selection};
pub use view_state::{decode, decode_query, Decoded, MatchMode, Notice, ViewState};

/// The bundle shipped with the app, compiled in.
pub const BUNDLED_JSON: &str = include_str!("../../assets/papers.json");
