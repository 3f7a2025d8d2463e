//! The one `Route` enum of the widget (hash routes: `#/explore/scope`).

use std::collections::HashMap;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages;

/// The routes (paths under the `HashRouter`, e.g. `#/explore/scope`).
///
/// `Routable` is implemented by hand below rather than derived: the derive matches paths with
/// route-recognizer's NFA and a parameter `HashMap` (about 15 kB of WebAssembly); a `match` on
/// the path's segments does the same. `tests/route.rs` checks it against the derived version.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Route {
    /// `/`
    Home,
    /// `/explore`
    Explore,
    /// `/explore/:id`
    Dimension { id: String },
    /// `/week`
    Week,
    /// `/levels`
    Levels,
    /// `/quiz`
    Quiz,
    /// `/results`
    Results,
    /// `/results/how`
    HowScored,
    /// `/r/:code`
    Shared { code: String },
    /// `/history`
    History,
    /// `/history/:id`
    Attempt { id: String },
    /// `/history/compare/:a/:b`
    Compare { a: String, b: String },
    /// `/embed`
    Embed,
    /// `/evidence`: the evidence log.
    Evidence,
    /// `/plan`: the 30 / 60 / 90-day tracker.
    Plan,
    /// `/packet`: the promotion packet.
    Packet,
    /// `/people`: the people a mentor follows.
    People,
    /// `/people/:id`: one person's check-ins, trend, self vs mentor and notes.
    Person { id: String },
    /// `/people/:id/agenda`: the 1:1 agenda for a person (print view and Markdown).
    Agenda { id: String },
    /// `/404`, and every path that matches no other route.
    NotFound,
}

/// A path parameter: a non-empty segment, percent-decoded (as the derive does).
fn param(segment: &str) -> Option<String> {
    if segment.is_empty() {
        return None;
    }
    urlencoding::decode(segment).ok().map(|s| s.into_owned())
}

/// The route a path (without the `#`) names, if any; `None` falls back to `NotFound`.
fn recognize_path(pathname: &str) -> Option<Route> {
    // Like route-recognizer: one trailing and one leading slash do not count.
    let path = pathname.strip_suffix('/').unwrap_or(pathname);
    let path = path.strip_prefix('/').unwrap_or(path);
    let segments: Vec<&str> = path.split('/').collect();
    Some(match segments.as_slice() {
        [""] => Route::Home,
        ["explore"] => Route::Explore,
        ["explore", id] => Route::Dimension { id: param(id)? },
        ["week"] => Route::Week,
        ["levels"] => Route::Levels,
        ["quiz"] => Route::Quiz,
        ["results"] => Route::Results,
        ["results", "how"] => Route::HowScored,
        ["r", code] => Route::Shared { code: param(code)? },
        ["history"] => Route::History,
        ["history", id] => Route::Attempt { id: param(id)? },
        ["history", "compare", a, b] => Route::Compare {
            a: param(a)?,
            b: param(b)?,
        },
        ["embed"] => Route::Embed,
        ["evidence"] => Route::Evidence,
        ["plan"] => Route::Plan,
        ["packet"] => Route::Packet,
        ["people"] => Route::People,
        ["people", id] => Route::Person { id: param(id)? },
        ["people", id, "agenda"] => Route::Agenda { id: param(id)? },
        ["404"] => Route::NotFound,
        _ => return None,
    })
}

impl Routable for Route {
    fn from_path(path: &str, params: &HashMap<&str, &str>) -> Option<Self> {
        let get = |name: &str| {
            let value = urlencoding::decode(params.get(name)?).ok()?;
            Some(value.into_owned())
        };
        Some(match path {
            "/" => Route::Home,
            "/explore" => Route::Explore,
            "/explore/:id" => Route::Dimension { id: get("id")? },
            "/week" => Route::Week,
            "/levels" => Route::Levels,
            "/quiz" => Route::Quiz,
            "/results" => Route::Results,
            "/results/how" => Route::HowScored,
            "/r/:code" => Route::Shared { code: get("code")? },
            "/history" => Route::History,
            "/history/:id" => Route::Attempt { id: get("id")? },
            "/history/compare/:a/:b" => Route::Compare {
                a: get("a")?,
                b: get("b")?,
            },
            "/embed" => Route::Embed,
            "/evidence" => Route::Evidence,
            "/plan" => Route::Plan,
            "/packet" => Route::Packet,
            "/people" => Route::People,
            "/people/:id" => Route::Person { id: get("id")? },
            "/people/:id/agenda" => Route::Agenda { id: get("id")? },
            "/404" => Route::NotFound,
            _ => return None,
        })
    }

    fn to_path(&self) -> String {
        let e = |s: &str| urlencoding::encode(s).into_owned();
        match self {
            Route::Home => "/".into(),
            Route::Explore => "/explore".into(),
            Route::Dimension { id } => format!("/explore/{}", e(id)),
            Route::Week => "/week".into(),
            Route::Levels => "/levels".into(),
            Route::Quiz => "/quiz".into(),
            Route::Results => "/results".into(),
            Route::HowScored => "/results/how".into(),
            Route::Shared { code } => format!("/r/{}", e(code)),
            Route::History => "/history".into(),
            Route::Attempt { id } => format!("/history/{}", e(id)),
            Route::Compare { a, b } => format!("/history/compare/{}/{}", e(a), e(b)),
            Route::Embed => "/embed".into(),
            Route::Evidence => "/evidence".into(),
            Route::Plan => "/plan".into(),
            Route::Packet => "/packet".into(),
            Route::People => "/people".into(),
            Route::Person { id } => format!("/people/{}", e(id)),
            Route::Agenda { id } => format!("/people/{}/agenda", e(id)),
            Route::NotFound => "/404".into(),
        }
    }

    fn routes() -> Vec<&'static str> {
        vec![
            "/",
            "/explore",
            "/explore/:id",
            "/week",
            "/levels",
            "/quiz",
            "/results",
            "/results/how",
            "/r/:code",
            "/history",
            "/history/:id",
            "/history/compare/:a/:b",
            "/embed",
            "/evidence",
            "/plan",
            "/packet",
            "/people",
            "/people/:id",
            "/people/:id/agenda",
            "/404",
        ]
    }

    fn not_found_route() -> Option<Self> {
        Some(Route::NotFound)
    }

    fn recognize(pathname: &str) -> Option<Self> {
        recognize_path(pathname).or_else(Self::not_found_route)
    }
}

impl Route {
    /// Screens the reader build does not carry: the results (the full build is fetched while
    /// the self-check is taken: `boot::prefetch_full`), and what a mentor, a blogger or someone
    /// building their case opens (history, evidence, plan, packet, people, share links, embed-this).
    pub fn needs_full_app(&self) -> bool {
        matches!(
            self,
            Route::Results
                | Route::Shared { .. }
                | Route::History
                | Route::Attempt { .. }
                | Route::Compare { .. }
                | Route::Embed
                | Route::Evidence
                | Route::Plan
                | Route::Packet
                | Route::People
                | Route::Person { .. }
                | Route::Agenda { .. }
        )
    }

    /// Screens that show the visitor's case beside a page that is the same for everyone (home, the
    /// dimension pages): the reader build carries them, but not the case, so a visitor who has one
    /// gets the full build there (`pages::handoff::CaseHandoff`).
    pub fn shows_case(&self) -> bool {
        matches!(self, Route::Home | Route::Dimension { .. })
    }

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
        Route::NotFound => crate::components::not_found::not_found(None),
        Route::Dimension { id } if !is_static_view(&format!("/explore/{id}")) => {
            crate::components::not_found::not_found(Some(AttrValue::from(id)))
        }
        other if other.needs_full_app() => full_page(other),
        other => static_page(other),
    }
}

/// The reader build carries none of the other screens: it hands over to the full build.
#[cfg(feature = "reader")]
fn full_page(_: Route) -> Html {
    html! { <pages::handoff::Handoff /> }
}

/// The screens only the full build carries.
#[cfg(not(feature = "reader"))]
fn full_page(route: Route) -> Html {
    match route {
        Route::Results => html! { <pages::results::ResultsPage /> },
        // Keyed by the code: another link is another page, with nothing carried over.
        Route::Shared { code } => {
            html! { <pages::shared::SharedPage key={code.as_str()} code={code.clone()} /> }
        }
        Route::History => html! { <pages::history::HistoryPage /> },
        Route::Attempt { id } => html! { <pages::attempt::AttemptPage {id} /> },
        Route::Compare { a, b } => html! { <pages::compare::ComparePage {a} {b} /> },
        Route::Embed => html! { <pages::embed_this::EmbedThis /> },
        Route::Evidence => html! { <pages::evidence::EvidencePage /> },
        Route::Plan => html! { <pages::plan::PlanPage /> },
        Route::Packet => html! { <pages::packet::PacketPage /> },
        Route::People => html! { <pages::people::PeoplePage /> },
        Route::Person { id } => {
            html! { <pages::person::PersonPage key={id.as_str()} id={id.clone()} /> }
        }
        Route::Agenda { id } => html! { <pages::agenda::AgendaPage {id} /> },
        _ => crate::components::not_found::not_found(None),
    }
}

/// A screen that is text and links only, by its components (native: the prerenderer, tests).
#[cfg(not(target_arch = "wasm32"))]
fn static_page(route: Route) -> Html {
    let panel = case_panel(&route);
    let page = match route {
        Route::Home => html! { <pages::home::Home /> },
        Route::Dimension { id } => html! { <pages::dimension::DimensionPage {id} /> },
        Route::Week => html! { <pages::week::WeekPage /> },
        Route::Levels => html! { <pages::levels::Levels /> },
        Route::HowScored => html! { <pages::how_scored::HowScored /> },
        _ => crate::components::not_found::not_found(None),
    };
    html! { <>{ page }{ panel }</> }
}

/// What the visitor has built, beside a page that is the same for everyone (home, dimensions).
#[cfg(not(feature = "reader"))]
fn case_panel(route: &Route) -> Html {
    use crate::components::case_panel::CasePanel;
    match route {
        Route::Home => html! { <CasePanel /> },
        Route::Dimension { id } => html! { <CasePanel dimension={AttrValue::from(id.clone())} /> },
        _ => Html::default(),
    }
}

/// The reader build does not carry the case: a visitor who has one gets the full build.
#[cfg(feature = "reader")]
fn case_panel(route: &Route) -> Html {
    if route.shows_case() {
        html! { <pages::handoff::CaseHandoff /> }
    } else {
        Html::default()
    }
}

/// A screen that is text and links only, from the prerendered page (in the browser).
#[cfg(target_arch = "wasm32")]
fn static_page(route: Route) -> Html {
    let view = route.to_path();
    let panel = case_panel(&route);
    html! { <><crate::components::prerendered_page::PrerenderedPage {view} />{ panel }</> }
}
