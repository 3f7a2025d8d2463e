//! The radar chart's geometry and description, pure: spokes clockwise from the top, rings and
//! series as SVG point lists, labels placed outside the outer ring (wrapped, anchored and pushed
//! apart), the viewBox that holds them all, and the `<desc>` text. `components::radar_chart` only
//! turns these into markup; tested natively in `tests/radar.rs`.
//!
//! User units: a position of 100 sits at radius [`RADIUS`], the centre is (0, 0), y grows
//! downwards. Sine and cosine come from a [`Trig`], so the WebAssembly build can use the
//! browser's instead of linking Rust's.

use crate::content::{fill, ui::radar as text};
use crate::domain::svg::fmt;

/// Plot radius in user units: a position of 100 sits at radius 100.
pub const RADIUS: f64 = 100.0;
/// Where the labels start, outside the outer ring.
pub const LABEL_RADIUS: f64 = 113.0;
/// The labels' font size, in user units.
pub const FONT: f64 = 16.0;
/// From one line of a wrapped label to the next.
pub const LINE: f64 = 18.0;
/// A generous estimate of a glyph's width, in ems, so the viewBox always holds the labels.
pub const GLYPH: f64 = 0.6;
/// Space around the outer ring and the labels, inside the viewBox.
pub const PAD: f64 = 6.0;
/// The least space between two labels.
pub const GAP: f64 = 4.0;
/// Labels longer than this are split at a space or hyphen near the middle.
pub const WRAP_AT: usize = 10;
/// The rings drawn as the grid (the outer one is a position of 100).
pub const GRID: [f64; 3] = [25.0, 50.0, 100.0];

/// Cosine and sine.
pub trait Trig {
    /// `(cos a, sin a)` of an angle in radians.
    fn cos_sin(a: f64) -> (f64, f64);
}

/// Rust's own `cos` and `sin` (native builds and tests).
pub struct RustTrig;

impl Trig for RustTrig {
    fn cos_sin(a: f64) -> (f64, f64) {
        (a.cos(), a.sin())
    }
}

/// Angle of spoke `i` of `n`, clockwise from the top.
pub fn angle(i: usize, n: usize) -> f64 {
    -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n.max(1) as f64
}

/// The point at angle `a` and radius `r`.
pub fn xy<T: Trig>(a: f64, r: f64) -> (f64, f64) {
    let (cos, sin) = T::cos_sin(a);
    (cos * r, sin * r)
}

/// `x,y` of the point at angle `a` and radius `r`, for a `points` attribute.
pub fn point<T: Trig>(a: f64, r: f64) -> String {
    let (x, y) = xy::<T>(a, r);
    format!("{},{}", fmt(x), fmt(y))
}

/// The `points` of a ring at radius `r` through `n` spokes.
pub fn ring<T: Trig>(n: usize, r: f64) -> String {
    (0..n)
        .map(|i| point::<T>(angle(i, n), r))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The outer end of spoke `i` of `n`.
pub fn spoke_end<T: Trig>(i: usize, n: usize) -> (f64, f64) {
    xy::<T>(angle(i, n), RADIUS)
}

/// One answered spoke of a series.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesPoint {
    /// The spoke's index.
    pub axis: usize,
    /// The position, 0..=100.
    pub value: u8,
    pub x: f64,
    pub y: f64,
}

/// What joins a series' points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Nothing (no point, or one).
    None,
    /// A line (two points).
    Line,
    /// A closed polygon (three or more).
    Polygon,
}

/// A series placed on the spokes: unanswered spokes are left out, so the shape joins the answered
/// ones only and a skipped dimension never reads as a position of 0.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub points: Vec<SeriesPoint>,
    pub shape: Shape,
}

impl Series {
    /// The `points` attribute of the shape.
    pub fn points_attr(&self) -> String {
        self.points
            .iter()
            .map(|p| format!("{},{}", fmt(p.x), fmt(p.y)))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// `values` (aligned with the `n` spokes by index; extra ones ignored, positions above 100 drawn
/// at 100) as a series.
pub fn series<T: Trig>(values: &[Option<u8>], n: usize) -> Series {
    let points: Vec<SeriesPoint> = values
        .iter()
        .take(n)
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v.min(100))))
        .map(|(axis, value)| {
            let (x, y) = xy::<T>(angle(axis, n), f64::from(value));
            SeriesPoint { axis, value, x, y }
        })
        .collect();
    let shape = match points.len() {
        0 | 1 => Shape::None,
        2 => Shape::Line,
        _ => Shape::Polygon,
    };
    Series { points, shape }
}

/// Where a label's text starts from its `x` (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Text runs right from `x` (labels on the right-hand side).
    Start,
    /// Centred on `x` (near the top and bottom).
    Middle,
    /// Text ends at `x` (labels on the left-hand side).
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A box in user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

/// A spoke's label, split into lines and placed outside the outer ring.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub lines: Vec<String>,
    /// The spoke is unanswered (drawn muted).
    pub missing: bool,
    /// |sin| of the spoke: 1 at the top and bottom, 0 at the sides.
    pub vertical: f64,
    pub x: f64,
    /// Baseline of the first line.
    pub y: f64,
    pub anchor: Anchor,
    /// Estimated width of the widest line.
    pub width: f64,
    pub height: f64,
}

impl Label {
    /// The label `name` of the spoke at angle `a`, at `radius`.
    pub fn new<T: Trig>(name: &str, missing: bool, a: f64, radius: f64) -> Label {
        let (cos, sin) = T::cos_sin(a);
        // Only labels towards the sides wrap: there, width is what shrinks the chart, while a
        // two-line label near the top or bottom would run into its neighbours.
        let lines = if cos.abs() > 0.5 {
            wrap(name)
        } else {
            vec![name.to_string()]
        };
        let (cx, cy) = xy::<T>(a, radius);
        let anchor = if cos.abs() < 0.3 {
            Anchor::Middle
        } else if cos > 0.0 {
            Anchor::Start
        } else {
            Anchor::End
        };
        let height = LINE * (lines.len() as f64 - 1.0) + FONT;
        // Centred on the spoke's end, pushed half a line outwards (up at the top, down at the
        // bottom), so the text clears the outer ring without crowding its neighbours.
        let top = cy - height / 2.0 + sin * FONT / 2.0;
        let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64;
        Label {
            lines,
            missing,
            vertical: sin.abs(),
            x: cx,
            y: top + FONT * 0.8,
            anchor,
            width: widest * FONT * GLYPH,
            height,
        }
    }

    /// The label's estimated box.
    pub fn bounds(&self) -> Rect {
        let left = match self.anchor {
            Anchor::Start => self.x,
            Anchor::End => self.x - self.width,
            Anchor::Middle => self.x - self.width / 2.0,
        };
        let top = self.y - FONT * 0.8;
        Rect {
            left,
            top,
            right: left + self.width,
            bottom: top + self.height,
        }
    }
}

/// Places every label (one per spoke: its name, and whether it is unanswered), then pushes apart
/// neighbours whose boxes touch: the one nearer the top or bottom moves outwards along its spoke,
/// a little at a time.
pub fn layout<T: Trig, S: AsRef<str>>(axes: &[(S, Option<u8>)]) -> Vec<Label> {
    let n = axes.len();
    let make = |i: usize, r: f64| -> Label {
        let (name, value) = &axes[i];
        Label::new::<T>(name.as_ref(), value.is_none(), angle(i, n), r)
    };
    let mut radii = vec![LABEL_RADIUS; n];
    let mut labels: Vec<Label> = (0..n).map(|i| make(i, LABEL_RADIUS)).collect();
    if n < 3 {
        return labels;
    }
    for _ in 0..30 {
        let mut moved = false;
        for i in 0..n {
            let j = (i + 1) % n;
            if touch(&labels[i], &labels[j]) {
                let k = if labels[i].vertical >= labels[j].vertical {
                    i
                } else {
                    j
                };
                radii[k] += 2.0;
                labels[k] = make(k, radii[k]);
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    labels
}

/// Whether two label boxes overlap or come closer than `GAP`.
pub fn touch(a: &Label, b: &Label) -> bool {
    let (a, b) = (a.bounds(), b.bounds());
    a.left < b.right + GAP
        && b.left < a.right + GAP
        && a.top < b.bottom + GAP
        && b.top < a.bottom + GAP
}

/// Splits a long label at the space or hyphen nearest its middle (the hyphen stays on line one).
pub fn wrap(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() <= WRAP_AT {
        return vec![name.to_string()];
    }
    let mid = chars.len() / 2;
    let split = chars
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == ' ' || **c == '-')
        .min_by_key(|(i, _)| i.abs_diff(mid))
        .map(|(i, c)| (i, *c));
    match split {
        Some((i, ' ')) => vec![chars[..i].iter().collect(), chars[i + 1..].iter().collect()],
        Some((i, _)) => vec![
            chars[..=i].iter().collect(),
            chars[i + 1..].iter().collect(),
        ],
        None => vec![name.to_string()],
    }
}

/// The chart's viewBox, in user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl ViewBox {
    /// The `viewBox` attribute.
    pub fn attr(&self) -> String {
        format!(
            "{} {} {} {}",
            fmt(self.x),
            fmt(self.y),
            fmt(self.width),
            fmt(self.height)
        )
    }
}

/// The viewBox holding the outer ring and every label, with `PAD` around them.
pub fn view_box(labels: &[Label]) -> ViewBox {
    let (mut x0, mut y0, mut x1, mut y1) = (-RADIUS, -RADIUS, RADIUS, RADIUS);
    for l in labels {
        let b = l.bounds();
        x0 = x0.min(b.left);
        y0 = y0.min(b.top);
        x1 = x1.max(b.right);
        y1 = y1.max(b.bottom);
    }
    ViewBox {
        x: x0 - PAD,
        y: y0 - PAD,
        width: x1 - x0 + 2.0 * PAD,
        height: y1 - y0 + 2.0 * PAD,
    }
}

/// The `<desc>`: how to read the chart and what it shows, in one paragraph. `axes` are the spokes'
/// names and positions, `target` the ring drawn as the target, `overlay` the second series' label.
pub fn describe<S: AsRef<str>>(
    axes: &[(S, Option<u8>)],
    target: u8,
    series_label: &str,
    overlay: Option<&str>,
) -> String {
    let n = axes.len();
    let target = target.min(100);
    let answered: Vec<(&str, u8)> = axes
        .iter()
        .filter_map(|(l, v)| v.map(|v| (l.as_ref(), v.min(100))))
        .collect();
    let mut s = fill(
        text::DESC,
        &[("n", &n.to_string()), ("target", &target.to_string())],
    );
    if answered.is_empty() {
        s.push_str(text::DESC_NONE);
    } else {
        let at_target = answered.iter().filter(|(_, v)| *v >= target).count();
        s.push_str(&fill(
            text::DESC_REACHES,
            &[
                ("series", series_label),
                ("at_target", &at_target.to_string()),
                ("answered", &answered.len().to_string()),
            ],
        ));
        let max = answered.iter().map(|(_, v)| *v).max().unwrap_or(0);
        let min = answered.iter().map(|(_, v)| *v).min().unwrap_or(0);
        let names = |value: u8| -> String {
            answered
                .iter()
                .filter(|(_, v)| *v == value)
                .map(|(l, _)| *l)
                .collect::<Vec<_>>()
                .join(", ")
        };
        s.push_str(&fill(
            text::DESC_HIGHEST,
            &[("names", &names(max)), ("value", &max.to_string())],
        ));
        if min != max {
            s.push_str(&fill(
                text::DESC_LOWEST,
                &[("names", &names(min)), ("value", &min.to_string())],
            ));
        }
    }
    let missing: Vec<&str> = axes
        .iter()
        .filter(|(_, v)| v.is_none())
        .map(|(l, _)| l.as_ref())
        .collect();
    if !missing.is_empty() && missing.len() < n {
        s.push_str(&fill(text::DESC_MISSING, &[("names", &missing.join(", "))]));
    }
    if let Some(label) = overlay {
        s.push_str(&fill(text::DESC_OVERLAY, &[("label", label)]));
    }
    s.push_str(text::DESC_TABLE);
    s
}
