use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::content::{fill, ui::people_page, ui::person as text};
use crate::domain::kept::count;
use crate::focus::focus_later;
use crate::hooks::use_store::use_store;

#[derive(Properties, PartialEq)]
pub struct MergePersonProps {
    pub id: AttrValue,
    pub name: AttrValue,
    /// Everyone else: (id, name).
    pub others: Vec<(String, String)>,
}

/// Merges someone else into this person, after saying whose check-ins move where (undoable on the
/// person's page).
#[component]
pub fn MergePerson(props: &MergePersonProps) -> Html {
    let merge_with = use_state(|| Option::<String>::None);
    let confirming = use_state(|| false);
    let Some(store) = use_store() else {
        return Html::default();
    };
    let on_pick = {
        let merge_with = merge_with.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            merge_with.set((!v.is_empty()).then_some(v));
        })
    };
    let ask = {
        let (merge_with, confirming) = (merge_with.clone(), confirming.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if merge_with.is_some() {
                confirming.set(true);
                focus_later("merge-cancel");
            }
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            focus_later("merge-with");
        })
    };
    let merge = {
        let (id, merge_with, confirming) =
            (props.id.clone(), merge_with.clone(), confirming.clone());
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(other) = &*merge_with {
                store.merge_people(&id, other);
                merge_with.set(None);
            }
            confirming.set(false);
        })
    };
    let other = merge_with
        .as_deref()
        .and_then(|pid| store.envelope.person(pid))
        .cloned();
    html! {
        <form class="card" onsubmit={ask} data-testid="merge-form" aria-labelledby="merge-title">
            <h2 id="merge-title">{ text::MERGE_HEADING }</h2>
            <p class="hint">{ fill(text::MERGE_HINT, &[("name", &props.name)]) }</p>
            <div class="form-field">
                <label for="merge-with">{ text::MERGE_WITH }</label>
                <select id="merge-with" onchange={on_pick} data-testid="merge-with" disabled={*confirming}>
                    <option value="" selected={merge_with.is_none()}>{ text::MERGE_CHOOSE }</option>
                    { for props.others.iter().map(|(pid, n)| html! {
                        <option value={pid.clone()} selected={merge_with.as_deref() == Some(pid.as_str())}>{ n.clone() }</option>
                    }) }
                </select>
            </div>
            if let (true, Some(other)) = (*confirming, other) {
                <div class="confirm" role="alertdialog" aria-labelledby="merge-confirm-text" data-testid="merge-confirm">
                    <p id="merge-confirm-text">{ fill(text::MERGE_CONFIRM, &[
                        ("from", &other.name),
                        ("checkins", &count(other.checkins.len(), people_page::ONE_CHECKIN, people_page::CHECKINS)),
                        ("into", &props.name),
                    ]) }</p>
                    <button type="button" class="button danger" data-testid="merge-yes" onclick={merge}>{ text::MERGE_YES }</button>
                    <button type="button" class="button" id="merge-cancel" data-testid="merge-cancel" onclick={cancel}>{ text::CANCEL }</button>
                </div>
            } else {
                <button type="submit" class="button" data-testid="merge" disabled={merge_with.is_none()}>{ text::MERGE }</button>
            }
        </form>
    }
}
