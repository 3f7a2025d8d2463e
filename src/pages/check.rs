use std::collections::BTreeMap;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::choice_group::{choice_group, ChoiceGroupProps};
use crate::components::quick_card::{quick_card, QuickCardProps};
use crate::components::quick_verdict::{quick_verdict_view, QuickVerdictViewProps};
use crate::components::quiz_item::READINESS_CHOICES;
use crate::content::{fill, ui::quick as text, CONTENT};
use crate::domain::quiz::QuizAction;
use crate::domain::store::Attempt;
use crate::hooks::use_store::use_store;
use crate::route::Route;

/// `#/check`: the quick check. The readiness statements alone, yes or not yet, on one screen; then
/// the verdict at once (kept in history as a quick check), and two ways on: the full self-check
/// with these answers filled in, or the evidence log. Carried by the reader build, verdict
/// included: finishing never waits for the full build.
#[component]
pub fn CheckPage() -> Html {
    let store = use_store();
    let navigator = use_navigator();
    let answers = use_state(BTreeMap::<String, bool>::new);
    // The quick check just finished (its answers, every statement yes or not yet): its verdict
    // replaces the statements.
    let done = use_state(|| Option::<BTreeMap<String, bool>>::None);

    let total = CONTENT.readiness.len().to_string();
    let bar = CONTENT.bar.to_string();
    let sizes = [("total", total.as_str()), ("bar", bar.as_str())];

    if let Some(readiness) = &*done {
        let deeper = {
            let (store, navigator, readiness) =
                (store.clone(), navigator.clone(), readiness.clone());
            Callback::from(move |_: MouseEvent| {
                if let Some(s) = &store {
                    s.quiz(QuizAction::Deeper(readiness.clone()));
                }
                if let Some(n) = &navigator {
                    n.push(&Route::Quiz);
                }
            })
        };
        let again = {
            let (done, answers) = (done.clone(), answers.clone());
            Callback::from(move |_: MouseEvent| {
                answers.set(BTreeMap::new());
                done.set(None);
            })
        };
        return html! {
            <div class="page quick" data-testid="quick-check">
                <h1>{ text::HEADING }</h1>
                { quick_verdict_view(&QuickVerdictViewProps { readiness }) }
                { quick_card(&QuickCardProps { readiness, name: None }) }
                <section class="quick-next" aria-labelledby="quick-next-title">
                    <h2 id="quick-next-title">{ text::NEXT_HEADING }</h2>
                    <ul class="home-actions">
                        <li>
                            <button type="button" class="button primary" data-testid="quick-deeper" onclick={deeper}>
                                { text::DEEPER }
                            </button>
                            <p class="hint">{ fill(text::DEEPER_HINT, &sizes) }</p>
                        </li>
                        <li>
                            <a class="button" href={Route::Evidence.href()} data-testid="quick-log">{ text::LOG }</a>
                            <p class="hint">{ text::LOG_HINT }</p>
                        </li>
                        <li>
                            <button type="button" class="link-button" data-testid="quick-again" onclick={again}>
                                { text::AGAIN }
                            </button>
                        </li>
                    </ul>
                </section>
            </div>
        };
    }

    let on_submit = {
        let (store, answers, done) = (store.clone(), answers.clone(), done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let attempt = Attempt::quick(&CONTENT, &answers, crate::dates::now());
            crate::embed::notify_completed(&attempt);
            let kept = attempt.answers.readiness.clone();
            if let Some(store) = &store {
                store.finish_quick(attempt);
            }
            done.set(Some(kept));
            // The verdict replaces the form: keyboard and screen-reader users start at it.
            crate::focus::focus_later("quick-verdict-title");
        })
    };
    let open = CONTENT
        .readiness
        .iter()
        .filter(|r| !answers.contains_key(r.id))
        .count();
    html! {
        <div class="page quick" data-testid="quick-check">
            <form class="quick-form" data-testid="quick-form" onsubmit={on_submit} aria-labelledby="quick-title">
                <h1 id="quick-title">{ text::HEADING }</h1>
                <p class="lede">{ fill(text::LEDE, &sizes) }</p>
                { for CONTENT.readiness.iter().map(|r| {
                    let id = r.id;
                    let on_select = {
                        let answers = answers.clone();
                        Callback::from(move |v: u8| {
                            let mut next = (*answers).clone();
                            next.insert(id.to_string(), v == 1);
                            answers.set(next);
                        })
                    };
                    let on_skip = {
                        let answers = answers.clone();
                        Callback::from(move |()| {
                            let mut next = (*answers).clone();
                            next.remove(id);
                            answers.set(next);
                        })
                    };
                    choice_group(&ChoiceGroupProps {
                        name: format!("quick-{id}").into(),
                        legend: r.text.into(),
                        choices: &READINESS_CHOICES,
                        selected: answers.get(id).map(|yes| u8::from(*yes)),
                        on_select,
                        on_skip,
                        inline: true,
                        children: Html::default(),
                    })
                }) }
                <p class="hint" data-testid="quick-open">
                    if open > 0 { { fill(text::UNANSWERED, &[("count", &open.to_string())]) } }
                </p>
                <div class="quiz-nav">
                    <button type="submit" class="button primary" data-testid="quick-submit">{ text::SEE_VERDICT }</button>
                </div>
                <p class="hint">{ text::PRIVACY }</p>
            </form>
        </div>
    }
}
