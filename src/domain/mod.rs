//! Pure logic: no yew, web-sys or gloo. Tested natively.

pub mod filter;
pub mod week;
