//! Embed mode, browser part. Applies `?embed=1&theme=…&accent=…` to the document, reports the
//! content height to the parent frame, sends the opt-in `staffcheck:completed` message, and draws
//! the compact bar shown instead of the site header. Parsing and validation are pure and live in
//! `domain::embed`; this module only touches the DOM.
//!
//! Messages to the parent (see README "Embedding"):
//! - `{ type: "staffcheck:height", height }` whenever the content height changes (embed mode, in a
//!   frame), to the `origin=` given by the loader, else to `*` (only a number is sent);
//! - `{ type: "staffcheck:completed", verdict, count, total, check }` when the self-check or the
//!   quick check is finished (`check`: `"full"` or `"quick"`),
//!   only with `embed=1&events=1` and an explicit `origin=`, never to `*`. No answers are sent.

use std::cell::{Cell, RefCell};

use crate::domain::embed::{
    accent_tokens, verdict, Check, EmbedOptions, Rgb, Theme, COMPLETED_MESSAGE, HEIGHT_MESSAGE,
};
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Attribute on `<html>` in embed mode (styles/embed.css keys off it).
const EMBED_ATTR: &str = "data-embed";
/// Attribute on `<html>` when the frame is shorter than its content and must scroll itself (a
/// fixed-height iframe, the loader's max height, or embed mode opened as a top-level page).
const SCROLL_ATTR: &str = "data-embed-scroll";
/// How long a too-short frame waits for its parent to resize it before showing a scrollbar.
const SCROLL_GRACE_MS: u32 = 400;

thread_local! {
    static OPTIONS: RefCell<Option<EmbedOptions>> = const { RefCell::new(None) };
    static LAST_HEIGHT: Cell<u32> = const { Cell::new(0) };
    /// The grace period of a frame too short for its content (dropping it cancels it).
    static SCROLL_TIMER: RefCell<Option<Timeout>> = const { RefCell::new(None) };
    /// The latest click's check for a blocked form submission (see `submit_forms_in_sandbox`).
    static SUBMIT_CHECK: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

/// The options of this page load, as `init` was given them (`boot::env` parses `location.search`
/// once; routes live in the hash, so the query never changes while the widget runs). The defaults
/// before `init`.
pub fn options() -> EmbedOptions {
    OPTIONS.with(|o| o.borrow().clone().unwrap_or_default())
}

/// Keeps `opts` (the page's query, parsed by `boot::env`), applies theme, accent and embed mode to
/// the document and starts the height reports. Runs its effects once however often it is called.
pub fn init(opts: &EmbedOptions) {
    if OPTIONS.with(|o| o.borrow_mut().replace(opts.clone()).is_some()) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    if opts.theme != Theme::Auto {
        let _ = root.set_attribute("data-theme", opts.theme.as_str());
    }
    if let Some(accent) = opts.accent {
        apply_accent(&window, accent, opts.theme);
        if opts.theme == Theme::Auto {
            follow_color_scheme(&window, accent);
        }
    }
    if opts.embed {
        let _ = root.set_attribute(EMBED_ATTR, "");
        start_height_reports(&window, &root, opts.height_target().to_string());
    }
    if parent_window().is_some() {
        submit_forms_in_sandbox(&window);
    }
}

/// A frame sandboxed without `allow-forms` (e.g. `sandbox="allow-scripts"`) blocks form submission
/// before the `submit` event fires, so "Next" in the self-check and Enter would do nothing. The
/// widget never sends forms anywhere (every handler cancels the submission), so when a submit
/// button's click produced no `submit` event, fire one at the form ourselves, unless the click was
/// cancelled or the form is invalid. Where forms are allowed, the browser's own event is seen and
/// this does nothing.
/// Both listeners, in the capture phase, live as long as the page (`forget`).
fn submit_forms_in_sandbox(window: &web_sys::Window) {
    let seen = std::rc::Rc::new(Cell::new(true));
    {
        let seen = seen.clone();
        EventListener::new_with_options(
            window,
            "submit",
            EventListenerOptions::run_in_capture_phase(),
            move |_| seen.set(true),
        )
        .forget();
    }
    let on_click = move |e: &web_sys::Event| {
        let button = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| {
                t.closest("button[type=submit], button:not([type]), input[type=submit]")
                    .ok()
                    .flatten()
            });
        let form = button
            .and_then(|b| js_sys::Reflect::get(&b, &JsValue::from_str("form")).ok())
            .and_then(|f| f.dyn_into::<web_sys::EventTarget>().ok());
        let Some(form) = form else {
            return;
        };
        seen.set(false);
        let seen = seen.clone();
        let e = e.clone();
        // A newer click replaces (cancels) a check still waiting: one flag, `seen`, serves both,
        // so only one of them could have dispatched anyway.
        let check = Timeout::new(0, move || {
            let valid = js_sys::Reflect::get(&form, &JsValue::from_str("checkValidity"))
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                .and_then(|f| f.call0(&form).ok())
                .is_none_or(|v| v.is_truthy());
            if seen.get() || e.default_prevented() || !valid {
                return;
            }
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            init.set_cancelable(true);
            if let Ok(submit) = web_sys::Event::new_with_event_init_dict("submit", &init) {
                let _ = form.dispatch_event(&submit);
            }
        });
        SUBMIT_CHECK.with(|c| *c.borrow_mut() = Some(check));
    };
    EventListener::new_with_options(
        window,
        "click",
        EventListenerOptions::run_in_capture_phase(),
        on_click,
    )
    .forget();
}

fn prefers_dark(window: &web_sys::Window) -> bool {
    window
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Sets `--sc-accent`, `--sc-accent-text` and `--sc-accent-soft` through the CSSOM (a strict CSP
/// allows this, unlike a `style` attribute), adjusted for the theme in use.
fn apply_accent(window: &web_sys::Window, accent: Rgb, theme: Theme) {
    let dark = match theme {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => prefers_dark(window),
    };
    let root = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let style = root.style();
        for (name, value) in accent_tokens(accent, dark).properties() {
            let _ = style.set_property(name, &value);
        }
    }
}

/// With `theme=auto` the reader may switch between light and dark while reading: recompute.
fn follow_color_scheme(window: &web_sys::Window, accent: Rgb) {
    let Some(query) = window
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
    else {
        return;
    };
    // Lives as long as the page.
    EventListener::new(&query, "change", move |_| {
        if let Some(w) = web_sys::window() {
            apply_accent(&w, accent, Theme::Auto);
        }
    })
    .forget();
}

/// The parent window when this document is in a frame.
fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(parent.as_ref(), window.as_ref())).then_some(parent)
}

/// Content height in whole CSS pixels: the body (a block formatting context in embed mode, so
/// no margin escapes it).
fn content_height() -> u32 {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return 0;
    };
    let rect = body.get_bounding_client_rect().height().ceil();
    let scroll = f64::from(body.scroll_height());
    rect.max(scroll).max(0.0) as u32
}

fn viewport_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

fn post(parent: &web_sys::Window, fields: &[(&str, JsValue)], target: &str) {
    let message = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), value);
    }
    // Err only for a malformed target, which parse_origin rules out; nothing to do then.
    let _ = parent.post_message(&message, target);
}

fn start_height_reports(window: &web_sys::Window, root: &web_sys::Element, target: String) {
    if parent_window().is_none() {
        // Embed mode opened as a page of its own: nobody sizes it, so it scrolls normally.
        let _ = root.set_attribute(SCROLL_ATTR, "");
        return;
    }
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let on_resize = {
        let target = target.clone();
        Closure::<dyn Fn()>::new(move || report_height(&target))
    };
    // gloo has no ResizeObserver: a plain closure, kept as long as the page (`forget`) like the
    // observer that calls it.
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        // Fires at the next rendering, then on every change of the body's size.
        observer.observe(&body);
    }
    on_resize.forget();
    // Browsers skip rendering (and so ResizeObserver) in frames scrolled out of view: report the
    // first height right after the first render anyway, so the frame has its size on arrival.
    Timeout::new(0, move || report_height(&target)).forget();
    // The parent resizing the frame changes the viewport, not the body: check the fit again.
    // Lives as long as the page.
    EventListener::new(window, "resize", |_| refit()).forget();
}

fn report_height(target: &str) {
    let height = content_height();
    if height > 0 && LAST_HEIGHT.with(|h| h.replace(height)) != height {
        if let Some(parent) = parent_window() {
            post(
                &parent,
                &[
                    ("type", JsValue::from_str(HEIGHT_MESSAGE)),
                    ("height", JsValue::from(height)),
                ],
                target,
            );
        }
    }
    refit();
}

/// No scrollbar of our own while the content fits the frame. When it does not, give the parent a
/// moment to resize the frame (the loader does at once), then let the frame scroll, so nothing is
/// ever out of reach (fixed-height iframes, the loader's max height).
fn refit() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    if f64::from(content_height()) <= viewport_height() + 1.0 {
        let _ = root.remove_attribute(SCROLL_ATTR);
        // Dropping the waiting timer cancels it.
        drop(SCROLL_TIMER.with(|t| t.borrow_mut().take()));
        return;
    }
    if root.has_attribute(SCROLL_ATTR) || SCROLL_TIMER.with(|t| t.borrow().is_some()) {
        return;
    }
    let check = Timeout::new(SCROLL_GRACE_MS, move || {
        drop(SCROLL_TIMER.with(|t| t.borrow_mut().take()));
        if f64::from(content_height()) > viewport_height() + 1.0 {
            let _ = root.set_attribute(SCROLL_ATTR, "");
        }
    });
    SCROLL_TIMER.with(|t| *t.borrow_mut() = Some(check));
}

/// Tells the host page a check was finished: which one, the verdict and the readiness count only.
/// Sent only when the embed asked for it (`events=1`) and named its origin; never to `*`.
pub fn notify_completed(attempt: &crate::domain::attempt::Attempt) {
    let s = &attempt.summary;
    let (meets_bar, count, total) = (s.readiness >= s.bar, s.readiness, s.readiness_total);
    let check = if attempt.quick {
        Check::Quick
    } else {
        Check::Full
    };
    let opts = options();
    let Some(target) = opts.completed_target() else {
        return;
    };
    let Some(parent) = parent_window() else {
        return;
    };
    post(
        &parent,
        &[
            ("type", JsValue::from_str(COMPLETED_MESSAGE)),
            ("verdict", JsValue::from_str(verdict(meets_bar))),
            ("count", JsValue::from(count)),
            ("total", JsValue::from(total)),
            ("check", JsValue::from_str(check.as_str())),
        ],
        target,
    );
}
