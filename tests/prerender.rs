//! Build-time prerendering (native): every route has a first view, rendered by the app's own
//! components, that the boot script can pick. The prerenderer is always the full build
//! (`scripts/postbuild.mjs` runs it without `--features reader`); with `--features reader` these
//! tests check that build's hand-over instead.
#![cfg(not(target_arch = "wasm32"))]

use staffcheck::prerender::{render, templates_blocking, views, QUIZ_RESUME_KEY};
use staffcheck::route::Route;
use yew_router::Routable;

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    tokio::task::LocalSet::new().block_on(&runtime, f)
}

/// `/history/:id` -> `/history/-`: a concrete path for a route pattern.
fn concrete(pattern: &str) -> String {
    pattern
        .split('/')
        .map(|s| if s.starts_with(':') { "-" } else { s })
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn every_route_of_the_app_has_a_prerendered_view() {
    let rendered: Vec<Route> = views()
        .iter()
        .filter_map(|v| Route::recognize(&v.path))
        .collect();
    for pattern in Route::routes() {
        let route = Route::recognize(&concrete(pattern)).expect("a route's own pattern");
        assert!(
            rendered
                .iter()
                .any(|r| std::mem::discriminant(r) == std::mem::discriminant(&route)),
            "no prerendered view for the route {pattern}"
        );
    }
}

#[test]
fn each_view_is_rendered_for_the_route_its_key_names() {
    for view in views() {
        // The reader build hands over there (tested below).
        if cfg!(feature = "reader") && FULL_BUILD.contains(&view.key.as_str()) {
            continue;
        }
        let route = Route::recognize(&view.path).expect("every path is recognised");
        if view.key != "/404" {
            assert_ne!(
                route,
                Route::NotFound,
                "{} renders the not-found page",
                view.key
            );
        }
        if !view.key.contains(':') {
            assert_eq!(
                concrete(&view.key),
                view.path,
                "{}: key and path differ",
                view.key
            );
        }
        let html = block_on(render(&view, ""));
        assert!(
            html.contains("<main id=\"main\""),
            "{}: no <main>",
            view.key
        );
        assert!(html.contains("<h1"), "{}: no heading", view.key);
        assert_eq!(
            html.contains("data-testid=\"skeleton\""),
            view.skeleton,
            "{}: a skeleton exactly where the first view depends on storage or the link",
            view.key
        );
    }
}

#[test]
fn storage_dependent_screens_are_skeletons_and_the_quiz_has_both() {
    let skeletons: Vec<String> = views()
        .into_iter()
        .filter(|v| v.skeleton)
        .map(|v| v.key)
        .collect();
    for key in [QUIZ_RESUME_KEY, "/results", "/history", "/r/:code"] {
        assert!(
            skeletons.iter().any(|k| k == key),
            "{key} is not a skeleton"
        );
    }
    assert!(views().iter().any(|v| v.key == "/quiz" && !v.skeleton));
}

#[test]
fn embed_mode_swaps_the_site_chrome_for_the_embed_bar() {
    let home = views().into_iter().find(|v| v.key == "/").expect("home");
    let full = block_on(render(&home, ""));
    let embed = block_on(render(&home, "?embed=1"));
    assert!(full.contains("site-header") && full.contains("site-footer"));
    assert!(!full.contains("embed-bar"));
    assert!(embed.contains("data-testid=\"embed-bar\""));
    assert!(!embed.contains("site-header") && !embed.contains("site-footer"));
}

#[test]
fn the_page_carries_one_block_per_view_and_mode_plus_the_failure_notice() {
    let html = templates_blocking().expect("rendered");
    let blocks = |s: &str| s.matches("<script type=\"text/html\" data-route=").count();
    let deferred = views().iter().filter(|v| v.deferred).count();
    assert!(deferred > 0);
    assert_eq!(blocks(&html.inline), (views().len() - deferred) * 2);
    assert_eq!(blocks(&html.deferred), deferred * 2);
    assert_eq!(
        html.inline
            .matches("<script type=\"text/html\" data-boot-failed>")
            .count(),
        1
    );
    assert!(!html.inline.contains("Loading staffcheck"));
    // Only dimension pages and the levels page wait for a second file: every screen a reader
    // lands on first is in index.html.
    for v in views().iter().filter(|v| v.deferred) {
        assert!(
            (v.key.starts_with("/explore/") || v.key == "/levels") && !v.key.contains(':'),
            "{}",
            v.key
        );
    }
}

/// The route keys of the views marked `data-build="<build>"`.
fn marked<'a>(html: &'a str, build: &str) -> Vec<&'a str> {
    let mark = format!("data-build=\"{build}\"");
    html.split("<script type=\"text/html\" data-route=\"")
        .skip(1)
        .filter(|block| block[..block.find('>').unwrap_or(0)].contains(&mark))
        .filter_map(|block| block.split('"').next())
        .collect()
}

/// The views of the screens only the full build carries. Written out on purpose (not read from
/// the manifest): a screen moved to the other build by mistake fails the two tests below.
const FULL_BUILD: [&str; 13] = [
    "/results",
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
    "/data",
];

#[test]
fn the_boot_script_is_told_which_views_need_the_full_build() {
    let html = templates_blocking().expect("rendered");
    let all = format!("{}{}", html.inline, html.deferred);
    let full = marked(&all, "full");
    // Home and the dimension pages start the full build only for a visitor with a case.
    let case = marked(&all, "case");
    assert!(
        case.contains(&"/") && case.contains(&"/explore/scope"),
        "{case:?}"
    );
    assert!(
        !case.contains(&"/explore") && !case.contains(&"/quiz"),
        "{case:?}"
    );
    // A mentor's link, history, the case and the people pages start the full build at once;
    // what a reader opens first, in a post or from a link to a section, starts the small build.
    for view in views() {
        assert_eq!(
            full.contains(&view.key.as_str()),
            FULL_BUILD.contains(&view.key.as_str()),
            "{} is marked for the wrong build",
            view.key
        );
    }
    assert!(FULL_BUILD.iter().all(|key| full.contains(key)));
}

/// The reader build renders the screens it carries and hands over on the others: natively, with
/// `--features reader`, a full-build screen renders nothing inside `<main>` (its `Handoff` asks
/// the page for the full build), and every other screen its heading.
#[cfg(feature = "reader")]
#[test]
fn the_reader_build_hands_over_exactly_on_the_full_build_screens() {
    for view in views() {
        let html = block_on(render(&view, ""));
        let main = staffcheck::env::main_of(&html).unwrap_or_default();
        let hands_over = FULL_BUILD.contains(&view.key.as_str());
        assert_eq!(
            main.trim().is_empty(),
            hands_over,
            "{}: the reader build {} hand over",
            view.key,
            if hands_over { "must" } else { "must not" }
        );
    }
}
