use yew::prelude::*;

use crate::components::checkin_list::{checkin_list, CheckinListProps};
use crate::components::mentor_form::MentorForm;
use crate::components::pair_comparison::{pair_comparison, PairComparisonProps};
use crate::content::{fill, ui::person as text, CONTENT};
use crate::domain::answers::Answers;
use crate::domain::people::Person;
use crate::domain::scoring::score;
use crate::domain::share::Mentor;
use crate::hooks::use_store::use_store;

#[derive(Properties, PartialEq)]
pub struct PersonCheckinsProps {
    pub person: Person,
    pub read_only: bool,
}

/// Each dimension's position in a self-check, in content order.
pub fn positions(answers: &Answers) -> Vec<Option<u8>> {
    score(&CONTENT, answers)
        .dimensions
        .iter()
        .map(|d| d.position)
        .collect()
}

/// A person's self-checks, newest first: rating one, and their view beside the mentor's for a
/// rated one.
#[component]
pub fn PersonCheckins(props: &PersonCheckinsProps) -> Html {
    // The check-in being rated, and the rated one picked to show.
    let rating = use_state(|| Option::<String>::None);
    let shown = use_state(|| Option::<String>::None);
    let Some(store) = use_store() else {
        return Html::default();
    };
    let person = &props.person;
    let newest_first: Vec<_> = person.checkins.iter().rev().cloned().collect();
    // The rated check-in whose self vs mentor is shown: the one picked, or the latest rated.
    let latest_rated = shown
        .as_ref()
        .and_then(|id| {
            person
                .checkins
                .iter()
                .find(|c| &c.id == id && !c.mentor.is_empty())
        })
        .or_else(|| person.checkins.iter().rev().find(|c| !c.mentor.is_empty()))
        .cloned();
    let on_show = {
        let shown = shown.clone();
        Callback::from(move |c: String| shown.set(Some(c)))
    };
    let on_rate = {
        let rating = rating.clone();
        Callback::from(move |c: String| rating.set(Some(c)))
    };
    let on_rated = {
        let (rating, id) = (rating.clone(), person.id.clone());
        Callback::from(move |m: Mentor| {
            if let Some(c) = &*rating {
                store.rate_checkin(&id, c, m.scale);
            }
            rating.set(None);
        })
    };
    let cancel_rating = {
        let rating = rating.clone();
        Callback::from(move |()| rating.set(None))
    };
    html! {
        <>
            <section aria-labelledby="checkins-title">
                <h2 id="checkins-title">{ text::CHECKINS_HEADING }</h2>
                if person.checkins.is_empty() {
                    <p data-testid="no-checkins">{ text::NO_CHECKINS }</p>
                } else {
                    { checkin_list(&CheckinListProps {
                        checkins: newest_first, read_only: props.read_only, on_rate,
                        shown: latest_rated.as_ref().map(|c| c.id.clone()), on_show,
                    }) }
                }
            </section>
            if let Some(c) = &*rating {
                <MentorForm key={c.clone()} mentee={Some(person.name.clone())} on_done={on_rated} on_cancel={cancel_rating} />
            }
            if let Some(c) = &latest_rated {
                <section aria-labelledby="self-vs-mentor-title" data-testid="person-self-vs-mentor">
                    <h2 id="self-vs-mentor-title">{ text::SELF_VS_MENTOR_HEADING }</h2>
                    <p data-testid="gap-moved">
                        { match person.gap_moved(&CONTENT) {
                            Some((before, now)) => fill(text::GAP_MOVED, &[("before", &before.to_string()), ("now", &now.to_string())]),
                            None => fill(text::GAP_FIRST, &[("gap", &c.mean_gap(&CONTENT).unwrap_or(0).to_string())]),
                        } }
                    </p>
                    { pair_comparison(&PairComparisonProps {
                        id: "person-pair".into(), biggest_first: true, title: fill(text::PAIR_TITLE, &[("day", &c.day)]).into(),
                        first_label: text::SELF_LABEL.into(), second_label: text::MENTOR_LABEL.into(),
                        first: positions(&c.answers),
                        second: c.self_vs_mentor(&CONTENT).iter().map(|d| d.mentor).collect(),
                    }) }
                </section>
            }
        </>
    }
}
