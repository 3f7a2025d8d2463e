//! Copying and sharing: the Clipboard API (and the older `execCommand("copy")`) and the Web Share
//! API, where the browser offers them. All may be missing or refused; callers show a selectable
//! fallback.

use wasm_bindgen::JsCast;

use crate::navigator::{call, method, navigator, property};

/// Copies `text`; false when the Clipboard API is missing or permission is denied.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = navigator().and_then(|n| property(&n, "clipboard")) else {
        return false;
    };
    call(&clipboard, "writeText", Some(&text.into()))
        .await
        .is_some()
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
    navigator().and_then(|n| method(&n, "share")).is_some()
}

/// Opens the system share sheet; false when unavailable or dismissed.
pub async fn share(title: &str, url: &str) -> bool {
    let Some(nav) = navigator() else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    call(&nav, "share", Some(&data.into())).await.is_some()
}
