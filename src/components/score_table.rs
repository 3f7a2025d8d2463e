use yew::prelude::*;

use crate::content::ui::{results_them as them, score_table as text};
use crate::content::voice;

use crate::domain::scoring::{DimensionScore, TARGET};
use crate::route::Route;

pub struct ScoreTableProps<'a> {
    /// One row per dimension, in display order.
    pub rows: &'a [DimensionScore],
    /// Whose result it is when not the visitor's own (see `ResultView`).
    pub about: Option<&'a str>,
}

/// The radar chart's text twin: every dimension with its position, the Staff target and the gap.
pub fn score_table(props: &ScoreTableProps<'_>) -> Html {
    let target = TARGET.min(100);
    let v = |yours: &str, theirs: &str| voice(props.about, yours, theirs);
    html! {
        <table class="score-table" data-testid="score-table">
            <caption>{ v(text::CAPTION, them::TABLE_CAPTION) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ text::DIMENSION }</th>
                    <th scope="col" class="num">{ v(text::POSITION, them::TABLE_POSITION) }<span class="score-table-unit">{ text::POSITION_UNIT }</span></th>
                    <th scope="col" class="num">{ text::TARGET }</th>
                    <th scope="col" class="num">{ text::GAP }</th>
                </tr>
            </thead>
            <tbody>
                { for props.rows.iter().map(|d| view_row(d, target)) }
            </tbody>
        </table>
    }
}

fn view_row(d: &DimensionScore, target: u8) -> Html {
    let href = Route::Dimension {
        id: d.id.to_string(),
    }
    .href();
    let gap = d.position.map(|p| target.saturating_sub(p));
    let (position, gap_text) = match (d.position, gap) {
        (Some(p), Some(0)) => (p.to_string(), html! { text::MET }),
        (Some(p), Some(g)) => (p.to_string(), html! { g }),
        _ => (
            text::NOT_ANSWERED.to_string(),
            html! {
                <>
                    <span aria-hidden="true">{ "—" }</span>
                    <span class="visually-hidden">{ text::NOT_MEASURED }</span>
                </>
            },
        ),
    };
    html! {
        <tr data-testid="score-row" data-dimension={d.id} key={d.id}
            data-position={d.position.map(|p| p.to_string())}
            class={classes!(d.position.is_none().then_some("is-missing"), (gap == Some(0)).then_some("is-met"))}>
            <th scope="row"><a href={href}>{ d.name }</a></th>
            <td class="num" data-testid="score-position">{ position }</td>
            <td class="num">{ target }</td>
            <td class="num" data-testid="score-gap">{ gap_text }</td>
        </tr>
    }
}
