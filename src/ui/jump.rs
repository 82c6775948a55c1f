//! Builds-on chips: jump to the earlier paper's card, or explain that the filter hides it.

use archive_core::{Intent, PaperIndex};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::paper_card::card_id;
use crate::view::{use_view, CurrentView};

/// Where a jump stands. This is transient UI feedback, not view state, so it is not in the URL.
#[derive(Clone, Copy)]
pub struct Jumps {
    view: CurrentView,
    /// The card last jumped to; it is highlighted until the next jump.
    highlighted: StoredValue<Option<PaperIndex>>,
    /// Per card: is it the highlighted one? (A jump wakes only the two cards concerned.)
    flags: StoredValue<Vec<RwSignal<bool>>>,
    /// A chip (on card `.0`) whose target (`.1`) the current filter hides.
    pub blocked: RwSignal<Option<(PaperIndex, PaperIndex)>>,
    /// A target to jump to as soon as the filter shows it.
    pending: RwSignal<Option<PaperIndex>>,
}

impl Jumps {
    pub fn provide(view: CurrentView) -> Self {
        let jumps = Self {
            view,
            highlighted: StoredValue::new(None),
            flags: StoredValue::new(view.archive.papers().map(|_| RwSignal::new(false)).collect()),
            blocked: RwSignal::new(None),
            pending: RwSignal::new(None),
        };
        Effect::new(move |_| {
            if let Some(target) = jumps.pending.get() {
                if view.selection.with(|s| s.is_shown(target)) {
                    jumps.pending.set(None);
                    jumps.reveal(target);
                }
            }
        });
        // A notice that a chip's target is hidden goes once the filter shows the target (say,
        // after "Clear filters"), rather than going on claiming it is hidden.
        Effect::new(move |_| {
            if let Some((_, target)) = jumps.blocked.get() {
                if view.shown(target).get() {
                    jumps.blocked.set(None);
                }
            }
        });
        provide_context(jumps);
        jumps
    }

    /// Whether `paper`'s card is the one last jumped to (tracked per card).
    pub fn is_highlighted(&self, paper: PaperIndex) -> bool {
        self.flags.with_value(|flags| flags[paper.get()].get())
    }

    /// Follows a builds-on chip on card `from` to `target`.
    pub fn jump_to(&self, from: PaperIndex, target: PaperIndex) {
        if self.view.selection.with_untracked(|s| s.is_shown(target)) {
            self.blocked.set(None);
            self.reveal(target);
        } else {
            self.blocked.set(Some((from, target)));
        }
    }

    /// Clears the filters (keeping the sort), then jumps to the blocked target.
    pub fn show_blocked(&self) {
        if let Some((_, target)) = self.blocked.get_untracked() {
            self.blocked.set(None);
            self.pending.set(Some(target));
            self.view.dispatch(Intent::ClearFilters);
        }
    }

    /// Highlights the card, scrolls it to the middle of the screen and moves focus to it, after
    /// the DOM has caught up with the latest filter.
    fn reveal(&self, target: PaperIndex) {
        let before = self.highlighted.get_value();
        if before != Some(target) {
            self.flags.with_value(|flags| {
                before.inspect(|b| flags[b.get()].set(false));
                flags[target.get()].set(true);
            });
            self.highlighted.set_value(Some(target));
        }
        let id = card_id(&self.view.archive.paper(target).id);
        request_animation_frame(move || {
            let Some(card) = document().get_element_by_id(&id) else { return };
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            card.scroll_into_view_with_scroll_into_view_options(&options);
            if let Ok(card) = card.dyn_into::<web_sys::HtmlElement>() {
                let focus = web_sys::FocusOptions::new();
                focus.set_prevent_scroll(true);
                let _ = card.focus_with_options(&focus);
            }
        });
    }
}

pub fn use_jumps() -> Jumps {
    expect_context::<Jumps>()
}

/// On card `from`: says that the chip's target is filtered out, and offers to show it.
#[component]
pub fn BlockedJumpNotice(from: PaperIndex) -> impl IntoView {
    let view = use_view();
    let jumps = use_jumps();
    let target = move || jumps.blocked.get().filter(|&(on, _)| on == from).map(|(_, target)| target);
    view! {
        {move || {
            target()
                .map(|target| {
                    let name = view.archive.paper(target).short_name.clone();
                    view! {
                        <p class="jump-notice" role="status">
                            "“" {name} "” is hidden by the current filter. "
                            <button type="button" class="text-button" on:click=move |_| jumps.show_blocked()>
                                "Show all papers and go there"
                            </button>
                        </p>
                    }
                })
        }}
    }
}
