use yew::prelude::*;

use crate::content::ui::case as text;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct CaseNavProps {
    /// The screen it is shown on (marked as the current page).
    pub current: Route,
}

/// Links between the three screens of building a case: evidence log, plan, packet.
pub fn case_nav(props: &CaseNavProps) -> Html {
    let links = [
        (Route::Evidence, text::NAV_EVIDENCE),
        (Route::Plan, text::NAV_PLAN),
        (Route::Packet, text::NAV_PACKET),
    ];
    html! {
        <nav class="case-nav" aria-label={text::NAV_LABEL}>
            <ul>
                { for links.into_iter().map(|(route, label)| html! {
                    <li>
                        <a href={route.href()} aria-current={(route == props.current).then_some("page")}>{ label }</a>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
