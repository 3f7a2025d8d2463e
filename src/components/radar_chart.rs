use yew::prelude::*;

use crate::content::{fill, ui::radar as text};
use crate::domain::radar::{self, Shape, FONT, GRID, LINE};
use crate::domain::scoring::TARGET;
use crate::domain::svg::fmt;
use crate::trig::Trig;

/// A second series drawn over the first (e.g. an earlier attempt), aligned with `axes` by index.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarSeries {
    pub label: AttrValue,
    pub values: Vec<Option<u8>>,
}

pub struct RadarChartProps {
    /// One spoke per entry, clockwise from the top: its label and position (0..=100).
    pub axes: Vec<(AttrValue, Option<u8>)>,
    /// The chart's accessible name (its `<title>`).
    pub title: AttrValue,
    /// The legend name of the main series.
    pub series_label: AttrValue,
    /// An optional second series, drawn dotted.
    pub overlay: Option<RadarSeries>,
    /// Prefix of the ids of `<title>` and `<desc>`; unique per page.
    pub id: AttrValue,
}

/// A radar ("spider") chart in plain SVG: one spoke per axis, the Staff target as a dashed ring, the
/// main series as a filled shape with points, an optional overlay as a dotted shape.
///
/// Unanswered axes (`None`) are left out of the shape, which joins the answered spokes only, so a
/// skipped dimension never reads as a position of 0; its spoke is dashed, its label muted and in
/// italics, the legend explains both and the `<desc>` names them. The viewBox is computed from
/// estimated label sizes, so labels are never clipped and the chart scales down to any width
/// (long labels at the sides wrap onto two lines). `role="img"` with `<title>` and `<desc>`;
/// the table twin (`ScoreTable`) carries every number. No inline styles: colours come from
/// classes in `styles/results.css`. The geometry and the `<desc>` text come from `domain::radar`;
/// this component only writes the markup.
pub fn radar_chart(props: &RadarChartProps) -> Html {
    let n = props.axes.len();
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let labelledby = format!("{title_id} {desc_id}");
    let desc = radar::describe(
        &props.axes,
        TARGET,
        &props.series_label,
        props.overlay.as_ref().map(|o| &*o.label),
    );
    if n == 0 {
        return Html::default();
    }

    let labels = radar::layout::<Trig, _>(&props.axes);
    let view_box = radar::view_box(&labels).attr();
    let ring = |r: f64| radar::ring::<Trig>(n, r);
    let target = f64::from(TARGET.min(100));
    let main: Vec<Option<u8>> = props.axes.iter().map(|(_, v)| *v).collect();

    html! {
        <figure class="radar-chart">
            <svg class="radar-svg" data-testid="radar" role="img" viewBox={view_box}
                 aria-labelledby={labelledby} focusable="false" xmlns="http://www.w3.org/2000/svg">
                <title id={title_id}>{ props.title.clone() }</title>
                <desc id={desc_id}>{ desc }</desc>
                <g class="radar-grid">
                    { for GRID.iter().map(|r| html! {
                        <polygon class="radar-ring" points={ring(*r)} />
                    }) }
                    { for props.axes.iter().enumerate().map(|(i, (_, v))| {
                        let (x, y) = radar::spoke_end::<Trig>(i, n);
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
                        { fill(text::TARGET, &[("target", &TARGET.min(100).to_string())]) }
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
    let series = radar::series::<Trig>(values, props.axes.len());
    let coords = series.points_attr();
    let shape = match series.shape {
        Shape::None => Html::default(),
        Shape::Line => html! { <polyline class={class.to_string()} points={coords} /> },
        Shape::Polygon => html! { <polygon class={class.to_string()} points={coords} /> },
    };
    html! {
        <g>
            { shape }
            { for series.points.iter().map(|p| {
                let name = props.axes.get(p.axis).map(|(l, _)| l.clone()).unwrap_or_default();
                html! {
                    <circle class={point_class.to_string()} cx={fmt(p.x)} cy={fmt(p.y)} r="3.5">
                        <title>{ format!("{name}: {}", p.value) }</title>
                    </circle>
                }
            }) }
        </g>
    }
}

fn view_label(l: &radar::Label) -> Html {
    html! {
        <text class={classes!("radar-label", l.missing.then_some("is-missing"))}
              x={fmt(l.x)} y={fmt(l.y)} text-anchor={l.anchor.as_str()} font-size={fmt(FONT)}>
            { for l.lines.iter().enumerate().map(|(i, line)| html! {
                <tspan x={fmt(l.x)} dy={if i == 0 { "0".to_string() } else { fmt(LINE) }}>{ line.clone() }</tspan>
            }) }
        </text>
    }
}
