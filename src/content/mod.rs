//! All content, generated at build time from `content/*.toml` (see `build.rs`).

pub mod model;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/content.rs"));
