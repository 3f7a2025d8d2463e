use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::{fill, ui::attempt_list as list, ui::history_move as text, ui::quick};
use crate::domain::store::Attempt;

fn move_label(from_link: bool) -> &'static str {
    if from_link {
        text::MOVE_FROM_LINK
    } else {
        text::MOVE
    }
}
use crate::route::Route;

pub struct AttemptListProps {
    /// Newest first, with display dates.
    pub attempts: Vec<(Attempt, AttrValue)>,
    pub selected: Vec<String>,
    pub on_select: Callback<(String, bool)>,
    pub on_delete: Callback<String>,
    /// "This was someone else's": move the attempt to a person.
    pub on_move: Option<Callback<String>>,
    pub read_only: bool,
}

/// Every attempt: date, verdict, n/12; open it, pick it for comparing, delete it.
pub fn attempt_list(props: &AttemptListProps) -> Html {
    html! {
        <ul class="attempt-list" data-testid="attempt-list">
            { for props.attempts.iter().map(|(a, date)| {
                let id = a.id.clone();
                let checked = props.selected.contains(&id);
                let on_change = {
                    let cb = props.on_select.clone();
                    let id = id.clone();
                    Callback::from(move |e: Event| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        cb.emit((id.clone(), input.checked()));
                    })
                };
                let on_delete = {
                    let cb = props.on_delete.clone();
                    let id = id.clone();
                    Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
                };
                let on_move = props.on_move.clone().map(|cb| {
                    let id = id.clone();
                    Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
                });
                let meets = a.summary.readiness >= a.summary.bar;
                let check_id = format!("pick-{id}");
                html! {
                    <li class="attempt" data-testid="attempt" data-attempt={id.clone()} data-kind={if a.quick { "quick" } else { "full" }} key={id.clone()}>
                        <input type="checkbox" id={check_id.clone()} checked={checked} onchange={on_change} />
                        <label for={check_id} class="visually-hidden">{ fill(list::SELECT, &[("date", date)]) }</label>
                        <a class="attempt-date" href={Route::Attempt { id: id.clone() }.href()}>{ date.clone() }</a>
                        <span class="attempt-count" data-testid="attempt-count">
                            { fill(list::COUNT, &[("count", &a.summary.readiness.to_string()), ("total", &a.summary.readiness_total.to_string())]) }
                        </span>
                        <span class={classes!("attempt-verdict", meets.then_some("meets"))}>
                            { if meets { list::MEETS } else { list::NOT_YET } }
                        </span>
                        if a.quick {
                            <span class="attempt-band attempt-kind" data-testid="attempt-kind">{ quick::KIND }</span>
                        } else {
                            <span class="attempt-band">{ a.summary.band.map_or("", |b| b.label()) }</span>
                        }
                        if let (false, Some(on_move)) = (props.read_only, on_move) {
                            <button type="button" class="link-button" data-testid="attempt-move" onclick={on_move}
                                    aria-label={format!("{}: {}", move_label(a.from_link), fill(text::MOVE_LABEL, &[("date", date)]))}>
                                { move_label(a.from_link) }
                            </button>
                        }
                        if !props.read_only {
                            <button type="button" class="link-button" data-testid="attempt-delete" onclick={on_delete}
                                    aria-label={fill(list::DELETE_LABEL, &[("date", date)])}>{ list::DELETE }</button>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
