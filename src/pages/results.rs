use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::evidence_summary::{evidence_summary, EvidenceSummaryProps};
use crate::components::page_skeleton::page_skeleton;
use crate::components::result_view::{result_view, ResultViewProps};
use crate::components::share_panel::SharePanel;
use crate::content::ui::results_page as text;
use crate::hooks::use_store::use_store;
use crate::route::Route;

/// `#/results`: the latest attempt's results, or an invitation to take the self-check.
#[component]
pub fn ResultsPage() -> Html {
    let store = use_store();
    let navigator = use_navigator();
    if store.as_ref().is_some_and(|s| !s.ready) {
        return page_skeleton(text::HEADING);
    }
    let latest = store.as_ref().and_then(|s| s.latest().cloned());
    let retake = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = &store {
                s.retake();
            }
            if let Some(n) = &navigator {
                n.push(&Route::Quiz);
            }
        })
    };
    let Some(attempt) = latest else {
        return html! {
            <div class="page results" data-testid="results-empty">
                <h1>{ text::EMPTY_HEADING }</h1>
                <p class="lede">{ text::EMPTY_LEDE }</p>
                <p><a class="button primary" href={Route::Quiz.href()}>{ text::START }</a></p>
            </div>
        };
    };
    html! {
        <div class="page results" data-testid="results">
            <h1>{ text::HEADING }</h1>
            { result_view(&ResultViewProps { answers: attempt.answers.clone(), about: None }) }
            if let Some(s) = &store {
                { evidence_summary(&EvidenceSummaryProps { answers: &attempt.answers, evidence: &s.envelope.evidence }) }
            }
            <SharePanel answers={attempt.answers.clone()} day={Some(crate::domain::day::of_ms(attempt.finished_at))} />
            <div class="results-actions">
                <a href={Route::HowScored.href()} data-testid="how-scored-link">{ text::HOW_SCORED }</a>
                <button type="button" class="button" data-testid="retake" onclick={retake}>
                    { text::RETAKE }
                </button>
            </div>
        </div>
    }
}
