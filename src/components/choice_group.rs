use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::{fill, ui::quiz as text};

#[derive(Clone, PartialEq)]
pub struct Choice {
    pub value: u8,
    pub label: AttrValue,
}

pub struct ChoiceGroupProps<'a> {
    /// Unique per item: the radio group's name and the base of element ids.
    pub name: AttrValue,
    pub legend: AttrValue,
    pub choices: &'a [Choice],
    pub selected: Option<u8>,
    pub on_select: Callback<u8>,
    pub on_skip: Callback<()>,
    /// Lay the choices out in a row (short labels) instead of a column.
    pub inline: bool,
    /// Shown under the choices (a readiness statement's note).
    pub children: Html,
}

/// One question: a labelled radio group (arrow keys move between choices) with a skip button.
/// A plain function, not a component: it keeps no state, so a question needs no component scope
/// of its own (the quick check shows twelve at once).
pub fn choice_group(props: &ChoiceGroupProps<'_>) -> Html {
    let answered = props.selected.is_some();
    let on_skip = {
        let cb = props.on_skip.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <fieldset class={classes!("choice-group", answered.then_some("answered"))}
                  data-testid="question" data-item={props.name.clone()}>
            <legend>{ props.legend.clone() }</legend>
            <div class={classes!("choices", props.inline.then_some("inline"))}>
                { for props.choices.iter().map(|c| {
                    let id = format!("{}-{}", props.name, c.value);
                    let value = c.value;
                    let on_change = {
                        let cb = props.on_select.clone();
                        Callback::from(move |e: Event| {
                            let input: HtmlInputElement = e.target_unchecked_into();
                            if input.checked() {
                                cb.emit(value);
                            }
                        })
                    };
                    html! {
                        <div class="choice">
                            <input type="radio" id={id.clone()} name={props.name.clone()}
                                   value={value.to_string()}
                                   checked={props.selected == Some(value)}
                                   onchange={on_change} />
                            <label for={id}>{ c.label.clone() }</label>
                        </div>
                    }
                }) }
            </div>
            { props.children.clone() }
            if answered {
                <button type="button" class="link-button skip" onclick={on_skip}
                        aria-label={fill(text::CLEAR_LABEL, &[("legend", &props.legend)])}>
                    { text::CLEAR }
                </button>
            }
        </fieldset>
    }
}
