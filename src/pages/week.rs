use yew::prelude::*;

use crate::components::sources_note::SourcesNote;
use crate::content::{Week, CONTENT};
use crate::domain::week::{days, duration, minutes_by_kind, percent};

/// `#/week`: how the hours of a week shift between Senior and Staff.
#[component]
pub fn WeekPage() -> Html {
    html! {
        <div class="page week" data-testid="week">
            <h1>{ "A week in the life" }</h1>
            <p class="lede">
                { "The clearest sign of the change is the calendar: less time in the editor, more in " }
                { "documents, reviews and conversations that reach beyond one team." }
            </p>
            <div class="week-columns">
                { for CONTENT.weeks.iter().map(view_week) }
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
                    <dt>{ "Time spent coding" }</dt>
                    <dd data-testid="coding-share">{ format!("{}–{}% of the week", w.coding_min, w.coding_max) }</dd>
                </div>
                <div>
                    <dt>{ "Time on cross-team work" }</dt>
                    <dd data-testid="cross-team-share">{ format!("about {}%", w.cross_team) }</dd>
                </div>
            </dl>
            { view_bar(w.coding_min, w.coding_max) }
            <h3>{ "Where the sample schedule goes" }</h3>
            <table class="kind-table">
                <caption class="visually-hidden">{ format!("{name}: sample schedule by kind of work") }</caption>
                <thead><tr><th scope="col">{ "Kind" }</th><th scope="col">{ "Time" }</th><th scope="col">{ "Share" }</th></tr></thead>
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
            <h3>{ "Sample days" }</h3>
            { for days(w).into_iter().map(|day| html! {
                <div class="day">
                    <h4>{ day }</h4>
                    <ul>
                        { for w.blocks.iter().filter(|b| b.day == day).map(|b| html! {
                            <li class={format!("kind-{}", b.kind.id())}>
                                <span class="block-time">{ duration(u32::from(b.minutes)) }</span>
                                { " " }{ b.activity }
                            </li>
                        }) }
                    </ul>
                </div>
            }) }
            <SourcesNote ids={w.sources.to_vec()} />
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
