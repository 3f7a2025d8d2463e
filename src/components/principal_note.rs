use yew::prelude::*;

use crate::content::{ui::principal as text, Dimension, CONTENT};

#[derive(Properties, PartialEq)]
pub struct PrincipalNoteProps {
    pub dimension: &'static Dimension,
}

/// Where a dimension's Principal text comes from: the sources that describe it at Principal level,
/// or, when none does, a visible mark that the text is our own extrapolation.
pub fn principal_note(props: &PrincipalNoteProps) -> Html {
    let d = props.dimension;
    if d.principal_extrapolated() {
        return html! {
            <p class="principal-note extrapolated" data-testid="principal-extrapolated">
                { text::EXTRAPOLATED }
            </p>
        };
    }
    let titles: Vec<&str> = d
        .principal_sources
        .iter()
        .filter_map(|id| CONTENT.source(id))
        .map(|s| s.title)
        .collect();
    html! {
        <p class="principal-note sourced" data-testid="principal-sources">
            { text::SOURCED }{ " " }
            { for titles.iter().enumerate().map(|(i, t)| html! {
                <>
                    if i > 0 { { "; " } }
                    <cite>{ *t }</cite>
                </>
            }) }
        </p>
    }
}
