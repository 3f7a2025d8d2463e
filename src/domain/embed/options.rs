//! What the widget's query string (`?embed=1&theme=dark&accent=0b5cad&events=1&
//! origin=https://blog.example`) asks of it: parsed into [`EmbedOptions`], first occurrence of a key
//! wins, unknown keys ignored, a bad value falls back to the default.

use crate::domain::embed::colour::Rgb;
use crate::domain::embed::origin::parse_origin;
use crate::domain::embed::query::query_pairs;

/// The query parameters embed mode reads; "open full size" drops exactly these.
pub const EMBED_PARAMS: [&str; 5] = ["embed", "theme", "accent", "events", "origin"];

/// `theme=`: light, dark, or follow the reader's system setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// `light`, `dark` or `auto` (any case, surrounding spaces ignored); anything else is `None`.
    pub fn parse(value: &str) -> Option<Theme> {
        match value.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];
}

/// What the query string asks of the widget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// `embed=1`: compact layout, no site chrome, height messages to the parent.
    pub embed: bool,
    /// `theme=light|dark|auto` (default auto).
    pub theme: Theme,
    /// `accent=` a valid 3- or 6-digit hex colour, else `None` (the default accent).
    pub accent: Option<Rgb>,
    /// `events=1`: the host page asked for `staffcheck:completed`.
    pub events: bool,
    /// `origin=` the host page's origin, validated and normalised; the `postMessage` target.
    pub origin: Option<String>,
}

impl EmbedOptions {
    /// Where to post height messages: the host's origin when given, else `*`. Only a number is
    /// sent, and only to the parent window, which sees the frame's size anyway.
    pub fn height_target(&self) -> &str {
        self.origin.as_deref().unwrap_or("*")
    }

    /// Where to post `staffcheck:completed`, or `None` when it must not be sent: only in embed
    /// mode, only when the host opted in with `events=1`, and only to an explicit origin.
    pub fn completed_target(&self) -> Option<&str> {
        if self.embed && self.events {
            self.origin.as_deref()
        } else {
            None
        }
    }
}

/// `1`, `true`, `yes`, `on` or a bare key (`?embed`).
fn truthy(value: &str) -> bool {
    matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "" | "1" | "true" | "yes" | "on"
    )
}

/// Parses `location.search`. The first occurrence of a key wins; unknown keys are ignored.
pub fn parse_query(query: &str) -> EmbedOptions {
    let pairs = query_pairs(query);
    let get = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    EmbedOptions {
        embed: get("embed").is_some_and(truthy),
        theme: get("theme").and_then(Theme::parse).unwrap_or_default(),
        accent: get("accent").and_then(Rgb::parse_hex),
        events: get("events").is_some_and(|v| truthy(v) || v.trim() == "completed"),
        origin: get("origin").and_then(parse_origin),
    }
}
