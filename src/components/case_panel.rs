use yew::prelude::*;

use crate::content::{fill, ui::case as text, CONTENT};
use crate::domain::evidence::count_for;
use crate::domain::packet::plan_gaps;
use crate::domain::tracker::{steps, PLAN_DAYS};
use crate::env::use_env;
use crate::hooks::use_store::use_store;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct CasePanelProps {
    /// On a dimension page: that dimension's evidence; otherwise (home) the plan and the log.
    #[prop_or_default]
    pub dimension: Option<AttrValue>,
}

/// What the visitor has built so far, beside a page that is otherwise the same for everyone: the
/// plan's progress on home, a dimension's evidence on its page. Nothing before storage is read, or
/// when there is nothing to show.
#[component]
pub fn CasePanel(props: &CasePanelProps) -> Html {
    let store = use_store();
    let env = use_env();
    let Some(store) = store.filter(|s| s.ready && s.envelope.has_case()) else {
        return Html::default();
    };
    let log = &store.envelope.evidence;
    if let Some(id) = props.dimension.as_ref().filter(|_| !log.is_empty()) {
        let n = count_for(log, id);
        return html! {
            <aside class="card case-panel" data-testid="dimension-evidence" aria-labelledby="case-panel-title">
                <h2 id="case-panel-title">{ text::DIMENSION_HEADING }</h2>
                <p>{ match n {
                    0 => text::DIMENSION_NONE.to_string(),
                    1 => text::DIMENSION_COUNT_ONE.to_string(),
                    _ => fill(text::DIMENSION_COUNT, &[("n", &n.to_string())]),
                } }</p>
                <p><a href={Route::Evidence.href()}>{ text::DIMENSION_OPEN }</a></p>
            </aside>
        };
    }
    if props.dimension.is_some() {
        return Html::default();
    }
    let Some(plan) = &store.envelope.plan else {
        if log.is_empty() {
            return Html::default();
        }
        return html! {
            <aside class="card case-panel" data-testid="home-case" aria-labelledby="case-panel-title">
                <h2 id="case-panel-title">{ text::HOME_HEADING }</h2>
                <p>{ home_evidence(log.len()) }</p>
                <p><a href={Route::Evidence.href()}>{ text::HOME_OPEN }</a></p>
            </aside>
        };
    };
    let gaps = plan_gaps(&CONTENT, &store.envelope);
    let all = steps(&CONTENT, &gaps);
    let (done, total) = plan.progress(&all);
    let line = match plan.day(&env.today) {
        Some(n) if n <= PLAN_DAYS => fill(
            text::HOME_PLAN,
            &[
                ("n", &n.to_string()),
                ("total", &PLAN_DAYS.to_string()),
                ("done", &done.to_string()),
                ("steps", &total.to_string()),
            ],
        ),
        _ => fill(
            text::HOME_PLAN_PAST,
            &[
                ("date", &plan.started),
                ("done", &done.to_string()),
                ("steps", &total.to_string()),
            ],
        ),
    };
    html! {
        <aside class="card case-panel" data-testid="home-case" aria-labelledby="case-panel-title">
            <h2 id="case-panel-title">{ text::HOME_HEADING }</h2>
            <p data-testid="home-plan">
                <progress max={total.to_string()} value={done.to_string()} aria-hidden="true"></progress>{ " " }{ line }
            </p>
            if !log.is_empty() {
                <p>{ home_evidence(log.len()) }</p>
            }
            <p><a href={Route::Plan.href()}>{ text::HOME_OPEN }</a></p>
        </aside>
    }
}

/// "Evidence logged: …", its noun agreeing with the count.
fn home_evidence(n: usize) -> String {
    if n == 1 {
        text::HOME_EVIDENCE_ONE.to_string()
    } else {
        fill(text::HOME_EVIDENCE, &[("n", &n.to_string())])
    }
}
