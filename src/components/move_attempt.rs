use yew::prelude::*;

use crate::components::person_picker::PersonPicker;
use crate::content::{fill, ui::history_move as text};
use crate::hooks::use_store::{use_store, NameProblem, Who};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct MoveAttemptProps {
    /// The attempt being moved to a person, if one is.
    pub attempt: Option<String>,
    /// Counts the visitor's "move" presses: what was said about an earlier one is not shown.
    pub round: u32,
    /// The attempt moved, or the move was cancelled.
    pub on_close: Callback<()>,
}

/// Moves one of one's own attempts to a person: whom to, why a choice could not be used, and
/// where it went.
#[component]
pub fn MoveAttempt(props: &MoveAttemptProps) -> Html {
    // Each with the round it belongs to.
    let error = use_state(|| Option::<(u32, NameProblem)>::None);
    let moved = use_state(|| Option::<(u32, (String, String))>::None);
    let Some(store) = use_store() else {
        return Html::default();
    };
    let round = props.round;
    let on_submit = {
        let (store, error, moved) = (store.clone(), error.clone(), moved.clone());
        let (attempt, on_close) = (props.attempt.clone(), props.on_close.clone());
        Callback::from(move |who: Who| {
            let Some(attempt) = &attempt else {
                return;
            };
            match store.move_attempt(attempt, &who) {
                Ok(person) => {
                    moved.set(Some((round, (person, store.name_of(&who)))));
                    error.set(None);
                    on_close.emit(());
                }
                Err(e) => error.set(Some((round, store.name_problem(&who, &e)))),
            }
        })
    };
    let on_cancel = props.on_close.clone();
    let error = error
        .as_ref()
        .filter(|(r, _)| *r == round)
        .map(|(_, e)| e.clone());
    let moved = moved.as_ref().filter(|(r, _)| *r == round).map(|(_, m)| m);
    html! {
        <>
            if let Some((person, name)) = moved {
                <p class="undo" role="status" data-testid="moved-notice">
                    { fill(text::MOVED, &[("name", name)]) }{ " " }
                    <a href={Route::Person { id: person.clone() }.href()}>{ fill(text::OPEN, &[("name", name)]) }</a>
                </p>
            }
            if props.attempt.is_some() {
                <PersonPicker id="move" people={store.envelope.people_names()} legend={text::LEGEND}
                              submit_label={text::SUBMIT}
                              error={error.as_ref().map(|(m, _)| m.clone())}
                              duplicate_of={error.as_ref().and_then(|(_, d)| d.clone())}
                              on_submit={on_submit} on_cancel={Some(on_cancel)} />
            }
        </>
    }
}
