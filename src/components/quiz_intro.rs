use yew::prelude::*;

use crate::content::CONTENT;

#[derive(Properties, PartialEq)]
pub struct QuizIntroProps {
    pub on_start: Callback<()>,
    /// Whether answers are already saved from an earlier visit.
    pub resuming: bool,
    pub on_restart: Callback<()>,
}

/// What the self-check measures, how long it takes, and where answers stay.
#[component]
pub fn QuizIntro(props: &QuizIntroProps) -> Html {
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
            <h1>{ "The Senior → Staff self-check" }</h1>
            <p class="lede">
                { "Look back over the last two quarters of your actual work, not your intentions. " }
                { "You will see where it sits between the Senior and Staff descriptions, which " }
                { "evidence is missing, and what to practise next." }
            </p>
            <ul class="quiz-facts">
                <li>{ format!("{} readiness statements (the bar is {} of them), one question per dimension, a few figures about your time, and whether you want this work at all.", CONTENT.readiness.len(), CONTENT.bar) }</li>
                <li>{ format!("{items} items, about 10 minutes. Skip anything that does not apply; you can go back and change answers until you finish.") }</li>
                <li>{ "Your answers stay in this browser. Nothing is sent anywhere." }</li>
            </ul>
            <div class="quiz-nav">
                <button type="button" class="button primary" data-testid="quiz-start" onclick={start}>
                    { if props.resuming { "Continue where you left off" } else { "Start the self-check" } }
                </button>
                if props.resuming {
                    <button type="button" class="button" data-testid="quiz-restart" onclick={restart}>
                        { "Start over" }
                    </button>
                }
            </div>
        </div>
    }
}
