use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::content::{fill, ui::person_picker as text};
use crate::domain::share::NAME_MAX;
use crate::hooks::use_store::Who;

#[derive(Properties, PartialEq)]
pub struct PersonPickerProps {
    /// Prefix for element ids; unique per page.
    pub id: AttrValue,
    /// The people there are: (id, name), in display order.
    pub people: Vec<(String, String)>,
    /// The name the link carries, if any: picked if someone has it, else offered as the new name.
    #[prop_or_default]
    pub suggested: Option<String>,
    pub legend: AttrValue,
    pub submit_label: AttrValue,
    /// Why the last choice could not be used.
    #[prop_or_default]
    pub error: Option<String>,
    /// The last name typed belongs to someone already: offer them (id, name).
    #[prop_or_default]
    pub duplicate_of: Option<(String, String)>,
    pub on_submit: Callback<Who>,
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
}

/// Whom to file a result under: someone already here, or a new person by name.
#[component]
pub fn PersonPicker(props: &PersonPickerProps) -> Html {
    let matching = props.suggested.as_ref().and_then(|s| {
        props
            .people
            .iter()
            .find(|(_, n)| crate::domain::people::same_name(n, s))
            .map(|(id, _)| id.clone())
    });
    let existing = use_state(|| {
        matching
            .clone()
            .or_else(|| props.people.first().map(|(id, _)| id.clone()))
    });
    let new_mode =
        use_state(|| props.people.is_empty() || (props.suggested.is_some() && matching.is_none()));
    let name = use_state(|| {
        if matching.is_none() {
            props.suggested.clone().unwrap_or_default()
        } else {
            String::new()
        }
    });
    let p = props.id.as_str();
    let (radio_old, radio_new, select_id, name_id, err_id) = (
        format!("{p}-existing"),
        format!("{p}-new"),
        format!("{p}-person"),
        format!("{p}-name"),
        format!("{p}-error"),
    );

    let set_mode = |on: bool| {
        let new_mode = new_mode.clone();
        Callback::from(move |_: Event| new_mode.set(on))
    };
    let on_select = {
        let existing = existing.clone();
        Callback::from(move |e: Event| {
            existing.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value()))
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let submit = {
        let (cb, existing, new_mode, name) = (
            props.on_submit.clone(),
            existing.clone(),
            new_mode.clone(),
            name.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match (*new_mode, &*existing) {
                (false, Some(id)) => cb.emit(Who::Existing(id.clone())),
                _ => cb.emit(Who::New((*name).clone())),
            }
        })
    };
    let use_existing = props.duplicate_of.clone().map(|(id, _)| {
        let cb = props.on_submit.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Who::Existing(id.clone())))
    });
    let cancel = props
        .on_cancel
        .clone()
        .map(|cb| Callback::from(move |_: MouseEvent| cb.emit(())));
    let has_people = !props.people.is_empty();

    html! {
        <form class="person-picker card" data-testid={format!("{p}-picker")} onsubmit={submit} novalidate=true>
            <fieldset>
                <legend>{ props.legend.clone() }</legend>
                if has_people {
                    <div class="choice">
                        <input type="radio" id={radio_old.clone()} name={format!("{p}-who")} checked={!*new_mode} onchange={set_mode(false)} />
                        <label for={radio_old}>{ text::EXISTING }</label>
                    </div>
                    <div class="form-field indented">
                        <label for={select_id.clone()} class="visually-hidden">{ text::WHICH }</label>
                        <select id={select_id} onchange={on_select} disabled={*new_mode} data-testid={format!("{p}-select")}>
                            { for props.people.iter().map(|(id, n)| html! {
                                <option value={id.clone()} selected={existing.as_deref() == Some(id.as_str())}>{ n.clone() }</option>
                            }) }
                        </select>
                    </div>
                    <div class="choice">
                        <input type="radio" id={radio_new.clone()} name={format!("{p}-who")} checked={*new_mode} onchange={set_mode(true)}
                               data-testid={format!("{p}-new")} />
                        <label for={radio_new}>{ text::NEW }</label>
                    </div>
                }
                <div class={classes!("form-field", has_people.then_some("indented"))}>
                    <label for={name_id.clone()}>{ text::NAME }</label>
                    <span class="hint" id={format!("{name_id}-hint")}>{ fill(text::NAME_HINT, &[("max", &NAME_MAX.to_string())]) }</span>
                    <input id={name_id.clone()} type="text" autocomplete="off" value={(*name).clone()} oninput={on_name}
                           disabled={has_people && !*new_mode} data-testid={format!("{p}-name")}
                           aria-invalid={props.error.is_some().then_some("true")}
                           aria-describedby={if props.error.is_some() { format!("{name_id}-hint {err_id}") } else { format!("{name_id}-hint") }} />
                    if let Some(err) = &props.error {
                        <span class="hint error" id={err_id} data-testid={format!("{p}-error")}>{ err.clone() }</span>
                    }
                    if let (Some((_, existing_name)), Some(use_existing)) = (&props.duplicate_of, use_existing) {
                        <button type="button" class="button" data-testid={format!("{p}-use-existing")} onclick={use_existing}>
                            { fill(text::USE_EXISTING, &[("name", existing_name)]) }
                        </button>
                    }
                </div>
            </fieldset>
            <div class="tool-row">
                <button type="submit" class="button primary" data-testid={format!("{p}-submit")}>{ props.submit_label.clone() }</button>
                if let Some(cancel) = cancel {
                    <button type="button" class="button" onclick={cancel}>{ text::CANCEL }</button>
                }
            </div>
        </form>
    }
}
