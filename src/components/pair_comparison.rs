use yew::prelude::*;

use crate::components::radar_chart::{radar_chart, RadarChartProps, RadarSeries};
use crate::content::{fill, ui::pair_comparison as text, CONTENT};
use crate::route::Route;

pub struct PairComparisonProps {
    /// Prefix for element ids; unique per page.
    pub id: AttrValue,
    pub title: AttrValue,
    pub first_label: AttrValue,
    pub second_label: AttrValue,
    /// Positions per dimension, in content order.
    pub first: Vec<Option<u8>>,
    pub second: Vec<Option<u8>>,
    /// List the biggest differences first (the best 1:1 topics).
    pub biggest_first: bool,
}

/// (dimension index, first, second, second minus first)
type Row = (usize, Option<u8>, Option<u8>, Option<i16>);

/// Two sets of positions on one radar chart and in one table, with the difference per dimension.
pub fn pair_comparison(props: &PairComparisonProps) -> Html {
    let mut rows: Vec<Row> = CONTENT
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, _)| {
            let a = props.first.get(i).copied().flatten();
            let b = props.second.get(i).copied().flatten();
            let gap = a.zip(b).map(|(a, b)| i16::from(b) - i16::from(a));
            (i, a, b, gap)
        })
        .collect();
    if props.biggest_first {
        crate::domain::sort::sort_by_key(&mut rows, |(i, _, _, gap)| {
            (gap.map_or(i16::MIN, |g| -g.abs()), *i)
        });
        crate::domain::sort::sort_by_key(&mut rows, |(_, _, _, gap)| gap.is_none());
    }
    let fmt = |v: Option<u8>| v.map_or(text::NOT_ANSWERED.to_string(), |v| v.to_string());
    html! {
        <section class="pair-comparison" data-testid={format!("{}", props.id)} aria-labelledby={format!("{}-heading", props.id)}>
            <h2 id={format!("{}-heading", props.id)}>{ props.title.clone() }</h2>
            { radar_chart(&RadarChartProps {
                id: format!("{}-radar", props.id).into(),
                title: props.title.clone(),
                series_label: props.first_label.clone(),
                axes: CONTENT.dimensions.iter().enumerate()
                    .map(|(i, d)| (AttrValue::from(d.name), props.first.get(i).copied().flatten()))
                    .collect(),
                overlay: Some(RadarSeries { label: props.second_label.clone(), values: props.second.clone() }),
            }) }
            <table class="compare-moves" data-testid="pair-table">
                <caption>{ fill(text::CAPTION, &[("first", &props.first_label), ("second", &props.second_label)]) }</caption>
                <thead><tr>
                    <th scope="col">{ text::DIMENSION }</th>
                    <th scope="col">{ props.first_label.clone() }</th>
                    <th scope="col">{ props.second_label.clone() }</th>
                    <th scope="col">{ text::DIFFERENCE }</th>
                </tr></thead>
                <tbody>
                    { for rows.iter().map(|(i, a, b, gap)| {
                        let d = &CONTENT.dimensions[*i];
                        html! {
                            <tr data-testid="pair-row" data-dimension={d.id}>
                                <th scope="row"><a href={Route::Dimension { id: d.id.to_string() }.href()}>{ d.name }</a></th>
                                <td data-testid="pair-first">{ fmt(*a) }</td>
                                <td data-testid="pair-second">{ fmt(*b) }</td>
                                <td data-testid="pair-gap">{ gap.map_or("—".to_string(), |g| format!("{g:+}")) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
