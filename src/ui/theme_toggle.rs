use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

/// Where the chosen colour scheme is remembered; `assets/boot.js` applies it before first paint.
const STORAGE_KEY: &str = "theme";

/// The colour scheme: the system's (default), or one forced by the reader.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    /// The remembered choice; `System` when prerendering natively, where there is no storage.
    fn stored() -> Self {
        if !cfg!(target_arch = "wasm32") {
            return Theme::System;
        }
        match LocalStorage::get::<String>(STORAGE_KEY).ok().as_deref() {
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
                let _ = root.remove_attribute("data-theme");
                LocalStorage::delete(STORAGE_KEY);
            }
            theme => {
                let _ = root.set_attribute("data-theme", theme.name());
                // Storage may be unavailable (private mode, quota); the choice then lasts the visit.
                let _ = LocalStorage::set(STORAGE_KEY, theme.name());
            }
        }
    }
}

/// A button cycling the colour scheme: system → light → dark.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let theme = RwSignal::new(Theme::stored());
    let label = move || format!("Theme: {}", theme.get().name());
    view! {
        <button
            type="button"
            class="button theme-toggle"
            data-theme-choice=move || theme.get().name()
            on:click=move |_| {
                let next = theme.get_untracked().next();
                next.apply();
                theme.set(next);
            }
        >
            {label}
        </button>
    }
}
