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

/// A sentence about the visitor's own result (`about` is `None`: `yours`, in the second person) or
/// about someone else's (`theirs`, with `{who}`, `{whose}`, `{Who}` and `{Whose}` filled with
/// their name, or with "they" / "their" when the link carries none).
pub fn voice(about: Option<&str>, yours: &str, theirs: &str) -> String {
    let Some(name) = about.map(str::trim) else {
        return yours.to_string();
    };
    if name.is_empty() {
        return fill(
            theirs,
            &[
                ("who", ui::voice::THEY),
                ("whose", ui::voice::THEIR),
                ("Who", ui::voice::THEY_START),
                ("Whose", ui::voice::THEIR_START),
            ],
        );
    }
    let whose = fill(ui::voice::POSSESSIVE, &[("name", name)]);
    fill(
        theirs,
        &[
            ("who", name),
            ("whose", &whose),
            ("Who", name),
            ("Whose", &whose),
        ],
    )
}
