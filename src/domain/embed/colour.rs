//! Colours: sRGB values parsed from `accent=`, WCAG luminance and contrast, and the accent made
//! AA-safe (4.5:1) on the light and dark themes.

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
                pow_2_4((c + 0.055) / 1.055)
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

/// `x^2.4` for `x` in (0, 1], within 2 ulps of `x.powf(2.4)` for every channel value (`powf`
/// links libm's `pow` into the wasm, about 2 kB): `x² · (x²)^(1/5)`, the fifth root by Newton's
/// method, which falls towards it from 1 and stops once it no longer falls.
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut y = 1.0_f64;
    for _ in 0..64 {
        let y4 = (y * y) * (y * y);
        let next = y - (y4 * y - a) / (5.0 * y4);
        if next >= y {
            break;
        }
        y = next;
    }
    a * y
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
