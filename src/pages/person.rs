use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::checkin_list::CheckinList;
use crate::components::mentor_form::MentorForm;
use crate::components::page_skeleton::page_skeleton;
use crate::components::pair_comparison::PairComparison;
use crate::components::trend_chart::TrendChart;
use crate::content::{fill, ui::person as text, CONTENT};
use crate::domain::people::NOTES_MAX;
use crate::domain::scoring::score;
use crate::domain::share::Mentor;
use crate::hooks::use_store::use_store;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct PersonPageProps {
    pub id: AttrValue,
}

fn positions(answers: &crate::domain::answers::Answers) -> Vec<Option<u8>> {
    score(&CONTENT, answers)
        .dimensions
        .iter()
        .map(|d| d.position)
        .collect()
}

/// `#/people/<id>`: one person's self-checks, their trend, self vs mentor over time, the mentor's
/// ratings and private notes; rename, merge, delete.
#[component]
pub fn PersonPage(props: &PersonPageProps) -> Html {
    let store = use_store();
    let navigator = use_navigator();
    let rating = use_state(|| Option::<String>::None);
    let renaming = use_state(|| false);
    let new_name = use_state(String::new);
    let name_error = use_state(|| Option::<String>::None);
    let notes = use_state(|| Option::<String>::None);
    let notes_status = use_state(|| Option::<(bool, String)>::None);
    let merge_with = use_state(|| Option::<String>::None);
    let shown = use_state(|| Option::<String>::None);

    let Some(store) = store else {
        return Html::default();
    };
    if !store.ready {
        return page_skeleton(text::SKELETON_HEADING);
    }
    let Some(person) = store.envelope.person(&props.id).cloned() else {
        return crate::components::person_missing::person_missing();
    };
    let id = person.id.clone();
    let name = person.name.clone();
    let writable = !matches!(store.notice, Some(crate::storage::Notice::Newer { .. }));
    let newest_first: Vec<_> = person.checkins.iter().rev().cloned().collect();
    let attempts: Vec<_> = person
        .checkins
        .iter()
        .map(|c| c.as_attempt(&CONTENT))
        .collect();
    let dates: Vec<AttrValue> = person
        .checkins
        .iter()
        .map(|c| AttrValue::from(c.day.clone()))
        .collect();
    // The rated check-in whose self vs mentor is shown: the one picked, or the latest rated.
    let latest_rated = shown
        .as_ref()
        .and_then(|id| {
            person
                .checkins
                .iter()
                .find(|c| &c.id == id && !c.mentor.is_empty())
        })
        .or_else(|| person.checkins.iter().rev().find(|c| !c.mentor.is_empty()))
        .cloned();
    let on_show = {
        let shown = shown.clone();
        Callback::from(move |c: String| shown.set(Some(c)))
    };
    let notes_value = (*notes).clone().unwrap_or_else(|| person.notes.clone());
    let mut others = store.envelope.people_names();
    others.retain(|(pid, _)| *pid != id);

    let on_rate = {
        let rating = rating.clone();
        Callback::from(move |c: String| rating.set(Some(c)))
    };
    let on_rated = {
        let (store, rating, id) = (store.clone(), rating.clone(), id.clone());
        Callback::from(move |m: Mentor| {
            if let Some(c) = &*rating {
                store.rate_checkin(&id, c, m.scale);
            }
            rating.set(None);
        })
    };
    let cancel_rating = {
        let rating = rating.clone();
        Callback::from(move |()| rating.set(None))
    };
    let start_rename = {
        let (renaming, new_name, name) = (renaming.clone(), new_name.clone(), name.clone());
        Callback::from(move |_: MouseEvent| {
            new_name.set(name.clone());
            renaming.set(true);
        })
    };
    let on_new_name = {
        let new_name = new_name.clone();
        Callback::from(move |e: InputEvent| {
            new_name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let rename = {
        let (store, id, new_name, renaming, name_error) = (
            store.clone(),
            id.clone(),
            new_name.clone(),
            renaming.clone(),
            name_error.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match store.rename_person(&id, &new_name) {
                Ok(()) => {
                    renaming.set(false);
                    name_error.set(None);
                }
                Err(err) => name_error.set(Some(err.message(&new_name))),
            }
        })
    };
    let cancel_rename = {
        let (renaming, name_error) = (renaming.clone(), name_error.clone());
        Callback::from(move |_: MouseEvent| {
            renaming.set(false);
            name_error.set(None);
        })
    };
    let on_notes = {
        let notes = notes.clone();
        Callback::from(move |e: InputEvent| {
            notes.set(Some(
                e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            ))
        })
    };
    let save_notes = {
        let (store, id, notes, notes_status) = (
            store.clone(),
            id.clone(),
            notes.clone(),
            notes_status.clone(),
        );
        move || {
            let Some(text_now) = (*notes).clone() else {
                return;
            };
            if text_now.chars().count() > NOTES_MAX {
                notes_status.set(Some((
                    false,
                    fill(text::NOTES_TOO_LONG, &[("max", &NOTES_MAX.to_string())]),
                )));
                return;
            }
            store.set_person_notes(&id, text_now);
            notes.set(None);
            notes_status.set(Some((true, text::NOTES_SAVED.to_string())));
        }
    };
    let notes_blur = {
        let save = save_notes.clone();
        Callback::from(move |_: FocusEvent| save())
    };
    let notes_submit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        save_notes();
    });
    let on_merge_pick = {
        let merge_with = merge_with.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            merge_with.set((!v.is_empty()).then_some(v));
        })
    };
    let merge = {
        let (store, id, merge_with) = (store.clone(), id.clone(), merge_with.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(other) = &*merge_with {
                store.merge_people(&id, other);
                merge_with.set(None);
            }
        })
    };
    let delete = {
        let (store, id, navigator) = (store.clone(), id.clone(), navigator.clone());
        Callback::from(move |_: MouseEvent| {
            store.delete_person(id.clone());
            if let Some(n) = &navigator {
                n.push(&Route::People);
            }
        })
    };

    html! {
        <div class="page person" data-testid="person-page">
            <p><a href={Route::People.href()}>{ text::ALL_PEOPLE }</a></p>
            <h1><bdi>{ name.clone() }</bdi></h1>
            <p class="lede">{ text::LEDE }</p>
            if writable {
                <div class="tool-row">
                    <a class="button primary" href={Route::Agenda { id: id.clone() }.href()} data-testid="agenda-link">{ text::AGENDA }</a>
                    if !*renaming {
                        <button type="button" class="button" data-testid="rename" onclick={start_rename}>{ text::RENAME }</button>
                    }
                    <button type="button" class="button danger" data-testid="delete-person" onclick={delete}>{ text::DELETE }</button>
                </div>
            }
            if *renaming {
                <form class="card" onsubmit={rename} novalidate=true data-testid="rename-form">
                    <div class="form-field">
                        <label for="rename-name">{ text::NEW_NAME }</label>
                        <input id="rename-name" type="text" autocomplete="off" value={(*new_name).clone()} oninput={on_new_name}
                               aria-invalid={name_error.is_some().then_some("true")}
                               aria-describedby={name_error.is_some().then_some("rename-error")} />
                        if let Some(e) = &*name_error {
                            <span class="hint error" id="rename-error" data-testid="rename-error">{ e.clone() }</span>
                        }
                    </div>
                    <div class="tool-row">
                        <button type="submit" class="button primary" data-testid="rename-save">{ text::RENAME_SAVE }</button>
                        <button type="button" class="button" onclick={cancel_rename}>{ text::CANCEL }</button>
                    </div>
                </form>
            }
            <section aria-labelledby="checkins-title">
                <h2 id="checkins-title">{ text::CHECKINS_HEADING }</h2>
                if person.checkins.is_empty() {
                    <p data-testid="no-checkins">{ text::NO_CHECKINS }</p>
                } else {
                    <CheckinList checkins={newest_first} read_only={!writable} on_rate={on_rate}
                                 shown={latest_rated.as_ref().map(|c| c.id.clone())} on_show={on_show} />
                }
            </section>
            if let Some(c) = &*rating {
                <MentorForm key={c.clone()} mentee={Some(name.clone())} on_done={on_rated} on_cancel={cancel_rating} />
            }
            if let Some(c) = &latest_rated {
                <section aria-labelledby="self-vs-mentor-title" data-testid="person-self-vs-mentor">
                    <h2 id="self-vs-mentor-title">{ text::SELF_VS_MENTOR_HEADING }</h2>
                    <p data-testid="gap-moved">
                        { match person.gap_moved(&CONTENT) {
                            Some((before, now)) => fill(text::GAP_MOVED, &[("before", &before.to_string()), ("now", &now.to_string())]),
                            None => fill(text::GAP_FIRST, &[("gap", &c.mean_gap(&CONTENT).unwrap_or(0).to_string())]),
                        } }
                    </p>
                    <PairComparison id="person-pair" biggest_first=true title={fill(text::PAIR_TITLE, &[("day", &c.day)])}
                        first_label={text::SELF_LABEL} second_label={text::MENTOR_LABEL}
                        first={positions(&c.answers)}
                        second={c.self_vs_mentor(&CONTENT).iter().map(|d| d.mentor).collect::<Vec<_>>()} />
                </section>
            }
            if attempts.len() > 1 {
                <section aria-labelledby="trend-title" data-testid="person-trend">
                    <h2 id="trend-title">{ text::TREND_HEADING }</h2>
                    <TrendChart attempts={attempts.clone()} dates={dates} />
                    if let (Some(first), Some(last)) = (person.checkins.first(), person.checkins.last()) {
                        <PairComparison id="person-first-latest" title={fill(text::FIRST_LATEST, &[("first", &first.day), ("last", &last.day)])}
                            first_label={first.day.clone()} second_label={last.day.clone()}
                            first={positions(&first.answers)} second={positions(&last.answers)} />
                    }
                </section>
            }
            <form class="card person-notes" onsubmit={notes_submit} aria-labelledby="notes-title">
                <h2 id="notes-title">{ text::NOTES_HEADING }</h2>
                <p class="hint" id="notes-hint">{ fill(text::NOTES_HINT, &[("max", &NOTES_MAX.to_string())]) }</p>
                <label for="person-notes" class="visually-hidden">{ text::NOTES_HEADING }</label>
                <textarea id="person-notes" rows="5" value={notes_value} oninput={on_notes} onblur={notes_blur}
                          aria-describedby="notes-hint" data-testid="person-notes" disabled={!writable} />
                <div class="tool-row">
                    <button type="submit" class="button" data-testid="notes-save" disabled={!writable}>{ text::NOTES_SAVE }</button>
                    <span role="status" class={classes!("hint", notes_status.as_ref().is_some_and(|(ok, _)| !ok).then_some("error"))} data-testid="notes-status">
                        { notes_status.as_ref().map(|(_, m)| m.clone()).unwrap_or_default() }
                    </span>
                </div>
            </form>
            if writable && !others.is_empty() {
                <form class="card" onsubmit={merge} data-testid="merge-form" aria-labelledby="merge-title">
                    <h2 id="merge-title">{ text::MERGE_HEADING }</h2>
                    <p class="hint">{ fill(text::MERGE_HINT, &[("name", &name)]) }</p>
                    <div class="form-field">
                        <label for="merge-with">{ text::MERGE_WITH }</label>
                        <select id="merge-with" onchange={on_merge_pick} data-testid="merge-with">
                            <option value="" selected={merge_with.is_none()}>{ text::MERGE_CHOOSE }</option>
                            { for others.iter().map(|(pid, n)| html! {
                                <option value={pid.clone()} selected={merge_with.as_deref() == Some(pid.as_str())}>{ n.clone() }</option>
                            }) }
                        </select>
                    </div>
                    <button type="submit" class="button" data-testid="merge" disabled={merge_with.is_none()}>{ text::MERGE }</button>
                </form>
            }
        </div>
    }
}
