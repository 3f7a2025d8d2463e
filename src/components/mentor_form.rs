use std::collections::BTreeMap;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::choice_group::{choice_group, Choice, ChoiceGroupProps};
use crate::content::{fill, ui, ui::mentor as text, CONTENT};
use crate::domain::share::{normalise_name, Mentor, NAME_MAX};

#[derive(Properties, PartialEq)]
pub struct MentorFormProps {
    /// The person being rated, if they gave a name.
    pub mentee: Option<String>,
    pub on_done: Callback<Mentor>,
    pub on_cancel: Callback<()>,
}

/// The mentor places the mentee on each dimension, on the same scale the mentee used.
#[component]
pub fn MentorForm(props: &MentorFormProps) -> Html {
    let scale = use_state(BTreeMap::<String, u8>::new);
    let name = use_state(String::new);
    let who = props
        .mentee
        .clone()
        .unwrap_or_else(|| text::THIS_PERSON.into());
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            name.set(input.value());
        })
    };
    let on_submit = {
        let scale = scale.clone();
        let name = name.clone();
        let done = props.on_done.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            done.emit(Mentor {
                name: normalise_name(&name),
                scale: (*scale).clone(),
            });
        })
    };
    let cancel = {
        let cb = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <form class="mentor-form" data-testid="mentor-form" onsubmit={on_submit} aria-labelledby="mentor-title">
            <h2 id="mentor-title">{ fill(text::HEADING, &[("who", &who)]) }</h2>
            <p>{ fill(text::INTRO, &[("who", &who)]) }</p>
            <div class="share-field">
                <label for="mentor-name">{ text::NAME }</label>
                <input id="mentor-name" type="text" maxlength={NAME_MAX.to_string()} autocomplete="off"
                       value={(*name).clone()} oninput={on_name} />
            </div>
            { for CONTENT.dimensions.iter().map(|d| {
                let id = d.id;
                let choices = [
                    (1, d.question.senior_anchor),
                    (2, ui::quiz::SCALE_2),
                    (3, ui::quiz::SCALE_3),
                    (4, ui::quiz::SCALE_4),
                    (5, d.question.staff_anchor),
                ].iter().map(|(v, l)| Choice { value: *v, label: (*l).into() }).collect::<Vec<_>>();
                let on_select = {
                    let scale = scale.clone();
                    Callback::from(move |v: u8| {
                        let mut m = (*scale).clone();
                        m.insert(id.to_string(), v);
                        scale.set(m);
                    })
                };
                let on_skip = {
                    let scale = scale.clone();
                    Callback::from(move |()| {
                        let mut m = (*scale).clone();
                        m.remove(id);
                        scale.set(m);
                    })
                };
                choice_group(&ChoiceGroupProps {
                    name: format!("mentor-{id}").into(),
                    legend: d.name.into(),
                    choices: &choices,
                    selected: scale.get(id).copied(),
                    on_select,
                    on_skip,
                    inline: false,
                    children: Html::default(),
                })
            }) }
            <div class="quiz-nav">
                <button type="button" class="button" onclick={cancel}>{ text::CANCEL }</button>
                <button type="submit" class="button primary" data-testid="mentor-done">{ text::DONE }</button>
            </div>
        </form>
    }
}
