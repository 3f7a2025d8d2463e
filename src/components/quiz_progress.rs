use yew::prelude::*;

use crate::content::{fill, ui::quiz as text};

#[derive(Properties, PartialEq)]
pub struct QuizProgressProps {
    /// 1-based section number and the number of sections.
    pub section: usize,
    pub sections: usize,
    pub answered: usize,
    pub total: usize,
}

/// "Part 2 of 5" with a progress bar of answered items.
pub fn quiz_progress(props: &QuizProgressProps) -> Html {
    html! {
        <div class="quiz-progress" data-testid="quiz-progress">
            <p>
                <span data-testid="quiz-part">{ fill(text::PART, &[("section", &props.section.to_string()), ("sections", &props.sections.to_string())]) }</span>
                { " · " }
                <span data-testid="quiz-answered">{ fill(text::ANSWERED, &[("answered", &props.answered.to_string()), ("total", &props.total.to_string())]) }</span>
            </p>
            <progress max={props.total.to_string()} value={props.answered.to_string()}
                      aria-label={text::PROGRESS_LABEL}>
                { fill(text::PROGRESS, &[("answered", &props.answered.to_string()), ("total", &props.total.to_string())]) }
            </progress>
        </div>
    }
}
