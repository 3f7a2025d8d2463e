use yew::prelude::*;

use crate::route::Route;

#[component]
pub fn SiteFooter() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { "staffcheck runs entirely in your browser: nothing you do here is sent anywhere. " }
                { "It is a mirror for reflection, not a promotion checklist." }
            </p>
            <p>
                <a href={Route::Embed.href()}>{ "Embed staffcheck in your blog" }</a>
                { " · " }
                <a href={Route::HowScored.href()}>{ "How the self-check is scored" }</a>
            </p>
        </footer>
    }
}
