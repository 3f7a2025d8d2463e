//! Build-time prerendering (native only): every screen whose first view does not depend on the
//! visitor's storage or link is rendered by the app's own components, as a data block per route
//! and mode (full page, `?embed=1`). Screens that do depend on them are rendered with the store
//! still unknown, which gives their heading and a skeleton. `src/bin/prerender.rs` writes the
//! result; `scripts/postbuild.mjs` puts it into `index.html`; `boot/pick.js` shows the right one.

use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use crate::app::Shell;
use crate::domain::store::Envelope;
use crate::env::Env;
use crate::route::{FirstView, Route, SCREENS};
use crate::storage::Loaded;

/// One prerendered view: `key` is the route's path, or its pattern with `:name` segments.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub key: String,
    /// The concrete path rendered for it.
    pub path: String,
    /// Whether the first view depends on storage or the link (rendered as a skeleton).
    pub skeleton: bool,
    /// Kept out of `index.html` (the dimension pages and the levels page, long and rarely the first
    /// screen a reader opens): the boot script fetches these views when the
    /// route needs one, and after the first paint for the app, so `index.html` stays small enough
    /// to arrive in the first round trip.
    pub deferred: bool,
}

/// Stands for a route parameter shown on a prerendered page (`/explore/:id`).
pub const PARAM_PLACEHOLDER: &str = "staffcheck-param";

/// Key of the quiz's skeleton, shown instead of its intro when a self-check is in progress.
pub const QUIZ_RESUME_KEY: &str = "/quiz:resume";

/// Every view that is prerendered, in the manifest's order (`screens.rs`): a static screen with
/// a parameter once per value it has (each dimension), plus its pattern with `PARAM_PLACEHOLDER`
/// (the screen's own "not found", naming the value: the boot script puts the one in the link in
/// its place); a screen that depends on storage or the link as a skeleton, at a sample path
/// (`-` for each parameter); the quiz a second time as the skeleton shown while a self-check is
/// in progress.
pub fn views() -> Vec<View> {
    let view = |key: &str, path: String, skeleton, deferred| View {
        key: key.to_string(),
        path,
        skeleton,
        deferred,
    };
    let sample = |pattern: &str, value: &str| {
        pattern
            .split('/')
            .map(|s| if s.starts_with(':') { value } else { s })
            .collect::<Vec<_>>()
            .join("/")
    };
    let mut out = Vec::new();
    for screen in SCREENS {
        let pattern = screen.pattern;
        match (screen.first, screen.each) {
            (FirstView::Static, Some(each)) => {
                for value in each() {
                    let path = sample(pattern, value);
                    out.push(view(&path, path.clone(), false, screen.deferred));
                }
                out.push(view(
                    pattern,
                    sample(pattern, PARAM_PLACEHOLDER),
                    false,
                    false,
                ));
            }
            (FirstView::Skeleton, _) => {
                out.push(view(pattern, sample(pattern, "-"), true, screen.deferred))
            }
            _ => out.push(view(pattern, pattern.to_string(), false, screen.deferred)),
        }
        if pattern == Route::Quiz.to_path() {
            out.push(view(QUIZ_RESUME_KEY, pattern.to_string(), true, false));
        }
    }
    out
}

#[derive(Properties, Clone, PartialEq)]
struct ServerAppProps {
    history: AnyHistory,
    env: Env,
    loaded: Option<Loaded>,
}

#[component]
fn ServerApp(props: &ServerAppProps) -> Html {
    html! {
        <Router history={props.history.clone()}>
            <Shell env={props.env.clone()} loaded={props.loaded.clone()} />
        </Router>
    }
}

/// What a first-time visitor's browser holds: nothing, and storage that works.
fn empty_storage() -> Loaded {
    Loaded {
        envelope: Envelope::default(),
        writable: true,
        notice: None,
    }
}

/// The HTML of one view: what the app renders for `view.path` with the query `search` (`""` or
/// `"?embed=1"`).
pub async fn render(view: &View, search: &str) -> String {
    let history = MemoryHistory::new();
    history.push(&view.path);
    let props = ServerAppProps {
        history: AnyHistory::from(history),
        env: Env::prerendered(search),
        loaded: (!view.skeleton).then(empty_storage),
    };
    LocalServerRenderer::<ServerApp>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

#[component]
fn BootFailedNotice() -> Html {
    html! {
        <ContextProvider<Env> context={Env::default()}>
            <crate::components::boot_failed::BootFailed />
        </ContextProvider<Env>>
    }
}

/// One view as an inert data block: `<script type="text/html">` is raw text to the parser (no DOM
/// is built for the views not shown, unlike `<template>`), and the boot script reads its text. A
/// rendered view never contains `</script` (Yew escapes text and attribute values), which is
/// checked here all the same.
fn data_block(attributes: &str, html: &str) -> String {
    assert!(
        !html.to_ascii_lowercase().contains("</script"),
        "a prerendered view contains </script: {attributes}"
    );
    format!("<script type=\"text/html\" {attributes}>{html}</script>\n")
}

/// The prerendered views as data blocks: those for `index.html` (with the notice shown when the app
/// cannot start), and the deferred ones for a file of their own.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rendered {
    pub inline: String,
    pub deferred: String,
}

/// Every view in both modes.
pub async fn templates() -> Rendered {
    let notice = LocalServerRenderer::<BootFailedNotice>::new()
        .hydratable(false)
        .render()
        .await;
    let mut out = Rendered {
        inline: data_block("data-boot-failed", &notice),
        deferred: String::new(),
    };
    for view in views() {
        for (mode, search) in [("full", ""), ("embed", "?embed=1")] {
            let html = render(&view, search).await;
            // Which build the boot script starts on this route (`Route::needs_full_app`).
            // "case": the full build when the visitor has a case (`Route::shows_case`).
            let build = match Route::recognize(&view.path) {
                Some(route) if route.needs_full_app() => " data-build=\"full\"",
                Some(route) if route.shows_case() => " data-build=\"case\"",
                _ => "",
            };
            let block = data_block(
                &format!("data-route=\"{}\" data-mode=\"{mode}\"{build}", view.key),
                &html,
            );
            if view.deferred {
                out.deferred.push_str(&block);
            } else {
                out.inline.push_str(&block);
            }
        }
    }
    out
}

/// Runs `templates()` on a single-threaded runtime (Yew's renderer is not `Send`).
pub fn templates_blocking() -> std::io::Result<Rendered> {
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let local = tokio::task::LocalSet::new();
    Ok(local.block_on(&runtime, templates()))
}
