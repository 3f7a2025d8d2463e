use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::{fill, ui::evidence_page as text, CONTENT};
use crate::domain::evidence::{proof_kind, Evidence, Proof};
use crate::domain::packet::figures;
use crate::route::Route;

pub struct EvidenceItemProps<'a> {
    pub entry: &'a Evidence,
    /// The packet already has its strongest projects, and this is not one of them.
    pub strong_full: bool,
    pub read_only: bool,
    pub on_edit: Callback<String>,
    pub on_delete: Callback<String>,
    pub on_strong: Callback<(String, bool)>,
}

/// One entry of the evidence log: when, what, the outcome and its figures, who adopted it, a
/// testimonial, the proof and what it supports.
pub fn evidence_item(props: &EvidenceItemProps<'_>) -> Html {
    let e = props.entry;
    let id = e.id.clone();
    let edit = {
        let (cb, id) = (props.on_edit.clone(), id.clone());
        Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
    };
    let delete = {
        let (cb, id) = (props.on_delete.clone(), id.clone());
        Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
    };
    let strong = {
        let (cb, id) = (props.on_strong.clone(), id.clone());
        Callback::from(move |ev: Event| {
            cb.emit((
                id.clone(),
                ev.target_unchecked_into::<HtmlInputElement>().checked(),
            ))
        })
    };
    let proof = match proof_kind(&e.proof) {
        Proof::Link(url) => html! {
            <a href={url.to_string()} rel="noopener noreferrer" target="_blank">{ url.to_string() }</a>
        },
        Proof::Place(place) => html! { { place.to_string() } },
        Proof::None | Proof::Refused => Html::default(),
    };
    let dims = e.dimensions.iter().filter_map(|d| CONTENT.dimension(d));
    let statements = e
        .statements
        .iter()
        .filter_map(|s| CONTENT.readiness_statement(s));
    let strong_id = format!("strong-{id}");
    html! {
        <li class="evidence-item card" data-testid="evidence-item" data-evidence={id.clone()}>
            <h3 class="evidence-title">
                <span class="evidence-date">{ e.date.clone() }</span>{ " " }<bdi>{ e.title.clone() }</bdi>
            </h3>
            if !e.outcome.is_empty() {
                <p class="evidence-outcome"><strong>{ text::OUTCOME }</strong>{ " " }<bdi>{ e.outcome.clone() }</bdi></p>
            }
            if let Some(f) = figures(e) {
                <p class="evidence-figures" data-testid="evidence-figures"><strong>{ text::FIGURES }</strong>{ " " }<bdi>{ f }</bdi></p>
            }
            if !e.adopted_by.is_empty() {
                <p class="evidence-adopted" data-testid="evidence-adopted"><strong>{ text::ADOPTED_BY }</strong>{ " " }<bdi>{ e.adopted_by.clone() }</bdi></p>
            }
            if !e.quote.is_empty() {
                <figure class="evidence-quote" data-testid="evidence-quote">
                    <blockquote><p><bdi>{ e.quote.clone() }</bdi></p></blockquote>
                    <figcaption>{ fill(text::QUOTE_BY, &[("by", &e.quote_by)]) }</figcaption>
                </figure>
            }
            if !e.proof.is_empty() {
                <p class="evidence-proof"><strong>{ text::PROOF }</strong>{ " " }{ proof }</p>
            }
            if !e.dimensions.is_empty() {
                <ul class="tags" aria-label={text::SUPPORTS_DIMENSIONS}>
                    { for dims.map(|d| html! {
                        <li><a href={Route::Dimension { id: d.id.to_string() }.href()}>{ d.name }</a></li>
                    }) }
                </ul>
            }
            if !e.statements.is_empty() {
                <ul class="evidence-statements" aria-label={text::SUPPORTS_STATEMENTS}>
                    { for statements.map(|r| html! { <li>{ r.text }</li> }) }
                </ul>
            }
            if !props.read_only {
                <div class="tool-row">
                    <span class="strong-pick">
                        <input type="checkbox" id={strong_id.clone()} checked={e.strong} onchange={strong}
                               disabled={props.strong_full && !e.strong} data-testid="evidence-strong" />
                        <label for={strong_id}>{ text::STRONG }</label>
                    </span>
                    <button type="button" class="link-button" data-testid="evidence-edit" onclick={edit}
                            aria-label={format!("{} {}", text::EDIT, e.title)}>{ text::EDIT }</button>
                    <button type="button" class="link-button danger" data-testid="evidence-delete" onclick={delete}
                            aria-label={format!("{} {}", text::DELETE, e.title)}>{ text::DELETE }</button>
                </div>
            }
        </li>
    }
}
