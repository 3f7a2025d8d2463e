//! Moving keyboard focus after the next render (browser adapter).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Focuses the element with `id` once the current change has been drawn (its form may be
/// re-created by that change), and brings it into view.
pub fn focus_later(id: &'static str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let focus = Closure::once_into_js(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(e) = element {
            let _ = e.focus();
        }
    });
    let _ = window.request_animation_frame(focus.unchecked_ref());
}

/// Focuses the page's heading (`#main h1`), as after a navigation: keyboard and screen-reader users
/// start at the new content.
pub fn focus_main_heading() {
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("#main h1").ok().flatten());
    if let Some(h) = heading {
        let _ = h.set_attribute("tabindex", "-1");
        if let Ok(el) = h.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
