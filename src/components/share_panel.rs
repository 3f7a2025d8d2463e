use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::clipboard;
use crate::content::{ui::share as text, CONTENT};
use crate::domain::answers::Answers;
use crate::domain::share::{encode, encode_quick, normalise_name, Mentor, Quick, Shared, NAME_MAX};
use crate::env::use_env;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub answers: Answers,
    /// A mentor's rating to send back together with the result.
    #[prop_or_default]
    pub mentor: Option<Mentor>,
    /// The name already attached to the result (kept when a mentor shares back).
    #[prop_or_default]
    pub name: Option<String>,
    /// The day the self-check was finished (days since 1970-01-01), carried by the link.
    #[prop_or_default]
    pub day: Option<i64>,
    #[prop_or_else(|| AttrValue::from(text::TITLE))]
    pub title: AttrValue,
    /// A quick check: its link carries the readiness answers only, in the shorter quick code.
    #[prop_or_default]
    pub quick: bool,
}

/// Builds the private link, copies it (or shows it to select by hand) and offers the share sheet.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let name = use_state(|| props.name.clone().unwrap_or_default());
    let status = use_state(|| Option::<(bool, &'static str)>::None);
    let shared = Shared {
        answers: props.answers.clone(),
        name: if props.mentor.is_some() {
            props.name.clone()
        } else {
            normalise_name(&name)
        },
        mentor: props.mentor.clone(),
        day: props.day,
    };
    let env = use_env();
    let code = if props.quick {
        encode_quick(
            &CONTENT,
            &Quick {
                readiness: shared.answers.readiness,
                name: shared.name,
                day: shared.day,
            },
        )
    } else {
        encode(&CONTENT, &shared)
    };
    let link = format!("{}{}", env.page, Route::Shared { code }.href());

    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            name.set(input.value());
        })
    };
    let copy = {
        let link = link.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let link = link.clone();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if clipboard::copy(&link).await {
                    status.set(Some((true, text::COPIED)));
                } else {
                    status.set(Some((false, text::COPY_REFUSED)));
                }
            });
        })
    };
    let share = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = clipboard::share(text::SHARE_TITLE, &link).await;
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.select();
    });
    let fallback = matches!(*status, Some((false, _)));
    html! {
        <section class="share-panel" data-testid="share-panel" aria-labelledby="share-title">
            <h2 id="share-title">{ props.title.clone() }</h2>
            <p>{ text::ABOUT }</p>
            if props.mentor.is_none() {
                <div class="share-field">
                    <label for="share-name">{ text::NAME }</label>
                    <input id="share-name" type="text" maxlength={NAME_MAX.to_string()} autocomplete="off"
                           data-testid="share-name" value={(*name).clone()} oninput={on_name} />
                </div>
            }
            <div class="share-field">
                <label for="share-link">{ text::LINK }</label>
                <input id="share-link" type="text" readonly=true data-testid="share-link"
                       class={classes!(fallback.then_some("highlight"))}
                       value={link} onfocus={select_all} />
            </div>
            <div class="tool-row">
                <button type="button" class="button primary" data-testid="share-copy" onclick={copy}>{ text::COPY }</button>
                if env.can_share {
                    <button type="button" class="button" data-testid="share-native" onclick={share}>{ text::SHARE }</button>
                }
            </div>
            <p class="share-status" role="status" data-testid="share-status">
                { status.map(|(_, m)| m).unwrap_or("") }
            </p>
        </section>
    }
}
