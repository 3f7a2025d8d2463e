use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::page_skeleton::ready_store;
use crate::components::undo_notice::{undo_notice, UndoNoticeProps};
use crate::content::{fill, ui::people_page as text, CONTENT};
use crate::hooks::use_store::use_store;
use crate::route::Route;

/// `#/people`: everyone whose results a mentor keeps, apart from their own history.
#[component]
pub fn PeoplePage() -> Html {
    let store = use_store();
    let name = use_state(String::new);
    let error = use_state(|| Option::<String>::None);
    let store = match ready_store(store, text::HEADING) {
        Ok(store) => store,
        Err(view) => return view,
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let add = {
        let (store, name, error) = (store.clone(), name.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match store.add_person(&name) {
                Ok(_) => {
                    name.set(String::new());
                    error.set(None);
                }
                Err(e) => error.set(Some(e.message(&name))),
            }
        })
    };
    let undo = {
        let store = store.clone();
        Callback::from(move |()| store.undo_delete_person())
    };
    html! {
        <div class="page people" data-testid="people-page">
            <h1>{ text::HEADING }</h1>
            <p class="lede">{ text::LEDE }</p>
            if let Some(gone) = &store.last_deleted_person {
                { undo_notice(&UndoNoticeProps {
                    message: (fill(text::DELETED, &[("name", &gone.name)]) + " ").into(),
                    undo_label: text::UNDO.into(), testid: "person-deleted".into(), undo_testid: "person-undo".into(), on_undo: undo,
                }) }
            }
            if store.envelope.people.is_empty() {
                <p data-testid="people-empty">{ text::EMPTY }</p>
            } else {
                <ul class="attempt-list people-list" data-testid="people-list">
                    { for store.envelope.people.iter().map(|p| {
                        let latest = p.latest().map(|c| (c.day.clone(), c.as_attempt(&CONTENT).summary, c.mean_gap(&CONTENT)));
                        html! {
                            <li class="attempt" data-testid="person-row" data-person={p.id.clone()} key={p.id.clone()}>
                                <a class="attempt-date" href={Route::Person { id: p.id.clone() }.href()}><bdi>{ p.name.clone() }</bdi></a>
                                <span class="attempt-count" data-testid="person-checkins">
                                    { fill(if p.checkins.len() == 1 { text::ONE_CHECKIN } else { text::CHECKINS }, &[("n", &p.checkins.len().to_string())]) }
                                </span>
                                if let Some((day, s, gap)) = latest {
                                    <span class="attempt-band">
                                        { fill(text::LATEST, &[("day", &day), ("yes", &s.readiness.to_string()), ("total", &s.readiness_total.to_string())]) }
                                        if let Some(g) = gap {
                                            { " " }{ fill(text::GAP, &[("gap", &g.to_string())]) }
                                        }
                                    </span>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
            <form class="card add-person" onsubmit={add} novalidate=true aria-labelledby="add-person-title">
                <h2 id="add-person-title">{ text::ADD_HEADING }</h2>
                <div class="form-field">
                    <label for="new-person">{ text::NAME }</label>
                    <input id="new-person" type="text" autocomplete="off" value={(*name).clone()} oninput={on_name}
                           data-testid="new-person" aria-invalid={error.is_some().then_some("true")}
                           aria-describedby={error.is_some().then_some("new-person-error")} />
                    if let Some(e) = &*error {
                        <span class="hint error" id="new-person-error" data-testid="new-person-error">{ e.clone() }</span>
                    }
                </div>
                <button type="submit" class="button" data-testid="add-person">{ text::ADD }</button>
            </form>
        </div>
    }
}
