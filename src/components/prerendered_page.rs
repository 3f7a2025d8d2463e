use yew::prelude::*;

use crate::components::not_found::not_found;
use crate::components::page_skeleton::page_skeleton;
use crate::content::CONTENT;
use crate::env::use_env;

#[derive(Properties, PartialEq)]
pub struct PrerenderedPageProps {
    /// The route key of the view (`/week`, `/explore/scope`).
    pub view: AttrValue,
}

/// A screen that is text and links only, shown from the HTML the build prerendered for it with
/// its own components (see `route::is_static_view`). A dimension or levels page whose view has not
/// arrived yet (they are fetched after start-up) shows its heading and a skeleton; a page without any such
/// HTML (a development build served without the post-build step) gets the not-found page.
#[component]
pub fn PrerenderedPage(props: &PrerenderedPageProps) -> Html {
    let env = use_env();
    if let Some(html) = env.views.get(props.view.as_str()) {
        return Html::from_html_unchecked(html.clone());
    }
    let heading = match props.view.as_str() {
        "/levels" => Some(crate::content::ui::levels::HEADING),
        view => view
            .strip_prefix("/explore/")
            .and_then(|id| CONTENT.dimension_index(id))
            .map(|i| CONTENT.dimensions[i].name),
    };
    match heading {
        Some(heading) => page_skeleton(heading),
        None => not_found(None),
    }
}
