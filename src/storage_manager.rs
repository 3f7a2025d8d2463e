//! The Storage API (`navigator.storage`, the `StorageManager`), where the browser offers it: how
//! much room the site uses and may use, whether its storage is persistent (kept until the visitor
//! clears it), and asking for that. Read through `navigator` (`Reflect`): the API is missing
//! outside secure contexts and in older browsers, and then every call answers `None`.

use std::cell::Cell;

use wasm_bindgen::JsValue;

use crate::navigator::{navigator, property};

/// Room used and allowed, in bytes, as the browser counts it for the whole site.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub usage: f64,
    pub quota: f64,
}

thread_local! {
    /// The browser's answer when staffcheck asked it to keep the data during this visit.
    static ASKED: Cell<Option<bool>> = const { Cell::new(None) };
}

fn manager() -> Option<JsValue> {
    property(&navigator()?, "storage").filter(JsValue::is_object)
}

/// `navigator.storage[method]()`, awaited; `None` when missing, refused or not a promise.
async fn call(method: &str) -> Option<JsValue> {
    crate::navigator::call(&manager()?, method, None).await
}

/// `navigator.storage.estimate()`.
pub async fn estimate() -> Option<Estimate> {
    let answer = call("estimate").await?;
    let number = |key: &str| {
        js_sys::Reflect::get(&answer, &key.into())
            .ok()?
            .as_f64()
            .filter(|n| n.is_finite() && *n >= 0.0)
    };
    Some(Estimate {
        usage: number("usage")?,
        quota: number("quota").filter(|q| *q > 0.0)?,
    })
}

/// `navigator.storage.persisted()`: whether the browser has agreed to keep the site's storage.
pub async fn persisted() -> Option<bool> {
    call("persisted").await?.as_bool()
}

/// `navigator.storage.persist()`: asks the browser to keep the site's storage; its answer (also
/// remembered for [`asked`]).
pub async fn persist() -> Option<bool> {
    let answer = call("persist").await?.as_bool()?;
    ASKED.with(|a| a.set(Some(answer)));
    Some(answer)
}

/// Asks in the background (the visitor has started keeping something that matters: a first
/// evidence entry, a first person); the answer is shown on the data screen.
/// Natively (build time, tests) there is no browser to ask.
pub fn ask_to_persist() {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async {
        let _ = persist().await;
    });
}

/// What the browser answered when asked during this visit, if it was.
pub fn asked() -> Option<bool> {
    ASKED.with(Cell::get)
}
