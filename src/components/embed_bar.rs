use yew::prelude::*;

use crate::content::ui::embed_bar as text;
use yew_router::prelude::*;

use crate::domain::embed::{full_size_url, view_of_path};
use crate::env::use_env;

/// The compact bar of embed mode, in place of the site header: the name (to the start page, from
/// which every screen is reachable), "Embed this" and "Open full size" in a new tab.
#[component]
pub fn EmbedBar() -> Html {
    let env = use_env();
    // Re-render on navigation: both links follow the current route.
    let location = use_location();
    let path = location
        .as_ref()
        .map(|l| l.path().to_string())
        .unwrap_or_default();
    let query = location
        .as_ref()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    let full = full_size_url(&format!("{}{}#{path}{query}", env.page, env.search));
    let embed_this = if path.trim_matches('/') == "embed" {
        format!("#/embed{query}")
    } else {
        format!("#/embed?view={}", view_of_path(&path))
    };
    html! {
        <header class="embed-bar" data-testid="embed-bar">
            <a class="embed-brand" href="#/">
                <span class="brand-mark" aria-hidden="true">{ "◆" }</span>
                { "staffcheck" }
            </a>
            <nav class="embed-nav" aria-label={text::LABEL}>
                <a href={embed_this} data-testid="embed-this-link">{ text::EMBED_THIS }</a>
                <a href={full} target="_blank" rel="noopener" data-testid="open-full-size">
                    { text::OPEN }
                    <span class="visually-hidden">{ " (opens in a new tab)" }</span>
                    <span aria-hidden="true">{ " ↗" }</span>
                </a>
            </nav>
        </header>
    }
}
