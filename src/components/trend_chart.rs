use yew::prelude::*;

use crate::content::{fill, ui::trend as text, CONTENT};
use crate::domain::store::Attempt;
use crate::domain::svg::fmt;

pub struct TrendChartProps {
    /// Attempts, oldest first.
    pub attempts: Vec<Attempt>,
    /// Formats an attempt's date for labels.
    pub dates: Vec<AttrValue>,
}

const W: f64 = 320.0;
const H: f64 = 160.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 24.0;

fn x(i: usize, n: usize) -> f64 {
    if n <= 1 {
        LEFT + (W - LEFT - RIGHT) / 2.0
    } else {
        LEFT + (W - LEFT - RIGHT) * i as f64 / (n - 1) as f64
    }
}

fn y(value: f64) -> f64 {
    TOP + (H - TOP - BOTTOM) * (1.0 - value / 100.0)
}

fn polyline(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|(a, b)| format!("{},{}", fmt(*a), fmt(*b)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Overall position and readiness (as a share of the readiness statements) over time, with a table
/// twin.
pub fn trend_chart(props: &TrendChartProps) -> Html {
    let n = props.attempts.len();
    let overall: Vec<(f64, f64)> = props
        .attempts
        .iter()
        .enumerate()
        .filter_map(|(i, a)| a.summary.overall.map(|o| (x(i, n), y(f64::from(o)))))
        .collect();
    let readiness: Vec<(f64, f64)> = props
        .attempts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let total = f64::from(a.summary.readiness_total.max(1));
            (x(i, n), y(f64::from(a.summary.readiness) * 100.0 / total))
        })
        .collect();
    let bar = props
        .attempts
        .last()
        .map(|a| f64::from(a.summary.bar) * 100.0 / f64::from(a.summary.readiness_total.max(1)));
    html! {
        <figure class="trend" data-testid="trend">
            <svg class="trend-chart" viewBox={format!("0 0 {} {}", W as u32, H as u32)} role="img"
                 aria-labelledby="trend-title trend-desc">
                <title id="trend-title">{ text::TITLE }</title>
                <desc id="trend-desc">
                    { fill(text::DESC, &[("n", &n.to_string())]) }
                </desc>
                { for [0.0, 50.0, 100.0].iter().map(|v| html! {
                    <>
                        <line class="trend-grid" x1={fmt(LEFT)} x2={fmt(W - RIGHT)}
                              y1={fmt(y(*v))} y2={fmt(y(*v))} />
                        <text class="trend-axis" x={fmt(LEFT - 6.0)} y={fmt(y(*v) + 4.0)}
                              text-anchor="end">{ *v as u8 }</text>
                    </>
                }) }
                if let Some(b) = bar {
                    <line class="trend-bar" x1={fmt(LEFT)} x2={fmt(W - RIGHT)}
                          y1={fmt(y(b))} y2={fmt(y(b))} />
                }
                <polyline class="trend-line overall" points={polyline(&overall)} />
                <polyline class="trend-line readiness" points={polyline(&readiness)} />
                { for overall.iter().map(|(a, b)| html! { <circle class="trend-dot overall" cx={fmt(*a)} cy={fmt(*b)} r="3.5" /> }) }
                { for readiness.iter().map(|(a, b)| html! { <rect class="trend-dot readiness" x={fmt(a - 3.0)} y={fmt(b - 3.0)} width="6" height="6" /> }) }
            </svg>
            <figcaption class="trend-legend">
                <span class="legend overall">{ text::LEGEND_OVERALL }</span>
                <span class="legend readiness">{ fill(text::LEGEND_READINESS, &[("total", &CONTENT.readiness.len().to_string())]) }</span>
                <span class="legend bar">{ fill(text::LEGEND_BAR, &[("bar", &CONTENT.bar.to_string()), ("total", &CONTENT.readiness.len().to_string())]) }</span>
            </figcaption>
            <table class="trend-table" data-testid="trend-table">
                <caption class="visually-hidden">{ text::CAPTION }</caption>
                <thead><tr><th scope="col">{ text::DATE }</th><th scope="col">{ text::OVERALL }</th><th scope="col">{ text::READINESS }</th></tr></thead>
                <tbody>
                    { for props.attempts.iter().zip(props.dates.iter()).map(|(a, d)| html! {
                        <tr data-kind={if a.quick { "quick" } else { "full" }}>
                            <th scope="row">{ d.clone() }</th>
                            <td>{ if a.quick { text::QUICK.to_string() } else { a.summary.overall.map_or("—".to_string(), |o| o.to_string()) } }</td>
                            <td>{ fill(text::COUNT, &[("count", &a.summary.readiness.to_string()), ("total", &a.summary.readiness_total.to_string())]) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}
