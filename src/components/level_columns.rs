use yew::prelude::*;

use crate::components::principal_note::{principal_note, PrincipalNoteProps};
use crate::content::{ui, ui::principal as principal_text, Dimension, CONTENT};

#[derive(Properties, PartialEq)]
pub struct LevelColumnsProps {
    pub dimension: &'static Dimension,
}

/// One card per level: what the dimension looks like there, and an example, with the source
/// that gives it or a mark that it is our own illustration.
#[component]
pub fn LevelColumns(props: &LevelColumnsProps) -> Html {
    let d = props.dimension;
    let cells = [
        (
            "senior",
            d.senior,
            d.example_senior,
            d.example_senior_sources,
        ),
        ("staff", d.staff, d.example_staff, d.example_staff_sources),
        ("principal", d.principal, d.example_principal, &[][..]),
    ];
    html! {
        <div class="level-columns">
            { for cells.iter().map(|(id, text, example, sources)| {
                let name = CONTENT.level(id).map_or(*id, |l| l.name);
                html! {
                    <section class={classes!("card", "topped", "level-card", format!("level-{id}"))}
                             data-testid={format!("level-{id}")}
                             aria-labelledby={format!("level-{id}-title")}>
                        <h2 id={format!("level-{id}-title")}>{ name }</h2>
                        <p>{ *text }</p>
                        if *id == "principal" {
                            { principal_note(&PrincipalNoteProps { dimension: d }) }
                            <p class="example">
                                <strong>{ principal_text::EXAMPLE }</strong>{ " " }{ *example }
                            </p>
                        } else {
                            { view_example(example, sources) }
                        }
                    </section>
                }
            }) }
        </div>
    }
}

/// A Senior or Staff example: "Example: ... (from <title>)", or marked as our illustration when no
/// source gives it.
fn view_example(example: &'static str, sources: &'static [&'static str]) -> Html {
    if sources.is_empty() {
        return html! {
            <p class="example" data-testid="example-ours">
                <strong>{ ui::dimension::EXAMPLE_OURS }</strong>{ " " }{ example }
            </p>
        };
    }
    html! {
        <p class="example" data-testid="example-sourced">
            <strong>{ ui::dimension::EXAMPLE }</strong>{ " " }{ example }{ " " }
            <span class="example-source">
                { ui::dimension::EXAMPLE_FROM }{ " " }
                { for sources.iter().filter_map(|id| CONTENT.source(id)).enumerate().map(|(i, s)| html! {
                    <>
                        if i > 0 { { "; " } }
                        <cite>{ s.title }</cite>
                    </>
                }) }
            </span>
        </p>
    }
}
