use yew::prelude::*;

use crate::content::ui::data_page as text;
use crate::focus::focus_later;

#[derive(Properties, PartialEq)]
pub struct DeleteEverythingProps {
    /// What would go, one line per kind (`Kept::lines`).
    pub lines: Vec<String>,
    /// Export everything first (the confirmation stays open).
    pub on_export: Callback<()>,
    pub on_delete: Callback<()>,
}

/// "Delete everything…": asks first, naming what will go, with a last chance to export.
#[component]
pub fn DeleteEverything(props: &DeleteEverythingProps) -> Html {
    let confirming = use_state(|| false);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(true);
            focus_later("delete-cancel");
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            focus_later("delete-everything");
        })
    };
    let export = {
        let on_export = props.on_export.clone();
        Callback::from(move |_: MouseEvent| on_export.emit(()))
    };
    let delete = {
        let (confirming, on_delete) = (confirming.clone(), props.on_delete.clone());
        Callback::from(move |_: MouseEvent| {
            on_delete.emit(());
            confirming.set(false);
        })
    };
    if *confirming {
        html! {
            <div class="confirm" role="alertdialog" aria-labelledby="delete-confirm-text"
                 aria-describedby="delete-confirm-after" data-testid="delete-confirm">
                <p id="delete-confirm-text">{ text::CONFIRM }</p>
                <ul class="kept-list" data-testid="delete-what">
                    { for props.lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }
                </ul>
                <p id="delete-confirm-after">{ text::CONFIRM_AFTER }</p>
                <button type="button" class="button" data-testid="delete-export" onclick={export}>{ text::CONFIRM_EXPORT }</button>
                <button type="button" class="button danger" data-testid="delete-yes" onclick={delete}>{ text::CONFIRM_YES }</button>
                <button type="button" class="button" id="delete-cancel" data-testid="delete-cancel" onclick={cancel}>{ text::CANCEL }</button>
            </div>
        }
    } else {
        html! {
            <button type="button" class="button danger" id="delete-everything" data-testid="delete-everything" onclick={ask}>
                { text::DELETE }
            </button>
        }
    }
}
