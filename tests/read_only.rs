//! When may the visitor change what is shown? Every screen that offers changes asks the store
//! handle (`StoreHandle::read_only`); rendered natively, each must agree with the rule: only while
//! storage holds a newer version's data that this one cannot write, and the notice saying so is up.
#![cfg(not(target_arch = "wasm32"))]

use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
use staffcheck::domain::people::{CheckIn, Person};
use staffcheck::domain::store::{Attempt, Envelope};
use staffcheck::pages::data::DataPage;
use staffcheck::pages::history::HistoryPage;
use staffcheck::pages::person::PersonPage;
use staffcheck::storage::{Loaded, Notice};
use yew::prelude::*;

mod native;
use native::render_with_store;

/// The screens that offer changes.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Which {
    History,
    Person,
    Data,
}

const SCREENS: [Which; 3] = [Which::History, Which::Person, Which::Data];

fn envelope() -> (Envelope, String) {
    let mut answers = Answers::default();
    for d in CONTENT.dimensions {
        answers.scale.insert(d.id.into(), 3);
    }
    let mut priya = Person::new("Priya", 1.0);
    priya.add(CheckIn::new(answers.clone(), "2026-11-01", false, 2.0));
    let sam = Person::new("Sam", 3.0);
    let id = priya.id.clone();
    let envelope = Envelope {
        attempts: vec![Attempt::new(&CONTENT, answers, 4.0)],
        people: vec![priya, sam],
        ..Envelope::default()
    };
    (envelope, id)
}

fn render(writable: bool, notice: Option<Notice>, which: Which) -> String {
    let (envelope, id) = envelope();
    let loaded = Loaded {
        envelope,
        writable,
        notice,
    };
    let screen = match which {
        Which::History => html! { <HistoryPage /> },
        Which::Person => html! { <PersonPage id={id} /> },
        Which::Data => html! { <DataPage /> },
    };
    render_with_store(loaded, screen)
}

/// Whether a screen offers the changes that only a writable store allows.
fn offers_changes(html: &str, which: Which) -> bool {
    let marks: &[&str] = match which {
        Which::Person => &[
            r#"data-testid="rename""#,
            r#"data-testid="delete-person""#,
            r#"data-testid="merge-form""#,
            r#"data-testid="checkin-rate""#,
        ],
        Which::History => &[
            r#"data-testid="clear-all""#,
            r#"data-testid="attempt-delete""#,
        ],
        Which::Data => &[r#"data-testid="delete-everything""#],
    };
    let found: Vec<bool> = marks.iter().map(|m| html.contains(m)).collect();
    assert!(
        found.iter().all(|f| *f == found[0]),
        "some of {marks:?} shown, not all: {found:?}"
    );
    found[0]
}

const NEWER: Option<Notice> = Some(Notice::Newer { schema: 99 });

#[test]
fn newer_data_that_cannot_be_written_is_read_only_on_every_screen() {
    for which in SCREENS {
        let html = render(false, NEWER, which);
        assert!(!offers_changes(&html, which), "{which:?}");
    }
}

#[test]
fn a_newer_notice_over_storage_that_can_be_written_leaves_the_screens_editable() {
    for which in SCREENS {
        let html = render(true, NEWER, which);
        assert!(offers_changes(&html, which), "{which:?}");
    }
}

#[test]
fn once_the_notice_is_dismissed_the_screens_are_editable_again() {
    for (writable, notice) in [
        (false, None),
        (true, None),
        (false, Some(Notice::Unavailable)),
    ] {
        for which in SCREENS {
            let html = render(writable, notice.clone(), which);
            assert!(
                offers_changes(&html, which),
                "{which:?}, writable: {writable}, notice: {notice:?}"
            );
        }
    }
}
