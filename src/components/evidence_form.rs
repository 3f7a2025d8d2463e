use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::content::{fill, ui::evidence_form as text, CONTENT};
use crate::domain::evidence::{
    Draft, Field, FieldError, ADOPTED_MAX, FIGURE_MAX, OUTCOME_MAX, PROOF_MAX, QUOTE_BY_MAX,
    QUOTE_MAX, TITLE_MAX,
};

#[derive(Properties, PartialEq)]
pub struct EvidenceFormProps {
    /// What the form starts from (a blank entry, or the one being edited).
    pub initial: Draft,
    /// True when editing an existing entry.
    #[prop_or_default]
    pub editing: bool,
    /// Problems found on the last submit, by field.
    #[prop_or_default]
    pub errors: Vec<FieldError>,
    pub on_submit: Callback<Draft>,
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
    /// Every change, so what is typed can be kept while it is being written.
    #[prop_or_default]
    pub on_change: Option<Callback<Draft>>,
}

/// The id of a field's input, the one `focus_later` moves to when a save names it.
pub const fn input_id(field: Field) -> &'static str {
    match field {
        Field::Date => "ev-date",
        Field::Title => "ev-title",
        Field::Outcome => "ev-outcome",
        Field::Proof => "ev-proof",
        Field::Before => "ev-before",
        Field::After => "ev-after",
        Field::AdoptedBy => "ev-adopted",
        Field::Quote => "ev-quote",
        Field::QuoteBy => "ev-quote-by",
    }
}

/// The form's heading, focusable by script (focus moves there after an entry is added).
pub const TITLE_ID: &str = "evidence-form-title";

/// Add or edit one evidence entry. What is typed stays in the form until it is saved, whatever
/// the problems found.
#[component]
pub fn EvidenceForm(props: &EvidenceFormProps) -> Html {
    let draft = use_state(|| props.initial.clone());
    let error = |field: Field| props.errors.iter().find(|e| e.field == field);

    // Every change goes to the form's own state and to `on_change`.
    let update = {
        let (draft, on_change) = (draft.clone(), props.on_change.clone());
        move |d: Draft| {
            if let Some(cb) = &on_change {
                cb.emit(d.clone());
            }
            draft.set(d);
        }
    };
    let on_text = |set: fn(&mut Draft, String)| {
        let (draft, update) = (draft.clone(), update.clone());
        Callback::from(move |e: InputEvent| {
            let value = match e.target_dyn_into::<HtmlTextAreaElement>() {
                Some(area) => area.value(),
                None => e.target_unchecked_into::<HtmlInputElement>().value(),
            };
            let mut d = (*draft).clone();
            set(&mut d, value);
            update(d);
        })
    };
    let on_pick = |dimension: bool, id: &'static str| {
        let (draft, update) = (draft.clone(), update.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut d = (*draft).clone();
            let list = if dimension {
                &mut d.dimensions
            } else {
                &mut d.statements
            };
            list.retain(|x| x != id);
            if on {
                list.push(id.to_string());
            }
            update(d);
        })
    };
    let submit = {
        let draft = draft.clone();
        let cb = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            cb.emit((*draft).clone());
        })
    };
    let cancel = props
        .on_cancel
        .clone()
        .map(|cb| Callback::from(move |_: MouseEvent| cb.emit(())));

    let field = |id: &str, label: &str, hint: String, f: Field, input: Html| {
        let err = error(f);
        html! {
            <div class="form-field">
                <label for={id.to_string()}>{ label.to_string() }</label>
                <span class="hint" id={format!("{id}-hint")}>{ hint }</span>
                { input }
                if let Some(err) = err {
                    <span class="hint error" id={format!("{id}-error")} data-testid={format!("{id}-error")}>{ err.message.clone() }</span>
                }
            </div>
        }
    };
    let described = |id: &str, f: Field| {
        if error(f).is_some() {
            format!("{id}-hint {id}-error")
        } else {
            format!("{id}-hint")
        }
    };
    let invalid = |f: Field| error(f).is_some().then_some("true");
    let max = |n: usize| fill(text::MAX_CHARS, &[("max", &n.to_string())]);

    html! {
        <form class="evidence-form card" data-testid="evidence-form" onsubmit={submit} novalidate=true
              aria-labelledby={TITLE_ID}>
            <h2 id={TITLE_ID} tabindex="-1">{ if props.editing { text::EDIT_TITLE } else { text::ADD_TITLE } }</h2>
            if !props.errors.is_empty() {
                <p class="form-problems" role="alert" data-testid="evidence-problems">
                    if props.errors.len() == 1 {
                        { text::PROBLEMS_ONE }
                    } else {
                        { fill(text::PROBLEMS, &[("n", &props.errors.len().to_string())]) }
                    }
                </p>
            }
            { field(input_id(Field::Date), text::DATE, text::DATE_HINT.to_string(), Field::Date, html! {
                <input id={input_id(Field::Date)} type="date" required=true value={draft.date.clone()}
                       aria-describedby={described(input_id(Field::Date), Field::Date)} aria-invalid={invalid(Field::Date)}
                       oninput={on_text(|d, v| d.date = v)} />
            }) }
            { field(input_id(Field::Title), text::WHAT, max(TITLE_MAX), Field::Title, html! {
                <input id={input_id(Field::Title)} type="text" required=true autocomplete="off" value={draft.title.clone()}
                       aria-describedby={described(input_id(Field::Title), Field::Title)} aria-invalid={invalid(Field::Title)}
                       oninput={on_text(|d, v| d.title = v)} />
            }) }
            { field(input_id(Field::Outcome), text::OUTCOME, format!("{} {}", text::OUTCOME_HINT, max(OUTCOME_MAX)), Field::Outcome, html! {
                <textarea id={input_id(Field::Outcome)} rows="3" value={draft.outcome.clone()}
                          aria-describedby={described(input_id(Field::Outcome), Field::Outcome)} aria-invalid={invalid(Field::Outcome)}
                          oninput={on_text(|d, v| d.outcome = v)} />
            }) }
            { field(input_id(Field::Proof), text::PROOF, format!("{} {}", text::PROOF_HINT, max(PROOF_MAX)), Field::Proof, html! {
                <input id={input_id(Field::Proof)} type="text" autocomplete="off" value={draft.proof.clone()}
                       aria-describedby={described(input_id(Field::Proof), Field::Proof)} aria-invalid={invalid(Field::Proof)}
                       oninput={on_text(|d, v| d.proof = v)} />
            }) }
            <fieldset class="pick-list" data-testid="evidence-dimensions">
                <legend>{ text::DIMENSIONS }</legend>
                { for CONTENT.dimensions.iter().map(|d| {
                    let id = format!("ev-dim-{}", d.id);
                    html! {
                        <label for={id.clone()} key={d.id}>
                            <input type="checkbox" id={id} checked={draft.dimensions.iter().any(|x| x == d.id)}
                                   onchange={on_pick(true, d.id)} />
                            { d.name }
                        </label>
                    }
                }) }
            </fieldset>
            <fieldset class="pick-list wide" data-testid="evidence-statements">
                <legend>{ text::STATEMENTS }</legend>
                { for CONTENT.readiness.iter().map(|r| {
                    let id = format!("ev-st-{}", r.id);
                    html! {
                        <label for={id.clone()} key={r.id}>
                            <input type="checkbox" id={id} checked={draft.statements.iter().any(|x| x == r.id)}
                                   onchange={on_pick(false, r.id)} />
                            { r.text }
                        </label>
                    }
                }) }
            </fieldset>
            <fieldset class="figure-pair" data-testid="evidence-form-figures" aria-describedby="ev-figures-hint">
                <legend>{ text::FIGURES }</legend>
                <span class="hint" id="ev-figures-hint">{ text::FIGURES_HINT }</span>
                <div class="figure-row">
                    { field(input_id(Field::Before), text::BEFORE, max(FIGURE_MAX), Field::Before, html! {
                        <input id={input_id(Field::Before)} type="text" autocomplete="off" value={draft.before.clone()}
                               aria-describedby={described(input_id(Field::Before), Field::Before)} aria-invalid={invalid(Field::Before)}
                               oninput={on_text(|d, v| d.before = v)} />
                    }) }
                    { field(input_id(Field::After), text::AFTER, max(FIGURE_MAX), Field::After, html! {
                        <input id={input_id(Field::After)} type="text" autocomplete="off" value={draft.after.clone()}
                               aria-describedby={described(input_id(Field::After), Field::After)} aria-invalid={invalid(Field::After)}
                               oninput={on_text(|d, v| d.after = v)} />
                    }) }
                </div>
            </fieldset>
            { field(input_id(Field::AdoptedBy), text::ADOPTED_BY, format!("{} {}", text::ADOPTED_BY_HINT, max(ADOPTED_MAX)), Field::AdoptedBy, html! {
                <input id={input_id(Field::AdoptedBy)} type="text" autocomplete="off" value={draft.adopted_by.clone()}
                       aria-describedby={described(input_id(Field::AdoptedBy), Field::AdoptedBy)} aria-invalid={invalid(Field::AdoptedBy)}
                       oninput={on_text(|d, v| d.adopted_by = v)} />
            }) }
            { field(input_id(Field::Quote), text::QUOTE, format!("{} {}", text::QUOTE_HINT, max(QUOTE_MAX)), Field::Quote, html! {
                <textarea id={input_id(Field::Quote)} rows="2" value={draft.quote.clone()}
                          aria-describedby={described(input_id(Field::Quote), Field::Quote)} aria-invalid={invalid(Field::Quote)}
                          oninput={on_text(|d, v| d.quote = v)} />
            }) }
            { field(input_id(Field::QuoteBy), text::QUOTE_BY, format!("{} {}", text::QUOTE_BY_HINT, max(QUOTE_BY_MAX)), Field::QuoteBy, html! {
                <input id={input_id(Field::QuoteBy)} type="text" autocomplete="off" value={draft.quote_by.clone()}
                       aria-describedby={described(input_id(Field::QuoteBy), Field::QuoteBy)} aria-invalid={invalid(Field::QuoteBy)}
                       oninput={on_text(|d, v| d.quote_by = v)} />
            }) }
            <div class="tool-row">
                <button type="submit" class="button primary" data-testid="evidence-save">
                    { if props.editing { text::SAVE_EDIT } else { text::SAVE_NEW } }
                </button>
                if let Some(cancel) = cancel {
                    <button type="button" class="button" data-testid="evidence-cancel" onclick={cancel}>{ text::CANCEL }</button>
                }
            </div>
        </form>
    }
}
