use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::attempt_list::{attempt_list, AttemptListProps};
use crate::components::move_attempt::MoveAttempt;
use crate::content::ui::history_page as text;
use crate::domain::store::Attempt;
use crate::hooks::use_store::use_store;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct HistoryAttemptsProps {
    /// Newest first, with display dates.
    pub attempts: Vec<(Attempt, AttrValue)>,
    pub read_only: bool,
}

/// One's own attempts: pick two to compare, delete one, move one to a person.
#[component]
pub fn HistoryAttempts(props: &HistoryAttemptsProps) -> Html {
    let navigator = use_navigator();
    let selected = use_state(Vec::<String>::new);
    // The attempt being moved, and how many times "move" was pressed (see `MoveAttempt`).
    let moving = use_state(|| (Option::<String>::None, 0u32));
    let Some(store) = use_store() else {
        return Html::default();
    };

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
        let (store, selected) = (store.clone(), selected.clone());
        Callback::from(move |id: String| {
            let mut v = (*selected).clone();
            v.retain(|x| x != &id);
            selected.set(v);
            store.delete(id);
        })
    };
    let on_move = {
        let moving = moving.clone();
        Callback::from(move |id: String| moving.set((Some(id), moving.1 + 1)))
    };
    let on_move_closed = {
        let moving = moving.clone();
        Callback::from(move |()| moving.set((None, moving.1)))
    };
    let compare = {
        let selected = selected.clone();
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

    html! {
        <section aria-labelledby="attempts-title">
            <h2 id="attempts-title">{ text::ATTEMPTS_HEADING }</h2>
            <p class="hint">{ text::ATTEMPTS_HINT }</p>
            { attempt_list(&AttemptListProps {
                attempts: props.attempts.clone(), selected: (*selected).clone(),
                on_select, on_delete, on_move: Some(on_move), read_only: props.read_only,
            }) }
            <MoveAttempt attempt={moving.0.clone()} round={moving.1} on_close={on_move_closed} />
            <button type="button" class="button" data-testid="compare-selected"
                    disabled={selected.len() != 2} onclick={compare}>
                { text::COMPARE_SELECTED }
            </button>
        </section>
    }
}
