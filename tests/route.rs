//! The manifest's `Routable` for `Route` (smaller than the derive) behaves like the derive.
//! `Derived` is written out on purpose, as the derive's input: it is the oracle for the routes
//! links already use, and a route that changes its pattern in the manifest (a shared link that
//! would stop working) fails here. A new screen needs no line here.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use staffcheck::route::Route;
use yew_router::prelude::*;

/// The derived twin of `Route`, with the same `#[at]` paths.
#[derive(Routable, Clone, PartialEq, Eq, Debug)]
enum Derived {
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
    #[at("/evidence")]
    Evidence,
    #[at("/plan")]
    Plan,
    #[at("/packet")]
    Packet,
    #[at("/people")]
    People,
    #[at("/people/:id")]
    Person { id: String },
    #[at("/people/:id/agenda")]
    Agenda { id: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The same route as `Derived` recognises: compared by the path each writes for it (distinct
/// patterns give distinct paths, and `writes_paths_like_the_derive` checks the writing).
fn same(path: &str) -> (Option<String>, Option<String>) {
    (
        Route::recognize(path).map(|r| r.to_path()),
        Derived::recognize(path).map(|d| d.to_path()),
    )
}

const PIECES: &[&str] = &[
    "/", "/", "/", "", "explore", "history", "compare", "results", "how", "r", "week", "levels",
    "quiz", "embed", "404", "evidence", "plan", "packet", "people", "agenda", "scope", "a.b", "x",
    "%20", "%C3%A9", "%zz", "%FF", "+", "é", "?q=1", "#", "-", ":id", "*",
];

#[test]
fn known_paths() {
    for path in [
        "",
        "/",
        "//",
        "///",
        "/explore",
        "/explore/",
        "/explore//",
        "explore",
        "//explore",
        "/explore/scope",
        "/explore/scope/",
        "/explore/a%20b",
        "/explore/%FF",
        "/history/compare",
        "/history/compare/a",
        "/history/compare/a/b",
        "/history/compare/a/b/",
        "/history/compare//b",
        "/results/how",
        "/results/how/",
        "/results/other",
        "/r/CODE-1_x.y~",
        "/404",
        "/nope",
    ] {
        let (ours, derived) = same(path);
        assert_eq!(ours, derived, "{path:?}");
    }
    // Routes are added, never renamed: every route a shared link may use is still there.
    let ours = Route::routes();
    for pattern in Derived::routes() {
        assert!(ours.contains(&pattern), "{pattern} is gone");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn recognises_like_the_derive(parts in proptest::collection::vec(0..PIECES.len(), 0..8)) {
        let path: String = parts.iter().map(|i| PIECES[*i]).collect();
        let (ours, derived) = same(&path);
        prop_assert_eq!(ours, derived, "{:?}", path);
    }

    #[test]
    fn writes_paths_like_the_derive(a in "\\PC{0,12}", b in "[ -~]{0,12}", which in 0usize..64) {
        // A route of every pattern, with `a` and `b` as its parameters.
        let patterns = Derived::routes();
        let pattern = patterns[which % patterns.len()];
        let mut values = [a.as_str(), b.as_str()].into_iter().cycle();
        let path: String = pattern
            .split('/')
            .map(|s| if s.starts_with(':') {
                urlencoding::encode(values.next().unwrap_or_default()).into_owned()
            } else {
                s.to_string()
            })
            .collect::<Vec<_>>()
            .join("/");
        let (Some(ours), Some(derived)) = (Route::recognize(&path), Derived::recognize(&path)) else {
            return Err(TestCaseError::fail(format!("{path:?} is not recognised")));
        };
        prop_assert_eq!(ours.to_path(), derived.to_path());
        prop_assert_eq!(Route::recognize(&ours.to_path()), Some(ours));
    }
}
