use std::collections::BTreeMap;

use yew::prelude::*;

use crate::content::{fill, ui::quick as text, CONTENT};
use crate::domain::quick::QuickVerdict;
use crate::route::Route;

pub struct QuickVerdictViewProps<'a> {
    /// Statement id -> yes / not yet (an unanswered statement counts as not yet).
    pub readiness: &'a BTreeMap<String, bool>,
}

/// The quick check's verdict: the count against the bar, the statements that decided it, each
/// statement not yet true with its dimension and one thing to practise, then what working on the
/// wrong axis means and how long the step usually takes. It speaks to no one, so it fits one's own
/// check and someone else's link alike.
pub fn quick_verdict_view(props: &QuickVerdictViewProps<'_>) -> Html {
    let verdict = QuickVerdict::of(&CONTENT, props.readiness);
    let r = &verdict.readiness;
    let met = verdict.meets_bar();
    let numbers = [
        ("count", r.count.to_string()),
        ("total", r.total.to_string()),
        ("bar", r.bar.to_string()),
        ("short", verdict.short_by().to_string()),
    ];
    let numbers: Vec<(&str, &str)> = numbers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let yes = html! {
        <ul class="quick-list quick-yes" data-testid="quick-yes">
            { for r.yes.iter().map(|id| html! { <li key={*id} data-statement={*id}>{ CONTENT.statement(id) }</li> }) }
        </ul>
    };
    let not_yet = html! {
        <ul class="quick-list quick-not-yet" data-testid="quick-not-yet">
            { for verdict.not_yet(&CONTENT).into_iter().map(|n| html! {
                <li key={n.statement.id} data-statement={n.statement.id}>
                    <p class="quick-statement">{ n.statement.text }</p>
                    if let Some(d) = n.dimension {
                        <p class="quick-dimension">
                            <span class="quick-label">{ text::DIMENSION }</span>{ " " }
                            <a href={Route::Dimension { id: d.id.to_string() }.href()}>{ d.name }</a>
                        </p>
                        <p class="quick-practise">
                            <span class="quick-label">{ text::PRACTISE }</span>{ " " }{ d.practice_how() }
                        </p>
                    }
                </li>
            }) }
        </ul>
    };
    let decided_count = verdict.decided().len().to_string();
    let decided_heading = fill(
        if met {
            text::DECIDED_YES
        } else {
            text::DECIDED_NOT_YET
        },
        &[("count", &decided_count)],
    );
    let (decided, other_heading, other, other_empty) = if met {
        (yes, text::ALSO_NOT_YET, not_yet, r.not_yet.is_empty())
    } else {
        (not_yet, text::ALSO_YES, yes, r.yes.is_empty())
    };
    html! {
        <section class="quick-verdict" data-testid="quick-verdict" data-meets={met.to_string()}
                 aria-labelledby="quick-verdict-title">
            <h2 id="quick-verdict-title" tabindex="-1">{ text::VERDICT_HEADING }</h2>
            <p class="verdict-count">
                <strong data-testid="quick-count">{ fill(text::COUNT, &numbers) }</strong>{ " " }{ text::COUNT_LABEL }
            </p>
            <p class={classes!("verdict-bar", met.then_some("meets"))} data-testid="quick-bar">
                { fill(if met { text::MET } else { text::NOT_MET }, &numbers) }
            </p>
            <h3 data-testid="quick-decided">{ decided_heading }</h3>
            { decided }
            if !other_empty {
                <h3>{ other_heading }</h3>
                { other }
            }
            <h3>{ text::AXIS_HEADING }</h3>
            { for CONTENT.quick_axis().iter().map(|n| html! { <p key={n.id}>{ n.text }</p> }) }
            <h3>{ text::TIMELINE_HEADING }</h3>
            <ul class="quick-timeline">
                { for CONTENT.quick_timeline().iter().map(|n| html! { <li key={n.id}>{ n.text }</li> }) }
            </ul>
        </section>
    }
}
