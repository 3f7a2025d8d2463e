//! Copying and sharing: the Clipboard API (and the older `execCommand("copy")`) and the Web Share
//! API, where the browser offers them. All may be missing or refused; callers show a selectable
//! fallback.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator() -> Option<JsValue> {
    js_sys::Reflect::get(web_sys::window()?.as_ref(), &"navigator".into()).ok()
}

fn call(target: &JsValue, method: &str, arg: &JsValue) -> Option<js_sys::Promise> {
    let f = js_sys::Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    f.call1(target, arg)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Copies `text`; false when the Clipboard API is missing or permission is denied.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = navigator()
        .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
    else {
        return false;
    };
    match call(&clipboard, "writeText", &text.into()) {
        Some(p) => JsFuture::from(p).await.is_ok(),
        None => false,
    }
}

/// Copies the document's selection with the older `execCommand("copy")`, which works in frames
/// without the `clipboard-write` permission; false when the browser refuses.
pub fn copy_selection() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}

/// Whether the Web Share API is offered.
pub fn can_share() -> bool {
    navigator()
        .and_then(|n| js_sys::Reflect::get(&n, &"share".into()).ok())
        .is_some_and(|f| f.is_function())
}

/// Opens the system share sheet; false when unavailable or dismissed.
pub async fn share(title: &str, url: &str) -> bool {
    let Some(nav) = navigator() else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    match call(&nav, "share", &data.into()) {
        Some(p) => JsFuture::from(p).await.is_ok(),
        None => false,
    }
}
