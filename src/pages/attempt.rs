use yew::prelude::*;

use crate::components::page_skeleton::page_skeleton;
use crate::components::quick_card::{quick_card, QuickCardProps};
use crate::components::quick_verdict::{quick_verdict_view, QuickVerdictViewProps};
use crate::components::result_view::{result_view, ResultViewProps};
use crate::components::share_panel::SharePanel;
use crate::content::{fill, ui::attempt_page as text, ui::quick as quick_text};
use crate::dates::local_date_time;
use crate::hooks::use_store::use_store;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct AttemptPageProps {
    pub id: AttrValue,
}

/// `#/history/<id>`: the results of one earlier attempt (a quick check: its verdict, its card and
/// its link).
#[component]
pub fn AttemptPage(props: &AttemptPageProps) -> Html {
    let store = use_store();
    if store.as_ref().is_some_and(|s| !s.ready) {
        return page_skeleton(text::LOADING);
    }
    let attempt = store.as_ref().and_then(|s| {
        s.envelope
            .attempts
            .iter()
            .find(|a| *a.id == *props.id)
            .cloned()
    });
    let Some(attempt) = attempt else {
        return html! {
            <div class="page" data-testid="attempt-missing">
                <h1>{ text::MISSING_HEADING }</h1>
                <p class="lede">{ text::MISSING_LEDE }</p>
                <p><a href={Route::History.href()}>{ text::GO_TO_HISTORY }</a></p>
            </div>
        };
    };
    if attempt.quick {
        return html! {
            <div class="page results quick" data-testid="attempt-results" data-kind="quick">
                <p class="breadcrumb"><a href={Route::History.href()}>{ text::BACK }</a></p>
                <h1>{ fill(text::HEADING, &[("date", &local_date_time(attempt.finished_at))]) }</h1>
                <p class="lede" data-testid="attempt-kind">
                    { quick_text::KIND_LINE }
                </p>
                { quick_verdict_view(&QuickVerdictViewProps { readiness: &attempt.answers.readiness }) }
                { quick_card(&QuickCardProps { readiness: &attempt.answers.readiness, name: None }) }
                <SharePanel quick=true answers={attempt.answers.clone()}
                            day={Some(crate::domain::day::of_ms(attempt.finished_at))} />
                <p><a class="button" href={Route::Check.href()}>{ quick_text::AGAIN }</a></p>
            </div>
        };
    }
    html! {
        <div class="page results" data-testid="attempt-results">
            <p class="breadcrumb"><a href={Route::History.href()}>{ text::BACK }</a></p>
            <h1>{ fill(text::HEADING, &[("date", &local_date_time(attempt.finished_at))]) }</h1>
            { result_view(&ResultViewProps { answers: attempt.answers.clone(), about: None }) }
        </div>
    }
}
