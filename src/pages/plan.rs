use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::case_nav::{case_nav, CaseNavProps};
use crate::components::page_skeleton::page_skeleton;
use crate::components::plan_step::{plan_step, PlanStepProps};
use crate::components::sources_note::{sources_note, SourcesNoteProps};
use crate::content::{fill, ui::plan_page as text, CONTENT};
use crate::domain::packet::plan_gaps;
use crate::domain::tracker::{gap_step_of, steps, PLAN_DAYS};
use crate::env::use_env;
use crate::hooks::use_store::use_store;
use crate::route::Route;

/// `#/plan`: the 30 / 60 / 90-day plan of the latest result as a checklist, from a start day.
#[component]
pub fn PlanPage() -> Html {
    let store = use_store();
    let env = use_env();
    let start = use_state(|| env.today.clone());
    let start_error = use_state(|| false);

    let Some(store) = store else {
        return Html::default();
    };
    if !store.ready {
        return page_skeleton(text::HEADING);
    }
    let today = env.today.clone();
    let gaps = plan_gaps(&CONTENT, &store.envelope);
    let plan_steps = steps(&CONTENT, &gaps);
    let plan = store.envelope.plan.clone();
    let has_result = crate::domain::packet::own_attempts(&store.envelope)
        .last()
        .is_some();

    let on_start_input = {
        let start = start.clone();
        Callback::from(move |e: InputEvent| {
            start.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_start = {
        let (store, start, start_error, today) = (
            store.clone(),
            start.clone(),
            start_error.clone(),
            today.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            start_error.set(!store.start_plan(&start, &today));
        })
    };
    let on_check = {
        let (store, today) = (store.clone(), today.clone());
        Callback::from(move |(step, done): (String, bool)| store.check_step(step, done, &today))
    };

    let (done, total) = plan
        .as_ref()
        .map_or((0, plan_steps.len()), |p| p.progress(&plan_steps));
    let day_n = plan.as_ref().and_then(|p| p.day(&today));
    let earlier = plan
        .as_ref()
        .map(|p| p.done_earlier(&plan_steps))
        .unwrap_or_default();

    html! {
        <div class="page case plan" data-testid="plan-page">
            <h1>{ text::HEADING }</h1>
            { case_nav(&CaseNavProps { current: Route::Plan }) }
            <p class="lede">{ text::LEDE }</p>
            <p class="hint">{ text::NOT_A_SHORTCUT }</p>
            { sources_note(&SourcesNoteProps { ids: &["s3"] }) }
            if !has_result {
                <p data-testid="plan-no-result">
                    { text::NO_RESULT }{ " " }<a href={Route::Quiz.href()}>{ text::TAKE_QUIZ }</a>
                </p>
            }
            <section class="card plan-status" aria-labelledby="plan-status-title" data-testid="plan-status">
                <h2 id="plan-status-title">{ text::STATUS_HEADING }</h2>
                if let Some(p) = &plan {
                    <p data-testid="plan-day">
                        { fill(text::STARTED, &[("date", &p.started)]) }{ " " }
                        { match day_n {
                            Some(n) if n <= PLAN_DAYS => fill(text::DAY_N, &[("n", &n.to_string()), ("total", &PLAN_DAYS.to_string())]),
                            Some(n) => fill(text::DAY_PAST, &[("n", &n.to_string()), ("total", &PLAN_DAYS.to_string())]),
                            None => text::NOT_YET_STARTED.to_string(),
                        } }
                    </p>
                }
                <p data-testid="plan-progress">
                    <progress max={total.to_string()} value={done.to_string()} aria-hidden="true"></progress>
                    { " " }{ fill(text::PROGRESS, &[("done", &done.to_string()), ("total", &total.to_string())]) }
                </p>
                <form class="tool-row plan-start" onsubmit={on_start} novalidate=true>
                    <label for="plan-start">{ if plan.is_some() { text::RESTART_LABEL } else { text::START_LABEL } }</label>
                    <input id="plan-start" type="date" value={(*start).clone()} oninput={on_start_input}
                           aria-invalid={(*start_error).then_some("true")}
                           aria-describedby={(*start_error).then_some("plan-start-error")} />
                    <button type="submit" class="button" data-testid="plan-start">
                        { if plan.is_some() { text::RESTART } else { text::START } }
                    </button>
                    if *start_error {
                        <span class="hint error" id="plan-start-error" data-testid="plan-start-error">{ text::START_ERROR }</span>
                    }
                </form>
            </section>
            { for CONTENT.plan.iter().map(|phase| html! {
                <section class="card plan-phase" data-testid="plan-phase" data-phase={phase.id} key={phase.id}
                         aria-labelledby={format!("phase-{}", phase.id)}>
                    <h2 id={format!("phase-{}", phase.id)}>
                        <span class="plan-days">{ fill(text::DAYS, &[("days", &phase.days.replace('-', "–"))]) }</span>
                        <span class="visually-hidden">{ ": " }</span>
                        { phase.title }
                    </h2>
                    <p class="plan-goal">{ phase.goal }</p>
                    <ul class="plan-checklist">
                        { for plan_steps.iter().filter(|s| s.phase.id == phase.id).map(|s| html! {
                            <key={s.id.clone()}>
                                { plan_step(&PlanStepProps {
                                    step: s,
                                    done: plan.as_ref().is_some_and(|p| p.is_done(&s.id)),
                                    read_only: store.read_only(),
                                    on_check: on_check.clone(),
                                }) }
                            </>
                        }) }
                    </ul>
                </section>
            }) }
            if !earlier.is_empty() {
                <section class="card" data-testid="plan-done-earlier" aria-labelledby="earlier-title">
                    <h2 id="earlier-title">{ text::EARLIER_HEADING }</h2>
                    <p>{ text::EARLIER_INTRO }</p>
                    <ul>
                        { for earlier.iter().filter_map(|c| gap_step_of(&CONTENT, &c.step)).map(|(phase, d)| html! {
                            <li>{ format!("{}: {} — {}", phase.title, d.name, d.practice_artifact()) }</li>
                        }) }
                    </ul>
                </section>
            }
            <p><a href={Route::Packet.href()}>{ text::TO_PACKET }</a></p>
        </div>
    }
}
