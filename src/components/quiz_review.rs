use yew::prelude::*;

use crate::content::{fill, ui::quiz as text};

use crate::content::CONTENT;
use crate::domain::answers::{Answers, Item};
use crate::domain::quiz::{unanswered, Section};

pub struct QuizReviewProps<'a> {
    pub sections: &'a [Section],
    pub answers: &'a Answers,
    /// Go to a section by its step number (1-based: section index + 1).
    pub on_goto: Callback<u8>,
    pub on_finish: Callback<()>,
}

fn item_text(item: &Item) -> &'static str {
    match item {
        Item::Readiness(id) => CONTENT.statement(id),
        Item::Scale(id) => CONTENT.dimension(id).map_or("", |d| d.name),
        Item::Figure(id) => CONTENT
            .figures
            .iter()
            .find(|f| f.id == *id)
            .map_or("", |f| f.prompt),
        Item::Motivation(id) => CONTENT
            .motivation
            .iter()
            .find(|m| m.id == *id)
            .map_or("", |m| m.text),
    }
}

/// The last step: what is still unanswered, with links back, and the finish button.
pub fn quiz_review(props: &QuizReviewProps<'_>) -> Html {
    let missing = unanswered(props.sections, props.answers);
    let finish = {
        let cb = props.on_finish.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div class="quiz-review" data-testid="quiz-review">
            <h1>{ text::REVIEW_HEADING }</h1>
            if missing.is_empty() {
                <p class="lede" data-testid="review-complete">{ text::REVIEW_COMPLETE }</p>
            } else {
                <p class="lede">{ text::REVIEW_MISSING }</p>
                <ul class="review-missing" data-testid="review-missing">
                    { for missing.iter().map(|(section, items)| {
                        let step = props.sections.iter().position(|s| s.id == section.id).map_or(1, |i| i + 1);
                        let goto = {
                            let cb = props.on_goto.clone();
                            let step = u8::try_from(step).unwrap_or(1);
                            Callback::from(move |_: MouseEvent| cb.emit(step))
                        };
                        html! {
                            <li>
                                <h2>{ section.title }</h2>
                                <ul>
                                    { for items.iter().map(|i| html! { <li data-testid="review-unanswered">{ item_text(i) }</li> }) }
                                </ul>
                                <button type="button" class="link-button" onclick={goto}>
                                    { fill(text::ANSWER_THESE, &[("count", &items.len().to_string())]) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <div class="quiz-nav">
                <button type="button" class="button primary" data-testid="quiz-finish" onclick={finish}>
                    { text::FINISH }
                </button>
            </div>
        </div>
    }
}
