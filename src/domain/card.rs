//! The result card: the verdict as a 1200×630 image (the size link previews use), pure. It is
//! drawn as SVG markup here and turned into a PNG by the browser (`card_image.rs`); tested
//! natively in `tests/card.rs`.
//!
//! What it shows is readable at thumbnail size: the site's name, the count out of the total and
//! the bar (as figures and as a row of marks), the verdict in words, which check it was, the
//! radar chart of a full check, and the person's name only when they typed one. Never the notes
//! or the text of any answer.

use crate::content::{fill, ui::card as text};
use crate::domain::radar::{self, Trig};
use crate::domain::svg::fmt;

/// Width and height of the card, in pixels.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The card's colours, as CSS colour values: the page's own, read when the image is made, so it
/// follows the theme and the embed's accent.
#[derive(Clone, Debug, PartialEq)]
pub struct Colours {
    pub background: String,
    pub text: String,
    pub muted: String,
    pub accent: String,
    /// The accent's soft tint: the marks not yet reached, the radar's rings.
    pub soft: String,
}

impl Colours {
    /// Each colour from the page's custom property of that role (background, text, muted,
    /// accent, soft), given its name.
    pub fn from_properties(mut value: impl FnMut(&'static str) -> String) -> Colours {
        Colours {
            background: value("--sc-bg"),
            text: value("--sc-text"),
            muted: value("--sc-text-muted"),
            accent: value("--sc-accent"),
            soft: value("--sc-border"),
        }
    }
}

impl Colours {
    fn of(&self, role: Role) -> &str {
        match role {
            Role::Background => &self.background,
            Role::Text => &self.text,
            Role::Muted => &self.muted,
            Role::Accent => &self.accent,
            Role::Soft => &self.soft,
        }
    }
}

/// What the card says.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// Statements answered yes, out of `total`; `bar` of them meet the bar.
    pub count: u8,
    pub total: u8,
    pub bar: u8,
    /// The person's name, when they typed one.
    pub name: Option<String>,
    /// A full self-check's positions on each dimension (0..=100, `None` unanswered), for the
    /// radar; `None` for a quick check (readiness only).
    pub positions: Option<Vec<Option<u8>>>,
}

impl Card {
    pub fn meets_bar(&self) -> bool {
        self.count >= self.bar
    }

    fn figures(&self) -> [(&'static str, String); 4] {
        [
            ("count", self.count.to_string()),
            ("total", self.total.to_string()),
            ("bar", self.bar.to_string()),
            ("short", self.bar.saturating_sub(self.count).to_string()),
        ]
    }

    fn say(&self, template: &str) -> String {
        let figures = self.figures();
        let pairs: Vec<(&str, &str)> = figures.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(template, &pairs)
    }

    /// The verdict in words.
    pub fn verdict(&self) -> String {
        let short = self.bar.saturating_sub(self.count);
        self.say(match (self.meets_bar(), short) {
            (true, _) => text::MET,
            (false, 1) => text::SHORT_ONE,
            (false, _) => text::SHORT_MANY,
        })
    }

    /// Which check it was.
    pub fn kind(&self) -> String {
        self.say(if self.positions.is_some() {
            text::FULL
        } else {
            text::QUICK
        })
    }

    /// Whose result, when a name was typed (trimmed; an empty name is no name).
    fn whose(&self) -> Option<String> {
        let name = self
            .name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())?;
        Some(fill(text::WHOSE, &[("name", name)]))
    }

    /// The card's text, as the image's alternative text and on the page beside it.
    pub fn alt(&self) -> String {
        let mut parts = vec![text::SITE.to_string()];
        if let Some(whose) = self.whose() {
            parts.push(whose);
        }
        parts.push(self.kind());
        parts.push(self.say(text::COUNT_WORDS));
        parts.push(self.say(text::BAR));
        parts.push(self.verdict());
        if self.positions.is_some() {
            parts.push(text::RADAR_ALT.to_string());
        }
        parts.join(". ").replace("..", ".")
    }

    /// The card as SVG markup, `WIDTH` × `HEIGHT`: in `colours` (the image), or with a class
    /// per colour for the copy shown in the page, whose stylesheet gives each its custom
    /// property (a strict Content-Security-Policy refuses `style` attributes).
    pub fn svg<T: Trig>(&self, colours: Option<&Colours>) -> String {
        let paint = Paint(colours);
        let mut out = self.svg_open(paint);
        if let Some(positions) = &self.positions {
            out.push_str(&radar_group::<T>(positions, paint));
        }
        out.push_str("</svg>");
        out
    }

    /// The card as [`Card::svg`] draws it, without the radar chart: all a quick check's card
    /// shows, for the reader build, which carries quick checks' cards alone and not the chart.
    pub fn svg_without_radar(&self, colours: Option<&Colours>) -> String {
        let mut out = self.svg_open(Paint(colours));
        out.push_str("</svg>");
        out
    }

    /// The card up to the radar chart, its `<svg>` left open.
    fn svg_open(&self, paint: Paint) -> String {
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
             viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"system-ui, -apple-system, Segoe UI, \
             Roboto, Helvetica, Arial, sans-serif\">\
             <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" {}/>\
             <rect width=\"{WIDTH}\" height=\"14\" {}/>",
            paint.fill(Role::Background),
            paint.fill(Role::Accent),
        );
        let line = |out: &mut String, y: u32, size: u32, weight: u32, role: Role, s: &str| {
            out.push_str(&format!(
                "<text x=\"72\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{weight}\" {}>{}</text>",
                paint.fill(role),
                escape(s)
            ));
        };
        line(&mut out, 92, 36, 700, Role::Accent, text::SITE);
        let mut y = 146;
        if let Some(whose) = self.whose() {
            line(&mut out, y, 34, 600, Role::Text, &clip(&whose, 30));
            y += 46;
        }
        line(&mut out, y, 28, 400, Role::Muted, &self.kind());
        line(
            &mut out,
            y + 176,
            168,
            800,
            Role::Text,
            &self.say(text::COUNT),
        );
        // One mark per statement: the ones answered yes filled, the bar's mark taller.
        let (mark, gap) = (36u32, 10u32);
        for i in 0..self.total.min(24) {
            let x = 72 + u32::from(i) * (mark + gap);
            let (top, h) = if i + 1 == self.bar {
                (y + 214, 64)
            } else {
                (y + 226, 40)
            };
            let role = if i < self.count {
                Role::Accent
            } else {
                Role::Soft
            };
            out.push_str(&format!(
                "<rect x=\"{x}\" y=\"{top}\" width=\"{mark}\" height=\"{h}\" rx=\"6\" {}/>",
                paint.fill(role)
            ));
        }
        line(
            &mut out,
            y + 324,
            30,
            400,
            Role::Muted,
            &self.say(text::BAR),
        );
        line(&mut out, y + 380, 40, 700, Role::Text, &self.verdict());
        out
    }
}

/// The colour each part of the card takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Background,
    Text,
    Muted,
    Accent,
    Soft,
}

/// How a colour is written: the colour itself, or a class the page's stylesheet colours.
#[derive(Clone, Copy)]
struct Paint<'a>(Option<&'a Colours>);

impl Paint<'_> {
    /// `fill` (and `stroke`, when given) as attributes.
    fn attrs(self, fill: Option<Role>, stroke: Option<Role>) -> String {
        let name = |role: Role| match role {
            Role::Background => "bg",
            Role::Text => "text",
            Role::Muted => "muted",
            Role::Accent => "accent",
            Role::Soft => "soft",
        };
        match self.0 {
            Some(c) => {
                let fill = fill.map_or("none".to_string(), |r| escape(c.of(r)));
                match stroke {
                    Some(r) => format!("fill=\"{fill}\" stroke=\"{}\"", escape(c.of(r))),
                    None => format!("fill=\"{fill}\""),
                }
            }
            None => {
                let mut classes = vec![fill.map_or("card-fill-none".to_string(), |r| {
                    format!("card-fill-{}", name(r))
                })];
                if let Some(r) = stroke {
                    classes.push(format!("card-stroke-{}", name(r)));
                }
                format!("class=\"{}\"", classes.join(" "))
            }
        }
    }

    fn fill(self, role: Role) -> String {
        self.attrs(Some(role), None)
    }
}

/// The radar chart of a full check, on the card's right: rings, spokes and the series.
fn radar_group<T: Trig>(positions: &[Option<u8>], paint: Paint) -> String {
    let n = positions.len();
    if n < 3 {
        return String::new();
    }
    // 100 user units of radius become 190 pixels, centred in the right part of the card.
    let mut g = String::from("<g transform=\"translate(945 335) scale(1.9)\">");
    let rings = paint.attrs(None, Some(Role::Soft));
    for r in radar::GRID {
        g.push_str(&format!(
            "<polygon points=\"{}\" {rings} stroke-width=\"1.5\"/>",
            radar::ring::<T>(n, r)
        ));
    }
    for i in 0..n {
        let (x, y) = radar::spoke_end::<T>(i, n);
        g.push_str(&format!(
            "<line x1=\"0\" y1=\"0\" x2=\"{}\" y2=\"{}\" {rings} stroke-width=\"1\"/>",
            fmt(x),
            fmt(y)
        ));
    }
    let series = radar::series::<T>(positions, n);
    match series.shape {
        radar::Shape::Polygon => g.push_str(&format!(
            "<polygon points=\"{}\" {} fill-opacity=\"0.3\" stroke-width=\"3\"/>",
            series.points_attr(),
            paint.attrs(Some(Role::Accent), Some(Role::Accent))
        )),
        radar::Shape::Line => g.push_str(&format!(
            "<polyline points=\"{}\" {} stroke-width=\"3\"/>",
            series.points_attr(),
            paint.attrs(None, Some(Role::Accent))
        )),
        radar::Shape::None => {}
    }
    let dot = paint.fill(Role::Accent);
    for p in &series.points {
        g.push_str(&format!(
            "<circle cx=\"{}\" cy=\"{}\" r=\"3.5\" {dot}/>",
            fmt(p.x),
            fmt(p.y)
        ));
    }
    g.push_str("</g>");
    g
}

/// `s` cut to `max` characters, with an ellipsis when cut.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Text or an attribute value as XML: the five special characters escaped, and characters XML
/// does not allow (control characters) dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}
