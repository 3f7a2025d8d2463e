use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::attempt_list::AttemptList;
use crate::components::page_skeleton::page_skeleton;
use crate::components::person_picker::PersonPicker;
use crate::components::radar_chart::{RadarChart, RadarSeries};
use crate::components::trend_chart::TrendChart;
use crate::content::{fill, ui::history_page as text, CONTENT};
use crate::dates::local_date_time;
use crate::domain::history::{markdown_summary, newest_first};
use crate::domain::scoring::score;
use crate::download::download;
use crate::hooks::use_store::use_store;
use crate::route::Route;
use crate::storage::json::{export_json, parse_import};

/// `#/history`: every attempt, the trend, compare, delete (with undo), export and import.
#[component]
pub fn HistoryPage() -> Html {
    let store = use_store();
    let navigator = use_navigator();
    let selected = use_state(Vec::<String>::new);
    let confirming = use_state(|| false);
    let message = use_state(|| Option::<(bool, String)>::None);
    // The attempt being moved to a person, and why the last choice could not be used.
    let moving = use_state(|| Option::<String>::None);
    let move_error = use_state(|| Option::<crate::hooks::use_store::NameProblem>::None);
    let moved = use_state(|| Option::<(String, String)>::None);

    let Some(store) = store else {
        return Html::default();
    };
    if !store.ready {
        return page_skeleton(text::HEADING);
    }
    let read_only =
        !store.writable && matches!(store.notice, Some(crate::storage::Notice::Newer { .. }));
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

    let on_select = {
        let selected = selected.clone();
        Callback::from(move |(id, on): (String, bool)| {
            let mut v = (*selected).clone();
            v.retain(|x| x != &id);
            if on {
                v.push(id);
                if v.len() > 2 {
                    v.remove(0);
                }
            }
            selected.set(v);
        })
    };
    let on_delete = {
        let store = store.clone();
        let selected = selected.clone();
        Callback::from(move |id: String| {
            let mut v = (*selected).clone();
            v.retain(|x| x != &id);
            selected.set(v);
            store.delete(id);
        })
    };
    let on_move = {
        let (moving, move_error, moved) = (moving.clone(), move_error.clone(), moved.clone());
        Callback::from(move |id: String| {
            moving.set(Some(id));
            move_error.set(None);
            moved.set(None);
        })
    };
    let on_move_to = {
        let (store, moving, move_error, moved) = (
            store.clone(),
            moving.clone(),
            move_error.clone(),
            moved.clone(),
        );
        Callback::from(move |who: crate::hooks::use_store::Who| {
            let Some(attempt) = (*moving).clone() else {
                return;
            };
            match store.move_attempt(&attempt, &who) {
                Ok(person) => {
                    moved.set(Some((person, store.name_of(&who))));
                    moving.set(None);
                    move_error.set(None);
                }
                Err(e) => move_error.set(Some(store.name_problem(&who, &e))),
            }
        })
    };
    let cancel_move = {
        let (moving, move_error) = (moving.clone(), move_error.clone());
        Callback::from(move |()| {
            moving.set(None);
            move_error.set(None);
        })
    };
    let people = store.envelope.people_names();
    let undo = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.undo_delete())
    };
    let compare = {
        let selected = selected.clone();
        let navigator = navigator.clone();
        let by_time = store.envelope.attempts.clone();
        Callback::from(move |_: MouseEvent| {
            if let ([a, b], Some(n)) = (selected.as_slice(), &navigator) {
                // Older first, so movement reads forward in time.
                let t = |id: &str| {
                    by_time
                        .iter()
                        .find(|x| x.id == id)
                        .map_or(0.0, |x| x.finished_at)
                };
                let (a, b) = if t(a) <= t(b) { (a, b) } else { (b, a) };
                n.push(&Route::Compare {
                    a: a.clone(),
                    b: b.clone(),
                });
            }
        })
    };
    let export = {
        let store = store.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let text = export_json(&store.envelope, js_sys::Date::now());
            match download("staffcheck-history.json", "application/json", &text) {
                Ok(()) => message.set(Some((true, text::EXPORTED.into()))),
                Err(e) => message.set(Some((false, e))),
            }
        })
    };
    let markdown = {
        let store = store.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(latest) = store.latest() {
                let text = markdown_summary(&CONTENT, latest, false);
                if let Err(e) = download("staffcheck-summary.md", "text/markdown", &text) {
                    message.set(Some((false, e)));
                }
            }
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let on_import = {
        let store = store.clone();
        let message = message.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let store = store.clone();
            let message = message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                let Some(text) = text else {
                    message.set(Some((false, text::UNREADABLE.into())));
                    return;
                };
                match parse_import(&text) {
                    Ok(imported) => {
                        let added = store.import(imported);
                        message.set(Some((true, import_message(added))));
                    }
                    Err(err) => message.set(Some((false, err.message()))),
                }
            });
        })
    };
    let ask_clear = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel_clear = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let clear = {
        let store = store.clone();
        let confirming = confirming.clone();
        let selected = selected.clone();
        Callback::from(move |_: MouseEvent| {
            store.clear_all();
            selected.set(Vec::new());
            confirming.set(false);
        })
    };

    let radar = match (oldest_first.first(), listed.first()) {
        (Some((first, first_date)), Some((latest, _))) if first.id != latest.id => {
            let a = score(&CONTENT, &latest.answers);
            let b = score(&CONTENT, &first.answers);
            html! {
                <section class="history-radar" aria-labelledby="history-radar-title">
                    <h2 id="history-radar-title">{ text::RADAR_HEADING }</h2>
                    <RadarChart id="history-radar" title={text::RADAR_TITLE}
                        series_label={text::RADAR_LATEST}
                        axes={a.dimensions.iter().map(|d| (AttrValue::from(d.name), d.position)).collect::<Vec<_>>()}
                        overlay={Some(RadarSeries {
                            label: fill(text::RADAR_FIRST, &[("date", first_date)]).into(),
                            values: b.dimensions.iter().map(|d| d.position).collect(),
                        })} />
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
                <p class="undo" role="status" data-testid="undo-notice">
                    { fill(text::DELETED, &[("date", &local_date_time(a.finished_at))]) }
                    <button type="button" class="link-button" data-testid="undo" onclick={undo}>{ text::UNDO }</button>
                </p>
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
                <TrendChart attempts={oldest_first.iter().map(|(a, _)| a.clone()).collect::<Vec<_>>()}
                            dates={oldest_first.iter().map(|(_, d)| d.clone()).collect::<Vec<_>>()} />
                { radar }
                <section aria-labelledby="attempts-title">
                    <h2 id="attempts-title">{ text::ATTEMPTS_HEADING }</h2>
                    <p class="hint">{ text::ATTEMPTS_HINT }</p>
                    <AttemptList attempts={listed.clone()} selected={(*selected).clone()}
                                 on_select={on_select} on_delete={on_delete} on_move={Some(on_move)} read_only={read_only} />
                    if let Some((person, name)) = &*moved {
                        <p class="undo" role="status" data-testid="moved-notice">
                            { fill(crate::content::ui::history_move::MOVED, &[("name", name)]) }{ " " }
                            <a href={Route::Person { id: person.clone() }.href()}>{ fill(crate::content::ui::history_move::OPEN, &[("name", name)]) }</a>
                        </p>
                    }
                    if moving.is_some() {
                        <PersonPicker id="move" people={people} legend={crate::content::ui::history_move::LEGEND}
                                      submit_label={crate::content::ui::history_move::SUBMIT}
                                      error={move_error.as_ref().map(|(m, _)| m.clone())}
                                      duplicate_of={move_error.as_ref().and_then(|(_, d)| d.clone())}
                                      on_submit={on_move_to} on_cancel={Some(cancel_move)} />
                    }
                    <button type="button" class="button" data-testid="compare-selected"
                            disabled={selected.len() != 2} onclick={compare}>
                        { text::COMPARE_SELECTED }
                    </button>
                </section>
            }
            <section class="history-tools" aria-labelledby="tools-title">
                <h2 id="tools-title">{ text::TOOLS_HEADING }</h2>
                <div class="tool-row">
                    <button type="button" class="button" data-testid="export" onclick={export}
                            disabled={listed.is_empty() && store.envelope.evidence.is_empty() && store.envelope.plan.is_none()}>{ text::EXPORT }</button>
                    <label class="button file-button">
                        { text::IMPORT }
                        <input type="file" accept="application/json,.json" data-testid="import"
                               class="visually-hidden" onchange={on_import} disabled={read_only} />
                    </label>
                    <button type="button" class="button" data-testid="markdown" onclick={markdown}
                            disabled={listed.is_empty()}>{ text::MARKDOWN }</button>
                    <button type="button" class="button" onclick={print} disabled={listed.is_empty()}>
                        { text::PRINT }
                    </button>
                </div>
                if !listed.is_empty() && !read_only {
                    if *confirming {
                        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" data-testid="confirm-clear">
                            <p id="confirm-text">{ fill(text::CONFIRM_CLEAR, &[("count", &listed.len().to_string())]) }</p>
                            <button type="button" class="button danger" data-testid="confirm-clear-yes" onclick={clear}>{ text::CONFIRM_YES }</button>
                            <button type="button" class="button" onclick={cancel_clear}>{ text::CANCEL }</button>
                        </div>
                    } else {
                        <button type="button" class="link-button danger" data-testid="clear-all" onclick={ask_clear}>
                            { text::CLEAR_ALL }
                        </button>
                    }
                }
            </section>
        </div>
    }
}

/// What an import added, in words.
fn import_message(added: crate::domain::history::Added) -> String {
    use crate::content::{fill, ui::history_import as text};
    let count = |n: usize, one: &str, many: &str| {
        if n == 1 {
            one.to_string()
        } else {
            fill(many, &[("n", &n.to_string())])
        }
    };
    let attempts = count(added.attempts, text::ONE_ATTEMPT, text::ATTEMPTS);
    let evidence = count(added.evidence, text::ONE_ENTRY, text::ENTRIES);
    match (added.attempts, added.evidence) {
        (0, 0) => text::NOTHING_NEW.to_string(),
        (_, 0) => fill(text::IMPORTED, &[("what", &attempts)]),
        (0, _) => fill(text::IMPORTED, &[("what", &evidence)]),
        _ => fill(
            text::IMPORTED,
            &[(
                "what",
                &fill(text::BOTH, &[("a", &attempts), ("b", &evidence)]),
            )],
        ),
    }
}
