use yew::prelude::*;

use crate::content::{fill, ui::history_page as text};

#[derive(Properties, PartialEq)]
pub struct ClearHistoryProps {
    /// How many attempts would go.
    pub count: usize,
    pub on_clear: Callback<()>,
}

/// "Delete all history…", asking first.
#[component]
pub fn ClearHistory(props: &ClearHistoryProps) -> Html {
    let confirming = use_state(|| false);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let clear = {
        let (confirming, on_clear) = (confirming.clone(), props.on_clear.clone());
        Callback::from(move |_: MouseEvent| {
            on_clear.emit(());
            confirming.set(false);
        })
    };
    if *confirming {
        html! {
            <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" data-testid="confirm-clear">
                <p id="confirm-text">{ fill(text::CONFIRM_CLEAR, &[("count", &props.count.to_string())]) }</p>
                <button type="button" class="button danger" data-testid="confirm-clear-yes" onclick={clear}>{ text::CONFIRM_YES }</button>
                <button type="button" class="button" onclick={cancel}>{ text::CANCEL }</button>
            </div>
        }
    } else {
        html! {
            <button type="button" class="link-button danger" data-testid="clear-all" onclick={ask}>
                { text::CLEAR_ALL }
            </button>
        }
    }
}
