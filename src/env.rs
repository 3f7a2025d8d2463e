//! What the app needs to know about the page it runs in, read once at start-up (`start()`) or
//! made up at build time (the prerenderer), and handed to components as a context. Components
//! never ask the browser themselves, so every screen renders natively too.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::embed::{parse_query, EmbedOptions};

/// Stand for the widget's own addresses in prerendered HTML; the boot script puts the real ones in
/// their place (see `boot/pick.js`), and the app, once it runs, knows them.
pub const BASE_PLACEHOLDER: &str = "https://staffcheck-base.invalid/";
pub const PAGE_PLACEHOLDER: &str = "https://staffcheck-page.invalid/";

/// The inside of `<main id="main">` in a prerendered view, if it has one.
pub fn main_of(view: &str) -> Option<&str> {
    let open = view.find("<main ")?;
    let start = open + view[open..].find('>')? + 1;
    let end = view.rfind("</main>")?;
    (start <= end).then(|| &view[start..end])
}

#[derive(Clone, Debug, PartialEq)]
pub struct Env {
    /// `?embed=1&theme=…`: parsed from the query, which never changes while the widget runs.
    pub options: EmbedOptions,
    /// The query string as given (`?embed=1&lang=en`, or empty).
    pub search: String,
    /// The directory the widget is served from, ending in `/` (`https://me.github.io/staffcheck/`).
    pub base: String,
    /// The widget's page without query or hash (`https://me.github.io/staffcheck/index.html`).
    pub page: String,
    /// Whether the browser offers the Web Share API.
    pub can_share: bool,
    /// The prerendered pages carried by `index.html`, by route key (the inside of `<main>`): the
    /// wasm build shows these for screens that are text and links only, instead of carrying the
    /// code that wrote them (`route::switch`).
    pub views: Rc<BTreeMap<String, AttrValue>>,
    /// The visitor's local day at start-up, "YYYY-MM-DD" (empty at build time).
    pub today: String,
}

impl Env {
    /// The environment of a prerendered page: no query, placeholder addresses, no share sheet.
    pub fn prerendered(search: &str) -> Env {
        Env {
            options: parse_query(search),
            search: search.to_string(),
            base: BASE_PLACEHOLDER.to_string(),
            page: PAGE_PLACEHOLDER.to_string(),
            can_share: false,
            views: Rc::default(),
            today: String::new(),
        }
    }
}

impl Default for Env {
    fn default() -> Self {
        Env::prerendered("")
    }
}

/// The page's environment, from the nearest provider (the app root always provides one).
#[hook]
pub fn use_env() -> Env {
    use_context::<Env>().unwrap_or_default()
}
