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

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::Home /> },
        Route::Explore => html! { <pages::explore::Explore /> },
        Route::Dimension { id } => html! { <pages::dimension::DimensionPage {id} /> },
        Route::Week => html! { <pages::week::WeekPage /> },
        Route::Levels => html! { <pages::levels::Levels /> },
        Route::Quiz => html! { <pages::quiz::QuizPage /> },
        Route::Results => html! { <pages::results::ResultsPage /> },
        Route::HowScored => html! { <pages::how_scored::HowScored /> },
        Route::Shared { code } => html! { <pages::shared::SharedPage {code} /> },
        Route::History => html! { <pages::history::HistoryPage /> },
        Route::Attempt { id } => html! { <pages::attempt::AttemptPage {id} /> },
        Route::Compare { a, b } => html! { <pages::compare::ComparePage {a} {b} /> },
        Route::Embed => html! { <pages::embed_this::EmbedThis /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
    }
}
