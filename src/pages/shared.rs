use yew::prelude::*;

use crate::components::mentor_form::MentorForm;
use crate::components::page_skeleton::PageSkeleton;
use crate::components::pair_comparison::PairComparison;
use crate::components::result_view::ResultView;
use crate::components::share_panel::SharePanel;
use crate::content::CONTENT;
use crate::domain::scoring::{scale_position, score};
use crate::domain::share::{decode, Mentor};
use crate::hooks::use_store::use_store;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub code: AttrValue,
}

fn mentor_positions(m: &Mentor) -> Vec<Option<u8>> {
    CONTENT
        .dimensions
        .iter()
        .map(|d| {
            m.scale
                .get(d.id)
                .and_then(|p| u8::try_from(scale_position(*p)).ok())
        })
        .collect()
}

/// `#/r/<code>`: someone else's result, read-only; save it, compare it with yours, or rate them.
#[component]
pub fn SharedPage(props: &SharedPageProps) -> Html {
    let store = use_store();
    let saved = use_state(|| false);
    let compare_mine = use_state(|| false);
    let rating = use_state(|| false);
    let mentor = use_state(|| Option::<Mentor>::None);

    if store.as_ref().is_some_and(|s| !s.ready) {
        return html! { <PageSkeleton heading="A shared staffcheck result" /> };
    }
    let shared = match decode(&CONTENT, &props.code) {
        Ok(s) => s,
        Err(e) => {
            return html! {
                <div class="page share-error" data-testid="share-error">
                    <h1>{ "This result link does not work" }</h1>
                    <p class="lede" data-testid="share-error-message">{ e.message() }</p>
                    <p>{ "Ask the person who sent it to copy the link again, in full. Nothing else has been affected." }</p>
                    <p>
                        <a class="button primary" href={Route::Quiz.href()}>{ "Take the self-check yourself" }</a>
                    </p>
                </div>
            };
        }
    };

    let who = shared.name.clone();
    let title = match &who {
        Some(n) => html! { <><bdi>{ n.clone() }</bdi>{ "’s staffcheck result" }</> },
        None => html! { { "A shared staffcheck result" } },
    };
    let mine = store.as_ref().and_then(|s| s.latest().cloned());
    let own_positions = |answers| -> Vec<Option<u8>> {
        score(&CONTENT, answers)
            .dimensions
            .iter()
            .map(|d| d.position)
            .collect()
    };
    let theirs = own_positions(&shared.answers);
    let effective_mentor = shared.mentor.clone().or_else(|| (*mentor).clone());

    let save = {
        let store = store.clone();
        let saved = saved.clone();
        let answers = shared.answers.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = &store {
                s.save_from_link(answers.clone());
                saved.set(true);
            }
        })
    };
    let toggle_compare = {
        let compare_mine = compare_mine.clone();
        Callback::from(move |_: MouseEvent| compare_mine.set(!*compare_mine))
    };
    let start_rating = {
        let rating = rating.clone();
        Callback::from(move |_: MouseEvent| rating.set(true))
    };
    let on_rated = {
        let rating = rating.clone();
        let mentor = mentor.clone();
        Callback::from(move |m: Mentor| {
            mentor.set(Some(m));
            rating.set(false);
        })
    };
    let on_cancel = {
        let rating = rating.clone();
        Callback::from(move |()| rating.set(false))
    };

    html! {
        <div class="page results shared" data-testid="shared-result">
            <h1>{ title }</h1>
            <p class="shared-banner" data-testid="shared-banner">
                { "You are looking at someone else’s result, opened from a link. It is read-only, and it is not saved in your browser unless you choose to." }
            </p>
            if let Some(m) = &effective_mentor {
                <PairComparison id="self-vs-mentor" biggest_first=true
                    title={match &m.name { Some(n) => format!("Self-assessment and {n}’s view"), None => "Self-assessment and the mentor’s view".to_string() }}
                    first_label="Self" second_label={m.name.clone().map_or("Mentor".to_string(), |n| format!("Mentor ({n})"))}
                    first={theirs.clone()} second={mentor_positions(m)} />
                <p class="hint">{ "The biggest differences come first: they make the best topics for a 1:1." }</p>
                if shared.mentor.is_none() {
                    <SharePanel answers={shared.answers.clone()} mentor={Some(m.clone())} name={who.clone()} day={shared.day}
                                title="Send the combined view back" />
                }
            }
            <div class="tool-row shared-actions">
                if !*saved {
                    <button type="button" class="button" data-testid="save-shared" onclick={save}>{ "Save to my history" }</button>
                } else {
                    <p role="status" data-testid="saved-shared">{ "Saved to your history." }</p>
                }
                if mine.is_some() {
                    <button type="button" class="button" data-testid="compare-mine" aria-pressed={(*compare_mine).to_string()}
                            onclick={toggle_compare}>{ "Compare with mine" }</button>
                }
                if shared.mentor.is_none() && !*rating {
                    <button type="button" class="button" data-testid="rate-person" onclick={start_rating}>
                        { "Rate this person" }
                    </button>
                }
            </div>
            if *rating {
                <MentorForm mentee={who.clone()} on_done={on_rated} on_cancel={on_cancel} />
            }
            if let (true, Some(m)) = (*compare_mine, &mine) {
                <PairComparison id="compare-with-mine" title="Their result and yours"
                    first_label="Theirs" second_label="Yours (latest)"
                    first={theirs.clone()} second={own_positions(&m.answers)} />
            }
            <ResultView answers={shared.answers.clone()} heading={AttrValue::from("Their verdict")} />
        </div>
    }
}
