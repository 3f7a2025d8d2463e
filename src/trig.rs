//! Cosine and sine for the charts (`domain::radar::Trig`): the browser's `Math.cos` and
//! `Math.sin` in WebAssembly (Rust's own add about 7 kB to the bundle), Rust's elsewhere.

#[cfg(target_arch = "wasm32")]
pub struct Trig;

#[cfg(target_arch = "wasm32")]
impl crate::domain::radar::Trig for Trig {
    fn cos_sin(a: f64) -> (f64, f64) {
        (js_sys::Math::cos(a), js_sys::Math::sin(a))
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use crate::domain::radar::RustTrig as Trig;
