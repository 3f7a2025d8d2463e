use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::file_read::read_text;
use crate::hooks::use_store::use_store;
use crate::storage::json::parse_import;

#[derive(Properties, PartialEq)]
pub struct ImportFileProps {
    pub label: AttrValue,
    pub testid: AttrValue,
    #[prop_or_default]
    pub disabled: bool,
    /// What became of the import: (it worked, what to say: what it added, or why nothing was).
    pub on_message: Callback<(bool, String)>,
    /// Said when the file could not be read at all.
    pub unreadable: AttrValue,
}

/// Picks an export file and adds what it holds; says what was added, or why nothing was.
#[component]
pub fn ImportFile(props: &ImportFileProps) -> Html {
    let Some(store) = use_store() else {
        return Html::default();
    };
    let on_import = {
        let (on_message, unreadable) = (props.on_message.clone(), props.unreadable.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (store, on_message, unreadable) =
                (store.clone(), on_message.clone(), unreadable.clone());
            read_text(file, move |text| {
                let Some(text) = text else {
                    on_message.emit((false, unreadable.to_string()));
                    return;
                };
                match parse_import(&text) {
                    Ok(imported) => on_message.emit((true, store.import(imported).message())),
                    Err(err) => on_message.emit((false, err.message())),
                }
            });
        })
    };
    html! {
        <label class="button file-button">
            { props.label.clone() }
            <input type="file" accept="application/json,.json" data-testid={props.testid.clone()}
                   class="visually-hidden" onchange={on_import} disabled={props.disabled} />
        </label>
    }
}
