use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::ui::site_header as text;
use crate::route::Route;

#[component]
pub fn SiteHeader() -> Html {
    let current = use_route::<Route>();
    // A link is current on its own screen and on the screens the manifest puts under it.
    let section = current.as_ref().map(|c| c.screen().section());
    let active = |r: &Route| section == Some(r.screen().name);
    let links = Route::nav();
    html! {
        <header class="site-header">
            <a class="brand" href={Route::Home.href()}>
                <span class="brand-mark" aria-hidden="true">{ "◆" }</span>
                { "staffcheck" }
            </a>
            <nav class="site-nav" aria-label={text::NAV_LABEL}>
                <ul>
                    { for links.iter().map(|(route, label)| html! {
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
