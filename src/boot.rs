//! Start-up in the browser: reading the page's environment, and taking over from the prerendered
//! page. The boot script (`boot/pick.js`) has already put the prerendered view of the route into
//! `#app`; the app renders into a hidden sibling, and after its first render the two are swapped in
//! one step, keeping the scroll position and the focused control, so nothing moves.

use wasm_bindgen::JsCast;

use crate::domain::embed::{parse_query, widget_base};
use crate::env::Env;

/// Id of the element holding the app (prerendered, then live).
const ROOT_ID: &str = "app";
/// The app's own element until it takes over.
const LIVE_ID: &str = "app-live";
/// What can hold focus, in document order: the take-over refocuses the same one.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The page's environment, read once.
pub fn env() -> Env {
    let location = web_sys::window().map(|w| w.location());
    let href = location
        .as_ref()
        .and_then(|l| l.href().ok())
        .unwrap_or_default();
    let search = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    let page = href
        .find(['?', '#'])
        .map_or(href.as_str(), |i| &href[..i])
        .to_string();
    Env {
        options: parse_query(&search),
        search,
        base: widget_base(&href),
        page,
        can_share: crate::clipboard::can_share(),
    }
}

/// The element the app renders into: a hidden sibling after the prerendered view, or, when there
/// is none, a fresh `#app` at the end of the body.
pub fn host() -> Option<web_sys::Element> {
    let doc = document()?;
    let host = doc.create_element("div").ok()?;
    match doc.get_element_by_id(ROOT_ID) {
        Some(prerendered) => {
            host.set_id(LIVE_ID);
            let _ = host.set_attribute("hidden", "");
            let _ = prerendered.after_with_node_1(&host);
        }
        None => {
            host.set_id(ROOT_ID);
            doc.body()?.append_child(&host).ok()?;
        }
    }
    Some(host)
}

/// After the app's first render: show it in place of the prerendered view, in one step.
pub fn take_over() {
    let Some(doc) = document() else {
        return;
    };
    let (Some(old), Some(live)) = (
        doc.get_element_by_id(ROOT_ID),
        doc.get_element_by_id(LIVE_ID),
    ) else {
        mark_ready(&doc);
        return;
    };
    let window = web_sys::window();
    let scroll = window
        .as_ref()
        .map(|w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)));
    let focused = doc
        .active_element()
        .filter(|e| old.contains(Some(e)))
        .and_then(|e| index_of(&old, &e));

    let _ = live.remove_attribute("hidden");
    old.remove();
    live.set_id(ROOT_ID);

    if let (Some(w), Some((x, y))) = (&window, scroll) {
        if w.scroll_x().unwrap_or(0.0) != x || w.scroll_y().unwrap_or(0.0) != y {
            w.scroll_to_with_x_and_y(x, y);
        }
    }
    if let Some(i) = focused {
        let target = live
            .query_selector_all(FOCUSABLE)
            .ok()
            .and_then(|list| list.item(i))
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = target {
            // Where it was, without scrolling it into view (the scroll position is kept above).
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
    }
    mark_ready(&doc);
}

fn index_of(root: &web_sys::Element, el: &web_sys::Element) -> Option<u32> {
    let list = root.query_selector_all(FOCUSABLE).ok()?;
    (0..list.length()).find(|&i| list.item(i).is_some_and(|n| n.is_same_node(Some(el))))
}

/// `html[data-app="ready"]`: the app runs (the boot script stops waiting; styles and tests key off it).
fn mark_ready(doc: &web_sys::Document) {
    if let Some(root) = doc.document_element() {
        let _ = root.remove_attribute("data-booting");
        let _ = root.set_attribute("data-app", "ready");
    }
}
