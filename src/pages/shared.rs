use yew::prelude::*;

use crate::components::mentor_form::MentorForm;
use crate::components::page_skeleton::page_skeleton;
use crate::components::pair_comparison::{pair_comparison, PairComparisonProps};
use crate::components::person_picker::PersonPicker;
use crate::components::quick_card::{quick_card, QuickCardProps};
use crate::components::quick_verdict::{quick_verdict_view, QuickVerdictViewProps};
use crate::components::result_view::{result_view, ResultViewProps};
use crate::components::share_panel::SharePanel;
use crate::content::{fill, ui::shared as text, CONTENT};
use crate::domain::scoring::{scale_position, score};
use crate::domain::share::{decode_link, Link, Mentor, Quick};
use crate::env::use_env;
use crate::hooks::use_store::{use_store, NameProblem, Who};
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

/// Someone's quick check: its verdict, read-only (it has no dimension scores to compare or rate).
fn quick_check(q: &Quick) -> Html {
    use crate::content::ui::quick as quick_text;
    let title = match &q.name {
        Some(n) => html! { <><bdi>{ n.clone() }</bdi>{ quick_text::SHARED_TITLE_AFTER_NAME }</> },
        None => html! { { quick_text::SHARED_TITLE } },
    };
    let total = CONTENT.readiness.len().to_string();
    html! {
        <div class="page results shared quick" data-testid="shared-result" data-kind="quick">
            <h1>{ title }</h1>
            <p class="shared-banner" data-testid="shared-banner">
                { fill(quick_text::SHARED_BANNER, &[("total", &total)]) }
            </p>
            { quick_verdict_view(&QuickVerdictViewProps { readiness: &q.readiness }) }
            { quick_card(&QuickCardProps { readiness: &q.readiness, name: q.name.as_deref() }) }
            <p><a class="button primary" href={Route::Check.href()}>{ quick_text::SHARED_TAKE }</a></p>
        </div>
    }
}

/// Where a saved result went: (person id, check-in id, person's name).
type Filed = (String, String, String);

/// `#/r/<code>`: someone else's result, read-only; file it under a person, compare it with yours,
/// or rate them.
#[component]
pub fn SharedPage(props: &SharedPageProps) -> Html {
    let store = use_store();
    let env = use_env();
    let filed = use_state(|| Option::<Filed>::None);
    let picking = use_state(|| false);
    let save_error = use_state(|| Option::<NameProblem>::None);
    let compare_mine = use_state(|| false);
    let rating = use_state(|| false);
    let mentor = use_state(|| Option::<Mentor>::None);

    if store.as_ref().is_some_and(|s| !s.ready) {
        return page_skeleton(text::SKELETON_HEADING);
    }
    let shared = match decode_link(&CONTENT, &props.code) {
        Ok(Link::Full(s)) => s,
        Ok(Link::Quick(q)) => return quick_check(&q),
        Err(e) => {
            return html! {
                <div class="page share-error" data-testid="share-error">
                    <h1>{ text::ERROR_HEADING }</h1>
                    <p class="lede" data-testid="share-error-message">{ e.message() }</p>
                    <p>{ text::ERROR_ADVICE }</p>
                    <p>
                        <a class="button primary" href={Route::Quiz.href()}>{ text::TAKE_IT_YOURSELF }</a>
                    </p>
                </div>
            };
        }
    };

    let who = shared.name.clone();
    let title = match &who {
        Some(n) => html! { <><bdi>{ n.clone() }</bdi>{ text::TITLE_AFTER_NAME }</> },
        None => html! { { text::TITLE } },
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
    let people: Vec<(String, String)> = store
        .as_ref()
        .map(|s| s.envelope.people_names())
        .unwrap_or_default();

    let on_pick = {
        let (store, filed, picking, save_error, shared, effective_mentor, today) = (
            store.clone(),
            filed.clone(),
            picking.clone(),
            save_error.clone(),
            shared.clone(),
            effective_mentor.clone(),
            env.today.clone(),
        );
        Callback::from(move |choice: Who| {
            let Some(s) = &store else {
                return;
            };
            let rating = effective_mentor.as_ref().map(|m| m.scale.clone());
            match s.save_shared(&choice, &shared, rating, &today) {
                Ok((person, checkin)) => {
                    filed.set(Some((person, checkin, s.name_of(&choice))));
                    picking.set(false);
                    save_error.set(None);
                }
                Err(e) => save_error.set(Some(s.name_problem(&choice, &e))),
            }
        })
    };
    let start_pick = {
        let picking = picking.clone();
        Callback::from(move |_: MouseEvent| picking.set(true))
    };
    let cancel_pick = {
        let (picking, save_error) = (picking.clone(), save_error.clone());
        Callback::from(move |()| {
            picking.set(false);
            save_error.set(None);
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
        let (rating, mentor, store, filed) =
            (rating.clone(), mentor.clone(), store.clone(), filed.clone());
        Callback::from(move |m: Mentor| {
            // Already filed under someone: the rating is kept with that check-in.
            if let (Some(s), Some((person, checkin, _))) = (&store, &*filed) {
                s.rate_checkin(person, checkin, m.scale.clone());
            }
            mentor.set(Some(m));
            rating.set(false);
        })
    };
    let on_cancel = {
        let rating = rating.clone();
        Callback::from(move |()| rating.set(false))
    };
    let subject = Some(who.clone().map_or_else(AttrValue::default, AttrValue::from));

    html! {
        <div class="page results shared" data-testid="shared-result">
            <h1>{ title }</h1>
            <p class="shared-banner" data-testid="shared-banner">{ text::BANNER }</p>
            if let Some(m) = &effective_mentor {
                { pair_comparison(&PairComparisonProps {
                    id: "self-vs-mentor".into(), biggest_first: true,
                    title: match &m.name { Some(n) => fill(text::PAIR_TITLE_NAMED, &[("name", n)]), None => text::PAIR_TITLE.to_string() }.into(),
                    first_label: text::SELF_LABEL.into(), second_label: m.name.clone().map_or(text::MENTOR_LABEL.to_string(), |n| fill(text::MENTOR_LABEL_NAMED, &[("name", &n)])).into(),
                    first: theirs.clone(), second: mentor_positions(m),
                }) }
                <p class="hint">{ text::BIGGEST_FIRST_HINT }</p>
                if shared.mentor.is_none() {
                    <SharePanel answers={shared.answers.clone()} mentor={Some(m.clone())} name={who.clone()} day={shared.day}
                                title={text::SEND_BACK} />
                }
            }
            <div class="tool-row shared-actions">
                if let Some((person, _, name)) = &*filed {
                    <p role="status" data-testid="saved-shared">
                        { fill(text::FILED, &[("name", name)]) }{ " " }
                        <a href={Route::Person { id: person.clone() }.href()} data-testid="saved-person-link">
                            { fill(text::OPEN_PERSON, &[("name", name)]) }
                        </a>
                    </p>
                } else if !*picking {
                    <button type="button" class="button" data-testid="save-shared" onclick={start_pick}>{ text::SAVE }</button>
                }
                if mine.is_some() {
                    <button type="button" class="button" data-testid="compare-mine" aria-pressed={(*compare_mine).to_string()}
                            onclick={toggle_compare}>{ text::COMPARE_MINE }</button>
                }
                if shared.mentor.is_none() && !*rating {
                    <button type="button" class="button" data-testid="rate-person" onclick={start_rating}>
                        { text::RATE }
                    </button>
                }
            </div>
            if *picking && filed.is_none() {
                <PersonPicker id="save" people={people} suggested={who.clone()}
                              legend={text::SAVE_LEGEND} submit_label={text::SAVE_SUBMIT}
                              error={save_error.as_ref().map(|(m, _)| m.clone())}
                              duplicate_of={save_error.as_ref().and_then(|(_, d)| d.clone())}
                              on_submit={on_pick} on_cancel={Some(cancel_pick)} />
            }
            if *rating {
                <MentorForm mentee={who.clone()} on_done={on_rated} on_cancel={on_cancel} />
            }
            if let (true, Some(m)) = (*compare_mine, &mine) {
                { pair_comparison(&PairComparisonProps {
                    id: "compare-with-mine".into(), biggest_first: false, title: text::COMPARE_TITLE.into(),
                    first_label: text::THEIRS.into(), second_label: text::YOURS.into(),
                    first: theirs.clone(), second: own_positions(&m.answers),
                }) }
            }
            { result_view(&ResultViewProps { answers: shared.answers.clone(), about: subject }) }
        </div>
    }
}
