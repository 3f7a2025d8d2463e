//! The hand-written `Routable` for `Route` (smaller than the derive) behaves like the derive.
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

fn twin(d: Derived) -> Route {
    match d {
        Derived::Home => Route::Home,
        Derived::Explore => Route::Explore,
        Derived::Dimension { id } => Route::Dimension { id },
        Derived::Week => Route::Week,
        Derived::Levels => Route::Levels,
        Derived::Quiz => Route::Quiz,
        Derived::Results => Route::Results,
        Derived::HowScored => Route::HowScored,
        Derived::Shared { code } => Route::Shared { code },
        Derived::History => Route::History,
        Derived::Attempt { id } => Route::Attempt { id },
        Derived::Compare { a, b } => Route::Compare { a, b },
        Derived::Embed => Route::Embed,
        Derived::Evidence => Route::Evidence,
        Derived::Plan => Route::Plan,
        Derived::Packet => Route::Packet,
        Derived::People => Route::People,
        Derived::Person { id } => Route::Person { id },
        Derived::Agenda { id } => Route::Agenda { id },
        Derived::NotFound => Route::NotFound,
    }
}

fn back(r: &Route) -> Derived {
    match r.clone() {
        Route::Home => Derived::Home,
        Route::Explore => Derived::Explore,
        Route::Dimension { id } => Derived::Dimension { id },
        Route::Week => Derived::Week,
        Route::Levels => Derived::Levels,
        Route::Quiz => Derived::Quiz,
        Route::Results => Derived::Results,
        Route::HowScored => Derived::HowScored,
        Route::Shared { code } => Derived::Shared { code },
        Route::History => Derived::History,
        Route::Attempt { id } => Derived::Attempt { id },
        Route::Compare { a, b } => Derived::Compare { a, b },
        Route::Embed => Derived::Embed,
        Route::Evidence => Derived::Evidence,
        Route::Plan => Derived::Plan,
        Route::Packet => Derived::Packet,
        Route::People => Derived::People,
        Route::Person { id } => Derived::Person { id },
        Route::Agenda { id } => Derived::Agenda { id },
        Route::NotFound => Derived::NotFound,
    }
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
        assert_eq!(
            Route::recognize(path),
            Derived::recognize(path).map(twin),
            "{path:?}"
        );
    }
    assert_eq!(Route::routes(), Derived::routes());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn recognises_like_the_derive(parts in proptest::collection::vec(0..PIECES.len(), 0..8)) {
        let path: String = parts.iter().map(|i| PIECES[*i]).collect();
        prop_assert_eq!(Route::recognize(&path), Derived::recognize(&path).map(twin), "{:?}", path);
    }

    #[test]
    fn writes_paths_like_the_derive(a in "\\PC{0,12}", b in "[ -~]{0,12}", which in 0usize..20) {
        let routes = [
            Route::Home, Route::Explore, Route::Dimension { id: a.clone() }, Route::Week,
            Route::Levels, Route::Quiz, Route::Results, Route::HowScored,
            Route::Shared { code: b.clone() }, Route::History, Route::Attempt { id: a.clone() },
            Route::Compare { a: a.clone(), b: b.clone() }, Route::Embed, Route::NotFound,
            Route::Evidence, Route::Plan, Route::Packet, Route::People,
            Route::Person { id: a.clone() }, Route::Agenda { id: b.clone() },
        ];
        let r = &routes[which];
        prop_assert_eq!(r.to_path(), back(r).to_path());
        prop_assert_eq!(Route::recognize(&r.to_path()), Derived::recognize(&r.to_path()).map(twin));
    }
}
