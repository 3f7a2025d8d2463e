use yew::prelude::*;

use crate::components::compare_table::{compare_table, CompareTableProps};
use crate::components::filter_box::{filter_box, FilterBoxProps};
use crate::components::principal_toggle::{principal_toggle, PrincipalToggleProps};
use crate::content::{fill, ui::explore_page as text, CONTENT};
use crate::domain::filter::filter;

/// `#/explore`: every dimension side by side, with a filter and the Principal column on demand.
#[component]
pub fn Explore() -> Html {
    let query = use_state(String::new);
    let show_principal = use_state(|| false);
    let rows = filter(CONTENT.dimensions, &query);
    // Evidence per dimension, once storage has been read (nothing at build time).
    let store = crate::hooks::use_store::use_store();
    let evidence: Vec<usize> = store
        .filter(|s| s.ready && !s.envelope.evidence.is_empty())
        .map(|s| {
            crate::domain::packet::evidence_counts(&CONTENT, &s.envelope.evidence)
                .into_iter()
                .map(|(_, n)| n)
                .collect()
        })
        .unwrap_or_default();
    let total = CONTENT.dimensions.len();

    let on_query = {
        let query = query.clone();
        Callback::from(move |q: String| query.set(q))
    };
    let on_toggle = {
        let show_principal = show_principal.clone();
        Callback::from(move |on: bool| show_principal.set(on))
    };
    let count = if rows.len() == total {
        fill(text::COUNT_ALL, &[("total", &total.to_string())])
    } else {
        fill(
            text::COUNT_SOME,
            &[
                ("shown", &rows.len().to_string()),
                ("total", &total.to_string()),
            ],
        )
    };

    html! {
        <div class="page explore" data-testid="explorer">
            <h1>{ text::HEADING }</h1>
            <p class="lede">
                { text::LEDE_READ }
                { text::LEDE_HIGHLIGHT }
            </p>
            <div class="explore-controls">
                { filter_box(&FilterBoxProps { value: (*query).clone().into(), on_change: on_query }) }
                { principal_toggle(&PrincipalToggleProps { checked: *show_principal, on_toggle }) }
            </div>
            <p class="explore-count" data-testid="explorer-count" role="status">{ count }</p>
            if rows.is_empty() {
                <div class="empty-state" data-testid="explorer-empty">
                    <p>
                        { fill(text::NO_MATCH, &[("query", query.trim())]) }
                        { text::NO_MATCH_HINT }
                    </p>
                </div>
            } else {
                { compare_table(&CompareTableProps { rows, show_principal: *show_principal, evidence }) }
            }
        </div>
    }
}
