//! The one `Route` enum of the widget (hash routes: `#/explore/scope`).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages;

#[derive(Routable, Clone, PartialEq, Eq, Debug)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/explore")]
    Explore,
    #[at("/explore/:id")]
    Dimension { id: String },
    #[at("/week")]
    Week,
    #[at("/levels")]
    Levels,
    #[at("/quiz")]
    Quiz,
    #[at("/results")]
    Results,
    #[at("/results/how")]
    HowScored,
    #[at("/r/:code")]
    Shared { code: String },
    #[at("/history")]
    History,
    #[at("/history/:id")]
    Attempt { id: String },
    #[at("/history/compare/:a/:b")]
    Compare { a: String, b: String },
    #[at("/embed")]
    Embed,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The `href` of this route under the `HashRouter`.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }
}

/// Screens that are text and links only: their first view is all there is. The wasm build shows
/// their prerendered HTML (`components::prerendered_page`) instead of carrying the code and prose
/// that wrote it; the prerenderer (native) renders them with their components.
pub fn is_static_view(key: &str) -> bool {
    matches!(key, "/" | "/week" | "/levels" | "/results/how")
        || key
            .strip_prefix("/explore/")
            .is_some_and(|id| crate::content::CONTENT.dimension_index(id).is_some())
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Explore => html! { <pages::explore::Explore /> },
        Route::Quiz => html! { <pages::quiz::QuizPage /> },
        Route::Results => html! { <pages::results::ResultsPage /> },
        Route::Shared { code } => html! { <pages::shared::SharedPage {code} /> },
        Route::History => html! { <pages::history::HistoryPage /> },
        Route::Attempt { id } => html! { <pages::attempt::AttemptPage {id} /> },
        Route::Compare { a, b } => html! { <pages::compare::ComparePage {a} {b} /> },
        Route::Embed => html! { <pages::embed_this::EmbedThis /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
        Route::Dimension { id } if !is_static_view(&format!("/explore/{id}")) => {
            html! { <pages::not_found::NotFound missing={AttrValue::from(id)} /> }
        }
        other => static_page(other),
    }
}

/// A screen that is text and links only, by its components (native: the prerenderer, tests).
#[cfg(not(target_arch = "wasm32"))]
fn static_page(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::Home /> },
        Route::Dimension { id } => html! { <pages::dimension::DimensionPage {id} /> },
        Route::Week => html! { <pages::week::WeekPage /> },
        Route::Levels => html! { <pages::levels::Levels /> },
        Route::HowScored => html! { <pages::how_scored::HowScored /> },
        _ => html! { <pages::not_found::NotFound /> },
    }
}

/// A screen that is text and links only, from the prerendered page (in the browser).
#[cfg(target_arch = "wasm32")]
fn static_page(route: Route) -> Html {
    let view = route.to_path();
    html! { <crate::components::prerendered_page::PrerenderedPage {view} /> }
}
