//! The colour scheme toggle: the system's, light or dark.

use archive_core::page;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

/// The colour scheme: the system's (default), or one forced by the reader.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The scheme in force: `<html data-theme>`, which the start script (`assets/start.js`) sets from storage before the
    /// first paint and [`Theme::apply`] changes. The page holds the choice, not the component,
    /// so a button drawn at build time is already right and a click on it needs no state.
    fn current() -> Self {
        let attribute = document().document_element().and_then(|root| root.get_attribute(page::THEME_ATTR));
        match attribute.as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        }
    }

    fn next(self) -> Self {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Sets `data-theme` on `<html>` (the stylesheet's switch) and remembers the choice.
    fn apply(self) {
        let Some(root) = document().document_element() else { return };
        match self {
            Theme::System => {
                let _ = root.remove_attribute(page::THEME_ATTR);
                LocalStorage::delete(page::THEME_KEY);
            }
            theme => {
                let _ = root.set_attribute(page::THEME_ATTR, theme.name());
                // Storage may be unavailable (private mode, quota); the choice then lasts the visit.
                let _ = LocalStorage::set(page::THEME_KEY, theme.name());
            }
        }
    }
}

/// A button cycling the colour scheme: system → light → dark. Its label names every scheme and
/// the stylesheet shows the one in force (from `<html data-theme>`), so the button reads right
/// from the first paint, before any code has run, and is the same button at build time and live.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    view! {
        <button type="button" class="button theme-toggle" on:click=move |_| Theme::current().next().apply()>
            "Theme: "
            {Theme::ALL
                .into_iter()
                .map(|theme| view! { <span class="theme-choice" data-choice=theme.name()>{theme.name()}</span> })
                .collect_view()}
        </button>
    }
}
