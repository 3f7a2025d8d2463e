use yew::prelude::*;

use crate::env::use_env;
use crate::pages::not_found::NotFound;

#[derive(Properties, PartialEq)]
pub struct PrerenderedPageProps {
    /// The route key of the view (`/week`, `/explore/scope`).
    pub view: AttrValue,
}

/// A screen that is text and links only, shown from the HTML the build prerendered for it with
/// its own components (see `route::is_static_view`). A page without that HTML (a development
/// build served without the post-build step) gets the not-found page, which links everywhere.
#[component]
pub fn PrerenderedPage(props: &PrerenderedPageProps) -> Html {
    let env = use_env();
    match env.views.get(props.view.as_str()) {
        Some(html) => Html::from_html_unchecked(html.clone()),
        None => html! { <NotFound /> },
    }
}
