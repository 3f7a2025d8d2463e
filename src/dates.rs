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

/// The visitor's local day, "YYYY-MM-DD" (read at start-up, never in render).
#[cfg(target_arch = "wasm32")]
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Milliseconds since the epoch, for stamping a change (in event handlers, never in render).
#[cfg(target_arch = "wasm32")]
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Natively (tests): the system clock.
#[cfg(not(target_arch = "wasm32"))]
pub fn now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64)
}

/// Natively (build time, tests): the UTC day.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> String {
    crate::domain::history::iso_date(now())
}
