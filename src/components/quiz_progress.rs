use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuizProgressProps {
    /// 1-based section number and the number of sections.
    pub section: usize,
    pub sections: usize,
    pub answered: usize,
    pub total: usize,
}

/// "Part 2 of 5" with a progress bar of answered items.
#[component]
pub fn QuizProgress(props: &QuizProgressProps) -> Html {
    html! {
        <div class="quiz-progress" data-testid="quiz-progress">
            <p>
                <span data-testid="quiz-part">{ format!("Part {} of {}", props.section, props.sections) }</span>
                { " · " }
                <span data-testid="quiz-answered">{ format!("{} of {} answered", props.answered, props.total) }</span>
            </p>
            <progress max={props.total.to_string()} value={props.answered.to_string()}
                      aria-label="Questions answered">
                { format!("{} of {}", props.answered, props.total) }
            </progress>
        </div>
    }
}
