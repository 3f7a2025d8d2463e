//! An import's count ("Imported 2 attempts.") comes from the one merge the reducer makes: the
//! store handle's `import` compares the store before and after, and must agree with what
//! `merge_imported` says it added.
// Importing is in the full build (the history page): not run with `--features reader`.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "reader")))]

mod native;
use native::{render_with_store, working};

use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
use staffcheck::domain::evidence::{build, Draft};
use staffcheck::domain::history::{merge_imported, Added, Imported};
use staffcheck::domain::people::{CheckIn, Person};
use staffcheck::domain::store::{Attempt, Envelope};
use staffcheck::hooks::intents::history::added;
use staffcheck::hooks::use_store::use_store;
use yew::prelude::*;

fn attempt(at: f64) -> Attempt {
    Attempt::new(&CONTENT, Answers::default(), at)
}

fn evidence(title: &str, at: f64) -> staffcheck::domain::evidence::Evidence {
    let draft = Draft {
        title: title.into(),
        ..Draft::default()
    };
    build(&CONTENT, &draft, None, at)
}

fn here_and_file() -> (Envelope, Imported) {
    let kept = attempt(1.0);
    let mut priya = Person::new("Priya", 1.0);
    priya.add(CheckIn::new(Answers::default(), "2026-10-01", false, 2.0));
    let deleted = attempt(3.0);
    let here = Envelope {
        attempts: vec![kept.clone()],
        deleted: vec![deleted.id.clone()],
        people: vec![priya.clone()],
        ..Envelope::default()
    };
    let mut priya_there = priya.clone();
    priya_there.add(CheckIn::new(Answers::default(), "2026-11-01", false, 4.0));
    let file = Imported {
        attempts: vec![kept, deleted, attempt(5.0)],
        evidence: vec![evidence("Led the migration", 6.0)],
        people: vec![priya_there, Person::new("Sam", 7.0)],
        ..Imported::default()
    };
    (here, file)
}

#[test]
fn the_count_from_before_and_after_is_the_count_of_the_merge() {
    let (here, file) = here_and_file();
    let (merged, by_merge) = merge_imported(&here, &file);
    assert_eq!(
        by_merge,
        Added {
            attempts: 2,
            evidence: 1,
            people: 2
        }
    );
    assert_eq!(added(&here, &merged), by_merge);
    let (again, nothing) = merge_imported(&merged, &file);
    assert_eq!(nothing.total(), 0);
    assert_eq!(added(&merged, &again), nothing);
}

#[derive(Properties, PartialEq)]
struct ImportOnceProps {
    file: Imported,
}

/// Imports `file` through the store handle once, and shows what `import` said it added.
#[component]
fn ImportOnce(props: &ImportOnceProps) -> Html {
    let store = use_store();
    let said = use_mut_ref(|| Option::<Added>::None);
    if let Some(store) = store {
        if said.borrow().is_none() {
            let a = store.import(props.file.clone());
            *said.borrow_mut() = Some(a);
        }
    }
    let a = (*said.borrow()).unwrap_or_default();
    html! { <p>{ format!("{}/{}/{}", a.attempts, a.evidence, a.people) }</p> }
}

#[test]
fn the_handle_reports_what_the_reducer_added() {
    let (here, file) = here_and_file();
    let html = render_with_store(working(here), html! { <ImportOnce file={file} /> });
    assert!(html.contains("<p>2/1/2</p>"), "{html}");
}
