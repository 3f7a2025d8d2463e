use yew::prelude::*;

use crate::components::history_attempts::HistoryAttempts;
use crate::components::history_tools::{history_tools, HistoryToolsProps};
use crate::components::page_skeleton::ready_store;
use crate::components::radar_chart::{radar_chart, RadarChartProps, RadarSeries};
use crate::components::trend_chart::{trend_chart, TrendChartProps};
use crate::components::undo_notice::{undo_notice, UndoNoticeProps};
use crate::content::{fill, ui::history_page as text, CONTENT};
use crate::dates::local_date_time;
use crate::domain::history::newest_first;
use crate::domain::scoring::score;
use crate::hooks::use_store::use_store;
use crate::route::Route;

/// `#/history`: every attempt, the trend, compare, delete (with undo), export and import.
#[component]
pub fn HistoryPage() -> Html {
    let store = use_store();
    // What became of the last export or import: (it worked, what to say).
    let message = use_state(|| Option::<(bool, String)>::None);

    let store = match ready_store(store, text::HEADING) {
        Ok(store) => store,
        Err(view) => return view,
    };
    let read_only = store.read_only();
    let newest = newest_first(&store.envelope);
    let listed: Vec<_> = newest
        .iter()
        .map(|a| {
            (
                (*a).clone(),
                AttrValue::from(local_date_time(a.finished_at)),
            )
        })
        .collect();
    let oldest_first: Vec<_> = listed.iter().rev().cloned().collect();

    let undo = {
        let store = store.clone();
        Callback::from(move |()| store.undo_delete())
    };
    let on_message = {
        let message = message.clone();
        Callback::from(move |m: (bool, String)| message.set(Some(m)))
    };

    // First vs latest compares dimension scores: quick checks have none.
    let full = |l: &[(crate::domain::store::Attempt, AttrValue)]| -> Vec<_> {
        l.iter().filter(|(a, _)| !a.quick).cloned().collect()
    };
    let (oldest_full, newest_full) = (full(&oldest_first), full(&listed));
    let radar = match (oldest_full.first(), newest_full.first()) {
        (Some((first, first_date)), Some((latest, _))) if first.id != latest.id => {
            let a = score(&CONTENT, &latest.answers);
            let b = score(&CONTENT, &first.answers);
            html! {
                <section class="history-radar" aria-labelledby="history-radar-title">
                    <h2 id="history-radar-title">{ text::RADAR_HEADING }</h2>
                    { radar_chart(&RadarChartProps {
                        id: "history-radar".into(),
                        title: text::RADAR_TITLE.into(),
                        series_label: text::RADAR_LATEST.into(),
                        axes: a.dimensions.iter().map(|d| (AttrValue::from(d.name), d.position)).collect(),
                        overlay: Some(RadarSeries {
                            label: fill(text::RADAR_FIRST, &[("date", first_date)]).into(),
                            values: b.dimensions.iter().map(|d| d.position).collect(),
                        }),
                    }) }
                </section>
            }
        }
        _ => Html::default(),
    };

    html! {
        <div class="page history" data-testid="history">
            <h1>{ text::HEADING }</h1>
            <p class="lede">
                { text::LEDE_KEPT }
                { text::LEDE_RETAKE }
            </p>
            if let Some(a) = &store.last_deleted {
                { undo_notice(&UndoNoticeProps {
                    message: fill(text::DELETED, &[("date", &local_date_time(a.finished_at))]).into(),
                    undo_label: text::UNDO.into(), testid: "undo-notice".into(), undo_testid: "undo".into(), on_undo: undo,
                }) }
            }
            if let Some((ok, text)) = &*message {
                <p class={classes!("history-message", (!ok).then_some("error"))} role="status"
                   data-testid="history-message">{ text.clone() }</p>
            }
            if listed.is_empty() {
                <div class="empty-state" data-testid="history-empty">
                    <p>{ text::EMPTY }</p>
                    <p><a class="button primary" href={Route::Quiz.href()}>{ text::TAKE }</a></p>
                </div>
            } else {
                { trend_chart(&TrendChartProps {
                    attempts: oldest_first.iter().map(|(a, _)| a.clone()).collect(),
                    dates: oldest_first.iter().map(|(_, d)| d.clone()).collect(),
                }) }
                { radar }
                <HistoryAttempts attempts={listed.clone()} read_only={read_only} />
            }
            { history_tools(&HistoryToolsProps { store: &store, count: listed.len(), read_only, on_message }) }
        </div>
    }
}
