use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::ui::site_header as text;
use crate::route::Route;

const LINKS: [(Route, &str); 8] = [
    (Route::Home, text::HOME),
    (Route::Explore, text::EXPLORE),
    (Route::Quiz, text::QUIZ),
    (Route::History, text::HISTORY),
    (Route::Evidence, crate::content::ui::case::HEADER_LINK),
    (Route::People, crate::content::ui::people_page::HEADER_LINK),
    (Route::Week, text::WEEK),
    (Route::Levels, text::LEVELS),
];

#[component]
pub fn SiteHeader() -> Html {
    let current = use_route::<Route>();
    let active = |r: &Route| match (current.as_ref(), r) {
        (Some(Route::Dimension { .. }), Route::Explore) => true,
        (Some(Route::Results | Route::HowScored), Route::Quiz) => true,
        (Some(Route::Attempt { .. } | Route::Compare { .. }), Route::History) => true,
        (Some(Route::Plan | Route::Packet), Route::Evidence) => true,
        (Some(Route::Person { .. } | Route::Agenda { .. }), Route::People) => true,
        (Some(c), r) => c == r,
        (None, _) => false,
    };
    html! {
        <header class="site-header">
            <a class="brand" href={Route::Home.href()}>
                <span class="brand-mark" aria-hidden="true">{ "◆" }</span>
                { "staffcheck" }
            </a>
            <nav class="site-nav" aria-label={text::NAV_LABEL}>
                <ul>
                    { for LINKS.iter().map(|(route, label)| html! {
                        <li>
                            <a href={route.href()}
                               aria-current={active(route).then_some("page")}>{ *label }</a>
                        </li>
                    }) }
                </ul>
            </nav>
        </header>
    }
}
