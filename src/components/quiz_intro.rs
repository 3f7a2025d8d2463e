use yew::prelude::*;

use crate::content::{fill, ui::quiz_intro as text, CONTENT};

#[derive(Properties, PartialEq)]
pub struct QuizIntroProps {
    pub on_start: Callback<()>,
    /// Whether answers are already saved from an earlier visit.
    pub resuming: bool,
    pub on_restart: Callback<()>,
}

/// What the self-check measures, how long it takes, and where answers stay.
pub fn quiz_intro(props: &QuizIntroProps) -> Html {
    let start = {
        let cb = props.on_start.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let restart = {
        let cb = props.on_restart.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let items = CONTENT.readiness.len()
        + CONTENT.dimensions.len()
        + CONTENT.figures.len()
        + CONTENT.motivation.len();
    html! {
        <div class="quiz-intro" data-testid="quiz-intro">
            <h1>{ text::HEADING }</h1>
            <p class="lede">{ text::LEDE }</p>
            <ul class="quiz-facts">
                <li>
                    { fill(text::PARTS, &[
                        ("readiness", &CONTENT.readiness.len().to_string()),
                        ("bar", &CONTENT.bar.to_string()),
                    ]) }
                </li>
                <li>{ fill(text::LENGTH, &[("items", &items.to_string())]) }</li>
                <li>{ text::PRIVACY }</li>
            </ul>
            <div class="quiz-nav">
                <button type="button" class="button primary" data-testid="quiz-start" onclick={start}>
                    { if props.resuming { text::RESUME } else { text::START } }
                </button>
                if props.resuming {
                    <button type="button" class="button" data-testid="quiz-restart" onclick={restart}>
                        { text::RESTART }
                    </button>
                }
            </div>
        </div>
    }
}
