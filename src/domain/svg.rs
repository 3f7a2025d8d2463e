//! Numbers written into SVG attributes (the radar and trend charts).

/// One decimal, without "-0.0" or a trailing ".0" (12.34 -> "12.3", 12.0 -> "12", -0.01 -> "0").
///
/// Integer arithmetic on tenths: formatting an `f64` would pull Rust's float printing
/// (about 10 kB of WebAssembly) into the bundle.
pub fn fmt(v: f64) -> String {
    // `as` saturates (and maps NaN to 0), so no input can overflow.
    let tenths = (v * 10.0).round() as i64;
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    let sign = if tenths < 0 { "-" } else { "" };
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}
