//! The one `Route` enum of the widget (hash routes: `#/explore/scope`) and what each screen is,
//! both generated from the screen manifest (`screens.rs`).

use std::collections::HashMap;

use yew_router::prelude::*;

use crate::content::CONTENT;

/// Which wasm build carries a screen. The reader build (what a first visit fetches) hands over to
/// the full build on the others (`pages::handoff`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Build {
    Reader,
    Full,
}

/// A screen's first view (see `screens.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstView {
    /// Text and links only: prerendered, and shown from that HTML in the browser.
    Static,
    /// Interactive, prerendered as it is before anything is stored.
    Prerendered,
    /// Depends on storage or the link: prerendered as its heading and a skeleton.
    Skeleton,
}

/// One entry of the screen manifest.
#[derive(Debug)]
pub struct Screen {
    /// The `Route` variant's name.
    pub name: &'static str,
    /// The route pattern, with `:name` segments (`/explore/:id`).
    pub pattern: &'static str,
    pub build: Build,
    pub first: FirstView,
    /// Its prerendered view is kept out of `index.html` (long, rarely the first screen).
    pub deferred: bool,
    /// It shows the visitor's case (evidence, plan) beside it: only the full build does.
    pub case: bool,
    /// Its link in the site header: (position, label).
    pub nav: Option<(u8, &'static str)>,
    /// The screen whose header link is current here (its own otherwise).
    pub under: Option<&'static str>,
    /// The parameter values a static screen with a parameter has (one prerendered view each).
    pub each: Option<fn() -> Vec<&'static str>>,
    /// Its page component's path in the crate (`pages::home::Home`; `app::switch` renders it),
    /// for tests: the wasm builds do not carry it.
    #[cfg(not(target_arch = "wasm32"))]
    pub page: &'static str,
}

impl Screen {
    /// The header link that is current on this screen.
    pub fn section(&self) -> &'static str {
        self.under.unwrap_or(self.name)
    }
}

/// The dimensions' ids: the dimension pages there are.
fn dimension_ids() -> Vec<&'static str> {
    CONTENT.dimensions.iter().map(|d| d.id).collect()
}

/// A path parameter: a non-empty segment, percent-decoded (as the derive does).
fn param(segment: &str) -> Option<String> {
    if segment.is_empty() {
        return None;
    }
    urlencoding::decode(segment).ok().map(|s| s.into_owned())
}

/// `"/"` for the pattern of no segments.
const fn or_root(pattern: &'static str) -> &'static str {
    if pattern.is_empty() {
        "/"
    } else {
        pattern
    }
}

macro_rules! seg_str {
    ($lit:literal) => {
        $lit
    };
    ({ $field:ident }) => {
        concat!(":", stringify!($field))
    };
}

macro_rules! seg_pat {
    ($lit:literal) => {
        $lit
    };
    ({ $field:ident }) => {
        $field
    };
}

macro_rules! seg_push {
    ($out:ident, $lit:literal) => {
        $out.push_str($lit)
    };
    ($out:ident, { $field:ident }) => {
        $out.push_str(&urlencoding::encode($field))
    };
}

/// A route's path: its pattern for a route without parameters, else its segments with the
/// parameters percent-encoded.
macro_rules! to_path {
    ([] $($seg:tt) / *) => {
        String::from(or_root(concat!($("/", seg_str!($seg)),*)))
    };
    ([$($field:ident),+] $($seg:tt) / *) => {{
        let mut out = String::new();
        $(
            out.push('/');
            seg_push!(out, $seg);
        )*
        out
    }};
}

macro_rules! opt {
    () => {
        None
    };
    ($($x:tt)+) => {
        Some($($x)+)
    };
}

macro_rules! first_field {
    () => {
        None
    };
    ($first:ident $(, $rest:ident)*) => {
        Some($first.as_str())
    };
}

/// The `Route` enum, its `Routable` implementation and `SCREENS`, from the manifest.
macro_rules! define_routes {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident $({ $($field:ident),+ })? at [$($seg:tt) / *]
            build: $build:ident, first: $first:ident, deferred: $deferred:literal, case: $case:literal,
            $(nav: ($order:literal, $table:ident :: $key:ident),)?
            $(under: $under:ident,)?
            $(each: $each:ident,)?
            page: $($page:ident)::+;
    )*) => {
        /// The routes (paths under the `HashRouter`, e.g. `#/explore/scope`), one per screen of the
        /// manifest (`screens.rs`).
        ///
        /// `Routable` is implemented by the manifest rather than derived: the derive matches paths
        /// with route-recognizer's NFA and a parameter `HashMap` (about 15 kB of WebAssembly); a
        /// match on the path's segments does the same. `tests/route.rs` checks it against the
        /// derived version.
        #[derive(Clone, PartialEq, Eq, Debug)]
        pub enum Route {
            $( $(#[doc = $doc])* $name $({ $($field: String),+ })?, )*
        }

        /// Every screen, in the manifest's order (the order routes are matched in).
        pub static SCREENS: &[Screen] = &[
            $(Screen {
                name: stringify!($name),
                pattern: or_root(concat!($("/", seg_str!($seg)),*)),
                build: Build::$build,
                first: FirstView::$first,
                deferred: $deferred,
                case: $case,
                nav: opt!($(($order, crate::content::ui::$table::$key))?),
                under: opt!($(stringify!($under))?),
                each: opt!($($each as fn() -> Vec<&'static str>)?),
                #[cfg(not(target_arch = "wasm32"))]
                page: stringify!($($page)::+),
            },)*
        ];

        // A screen's `under` names a screen (checked by the compiler).
        const _: fn() = || {
            $($(let _ = Route::$under;)?)*
        };

        /// The route a path (without the `#`) names, if any; `None` falls back to `NotFound`.
        fn recognize_path(pathname: &str) -> Option<Route> {
            // Like route-recognizer: one trailing and one leading slash do not count.
            let path = pathname.strip_suffix('/').unwrap_or(pathname);
            let path = path.strip_prefix('/').unwrap_or(path);
            let segments: Vec<&str> = if path.is_empty() {
                Vec::new()
            } else {
                path.split('/').collect()
            };
            $(
                #[allow(unused_variables)]
                if let [$(seg_pat!($seg)),*] = segments.as_slice() {
                    return Some(Route::$name $({ $($field: param($field)?),+ })?);
                }
            )*
            None
        }

        impl Route {
            /// This route's screen in the manifest.
            pub fn screen(&self) -> &'static Screen {
                let mut i = 0;
                $(
                    if matches!(self, Route::$name { .. }) {
                        return &SCREENS[i];
                    }
                    i += 1;
                )*
                // Every route is one of the screens (no formatting code for a panic that cannot happen).
                &SCREENS[i - 1]
            }

            /// The value of the route's first parameter (`/explore/:id` -> the id).
            pub fn param(&self) -> Option<&str> {
                #[allow(unused_variables)]
                match self {
                    $(Route::$name $({ $($field),+ })? => first_field!($($($field),+)?),)*
                }
            }
        }

        impl Routable for Route {
            fn from_path(path: &str, params: &HashMap<&str, &str>) -> Option<Self> {
                #[allow(unused)]
                let get = |name: &str| {
                    let value = urlencoding::decode(params.get(name)?).ok()?;
                    Some(value.into_owned())
                };
                $(
                    if path == or_root(concat!($("/", seg_str!($seg)),*)) {
                        return Some(Route::$name $({ $($field: get(stringify!($field))?),+ })?);
                    }
                )*
                None
            }

            fn to_path(&self) -> String {
                match self {
                    $(Route::$name $({ $($field),+ })? => {
                        to_path!([$($($field),+)?] $($seg) / *)
                    })*
                }
            }

            fn routes() -> Vec<&'static str> {
                SCREENS.iter().map(|s| s.pattern).collect()
            }

            fn not_found_route() -> Option<Self> {
                Some(Route::NotFound)
            }

            fn recognize(pathname: &str) -> Option<Self> {
                recognize_path(pathname).or_else(Self::not_found_route)
            }
        }
    };
}

crate::screens::screens!(define_routes);

impl Route {
    /// Screens the reader build does not carry (the manifest's `build: Full`): it hands over.
    pub fn needs_full_app(&self) -> bool {
        self.screen().build == Build::Full
    }

    /// Screens that show the visitor's case beside a page that is the same for everyone (home, the
    /// dimension pages): the reader build carries them, but not the case, so a visitor who has one
    /// gets the full build there (`pages::handoff::CaseHandoff`).
    pub fn shows_case(&self) -> bool {
        self.screen().case
    }

    /// Whether this route's first view is all there is (text and links only): the wasm builds
    /// show its prerendered HTML (`components::prerendered_page`) instead of carrying the code
    /// and prose that wrote it; the prerenderer (native) renders it with its components. A static
    /// screen with a parameter is static for the values it has (a dimension's id).
    pub fn is_static(&self) -> bool {
        let screen = self.screen();
        screen.first == FirstView::Static
            && match (screen.each, self.param()) {
                (Some(each), Some(value)) => each().contains(&value),
                (None, None) => true,
                _ => false,
            }
    }

    /// The `href` of this route under the `HashRouter`.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }

    /// The header links, in their order: (route, label).
    pub fn nav() -> Vec<(Route, &'static str)> {
        // By position, without a sort (a stable sort links about 3 kB of code).
        (0..SCREENS.len() as u8)
            .filter_map(|i| {
                let screen = SCREENS
                    .iter()
                    .find(|s| s.nav.is_some_and(|(at, _)| at == i))?;
                let (_, label) = screen.nav?;
                Some((Route::recognize(screen.pattern)?, label))
            })
            .collect()
    }
}

/// Whether the view key `key` (a route's path) is a static screen's view (see `Route::is_static`).
pub fn is_static_view(key: &str) -> bool {
    Route::recognize(key).is_some_and(|r| r.is_static() && r.to_path() == key)
}
