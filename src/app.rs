//! The app shell: router, header, main region and footer.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::site_header::SiteHeader;
use crate::components::storage_notice::StorageNotice;
use crate::env::Env;
use crate::focus::focus_main_heading;
use crate::hooks::use_store::StoreProvider;
use crate::route::Route;
use crate::storage::Loaded;

/// What the app starts from: the page's environment and what storage held (`None` while it is
/// unknown, as at build time: screens that depend on it show a skeleton).
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub env: Env,
    #[prop_or_default]
    pub loaded: Option<Loaded>,
}

/// The widget in the browser: hash routes, then the shell. After its first render it takes over
/// from the prerendered page (`boot::take_over`).
#[component]
pub fn App(props: &AppProps) -> Html {
    use_effect_with((), |_| crate::boot::take_over());
    // The dimension pages' prerendered views arrive after start-up (see `boot/pick.js`).
    let env = use_state(|| props.env.clone());
    {
        let env = env.clone();
        let initial = props.env.clone();
        use_effect_with((), move |_| {
            crate::boot::on_more_views(move || {
                env.set(Env {
                    views: std::rc::Rc::new(crate::boot::static_views(initial.options.embed)),
                    ..initial.clone()
                });
            })
        });
    }
    html! {
        <HashRouter>
            <Shell env={(*env).clone()} loaded={props.loaded.clone()} />
        </HashRouter>
    }
}

/// Everything inside the router: the same components render in the browser and at build time.
#[component]
pub fn Shell(props: &AppProps) -> Html {
    let embedded = props.env.options.embed;
    html! {
        <ContextProvider<Env> context={props.env.clone()}>
            <StoreProvider loaded={props.loaded.clone()}>
                <a class="skip-link" href="#main" onclick={skip_to_main()}>{ crate::content::ui::app::SKIP_LINK }</a>
                if embedded { <crate::components::embed_bar::EmbedBar /> } else { <SiteHeader /> }
                <StorageNotice />
                <MainRegion />
                if !embedded { { crate::components::site_footer::site_footer() } }
            </StoreProvider>
        </ContextProvider<Env>>
    }
}

/// The skip link must not change the hash (the router lives there): it moves focus instead.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_main_heading();
    })
}

/// `<main>` holding the routed page; after each navigation focus moves to the page's heading, so
/// keyboard and screen-reader users start at the new content.
#[component]
fn MainRegion() -> Html {
    let location = use_location();
    let path = location.as_ref().map(|l| l.path().to_string());
    let first = use_mut_ref(|| true);
    use_effect_with(path, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        focus_main_heading();
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    html! {
        <main id="main" class="site-main">
            <Switch<Route> render={switch} />
        </main>
    }
}

/// Replaces the page with a readable error view when the app panics (instead of a frozen page).
pub fn show_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("staffcheck crashed: {info}").into());
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(body) = doc.body() {
        use crate::content::ui::app as text;
        body.set_inner_html(&format!(
            "<main class=\"site-main crash\" id=\"main\" data-testid=\"crash\">\
             <h1>{}</h1><p>{}</p><p><a href=\"./\">{}</a></p></main>",
            text::CRASH_HEADING,
            text::CRASH_BODY,
            text::CRASH_RELOAD,
        ));
    }
}

/// The page of a screen (`page:`), with its route's parameters as props; keyed by the path, so
/// another link is another page with nothing carried over.
macro_rules! page {
    ($route:ident, [] $($page:ident)::+) => {
        html! { <crate::$($page)::+ /> }
    };
    ($route:ident, [$($field:ident),+] $($page:ident)::+) => {
        html! {
            <crate::$($page)::+ key={$route.to_path()} $($field={AttrValue::from($field.clone())})+ />
        }
    };
}

/// What the visitor has built, beside a screen that is the same for everyone (`case: true`): the
/// reader build does not carry it, and hands over to the full build for a visitor who has one.
fn case_panel(route: &Route) -> Html {
    #[cfg(feature = "reader")]
    let panel = {
        let _ = route;
        html! { <crate::pages::handoff::CaseHandoff /> }
    };
    #[cfg(not(feature = "reader"))]
    let panel = html! {
        <crate::components::case_panel::CasePanel dimension={route.param().map(AttrValue::from)} />
    };
    panel
}

/// The reader build's page for a screen only the full build carries: it hands over.
#[cfg(feature = "reader")]
fn handoff() -> Html {
    html! { <crate::pages::handoff::Handoff /> }
}

/// A parameter value a static screen does not have (a dimension id no dimension has).
fn unknown(route: &Route) -> Option<Html> {
    (!route.is_static())
        .then(|| crate::components::not_found::not_found(route.param().map(AttrValue::from)))
}

/// A static screen in the browser: its prerendered HTML, and the case panel where it has one.
#[cfg(target_arch = "wasm32")]
fn prerendered(route: &Route, case: bool) -> Html {
    if let Some(missing) = unknown(route) {
        return missing;
    }
    let panel = if case {
        case_panel(route)
    } else {
        Html::default()
    };
    html! {
        <>
            <crate::components::prerendered_page::PrerenderedPage view={route.to_path()} />
            { panel }
        </>
    }
}

/// One screen: by its build and its first view (`screens.rs`).
macro_rules! screen_view {
    // Only the full build carries it: the reader build hands over.
    (Full, $first:ident, $case:tt, $route:ident, [$($field:ident),*] $($page:ident)::+) => {{
        #[cfg(feature = "reader")]
        let view = {
            let _ = ($($field,)*);
            handoff()
        };
        #[cfg(not(feature = "reader"))]
        let view = page!($route, [$($field),*] $($page)::+);
        view
    }};
    // Text and links only: in the browser, from its prerendered HTML.
    (Reader, Static, $case:tt, $route:ident, [$($field:ident),*] $($page:ident)::+) => {{
        #[cfg(target_arch = "wasm32")]
        let view = {
            let _ = ($($field,)*);
            prerendered(&$route, $case)
        };
        #[cfg(not(target_arch = "wasm32"))]
        let view = match unknown(&$route) {
            Some(missing) => missing,
            None => with_case!($case, $route, page!($route, [$($field),*] $($page)::+)),
        };
        view
    }};
    (Reader, $first:ident, $case:tt, $route:ident, [$($field:ident),*] $($page:ident)::+) => {
        with_case!($case, $route, page!($route, [$($field),*] $($page)::+))
    };
}

/// A page, and the case panel beside it where the manifest says `case: true`.
macro_rules! with_case {
    (false, $route:ident, $view:expr) => {
        $view
    };
    (true, $route:ident, $view:expr) => {
        html! { <>{ $view }{ case_panel(&$route) }</> }
    };
}

macro_rules! define_switch {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident $({ $($field:ident),+ })? at [$($seg:tt) / *]
            build: $build:ident, first: $first:ident, deferred: $deferred:literal, case: $case:tt,
            $(nav: ($order:literal, $table:ident :: $key:ident),)?
            $(under: $under:ident,)?
            $(each: $each:ident,)?
            page: $($page:ident)::+;
    )*) => {
        /// The page of each route (`Switch`'s `render`), from the screen manifest.
        pub fn switch(route: Route) -> Html {
            match &route {
                $(Route::$name $({ $($field),+ })? => {
                    screen_view!($build, $first, $case, route, [$($($field),+)?] $($page)::+)
                })*
            }
        }
    };
}

crate::screens::screens!(define_switch);
