//! Helpers shared by the browser test files (`mod browser;`): mount a component, wait for Yew to
//! render by awaiting animation frames (no fixed sleeps), query the result.
#![allow(dead_code)]

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

/// A fresh element attached to the body, to mount one component into.
pub fn mount_point() -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let div = document.create_element("div").expect("create div");
    document
        .body()
        .expect("body")
        .append_child(&div)
        .expect("append");
    div
}

/// Resolves on the next animation frame (Yew renders between frames).
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let cb = Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        let _ = web_sys::window()
            .expect("window")
            .request_animation_frame(cb.unchecked_ref());
    });
    let _ = JsFuture::from(promise).await;
}

/// Waits (frame by frame, at most ~2 s) until `check` holds on `root`.
pub async fn until(root: &Element, what: &str, check: impl Fn(&Element) -> bool) {
    for _ in 0..120 {
        if check(root) {
            return;
        }
        next_frame().await;
    }
    panic!("timed out waiting for {what}: {}", root.inner_html());
}

/// Every element under `root` matching `selector`.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("query");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The first element under `root` matching `selector`.
pub fn one(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).expect("query")
}
