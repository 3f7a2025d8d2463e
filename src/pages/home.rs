use yew::prelude::*;

use crate::content::CONTENT;
use crate::route::Route;

#[component]
pub fn Home() -> Html {
    let staff = CONTENT.level("staff").map_or("", |l| l.tagline);
    let senior = CONTENT.level("senior").map_or("", |l| l.tagline);
    html! {
        <div class="page home" data-testid="home">
            <h1>{ "Senior or Staff: where does your work sit?" }</h1>
            <p class="lede">
                { "Staff is not a bigger Senior job; it is a different one. Compare the two levels on " }
                { CONTENT.dimensions.len() }
                { " dimensions, see what actually changes, and check your own work against them. " }
                { "Everything stays in this browser." }
            </p>
            <div class="home-levels">
                <div class="card home-level"><h2>{ "Senior" }</h2><p>{ senior }</p></div>
                <div class="card home-level"><h2>{ "Staff" }</h2><p>{ staff }</p></div>
            </div>
            <ul class="home-actions">
                <li>
                    <a class="button" href={Route::Explore.href()} data-testid="home-explore-link">
                        { "Compare the levels" }
                    </a>
                </li>
                <li>
                    <a class="button primary" href={Route::Quiz.href()} data-testid="home-quiz-link">
                        { "Take the self-check" }
                    </a>
                </li>
                <li>
                    <a class="button" href={Route::Week.href()}>{ "See a week in the life" }</a>
                </li>
            </ul>
        </div>
    }
}
