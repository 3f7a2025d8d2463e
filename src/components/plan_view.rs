use yew::prelude::*;

use crate::components::sources_note::{sources_note, SourcesNoteProps};
use crate::content::{fill, ui::plan as text, PlanPhase, CONTENT};
use crate::route::Route;

pub struct PlanViewProps<'a> {
    /// Dimension ids of the visitor's gaps, weakest first. Phase `i` gets a step for gap `i`.
    pub gaps: &'a [&'static str],
}

/// The 30 / 60 / 90-day plan: the content's phases, each with one step tied to a gap
/// (phase 1 to the weakest dimension, phase 2 to the next, phase 3 to the third).
pub fn plan_view(props: &PlanViewProps<'_>) -> Html {
    if CONTENT.plan.is_empty() {
        return Html::default();
    }
    html! {
        <section class="plan-view" data-testid="plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{ text::HEADING }</h2>
            <p>
                { text::INTRO }{ " " }
                if props.gaps.is_empty() {
                    { text::NO_GAPS }
                } else {
                    { text::HAS_GAPS }
                }
            </p>
            <ol class="plan-phases">
                { for CONTENT.plan.iter().enumerate().map(|(i, phase)| {
                    view_phase(phase, props.gaps.get(i).copied(), i)
                }) }
            </ol>
            if !CONTENT.plan_outcomes().is_empty() {
                <h3>{ text::OUTCOMES_HEADING }</h3>
                <ul class="plan-outcomes" data-testid="plan-outcomes">
                    { for CONTENT.plan_outcomes().iter().map(|n| html! { <li key={n.id}>{ n.text }</li> }) }
                </ul>
            }
            <p><a href={Route::Plan.href()} data-testid="track-plan">{ text::TRACK }</a></p>
            { sources_note(&SourcesNoteProps { ids: CONTENT.plan.first().map_or(&[][..], |p| p.sources) }) }
        </section>
    }
}

fn view_phase(phase: &'static PlanPhase, gap: Option<&'static str>, index: usize) -> Html {
    let personal = gap.and_then(|id| CONTENT.dimension(id)).map(|d| {
        let href = Route::Dimension {
            id: d.id.to_string(),
        }
        .href();
        let which = match index {
            0 => text::GAP_1,
            1 => text::GAP_2,
            _ => text::GAP_3,
        };
        html! {
            <li class="plan-step-personal" data-testid="plan-personal" data-dimension={d.id}>
                <strong>{ text::FOR_GAP }</strong>{ " " }
                { text::PRODUCE_FOR }{ " " }<a href={href}>{ d.name }</a>{ format!(" ({which}). ") }
                <span class="plan-artifact">{ d.practice_artifact() }</span>
            </li>
        }
    });
    html! {
        <li class="card plan-phase" data-testid="plan-phase" data-phase={phase.id} key={phase.id}>
            <h3>
                <span class="plan-days">{ fill(text::DAYS, &[("days", &phase.days.replace('-', "–"))]) }</span>
                <span class="visually-hidden">{ ": " }</span>
                { phase.title }
            </h3>
            <p class="plan-goal">{ phase.goal }</p>
            <ul class="plan-steps">
                { for phase.steps.iter().map(|s| html! { <li>{ *s }</li> }) }
                { personal.unwrap_or_default() }
            </ul>
        </li>
    }
}
