//! Dates as the visitor's browser shows them.

/// "23 Nov 2026, 14:05" in the visitor's locale and time zone. Natively (build time, tests): the
/// ISO date.
#[cfg(not(target_arch = "wasm32"))]
pub fn local_date_time(ms: f64) -> String {
    crate::domain::history::iso_date(ms)
}

/// "23 Nov 2026, 14:05" in the visitor's locale and time zone.
#[cfg(target_arch = "wasm32")]
pub fn local_date_time(ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let options = js_sys::Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "short"),
        ("year", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_string("en-GB", &options)
        .as_string()
        .unwrap_or_else(|| crate::domain::history::iso_date(ms))
}
