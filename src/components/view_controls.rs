//! The view's selects: cards or graph, the era, the sort.

use archive_core::{texts, Intent, Presentation, Sort};
use leptos::prelude::*;

use crate::current_view::use_view;

/// Cards or graph, the era filter and the sort order, as native selects. Options use `prop:selected`, not
/// the attribute, which a browser ignores once the reader has changed the select: Back and
/// Forward must move the selects along with the URL.
#[component]
pub fn ViewControls() -> impl IntoView {
    let view = use_view();
    let archive = view.archive;
    let on_era = move |e| {
        let id = event_target_value(&e);
        let era = archive.eras().find(|(_, era)| era.id == id).map(|(index, _)| index);
        view.dispatch(Intent::SetEra(era));
    };
    let on_sort = move |e| {
        let sort = Sort::parse(&event_target_value(&e)).unwrap_or_default();
        view.dispatch(Intent::SetSort(sort));
    };
    let on_show = move |e| {
        let graph = event_target_value(&e) == Presentation::Graph.as_str();
        let presentation = if graph { Presentation::Graph } else { Presentation::Cards };
        view.dispatch(Intent::SetPresentation(presentation));
    };
    let showing = move |p: Presentation| view.state.with(|s| s.presentation == p);
    let era_selected = move |id: &str| view.state.with(|s| s.era.map(|e| archive.era(e).id.as_str()) == Some(id));
    view! {
        <div class="view-controls">
            <label class="control">
                <span class="control-label">"Show"</span>
                <select class="show-select" on:change=on_show>
                    <option value="cards" prop:selected=move || showing(Presentation::Cards)>
                        "Cards"
                    </option>
                    <option value="graph" prop:selected=move || showing(Presentation::Graph)>
                        "Lineage graph"
                    </option>
                </select>
            </label>
            <label class="control">
                <span class="control-label">"Era"</span>
                <select class="era-select" on:change=on_era>
                    <option value="" prop:selected=move || view.state.with(|s| s.era.is_none())>
                        {format!("All eras ({})", archive.paper_count())}
                    </option>
                    {archive
                        .eras()
                        .map(|(index, era)| {
                            let id = era.id.clone();
                            view! {
                                <option value=era.id.clone() prop:selected=move || era_selected(&id)>
                                    {format!("{} ({})", era.name, archive.era_size(index))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            // The graph lays papers out by date itself: no sort to offer there.
            <label class="control" hidden=move || showing(Presentation::Graph)>
                <span class="control-label">"Sort"</span>
                <select class="sort-select" on:change=on_sort>
                    {Sort::ALL
                        .into_iter()
                        .map(|sort| {
                            view! {
                                <option value=sort.as_str() prop:selected=move || view.state.with(|s| s.sort == sort)>
                                    {texts::sort_label(sort)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}
