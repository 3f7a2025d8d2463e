use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::content::{fill, ui::person as text};
use crate::hooks::use_store::use_store;

#[derive(Properties, PartialEq)]
pub struct MergePersonProps {
    pub id: AttrValue,
    pub name: AttrValue,
    /// Everyone else: (id, name).
    pub others: Vec<(String, String)>,
}

/// Merges someone else into this person.
#[component]
pub fn MergePerson(props: &MergePersonProps) -> Html {
    let merge_with = use_state(|| Option::<String>::None);
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
    let merge = {
        let (id, merge_with) = (props.id.clone(), merge_with.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(other) = &*merge_with {
                store.merge_people(&id, other);
                merge_with.set(None);
            }
        })
    };
    html! {
        <form class="card" onsubmit={merge} data-testid="merge-form" aria-labelledby="merge-title">
            <h2 id="merge-title">{ text::MERGE_HEADING }</h2>
            <p class="hint">{ fill(text::MERGE_HINT, &[("name", &props.name)]) }</p>
            <div class="form-field">
                <label for="merge-with">{ text::MERGE_WITH }</label>
                <select id="merge-with" onchange={on_pick} data-testid="merge-with">
                    <option value="" selected={merge_with.is_none()}>{ text::MERGE_CHOOSE }</option>
                    { for props.others.iter().map(|(pid, n)| html! {
                        <option value={pid.clone()} selected={merge_with.as_deref() == Some(pid.as_str())}>{ n.clone() }</option>
                    }) }
                </select>
            </div>
            <button type="submit" class="button" data-testid="merge" disabled={merge_with.is_none()}>{ text::MERGE }</button>
        </form>
    }
}
