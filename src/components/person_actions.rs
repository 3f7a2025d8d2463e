use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::rename_form::RenameForm;
use crate::content::ui::person as text;
use crate::hooks::use_store::use_store;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct PersonActionsProps {
    pub id: AttrValue,
    pub name: AttrValue,
    pub read_only: bool,
}

/// What can be done with a person: their 1:1 agenda, renaming, deleting.
#[component]
pub fn PersonActions(props: &PersonActionsProps) -> Html {
    let navigator = use_navigator();
    let renaming = use_state(|| false);
    let Some(store) = use_store() else {
        return Html::default();
    };
    let start_rename = {
        let renaming = renaming.clone();
        Callback::from(move |_: MouseEvent| renaming.set(true))
    };
    let close_rename = {
        let renaming = renaming.clone();
        Callback::from(move |()| renaming.set(false))
    };
    let delete = {
        let id = props.id.clone();
        Callback::from(move |_: MouseEvent| {
            store.delete_person(id.to_string());
            if let Some(n) = &navigator {
                n.push(&Route::People);
            }
        })
    };
    let agenda = Route::Agenda {
        id: props.id.to_string(),
    };
    html! {
        <>
            if !props.read_only {
                <div class="tool-row">
                    <a class="button primary" href={agenda.href()} data-testid="agenda-link">{ text::AGENDA }</a>
                    if !*renaming {
                        <button type="button" class="button" data-testid="rename" onclick={start_rename}>{ text::RENAME }</button>
                    }
                    <button type="button" class="button danger" data-testid="delete-person" onclick={delete}>{ text::DELETE }</button>
                </div>
            }
            if *renaming {
                <RenameForm id={props.id.clone()} name={props.name.clone()} on_close={close_rename} />
            }
        </>
    }
}
