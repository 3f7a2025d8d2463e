use yew::prelude::*;

use crate::content::CONTENT;

pub struct SourcesNoteProps<'a> {
    pub ids: &'a [&'static str],
}

/// "Drawn from: …" naming the source articles behind a piece of content.
pub fn sources_note(props: &SourcesNoteProps<'_>) -> Html {
    let titles: Vec<&str> = props
        .ids
        .iter()
        .filter_map(|id| CONTENT.source(id))
        .map(|s| s.title)
        .collect();
    if titles.is_empty() {
        return Html::default();
    }
    html! {
        <p class="sources-note" data-testid="sources">
            { crate::content::ui::sources::DRAWN_FROM }{ " " }
            { for titles.iter().enumerate().map(|(i, t)| html! {
                <>
                    if i > 0 { { "; " } }
                    <cite>{ *t }</cite>
                </>
            }) }
        </p>
    }
}
