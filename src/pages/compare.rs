use yew::prelude::*;

use crate::components::page_skeleton::page_skeleton;
use crate::components::pair_comparison::{pair_comparison, PairComparisonProps};
use crate::content::{fill, ui::compare_page as text, CONTENT};
use crate::dates::local_date_time;
use crate::domain::history::compare;
use crate::hooks::use_store::use_store;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub a: AttrValue,
    pub b: AttrValue,
}

/// `#/history/compare/<a>/<b>`: per-dimension movement and the statements that changed.
#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let store = use_store();
    if store.as_ref().is_some_and(|s| !s.ready) {
        return page_skeleton(text::HEADING);
    }
    let find = |id: &str| {
        store
            .as_ref()
            .and_then(|s| s.envelope.attempts.iter().find(|a| a.id == id).cloned())
    };
    let (Some(before), Some(after)) = (find(&props.a), find(&props.b)) else {
        return html! {
            <div class="page" data-testid="compare-missing">
                <h1>{ text::MISSING_HEADING }</h1>
                <p><a href={Route::History.href()}>{ text::GO_TO_HISTORY }</a></p>
            </div>
        };
    };
    let c = compare(&CONTENT, &before, &after);
    let (d1, d2) = (
        local_date_time(before.finished_at),
        local_date_time(after.finished_at),
    );
    let statement = |id: &str| CONTENT.statement(id);
    let fmt = |v: Option<u8>| v.map_or(text::NOT_ANSWERED.to_string(), |v| v.to_string());
    html! {
        <div class="page compare" data-testid="compare">
            <p class="breadcrumb"><a href={Route::History.href()}>{ text::BACK }</a></p>
            <h1>{ text::HEADING }</h1>
            <p class="lede" data-testid="compare-summary">
                { fill(text::SUMMARY, &[
                    ("d1", &d1), ("d2", &d2),
                    ("before", &c.readiness.0.to_string()), ("after", &c.readiness.1.to_string()),
                    ("total", &CONTENT.readiness.len().to_string()),
                    ("overall_before", &fmt(c.overall.0)), ("overall_after", &fmt(c.overall.1)),
                ]) }
            </p>
            // A quick check has no dimension answers: no chart that would show it as unanswered.
            if before.quick || after.quick {
                <p class="hint" data-testid="compare-quick">{ text::QUICK }</p>
            } else {
                { pair_comparison(&PairComparisonProps {
                    id: "compare-moves".into(), biggest_first: false, title: text::MOVES_TITLE.into(),
                    first_label: fill(text::EARLIER, &[("date", &d1)]).into(), second_label: fill(text::LATER, &[("date", &d2)]).into(),
                    first: c.movements.iter().map(|m| m.before).collect(),
                    second: c.movements.iter().map(|m| m.after).collect(),
                }) }
            }
            <div class="signal-columns">
                <section aria-labelledby="gained-title">
                    <h2 id="gained-title">{ text::GAINED }</h2>
                    if c.gained.is_empty() { <p>{ text::NONE }</p> } else {
                        <ul data-testid="gained">{ for c.gained.iter().map(|id| html! { <li>{ statement(id) }</li> }) }</ul>
                    }
                </section>
                <section aria-labelledby="lost-title">
                    <h2 id="lost-title">{ text::LOST }</h2>
                    if c.lost.is_empty() { <p>{ text::NONE }</p> } else {
                        <ul data-testid="lost">{ for c.lost.iter().map(|id| html! { <li>{ statement(id) }</li> }) }</ul>
                    }
                </section>
            </div>
        </div>
    }
}
