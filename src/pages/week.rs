use yew::prelude::*;

use crate::components::sources_note::{sources_note, SourcesNoteProps};
use crate::content::{fill, ui::week as text, Week, CONTENT};
use crate::domain::week::{days, duration, minutes_by_kind, percent};

/// `#/week`: how the hours of a week shift between Senior and Staff.
#[component]
pub fn WeekPage() -> Html {
    html! {
        <div class="page week" data-testid="week">
            <h1>{ text::HEADING }</h1>
            <p class="lede">{ text::LEDE }</p>
            <div class="week-columns">
                { for CONTENT.weeks().iter().map(view_week) }
            </div>
        </div>
    }
}

fn view_week(w: &'static Week) -> Html {
    let name = CONTENT.level(w.level).map_or(w.level, |l| l.name);
    let (by_kind, total) = minutes_by_kind(w);
    let title_id = format!("week-{}-title", w.level);
    html! {
        <section class={classes!("card", "topped", "week-card", format!("level-{}", w.level))}
                 data-testid={format!("week-{}", w.level)} aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ name }</h2>
            <p>{ w.summary }</p>
            <dl class="figures">
                <div>
                    <dt>{ text::CODING_SHARE }</dt>
                    <dd data-testid="coding-share">{ fill(text::CODING_RANGE, &[("min", &w.coding_min.to_string()), ("max", &w.coding_max.to_string())]) }</dd>
                </div>
                <div>
                    <dt>{ text::CROSS_TEAM_SHARE }</dt>
                    <dd data-testid="cross-team-share">{ fill(text::CROSS_TEAM_VALUE, &[("percent", &w.cross_team.to_string())]) }</dd>
                </div>
            </dl>
            { view_bar(w.coding_min, w.coding_max) }
            <h3>{ text::SCHEDULE_HEADING }</h3>
            if w.blocks.iter().any(|b| b.minutes.is_none()) {
                <p class="schedule-note">{ text::SCHEDULE_NOTE }</p>
            }
            <table class="kind-table">
                <caption class="visually-hidden">{ fill(text::SCHEDULE_CAPTION, &[("level", name)]) }</caption>
                <thead><tr><th scope="col">{ text::KIND_COLUMN }</th><th scope="col">{ text::TIME_COLUMN }</th><th scope="col">{ text::SHARE_COLUMN }</th></tr></thead>
                <tbody>
                    { for by_kind.iter().filter(|(_, m)| *m > 0).map(|(k, m)| html! {
                        <tr class={format!("kind-{}", k.id())}>
                            <th scope="row">{ k.label() }</th>
                            <td>{ duration(*m) }</td>
                            <td>{ format!("{}%", percent(*m, total)) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <h3>{ text::DAYS_HEADING }</h3>
            { for days(w).into_iter().map(|day| html! {
                <div class="day">
                    <h4>{ day }</h4>
                    <ul>
                        { for w.blocks.iter().filter(|b| b.day == day).map(|b| html! {
                            <li class={format!("kind-{}", b.kind.id())}>
                                <span class="block-time">{ b.minutes.map_or_else(|| text::NO_DURATION.to_string(), |m| duration(u32::from(m))) }</span>
                                { " " }{ b.activity }
                            </li>
                        }) }
                    </ul>
                </div>
            }) }
            { sources_note(&SourcesNoteProps { ids: w.sources }) }
        </section>
    }
}

/// A 0–100% track with the coding range marked; the text above carries the same numbers.
fn view_bar(min: u8, max: u8) -> Html {
    let x = f64::from(min);
    let width = f64::from(max.saturating_sub(min)).max(1.0);
    html! {
        <svg class="range-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="range-track" x="0" y="0" width="100" height="6" rx="3" />
            <rect class="range-fill" x={x.to_string()} y="0" width={width.to_string()} height="6" rx="3" />
        </svg>
    }
}
