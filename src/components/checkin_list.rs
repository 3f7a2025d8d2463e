use yew::prelude::*;

use crate::content::{fill, ui::person as text, CONTENT};
use crate::domain::people::CheckIn;

pub struct CheckinListProps {
    /// Newest first.
    pub checkins: Vec<CheckIn>,
    pub read_only: bool,
    /// Rate (or re-rate) one check-in, by id.
    pub on_rate: Callback<String>,
    /// The rated check-in whose self vs mentor is shown.
    pub shown: Option<String>,
    /// Show one rated check-in's self vs mentor.
    pub on_show: Callback<String>,
}

/// A person's self-checks: the day (or the day saved, marked), the readiness count, whether the
/// mentor has rated it.
pub fn checkin_list(props: &CheckinListProps) -> Html {
    html! {
        <ul class="attempt-list checkin-list" data-testid="checkin-list">
            { for props.checkins.iter().map(|c| {
                let s = c.as_attempt(&CONTENT).summary;
                let rate = {
                    let (cb, id) = (props.on_rate.clone(), c.id.clone());
                    Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
                };
                let show = {
                    let (cb, id) = (props.on_show.clone(), c.id.clone());
                    Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
                };
                let shown = props.shown.as_deref() == Some(c.id.as_str());
                let meets = s.readiness >= s.bar;
                html! {
                    <li class="attempt" data-testid="checkin" data-checkin={c.id.clone()} key={c.id.clone()}>
                        <span class="attempt-date">
                            { c.day.clone() }
                            if c.day_is_saved {
                                <span class="hint" data-testid="day-is-saved">{ " " }{ text::DAY_IS_SAVED }</span>
                            }
                        </span>
                        <span class="attempt-count" data-testid="checkin-count">
                            { fill(text::COUNT, &[("yes", &s.readiness.to_string()), ("total", &s.readiness_total.to_string())]) }
                        </span>
                        <span class={classes!("attempt-verdict", meets.then_some("meets"))}>
                            { if meets { text::MEETS } else { text::NOT_YET } }
                        </span>
                        <span class="attempt-band" data-testid="checkin-rated">
                            { if c.mentor.is_empty() { text::NOT_RATED } else { text::RATED } }
                        </span>
                        if !c.mentor.is_empty() {
                            <button type="button" class="link-button" data-testid="checkin-show" onclick={show}
                                    aria-pressed={shown.to_string()}
                                    aria-label={fill(text::SHOW_LABEL, &[("day", &c.day)])}>
                                { text::SHOW }
                            </button>
                        }
                        if !props.read_only {
                            <button type="button" class="link-button" data-testid="checkin-rate" onclick={rate}
                                    aria-label={fill(if c.mentor.is_empty() { text::RATE_LABEL } else { text::RERATE_LABEL }, &[("day", &c.day)])}>
                                { if c.mentor.is_empty() { text::RATE } else { text::RERATE } }
                            </button>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
