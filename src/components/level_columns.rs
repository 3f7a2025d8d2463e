use yew::prelude::*;

use crate::components::principal_note::{principal_note, PrincipalNoteProps};
use crate::content::{ui, ui::principal as principal_text, Dimension, CONTENT};

#[derive(Properties, PartialEq)]
pub struct LevelColumnsProps {
    pub dimension: &'static Dimension,
}

/// One card per level: what the dimension looks like there, and an example.
#[component]
pub fn LevelColumns(props: &LevelColumnsProps) -> Html {
    let d = props.dimension;
    let cells = [
        ("senior", d.senior, d.example_senior),
        ("staff", d.staff, d.example_staff),
        ("principal", d.principal, d.example_principal),
    ];
    html! {
        <div class="level-columns">
            { for cells.iter().map(|(id, text, example)| {
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
                            <p class="example"><strong>{ ui::dimension::EXAMPLE }{ " " }</strong>{ *example }</p>
                        }
                    </section>
                }
            }) }
        </div>
    }
}
