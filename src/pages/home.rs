use yew::prelude::*;

use crate::content::{ui::home as text, CONTENT};
use crate::route::Route;

#[component]
pub fn Home() -> Html {
    let staff = CONTENT.level("staff").map_or("", |l| l.tagline);
    let senior = CONTENT.level("senior").map_or("", |l| l.tagline);
    html! {
        <div class="page home" data-testid="home">
            <h1>{ text::HEADING }</h1>
            <p class="lede">
                { text::LEDE_START }
                { CONTENT.dimensions.len() }
                { text::LEDE_DIMENSIONS }
                { text::LEDE_PRIVATE }
            </p>
            <div class="home-levels">
                <div class="card home-level"><h2>{ text::SENIOR }</h2><p>{ senior }</p></div>
                <div class="card home-level"><h2>{ text::STAFF }</h2><p>{ staff }</p></div>
            </div>
            <ul class="home-actions">
                <li>
                    <a class="button primary" href={Route::Check.href()} data-testid="home-check-link">
                        { text::QUICK }
                    </a>
                </li>
                <li>
                    <a class="button" href={Route::Quiz.href()} data-testid="home-quiz-link">
                        { text::QUIZ }
                    </a>
                </li>
                <li>
                    <a class="button" href={Route::Explore.href()} data-testid="home-explore-link">
                        { text::EXPLORE }
                    </a>
                </li>
                <li>
                    <a class="button" href={Route::Week.href()}>{ text::WEEK }</a>
                </li>
            </ul>
        </div>
    }
}
