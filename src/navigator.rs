//! `navigator`'s newer parts (clipboard, share, canShare, storage), read through `Reflect`: some
//! browsers lack them, and web-sys would call them unchecked. Each helper says `None` / false
//! when a part is missing, is not a function, throws or is refused.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub fn navigator() -> Option<JsValue> {
    property(web_sys::window()?.as_ref(), "navigator")
}

/// `target[name]`, when it is there (neither undefined nor null).
pub fn property(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// `target[name]`, when it is a function.
pub fn method(target: &JsValue, name: &str) -> Option<js_sys::Function> {
    property(target, name)?.dyn_into().ok()
}

/// `target[name](arg)` (no argument when `arg` is `None`), its promise awaited: what it resolved
/// to, or `None` when the method is missing, throws, returns no promise or is rejected.
pub async fn call(target: &JsValue, name: &str, arg: Option<&JsValue>) -> Option<JsValue> {
    let f = method(target, name)?;
    let returned = match arg {
        Some(arg) => f.call1(target, arg),
        None => f.call0(target),
    };
    let promise = returned.ok()?.dyn_into::<js_sys::Promise>().ok()?;
    JsFuture::from(promise).await.ok()
}

/// Whether the browser can share files at all (a card's Share button is offered only then).
pub fn can_share_files() -> bool {
    navigator().and_then(|n| method(&n, "canShare")).is_some()
}
