use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::{fill, ui::plan_page as text};
use crate::domain::tracker::{Step, StepKind};
use crate::route::Route;

pub struct PlanStepProps<'a> {
    pub step: &'a Step,
    pub done: bool,
    pub read_only: bool,
    pub on_check: Callback<(String, bool)>,
}

/// One step of the plan, as a checkbox; a step aimed at a gap links to its dimension.
pub fn plan_step(props: &PlanStepProps<'_>) -> Html {
    let step = props.step;
    let id = format!("step-{}", step.id.replace(':', "-"));
    let on_change = {
        let (cb, step) = (props.on_check.clone(), step.id.clone());
        Callback::from(move |e: Event| {
            cb.emit((
                step.clone(),
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            ))
        })
    };
    let label = match step.kind {
        StepKind::Common(t) => html! { { t } },
        StepKind::Gap(d) => html! {
            <>
                <strong>{ fill(text::GAP_STEP, &[("dimension", d.name)]) }</strong>{ " " }{ d.practice_artifact() }
            </>
        },
    };
    html! {
        <li class={classes!("plan-step", props.done.then_some("done"))} data-testid="plan-step" data-step={step.id.clone()}>
            <input type="checkbox" id={id.clone()} checked={props.done} onchange={on_change} disabled={props.read_only} />
            <label for={id}>{ label }</label>
            if let StepKind::Gap(d) = step.kind {
                { " " }<a href={Route::Dimension { id: d.id.to_string() }.href()} class="plan-step-link">
                    { fill(text::ABOUT_DIMENSION, &[("dimension", d.name)]) }
                </a>
            }
        </li>
    }
}
