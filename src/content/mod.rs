//! All content, generated at build time from `content/*.toml` (see `build.rs`).

pub mod model;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// A `ui` text with its `{name}` placeholders filled in: `fill(ui::plan::DAY, &[("n", "3")])`.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(text.to_string(), |out, (name, value)| {
        out.replace(&format!("{{{name}}}"), value)
    })
}
