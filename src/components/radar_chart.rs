use yew::prelude::*;

use crate::content::{fill, ui::radar as text};

use crate::domain::scoring::TARGET;

/// A second series drawn over the first (e.g. an earlier attempt), aligned with `axes` by index.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarSeries {
    pub label: AttrValue,
    pub values: Vec<Option<u8>>,
}

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    /// One spoke per entry, clockwise from the top: its label and position (0..=100).
    pub axes: Vec<(AttrValue, Option<u8>)>,
    /// The chart's accessible name (its `<title>`).
    pub title: AttrValue,
    /// The legend name of the main series.
    #[prop_or_else(|| AttrValue::from(text::DEFAULT_LABEL))]
    pub series_label: AttrValue,
    /// An optional second series, drawn dotted.
    #[prop_or_default]
    pub overlay: Option<RadarSeries>,
    /// The ring drawn as the target (the Staff target by default).
    #[prop_or(TARGET)]
    pub target: u8,
    /// Prefix of the ids of `<title>` and `<desc>`; unique per page.
    #[prop_or_else(|| AttrValue::from("radar"))]
    pub id: AttrValue,
}

/// Plot radius in user units: a position of 100 sits at radius 100.
const RADIUS: f64 = 100.0;
/// Where the labels start, outside the outer ring.
const LABEL_RADIUS: f64 = 113.0;
const FONT: f64 = 16.0;
const LINE: f64 = 18.0;
/// A generous estimate of a glyph's width, in ems, so the viewBox always holds the labels.
const GLYPH: f64 = 0.6;
const PAD: f64 = 6.0;
/// The least space between two labels.
const GAP: f64 = 4.0;
/// Labels longer than this are split at a space or hyphen near the middle.
const WRAP_AT: usize = 10;

/// A radar ("spider") chart in plain SVG: one spoke per axis, the target as a dashed ring, the
/// main series as a filled shape with points, an optional overlay as a dotted shape.
///
/// Unanswered axes (`None`) are left out of the shape, which joins the answered spokes only, so a
/// skipped dimension never reads as a position of 0; its spoke is dashed, its label muted and in
/// italics, the legend explains both and the `<desc>` names them. The viewBox is computed from
/// estimated label sizes, so labels are never clipped and the chart scales down to any width
/// (long labels at the sides wrap onto two lines). `role="img"` with `<title>` and `<desc>`;
/// the table twin (`ScoreTable`) carries every number. No inline styles: colours come from
/// classes in `styles/results.css`.
#[component]
pub fn RadarChart(props: &RadarChartProps) -> Html {
    let n = props.axes.len();
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let labelledby = format!("{title_id} {desc_id}");
    let desc = describe(props);
    if n == 0 {
        return Html::default();
    }

    let labels = layout(&props.axes);
    let view_box = view_box(&labels);

    let ring = |r: f64| -> String {
        (0..n)
            .map(|i| point(angle(i, n), r))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let target = f64::from(props.target.min(100));
    let main: Vec<Option<u8>> = props.axes.iter().map(|(_, v)| *v).collect();

    html! {
        <figure class="radar-chart">
            <svg class="radar-svg" data-testid="radar" role="img" viewBox={view_box}
                 aria-labelledby={labelledby} focusable="false" xmlns="http://www.w3.org/2000/svg">
                <title id={title_id}>{ props.title.clone() }</title>
                <desc id={desc_id}>{ desc }</desc>
                <g class="radar-grid">
                    { for [25.0, 50.0, 100.0].iter().map(|r| html! {
                        <polygon class="radar-ring" points={ring(*r)} />
                    }) }
                    { for props.axes.iter().enumerate().map(|(i, (_, v))| {
                        let (x, y) = xy(angle(i, n), RADIUS);
                        html! {
                            <line class={classes!("radar-axis", v.is_none().then_some("is-missing"))}
                                  x1="0" y1="0" x2={fmt(x)} y2={fmt(y)} />
                        }
                    }) }
                </g>
                <polygon class="radar-target" data-testid="radar-target" points={ring(target)} />
                { view_series(&main, "radar-series", "radar-point", props) }
                if let Some(o) = &props.overlay {
                    { view_series(&o.values, "radar-overlay", "radar-overlay-point", props) }
                }
                <g class="radar-labels">
                    { for labels.iter().map(view_label) }
                </g>
            </svg>
            <figcaption class="radar-legend">
                <ul>
                    <li>
                        <svg class="radar-key" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                            <line class="radar-series" x1="1" y1="6" x2="23" y2="6" />
                            <circle class="radar-point" cx="12" cy="6" r="3.5" />
                        </svg>
                        { props.series_label.clone() }
                    </li>
                    if let Some(o) = &props.overlay {
                        <li>
                            <svg class="radar-key" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                                <line class="radar-overlay" x1="1" y1="6" x2="23" y2="6" />
                            </svg>
                            { o.label.clone() }
                        </li>
                    }
                    <li>
                        <svg class="radar-key" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                            <line class="radar-target" x1="1" y1="6" x2="23" y2="6" />
                        </svg>
                        { fill(text::TARGET, &[("target", &props.target.min(100).to_string())]) }
                    </li>
                    if main.iter().any(Option::is_none) {
                        <li>
                            <svg class="radar-key" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                                <line class="radar-axis is-missing" x1="1" y1="6" x2="23" y2="6" />
                            </svg>
                            <span class="radar-key-missing">{ text::MISSING }</span>
                        </li>
                    }
                </ul>
                <p class="radar-note">
                    { text::NOTE }
                </p>
            </figcaption>
        </figure>
    }
}

/// The shape of one series: a polygon through its answered spokes (a line for two, a point for one).
fn view_series(
    values: &[Option<u8>],
    class: &str,
    point_class: &str,
    props: &RadarChartProps,
) -> Html {
    let n = props.axes.len();
    let pts: Vec<(usize, u8)> = values
        .iter()
        .take(n)
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v.min(100))))
        .collect();
    let coords = pts
        .iter()
        .map(|(i, v)| point(angle(*i, n), f64::from(*v)))
        .collect::<Vec<_>>()
        .join(" ");
    let shape = match pts.len() {
        0 | 1 => Html::default(),
        2 => html! { <polyline class={class.to_string()} points={coords} /> },
        _ => html! { <polygon class={class.to_string()} points={coords} /> },
    };
    html! {
        <g>
            { shape }
            { for pts.iter().map(|(i, v)| {
                let (x, y) = xy(angle(*i, n), f64::from(*v));
                let name = props.axes.get(*i).map(|(l, _)| l.clone()).unwrap_or_default();
                html! {
                    <circle class={point_class.to_string()} cx={fmt(x)} cy={fmt(y)} r="3.5">
                        <title>{ format!("{name}: {v}") }</title>
                    </circle>
                }
            }) }
        </g>
    }
}

/// A spoke's label, split into lines and placed outside the outer ring.
struct Label {
    lines: Vec<String>,
    missing: bool,
    /// |sin| of the spoke: 1 at the top and bottom, 0 at the sides.
    vertical: f64,
    x: f64,
    /// Baseline of the first line.
    y: f64,
    anchor: &'static str,
    width: f64,
    height: f64,
}

impl Label {
    fn new(name: &str, missing: bool, a: f64, radius: f64) -> Label {
        let (cos, sin) = cos_sin(a);
        // Only labels towards the sides wrap: there, width is what shrinks the chart, while a
        // two-line label near the top or bottom would run into its neighbours.
        let lines = if cos.abs() > 0.5 {
            wrap(name)
        } else {
            vec![name.to_string()]
        };
        let (cx, cy) = xy(a, radius);
        let anchor = if cos.abs() < 0.3 {
            "middle"
        } else if cos > 0.0 {
            "start"
        } else {
            "end"
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

    /// (min x, min y, max x, max y) of the label's estimated box.
    fn bounds(&self) -> (f64, f64, f64, f64) {
        let left = match self.anchor {
            "start" => self.x,
            "end" => self.x - self.width,
            _ => self.x - self.width / 2.0,
        };
        let top = self.y - FONT * 0.8;
        (left, top, left + self.width, top + self.height)
    }
}

fn view_label(l: &Label) -> Html {
    html! {
        <text class={classes!("radar-label", l.missing.then_some("is-missing"))}
              x={fmt(l.x)} y={fmt(l.y)} text-anchor={l.anchor} font-size={fmt(FONT)}>
            { for l.lines.iter().enumerate().map(|(i, line)| html! {
                <tspan x={fmt(l.x)} dy={if i == 0 { "0".to_string() } else { fmt(LINE) }}>{ line.clone() }</tspan>
            }) }
        </text>
    }
}

/// Places every label, then pushes apart neighbours whose boxes touch: the one nearer the top
/// or bottom moves outwards along its spoke, a little at a time.
fn layout(axes: &[(AttrValue, Option<u8>)]) -> Vec<Label> {
    let n = axes.len();
    let make = |i: usize, r: f64| -> Label {
        let (name, value) = &axes[i];
        Label::new(name, value.is_none(), angle(i, n), r)
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
fn touch(a: &Label, b: &Label) -> bool {
    let (ax0, ay0, ax1, ay1) = a.bounds();
    let (bx0, by0, bx1, by1) = b.bounds();
    ax0 < bx1 + GAP && bx0 < ax1 + GAP && ay0 < by1 + GAP && by0 < ay1 + GAP
}

/// Splits a long label at the space or hyphen nearest its middle (the hyphen stays on line one).
fn wrap(name: &str) -> Vec<String> {
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

/// The viewBox holding the outer ring and every label.
fn view_box(labels: &[Label]) -> String {
    let (mut x0, mut y0, mut x1, mut y1) = (-RADIUS, -RADIUS, RADIUS, RADIUS);
    for l in labels {
        let (a, b, c, d) = l.bounds();
        x0 = x0.min(a);
        y0 = y0.min(b);
        x1 = x1.max(c);
        y1 = y1.max(d);
    }
    format!(
        "{} {} {} {}",
        fmt(x0 - PAD),
        fmt(y0 - PAD),
        fmt(x1 - x0 + 2.0 * PAD),
        fmt(y1 - y0 + 2.0 * PAD)
    )
}

/// Angle of spoke `i` of `n`, clockwise from the top.
fn angle(i: usize, n: usize) -> f64 {
    -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n.max(1) as f64
}

fn xy(a: f64, r: f64) -> (f64, f64) {
    let (cos, sin) = cos_sin(a);
    (cos * r, sin * r)
}

/// The browser's `Math.cos` and `Math.sin` in WebAssembly (Rust's own add about 7 kB to the
/// bundle); Rust's elsewhere.
#[cfg(target_arch = "wasm32")]
fn cos_sin(a: f64) -> (f64, f64) {
    (js_sys::Math::cos(a), js_sys::Math::sin(a))
}

#[cfg(not(target_arch = "wasm32"))]
fn cos_sin(a: f64) -> (f64, f64) {
    (a.cos(), a.sin())
}

fn point(a: f64, r: f64) -> String {
    let (x, y) = xy(a, r);
    format!("{},{}", fmt(x), fmt(y))
}

/// One decimal, without "-0.0" or a trailing ".0" (12.34 -> "12.3", 12.0 -> "12", -0.01 -> "0").
///
/// Integer arithmetic on tenths: formatting an `f64` would pull Rust's float printing
/// (about 10 kB of WebAssembly) into the bundle.
pub(crate) fn fmt(v: f64) -> String {
    // `as` saturates (and maps NaN to 0), so no input can overflow.
    let tenths = (v * 10.0).round() as i64;
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    let sign = if tenths < 0 { "-" } else { "" };
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// The `<desc>`: how to read the chart and what it shows, in one paragraph.
fn describe(props: &RadarChartProps) -> String {
    let n = props.axes.len();
    let target = props.target.min(100);
    let answered: Vec<(&AttrValue, u8)> = props
        .axes
        .iter()
        .filter_map(|(l, v)| v.map(|v| (l, v.min(100))))
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
                ("series", &props.series_label),
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
                .map(|(l, _)| l.to_string())
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
    let missing: Vec<String> = props
        .axes
        .iter()
        .filter(|(_, v)| v.is_none())
        .map(|(l, _)| l.to_string())
        .collect();
    if !missing.is_empty() && missing.len() < n {
        s.push_str(&fill(text::DESC_MISSING, &[("names", &missing.join(", "))]));
    }
    if let Some(o) = &props.overlay {
        s.push_str(&fill(text::DESC_OVERLAY, &[("label", &o.label)]));
    }
    s.push_str(text::DESC_TABLE);
    s
}
