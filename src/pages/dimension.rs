use yew::prelude::*;

use crate::components::level_columns::LevelColumns;
use crate::components::not_found::not_found;
use crate::components::principal_note::{principal_note, PrincipalNoteProps};
use crate::components::sources_note::{sources_note, SourcesNoteProps};
use crate::content::{ui::dimension as text, Dimension, CONTENT};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct DimensionPageProps {
    pub id: AttrValue,
}

/// `#/explore/<id>`: one dimension at every level, what changes, examples and signals.
#[component]
pub fn DimensionPage(props: &DimensionPageProps) -> Html {
    let Some(index) = CONTENT.dimension_index(&props.id) else {
        return not_found(Some(props.id.clone()));
    };
    let d = &CONTENT.dimensions[index];
    let prev = index.checked_sub(1).and_then(|i| CONTENT.dimensions.get(i));
    let next = CONTENT.dimensions.get(index + 1);
    html! {
        <article class="page dimension" data-testid="dimension-detail" data-dimension={d.id}>
            <p class="breadcrumb">
                <a href={Route::Explore.href()} data-testid="dimension-back">{ text::BACK }</a>
            </p>
            <h1>{ d.name }</h1>
            <p class="lede">{ d.summary }</p>
            <section class="change-callout" aria-labelledby="change-title">
                <h2 id="change-title">{ text::CHANGE_HEADING }</h2>
                <p data-testid="change">{ d.change }</p>
                <p class="change-next">
                    <strong>{ text::CHANGE_PRINCIPAL }{ " " }</strong>{ d.change_principal }
                </p>
                { principal_note(&PrincipalNoteProps { dimension: d }) }
            </section>
            <LevelColumns dimension={d} />
            { view_signals(d) }
            <section class="practice" aria-labelledby="practice-title">
                <h2 id="practice-title">{ text::PRACTICE_HEADING }</h2>
                <p><strong>{ text::PRODUCE }{ " " }</strong>{ d.practice_artifact() }</p>
                <p>{ d.practice_how() }</p>
            </section>
            { sources_note(&SourcesNoteProps { ids: d.sources }) }
            <nav class="pager" aria-label={text::PAGER_LABEL}>
                if let Some(p) = prev {
                    <a class="pager-prev" rel="prev" data-testid="dimension-prev"
                       href={Route::Dimension { id: p.id.to_string() }.href()}>
                        { "← " }{ p.name }
                    </a>
                }
                <a class="pager-all" href={Route::Explore.href()}>{ text::ALL }</a>
                if let Some(n) = next {
                    <a class="pager-next" rel="next" data-testid="dimension-next"
                       href={Route::Dimension { id: n.id.to_string() }.href()}>
                        { n.name }{ " →" }
                    </a>
                }
            </nav>
        </article>
    }
}

fn view_signals(d: &Dimension) -> Html {
    if d.signals.is_empty() && d.anti_signals.is_empty() {
        return Html::default();
    }
    let list = |title: &str, id: &str, items: &[&str], class: &str| -> Html {
        if items.is_empty() {
            return Html::default();
        }
        html! {
            <section class={classes!("signals", class.to_string())} aria-labelledby={id.to_string()}>
                <h2 id={id.to_string()}>{ title }</h2>
                <ul>{ for items.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
            </section>
        }
    };
    html! {
        <div class="signal-columns">
            { list(text::SIGNALS_HEADING, "signals-title", d.signals, "positive") }
            { list(text::ANTI_SIGNALS_HEADING, "anti-signals-title", d.anti_signals, "negative") }
        </div>
    }
}
