use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::content::{fill, ui::person as text};
use crate::domain::people::NOTES_MAX;
use crate::hooks::use_store::use_store;

#[derive(Properties, PartialEq)]
pub struct PersonNotesProps {
    pub id: AttrValue,
    /// The notes as kept.
    pub saved: AttrValue,
    pub read_only: bool,
}

/// Private notes about a person, saved on blur or with the button.
#[component]
pub fn PersonNotes(props: &PersonNotesProps) -> Html {
    // What is typed and not saved yet.
    let notes = use_state(|| Option::<String>::None);
    let status = use_state(|| Option::<(bool, String)>::None);
    let Some(store) = use_store() else {
        return Html::default();
    };
    let value = (*notes).clone().unwrap_or_else(|| props.saved.to_string());
    let on_input = {
        let notes = notes.clone();
        Callback::from(move |e: InputEvent| {
            notes.set(Some(
                e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            ))
        })
    };
    let save = {
        let (id, notes, status) = (props.id.clone(), notes.clone(), status.clone());
        move || {
            let Some(text_now) = (*notes).clone() else {
                return;
            };
            if text_now.chars().count() > NOTES_MAX {
                status.set(Some((
                    false,
                    fill(text::NOTES_TOO_LONG, &[("max", &NOTES_MAX.to_string())]),
                )));
                return;
            }
            store.set_person_notes(&id, text_now);
            notes.set(None);
            status.set(Some((true, text::NOTES_SAVED.to_string())));
        }
    };
    let on_blur = {
        let save = save.clone();
        Callback::from(move |_: FocusEvent| save())
    };
    let on_submit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        save();
    });
    html! {
        <form class="card person-notes" onsubmit={on_submit} aria-labelledby="notes-title">
            <h2 id="notes-title">{ text::NOTES_HEADING }</h2>
            <p class="hint" id="notes-hint">{ fill(text::NOTES_HINT, &[("max", &NOTES_MAX.to_string())]) }</p>
            <label for="person-notes" class="visually-hidden">{ text::NOTES_HEADING }</label>
            <textarea id="person-notes" rows="5" value={value} oninput={on_input} onblur={on_blur}
                      aria-describedby="notes-hint" data-testid="person-notes" disabled={props.read_only} />
            <div class="tool-row">
                <button type="submit" class="button" data-testid="notes-save" disabled={props.read_only}>{ text::NOTES_SAVE }</button>
                <span role="status" class={classes!("hint", status.as_ref().is_some_and(|(ok, _)| !ok).then_some("error"))} data-testid="notes-status">
                    { status.as_ref().map(|(_, m)| m.clone()).unwrap_or_default() }
                </span>
            </div>
        </form>
    }
}
