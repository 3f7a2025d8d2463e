use yew::prelude::*;

use crate::components::merge_person::MergePerson;
use crate::components::page_skeleton::ready_store;
use crate::components::pair_comparison::{pair_comparison, PairComparisonProps};
use crate::components::person_actions::PersonActions;
use crate::components::person_checkins::{positions, PersonCheckins};
use crate::components::person_notes::PersonNotes;
use crate::components::trend_chart::{trend_chart, TrendChartProps};
use crate::components::undo_notice::{undo_notice, UndoNoticeProps};
use crate::content::{fill, ui::person as text, CONTENT};
use crate::hooks::use_store::use_store;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct PersonPageProps {
    pub id: AttrValue,
}

/// `#/people/<id>`: one person's self-checks, their trend, self vs mentor over time, the mentor's
/// ratings and private notes; rename, merge, delete.
#[component]
pub fn PersonPage(props: &PersonPageProps) -> Html {
    let store = match ready_store(use_store(), text::SKELETON_HEADING) {
        Ok(store) => store,
        Err(view) => return view,
    };
    let Some(person) = store.envelope.person(&props.id).cloned() else {
        return crate::components::person_missing::person_missing();
    };
    let read_only = store.read_only();
    let id = AttrValue::from(person.id.clone());
    let name = AttrValue::from(person.name.clone());
    let attempts: Vec<_> = person
        .checkins
        .iter()
        .map(|c| c.as_attempt(&CONTENT))
        .collect();
    let dates: Vec<AttrValue> = person
        .checkins
        .iter()
        .map(|c| AttrValue::from(c.day.clone()))
        .collect();
    let mut others = store.envelope.people_names();
    others.retain(|(pid, _)| *pid != person.id);
    let merged = store
        .last_merged
        .as_ref()
        .filter(|m| m.into.id == person.id)
        .map(|m| {
            fill(
                text::MERGED,
                &[("from", &m.from.name), ("into", &person.name)],
            )
        });
    let undo_merge = {
        let store = store.clone();
        Callback::from(move |()| store.undo_merge_people())
    };

    html! {
        <div class="page person" data-testid="person-page">
            <p><a href={Route::People.href()}>{ text::ALL_PEOPLE }</a></p>
            <h1><bdi>{ name.clone() }</bdi></h1>
            <p class="lede">{ text::LEDE }</p>
            if let Some(said) = merged {
                { undo_notice(&UndoNoticeProps { message: said.into(), undo_label: text::UNDO.into(), testid: "merge-done".into(), undo_testid: "merge-undo".into(), on_undo: undo_merge }) }
            }
            <PersonActions id={id.clone()} name={name.clone()} read_only={read_only} />
            <PersonCheckins person={person.clone()} read_only={read_only} />
            if attempts.len() > 1 {
                <section aria-labelledby="trend-title" data-testid="person-trend">
                    <h2 id="trend-title">{ text::TREND_HEADING }</h2>
                    { trend_chart(&TrendChartProps { attempts: attempts.clone(), dates }) }
                    if let (Some(first), Some(last)) = (person.checkins.first(), person.checkins.last()) {
                        { pair_comparison(&PairComparisonProps {
                            id: "person-first-latest".into(), biggest_first: false,
                            title: fill(text::FIRST_LATEST, &[("first", &first.day), ("last", &last.day)]).into(),
                            first_label: first.day.clone().into(), second_label: last.day.clone().into(),
                            first: positions(&first.answers), second: positions(&last.answers),
                        }) }
                    }
                </section>
            }
            <PersonNotes id={id.clone()} saved={AttrValue::from(person.notes.clone())} read_only={read_only} />
            if !read_only && !others.is_empty() {
                <MergePerson id={id} name={name} others={others} />
            }
        </div>
    }
}
