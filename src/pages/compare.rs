use yew::prelude::*;

use crate::components::radar_chart::{RadarChart, RadarSeries};
use crate::content::CONTENT;
use crate::dates::local_date_time;
use crate::domain::history::compare;
use crate::hooks::use_store::use_store;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub a: AttrValue,
    pub b: AttrValue,
}

/// `#/history/compare/<a>/<b>`: per-dimension movement and the statements that changed.
#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let store = use_store();
    let find = |id: &str| {
        store
            .as_ref()
            .and_then(|s| s.envelope.attempts.iter().find(|a| a.id == id).cloned())
    };
    let (Some(before), Some(after)) = (find(&props.a), find(&props.b)) else {
        return html! {
            <div class="page" data-testid="compare-missing">
                <h1>{ "Those attempts are not in this browser" }</h1>
                <p><a href={Route::History.href()}>{ "Go to your history" }</a></p>
            </div>
        };
    };
    let c = compare(&CONTENT, &before, &after);
    let (d1, d2) = (
        local_date_time(before.finished_at),
        local_date_time(after.finished_at),
    );
    let text = |id: &str| {
        CONTENT
            .readiness
            .iter()
            .find(|r| r.id == id)
            .map_or("", |r| r.text)
    };
    let fmt = |v: Option<u8>| v.map_or("not answered".to_string(), |v| v.to_string());
    html! {
        <div class="page compare" data-testid="compare">
            <p class="breadcrumb"><a href={Route::History.href()}>{ "← Your history" }</a></p>
            <h1>{ "Compare two attempts" }</h1>
            <p class="lede" data-testid="compare-summary">
                { format!("From {d1} to {d2}: readiness {} → {} of 12; overall {} → {}.",
                    c.readiness.0, c.readiness.1, fmt(c.overall.0), fmt(c.overall.1)) }
            </p>
            <RadarChart id="compare-radar" title={format!("{d2} over {d1}")}
                series_label={format!("Later ({d2})")}
                axes={c.movements.iter().map(|m| (AttrValue::from(m.name), m.after)).collect::<Vec<_>>()}
                overlay={Some(RadarSeries { label: format!("Earlier ({d1})").into(),
                    values: c.movements.iter().map(|m| m.before).collect() })} />
            <table class="compare-moves" data-testid="compare-table">
                <caption>{ "Movement per dimension (0 = Senior, 100 = Staff)" }</caption>
                <thead><tr>
                    <th scope="col">{ "Dimension" }</th><th scope="col">{ "Earlier" }</th>
                    <th scope="col">{ "Later" }</th><th scope="col">{ "Change" }</th>
                </tr></thead>
                <tbody>
                    { for c.movements.iter().map(|m| html! {
                        <tr data-testid="compare-row" data-dimension={m.id}>
                            <th scope="row"><a href={Route::Dimension { id: m.id.to_string() }.href()}>{ m.name }</a></th>
                            <td>{ fmt(m.before) }</td>
                            <td>{ fmt(m.after) }</td>
                            <td data-testid="compare-delta">{ m.delta().map_or("—".to_string(), |d| format!("{d:+}")) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <div class="signal-columns">
                <section aria-labelledby="gained-title">
                    <h2 id="gained-title">{ "Statements now true" }</h2>
                    if c.gained.is_empty() { <p>{ "None." }</p> } else {
                        <ul data-testid="gained">{ for c.gained.iter().map(|id| html! { <li>{ text(id) }</li> }) }</ul>
                    }
                </section>
                <section aria-labelledby="lost-title">
                    <h2 id="lost-title">{ "Statements no longer true" }</h2>
                    if c.lost.is_empty() { <p>{ "None." }</p> } else {
                        <ul data-testid="lost">{ for c.lost.iter().map(|id| html! { <li>{ text(id) }</li> }) }</ul>
                    }
                </section>
            </div>
        </div>
    }
}
