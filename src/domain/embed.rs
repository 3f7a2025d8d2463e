//! Embed mode, pure part: the widget's query string (`?embed=1&theme=dark&accent=0b5cad&events=1&
//! origin=https://blog.example`) parsed and validated into [`EmbedOptions`], the accent colour made
//! WCAG AA-safe, the "open full size" URL, and the two snippets the "Embed this" screen hands out.
//! No yew or web-sys: tested natively in `tests/embed.rs`. The browser glue is `src/embed.rs`.
//!
//! Anything a visitor or a host page controls is validated here; a bad value falls back to the
//! default and never reaches the page's styles or a `postMessage` target.

/// `type` of the message the widget posts to its parent whenever its content height changes:
/// `{ type: "staffcheck:height", height: <whole CSS pixels> }`.
pub const HEIGHT_MESSAGE: &str = "staffcheck:height";
/// `type` of the opt-in message sent when a reader finishes the self-check:
/// `{ type: "staffcheck:completed", verdict: "ready" | "not-yet", count: <n>, total: <12> }`.
pub const COMPLETED_MESSAGE: &str = "staffcheck:completed";

/// The query parameters embed mode reads; "open full size" drops exactly these.
pub const EMBED_PARAMS: [&str; 5] = ["embed", "theme", "accent", "events", "origin"];

/// Height (CSS px) of the plain-iframe snippet, which has no loader to size it.
pub const IFRAME_SNIPPET_HEIGHT: u32 = 800;

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

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

pub const WHITE: Rgb = Rgb::new(0xff, 0xff, 0xff);
pub const BLACK: Rgb = Rgb::new(0, 0, 0);

/// The backgrounds of styles/base.css that accent-coloured text sits on (`--sc-bg`,
/// `--sc-surface-2`), light and dark.
const LIGHT_BG: Rgb = Rgb::new(0xff, 0xff, 0xff);
const LIGHT_SURFACE_2: Rgb = Rgb::new(0xec, 0xee, 0xf2);
const DARK_BG: Rgb = Rgb::new(0x12, 0x14, 0x17);
const DARK_SURFACE_2: Rgb = Rgb::new(0x25, 0x2a, 0x31);

/// WCAG 2.x AA for normal text.
pub const AA_TEXT: f64 = 4.5;

impl Rgb {
    pub const fn new(r: u8, g: u8, b: u8) -> Rgb {
        Rgb { r, g, b }
    }

    /// `0b5cad`, `#0b5cad`, `0bf` or `#0bf` (any case, spaces around ignored); nothing else:
    /// no names, no `rgb()`, no alpha, so the value can never inject CSS.
    pub fn parse_hex(value: &str) -> Option<Rgb> {
        let v = value.trim();
        let v = v.strip_prefix('#').unwrap_or(v);
        if !v.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(v.get(i..=i)?, 16).ok();
        match v.len() {
            3 => Some(Rgb::new(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb::new(
                digit(0)? * 16 + digit(1)?,
                digit(2)? * 16 + digit(3)?,
                digit(4)? * 16 + digit(5)?,
            )),
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// WCAG contrast ratio, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// `t` of the way from `self` to `other` (0 = self, 1 = other).
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let t = t.clamp(0.0, 1.0);
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb::new(m(self.r, other.r), m(self.g, other.g), m(self.b, other.b))
    }
}

/// The custom properties an `accent=` sets, for one background (light or dark).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccentTokens {
    /// `--sc-accent`: the accent, darkened (light theme) or lightened (dark theme) only as far as
    /// needed for 4.5:1 against the page, its surfaces and `--sc-accent-soft`, since links and
    /// outline buttons use it as text colour.
    pub accent: Rgb,
    /// `--sc-accent-text`: black or white, whichever contrasts more with the accent (always at
    /// least 4.5:1), for text on accent-filled buttons.
    pub accent_text: Rgb,
    /// `--sc-accent-soft`: a faint tint of the accent for highlighted rows.
    pub accent_soft: Rgb,
}

impl AccentTokens {
    /// `(name, value)` pairs for `style.setProperty`.
    pub fn properties(&self) -> [(&'static str, String); 3] {
        [
            ("--sc-accent", self.accent.hex()),
            ("--sc-accent-text", self.accent_text.hex()),
            ("--sc-accent-soft", self.accent_soft.hex()),
        ]
    }
}

/// Text colour (black or white) with the higher contrast on `background`.
pub fn text_on(background: Rgb) -> Rgb {
    if background.contrast(WHITE) >= background.contrast(BLACK) {
        WHITE
    } else {
        BLACK
    }
}

/// The tokens for `accent` on the light (`dark == false`) or dark theme.
pub fn accent_tokens(accent: Rgb, dark: bool) -> AccentTokens {
    let (bg, surface, toward) = if dark {
        (DARK_BG, DARK_SURFACE_2, WHITE)
    } else {
        (LIGHT_BG, LIGHT_SURFACE_2, BLACK)
    };
    let soft_of = |c: Rgb| bg.mix(c, 0.12);
    let passes = |c: Rgb| {
        c.contrast(bg) >= AA_TEXT
            && c.contrast(surface) >= AA_TEXT
            && c.contrast(soft_of(c)) >= AA_TEXT
    };
    // Move towards black (or white) in small steps; pure black/white always passes.
    let adjusted = (0..=50)
        .map(|step| accent.mix(toward, f64::from(step) / 50.0))
        .find(|c| passes(*c))
        .unwrap_or(toward);
    AccentTokens {
        accent: adjusted,
        accent_text: text_on(adjusted),
        accent_soft: soft_of(adjusted),
    }
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

/// `?a=1&b=two` (leading `?` optional) as decoded `(key, value)` pairs, in order. `+` is a space,
/// `%XX` a byte; malformed escapes are kept as written.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(part), String::new()),
        })
        .collect()
}

/// Decodes `application/x-www-form-urlencoded` text.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text
                    .get(i + 1..i + 3)
                    .filter(|h| h.bytes().all(|c| c.is_ascii_hexdigit()))
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes a query value (everything but unreserved characters).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
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

/// A web origin, `http(s)://host[:port]` (a trailing `/` is tolerated), normalised the way
/// browsers serialise origins: lower case, default port dropped. Anything else (paths, user info,
/// other schemes, `null`, `*`, spaces) is `None`.
pub fn parse_origin(value: &str) -> Option<String> {
    let value = value.trim();
    let (scheme, rest) = value.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    if authority.is_empty() || authority.contains(['/', '?', '#', '@', '\\']) {
        return None;
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (inside, after) = v6.split_once(']')?;
        if inside.is_empty()
            || !inside
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return None;
        }
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':')?),
        };
        (format!("[{}]", inside.to_ascii_lowercase()), port)
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        };
        let label_ok = |l: &str| {
            !l.is_empty()
                && l.len() <= 63
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !l.starts_with('-')
                && !l.ends_with('-')
        };
        if host.len() > 253 || !host.split('.').all(label_ok) {
            return None;
        }
        (host.to_ascii_lowercase(), port)
    };
    let port = match port {
        None => None,
        Some(p) => {
            if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let n: u32 = p.parse().ok()?;
            if n == 0 || n > 65535 {
                return None;
            }
            let n = n.to_string();
            (n != default_port).then_some(n)
        }
    };
    Some(match port {
        Some(p) => format!("{scheme}://{host}:{p}"),
        None => format!("{scheme}://{host}"),
    })
}

/// The same page without the embed parameters (`href` is `location.href`): what "open full size"
/// links to. Other query parameters and the route (the hash) are kept.
pub fn full_size_url(href: &str) -> String {
    let (before_hash, hash) = match href.find('#') {
        Some(i) => href.split_at(i),
        None => (href, ""),
    };
    let (path, query) = match before_hash.find('?') {
        Some(i) => (&before_hash[..i], &before_hash[i + 1..]),
        None => (before_hash, ""),
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|part| !part.is_empty())
        .filter(|part| {
            let key = percent_decode(part.split('=').next().unwrap_or(""));
            !EMBED_PARAMS.contains(&key.as_str())
        })
        .collect();
    if kept.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{}{hash}", kept.join("&"))
    }
}

/// The directory the widget is served from (`location.href` without file name, query and hash),
/// ending in `/`: `https://me.github.io/staffcheck/index.html?x#/quiz` → `https://me.github.io/staffcheck/`.
/// The loader lives next to `index.html`, at `<base>embed.js`.
pub fn widget_base(href: &str) -> String {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let url = &href[..end];
    let path_start = url
        .find("://")
        .map(|i| i + 3)
        .and_then(|i| url[i..].find('/').map(|j| i + j));
    match path_start {
        Some(start) => match url[start..].rfind('/') {
            Some(j) => url[..start + j + 1].to_string(),
            None => format!("{url}/"),
        },
        None => format!("{url}/"),
    }
}

/// A view is a route path without the leading `/#/`: `""` (home), `quiz`, `explore/scope`.
/// Only lower-case letters, digits, `-` and single `/` between segments.
pub fn is_valid_view(view: &str) -> bool {
    view.is_empty()
        || (view.len() <= 100
            && view.split('/').all(|seg| {
                !seg.is_empty()
                    && seg
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            }))
}

/// The view of a router path (`/explore/scope` → `explore/scope`); invalid paths and the embed
/// screen itself give the home view `""`.
pub fn view_of_path(path: &str) -> String {
    let view = path.trim_matches('/');
    if view == "embed" || !is_valid_view(view) {
        String::new()
    } else {
        view.to_string()
    }
}

/// What an embed shows and how: the input of both snippets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    /// The widget's directory URL, ending in `/` (see [`widget_base`]).
    pub base: String,
    /// A valid view (see [`is_valid_view`]); anything else is treated as home.
    pub view: String,
    pub theme: Theme,
    pub accent: Option<Rgb>,
    /// Ask for `staffcheck:completed` events.
    pub events: bool,
}

/// Escapes text for an HTML attribute value or element content.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl Snippet {
    fn view(&self) -> &str {
        if is_valid_view(&self.view) {
            &self.view
        } else {
            ""
        }
    }

    /// The full-size widget at this view (the no-JavaScript fallback link).
    pub fn page_url(&self) -> String {
        format!("{}#/{}", self.base, self.view())
    }

    /// The widget in embed mode at this view, optionally naming the host origin.
    pub fn embed_url(&self, origin: Option<&str>) -> String {
        let mut url = format!("{}?embed=1&theme={}", self.base, self.theme.as_str());
        if let Some(a) = self.accent {
            url.push_str(&format!("&accent={}", &a.hex()[1..]));
        }
        if let Some(o) = origin.and_then(parse_origin) {
            if self.events {
                url.push_str("&events=1");
            }
            url.push_str(&format!("&origin={}", percent_encode(&o)));
        }
        url.push_str(&format!("#/{}", self.view()));
        url
    }

    /// The loader snippet: a placeholder (a plain link without JavaScript) and `embed.js`.
    pub fn loader(&self) -> String {
        let mut attrs = format!(
            "data-staffcheck data-view=\"{}\" data-theme=\"{}\"",
            escape_html(self.view()),
            self.theme.as_str()
        );
        if let Some(a) = self.accent {
            attrs.push_str(&format!(" data-accent=\"{}\"", &a.hex()[1..]));
        }
        if self.events {
            attrs.push_str(" data-events=\"completed\"");
        }
        format!(
            "<div {attrs}>\n  <a href=\"{}\">{}</a>\n</div>\n<script async src=\"{}embed.js\"></script>",
            escape_html(&self.page_url()),
            escape_html(crate::content::ui::embed_snippet::PLACEHOLDER_LINK),
            escape_html(&self.base),
        )
    }

    /// The plain iframe snippet: no script on the host page, a fixed height and the widget's own
    /// scrollbar when the content is taller. Events need the loader (they need the host's origin).
    pub fn iframe(&self) -> String {
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{IFRAME_SNIPPET_HEIGHT}\" loading=\"lazy\" allow=\"clipboard-write\" style=\"border:0;width:100%;max-width:100%\"></iframe>",
            escape_html(&self.embed_url(None)),
            escape_html(crate::content::ui::embed_snippet::IFRAME_TITLE),
        )
    }
}

/// `verdict` of `staffcheck:completed`: whether the readiness count reached the bar.
pub fn verdict(meets_bar: bool) -> &'static str {
    if meets_bar {
        "ready"
    } else {
        "not-yet"
    }
}
