//! Start-up in the browser: reading the page's environment, and taking over from the prerendered
//! page. The boot script (`boot/pick.js`) has already put the prerendered view of the route into
//! `#app`; the app renders into an element outside the document, and after its first render that
//! element replaces `#app` in one step, keeping the scroll position and the focused control, so
//! nothing moves (and nothing is ever on the page twice).

use wasm_bindgen::JsCast;

use crate::domain::embed::{parse_query, widget_base};
use crate::env::Env;
use crate::events::{self, dispatch};

/// Id of the element holding the app (prerendered, then live).
const ROOT_ID: &str = "app";
thread_local! {
    /// The app's own element, outside the document until it takes over.
    static LIVE: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}
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
    let options = parse_query(&search);
    let views = std::rc::Rc::new(static_views(options.embed));
    Env {
        options,
        search,
        base: widget_base(&href),
        page,
        can_share: crate::clipboard::can_share(),
        views,
        today: crate::dates::today(),
    }
}

thread_local! {
    /// Whether the page was scrolled when the app started: the take-over reads the scroll
    /// position to keep it, and reading it then lays the page out at once, so it reads it only
    /// if so (replacing the view with the same markup leaves a page at the top there).
    static SCROLLED: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// The element the app renders into: outside the document while a prerendered view is shown, or,
/// when there is none, a fresh `#app` at the end of the body. Called first at start-up, before
/// the app changes anything on the page (so reading the scroll position lays nothing out).
pub fn host() -> Option<web_sys::Element> {
    let doc = document()?;
    let host = doc.create_element("div").ok()?;
    if doc.get_element_by_id(ROOT_ID).is_some() {
        LIVE.with(|l| *l.borrow_mut() = Some(host.clone()));
        if let Some(w) = web_sys::window() {
            let top = w.scroll_x().is_ok_and(|x| x == 0.0) && w.scroll_y().is_ok_and(|y| y == 0.0);
            SCROLLED.set(!top);
        }
    } else {
        host.set_id(ROOT_ID);
        doc.body()?.append_child(&host).ok()?;
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
        LIVE.with(|l| l.borrow_mut().take()),
    ) else {
        mark_ready(&doc);
        return;
    };
    let window = web_sys::window();
    // At the top when the app started, the page stays there: nothing to read (or lay out).
    let scroll = window
        .as_ref()
        .filter(|_| SCROLLED.get())
        .map(|w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)));
    let active = doc.active_element().filter(|e| old.contains(Some(e)));
    // The page's heading (focused after a navigation) has no tab stop in the app's own markup.
    let heading = active
        .as_ref()
        .is_some_and(|e| e.matches("#main h1").unwrap_or(false));
    let focused = active.and_then(|e| index_of(&old, &e));

    live.set_id(ROOT_ID);
    let _ = old.replace_with_with_node_1(&live);

    if let (Some(w), Some((x, y))) = (&window, scroll) {
        if w.scroll_x().unwrap_or(0.0) != x || w.scroll_y().unwrap_or(0.0) != y {
            w.scroll_to_with_x_and_y(x, y);
        }
    }
    if heading {
        crate::focus::focus_main_heading();
    } else if let Some(i) = focused {
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

/// The prerendered views of this page's mode that are text and links only, by route key (see
/// `Env::views`): read from `index.html`'s data blocks.
pub fn static_views(embed: bool) -> std::collections::BTreeMap<String, yew::AttrValue> {
    let mode = if embed { "embed" } else { "full" };
    let mut out = std::collections::BTreeMap::new();
    let Some(list) = document().and_then(|d| {
        d.query_selector_all(&format!("script[data-route][data-mode=\"{mode}\"]"))
            .ok()
    }) else {
        return out;
    };
    for i in 0..list.length() {
        let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        // Only the static views' text is copied out of the page.
        let Some(key) = el
            .get_attribute("data-route")
            .filter(|k| crate::route::is_static_view(k))
        else {
            continue;
        };
        if let Some(main) = el.text_content().as_deref().and_then(crate::env::main_of) {
            out.insert(key, yew::AttrValue::from(main.to_string()));
        }
    }
    out
}

/// Calls `changed` when the boot script has added the deferred views to the page (the
/// `staffcheck:views` event), and at once if it already has; returns the clean-up that removes
/// the listener.
pub fn on_more_views(changed: impl Fn() + 'static) -> impl FnOnce() {
    let arrived = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-views"))
        .is_some_and(|v| v == "all");
    if arrived {
        changed();
    }
    let listener = web_sys::window()
        .map(|w| gloo_events::EventListener::new(&w, events::VIEWS, move |_| changed()));
    // Dropping the listener removes it.
    move || drop(listener)
}

thread_local! {
    /// Stops the running app (it unmounts it): kept so the reader build can stop itself when it
    /// hands over.
    static STOP: std::cell::RefCell<Option<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(None) };
}

/// Asks the boot script to make the full build ready, fetched and compiled (the reader build,
/// once a self-check is under way: its results are in the full build).
pub fn prefetch_full() {
    dispatch(events::PREFETCH);
}

/// Asks the boot script to keep the screen as it is now, to show until the full build has taken
/// over, if a hand-over follows at once (finishing the self-check in the reader build: the
/// results' own first view is a placeholder). The full build's boot script ignores it.
pub fn hold_view() {
    dispatch(events::HOLD);
}

/// Keeps what stops the running app, so the reader build can stop it when it hands over.
pub fn keep(stop: impl FnOnce() + 'static) {
    STOP.with(|a| *a.borrow_mut() = Some(Box::new(stop)));
}

/// The reader build reached a screen only the full build carries (`route::needs_full_app`):
/// saves, stops this app once its render is over, and asks the boot script for the full build,
/// which shows the route's prerendered view and then takes over from it like a first visit.
pub fn hand_off() {
    // After this render's effects: the screen's own has saved what the store holds
    // (`StoreHandle::hand_over`); the hand-over event flushes any save still waiting.
    wasm_bindgen_futures::spawn_local(async {
        dispatch(events::HAND_OFF);
        if let Some(stop) = STOP.with(|a| a.borrow_mut().take()) {
            stop();
        }
        dispatch(events::FULL);
    });
}
