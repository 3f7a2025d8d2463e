use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::ui::person as text;
use crate::hooks::use_store::use_store;

#[derive(Properties, PartialEq)]
pub struct RenameFormProps {
    /// The person's id.
    pub id: AttrValue,
    /// Their name now: what the field starts with.
    pub name: AttrValue,
    /// Renamed, or cancelled.
    pub on_close: Callback<()>,
}

/// A person's new name, checked as a new person's is.
#[component]
pub fn RenameForm(props: &RenameFormProps) -> Html {
    let name = props.name.clone();
    let new_name = use_state(move || name.to_string());
    let error = use_state(|| Option::<String>::None);
    let Some(store) = use_store() else {
        return Html::default();
    };
    let on_input = {
        let new_name = new_name.clone();
        Callback::from(move |e: InputEvent| {
            new_name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let rename = {
        let (id, new_name, error) = (props.id.clone(), new_name.clone(), error.clone());
        let on_close = props.on_close.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match store.rename_person(&id, &new_name) {
                Ok(()) => {
                    error.set(None);
                    on_close.emit(());
                }
                Err(err) => error.set(Some(err.message(&new_name))),
            }
        })
    };
    let cancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    html! {
        <form class="card" onsubmit={rename} novalidate=true data-testid="rename-form">
            <div class="form-field">
                <label for="rename-name">{ text::NEW_NAME }</label>
                <input id="rename-name" type="text" autocomplete="off" value={(*new_name).clone()} oninput={on_input}
                       aria-invalid={error.is_some().then_some("true")}
                       aria-describedby={error.is_some().then_some("rename-error")} />
                if let Some(e) = &*error {
                    <span class="hint error" id="rename-error" data-testid="rename-error">{ e.clone() }</span>
                }
            </div>
            <div class="tool-row">
                <button type="submit" class="button primary" data-testid="rename-save">{ text::RENAME_SAVE }</button>
                <button type="button" class="button" onclick={cancel}>{ text::CANCEL }</button>
            </div>
        </form>
    }
}
