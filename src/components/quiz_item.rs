use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::choice_group::{choice_group, Choice, ChoiceGroupProps};
use crate::content::{fill, ui::quiz as text, CONTENT};
use crate::domain::answers::{Answers, Item, NOTE_MAX};
use crate::domain::quiz::QuizAction;

pub struct QuizItemProps<'a> {
    pub item: &'a Item,
    pub answers: &'a Answers,
    pub on_action: Callback<QuizAction>,
}

fn choices(labels: &[(u8, &'static str)]) -> Vec<Choice> {
    labels
        .iter()
        .map(|&(value, label)| Choice {
            value,
            label: AttrValue::Static(label),
        })
        .collect()
}

/// A readiness statement's two answers, yes (1) and not yet (0): in the self-check and the quick
/// check alike.
pub const READINESS_CHOICES: [Choice; 2] = [
    Choice {
        value: 1,
        label: AttrValue::Static(text::YES),
    },
    Choice {
        value: 0,
        label: AttrValue::Static(text::NOT_YET),
    },
];

/// Any quiz item, as a `choice_group` with the right choices and actions.
pub fn quiz_item(props: &QuizItemProps<'_>) -> Html {
    let act = props.on_action.clone();
    let skip = {
        let act = act.clone();
        let item = props.item.clone();
        Callback::from(move |()| act.emit(QuizAction::Skip(item.clone())))
    };
    match props.item {
        Item::Readiness(id) => {
            let id: &'static str = id;
            let Some(r) = CONTENT.readiness_statement(id) else {
                return Html::default();
            };
            let selected = props.answers.readiness.get(id).map(|yes| u8::from(*yes));
            let note = props.answers.notes.get(id).cloned().unwrap_or_default();
            let on_note = {
                let act = act.clone();
                Callback::from(move |e: InputEvent| {
                    let area: HtmlTextAreaElement = e.target_unchecked_into();
                    act.emit(QuizAction::Note(id, area.value()));
                })
            };
            let note_id = format!("note-{id}");
            let on_select =
                Callback::from(move |v: u8| act.emit(QuizAction::Readiness(id, v == 1)));
            choice_group(&ChoiceGroupProps {
                name: format!("readiness-{id}").into(),
                legend: r.text.into(),
                choices: &READINESS_CHOICES,
                selected,
                on_select,
                on_skip: skip,
                inline: true,
                children: html! {
                    <details class="note" open={!note.is_empty()}>
                        <summary>{ text::NOTE_SUMMARY }</summary>
                        <label for={note_id.clone()} class="visually-hidden">
                            { fill(text::NOTE_LABEL, &[("statement", r.text)]) }
                        </label>
                        <textarea id={note_id} rows="2" maxlength={NOTE_MAX.to_string()}
                                  value={note} oninput={on_note}
                                  placeholder={text::NOTE_PLACEHOLDER} />
                    </details>
                },
            })
        }
        Item::Scale(id) => {
            let id: &'static str = id;
            let Some(d) = CONTENT.dimension(id) else {
                return Html::default();
            };
            let labels = [
                (1, d.question.senior_anchor),
                (2, text::SCALE_2),
                (3, text::SCALE_3),
                (4, text::SCALE_4),
                (5, d.question.staff_anchor),
            ];
            choice_group(&ChoiceGroupProps {
                name: format!("scale-{id}").into(),
                legend: format!("{}: {}", d.name, d.question.prompt).into(),
                choices: &choices(&labels),
                selected: props.answers.scale.get(id).copied(),
                on_select: Callback::from(move |v: u8| act.emit(QuizAction::Scale(id, v))),
                on_skip: skip,
                inline: false,
                children: Html::default(),
            })
        }
        Item::Figure(id) => {
            let id: &'static str = id;
            let Some(f) = CONTENT.figures.iter().find(|f| f.id == id) else {
                return Html::default();
            };
            let labels: Vec<Choice> = f
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| Choice {
                    value: u8::try_from(i).unwrap_or(u8::MAX),
                    label: o.label.into(),
                })
                .collect();
            choice_group(&ChoiceGroupProps {
                name: format!("figure-{id}").into(),
                legend: f.prompt.into(),
                choices: &labels,
                selected: props.answers.figures.get(id).copied(),
                on_select: Callback::from(move |v: u8| act.emit(QuizAction::Figure(id, v))),
                on_skip: skip,
                inline: false,
                children: Html::default(),
            })
        }
        Item::Motivation(id) => {
            let id: &'static str = id;
            let Some(m) = CONTENT.motivation.iter().find(|m| m.id == id) else {
                return Html::default();
            };
            let labels = [
                (1, text::STRONGLY_DISAGREE),
                (2, text::DISAGREE),
                (3, text::NEUTRAL),
                (4, text::AGREE),
                (5, text::STRONGLY_AGREE),
            ];
            choice_group(&ChoiceGroupProps {
                name: format!("motivation-{id}").into(),
                legend: m.text.into(),
                choices: &choices(&labels),
                selected: props.answers.motivation.get(id).copied(),
                on_select: Callback::from(move |v: u8| act.emit(QuizAction::Motivation(id, v))),
                on_skip: skip,
                inline: true,
                children: Html::default(),
            })
        }
    }
}
