use yew::prelude::*;

#[component]
pub fn SiteFooter() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { "staffcheck runs entirely in your browser: nothing you do here is sent anywhere. " }
                { "It is a mirror for reflection, not a promotion checklist." }
            </p>
        </footer>
    }
}
