//! The data screen's logic, natively: what is kept, in counts and words; whether saving works;
//! sizes; what an import says it added; and in the reducer, deleting everything and undoing a
//! merge of two people (neither brought back by the merge with storage that a save makes).
#![cfg(not(target_arch = "wasm32"))]

mod native;

use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
use staffcheck::domain::evidence::{build, Draft, EvidenceDraft};
use staffcheck::domain::history::Added;
#[cfg(not(feature = "reader"))]
use staffcheck::domain::history::{export_json, merge_imported, parse_import};
use staffcheck::domain::kept::{size, Health, Kept};
use staffcheck::domain::people::{CheckIn, Person};
use staffcheck::domain::quiz::Progress;
use staffcheck::domain::store::{Attempt, Envelope, Notice};
use staffcheck::domain::tracker::PlanProgress;

fn attempt(at: f64) -> Attempt {
    Attempt::new(&CONTENT, Answers::default(), at)
}

fn entry(title: &str, at: f64) -> staffcheck::domain::evidence::Evidence {
    let draft = Draft {
        title: title.into(),
        ..Draft::new("2026-03-01")
    };
    build(&CONTENT, &draft, None, at)
}

fn checkin(point: u8, day: &str, at: f64) -> CheckIn {
    let mut a = Answers::default();
    for d in CONTENT.dimensions {
        a.scale.insert(d.id.into(), point);
    }
    CheckIn::new(a, day, false, at)
}

/// Priya with two check-ins and notes, Sam with one, and nothing of one's own.
fn mentor_only() -> Envelope {
    let mut priya = Person::new("Priya", 1.0);
    priya.add(checkin(0, "2026-10-01", 2.0));
    priya.add(checkin(4, "2026-11-01", 3.0));
    priya.notes = "wants to lead the migration".into();
    let mut sam = Person::new("Sam", 4.0);
    sam.add(checkin(2, "2026-11-02", 5.0));
    Envelope {
        people: vec![priya, sam],
        ..Envelope::default()
    }
}

/// Something of every kind.
fn everything() -> Envelope {
    let mut plan = PlanProgress::new("2026-11-02", 6.0);
    plan.set("define:0", true, 7.0);
    plan.set("define:1", false, 8.0);
    Envelope {
        attempts: vec![attempt(1.0e12), attempt(1.1e12)],
        in_progress: Some(Progress::default()),
        evidence: vec![entry("Led the migration", 9.0)],
        evidence_draft: Some(Box::new(EvidenceDraft {
            editing: None,
            draft: Draft::new("2026-11-03"),
        })),
        plan: Some(plan),
        ..mentor_only()
    }
}

#[test]
fn what_is_kept_is_counted_and_said_in_words() {
    assert_eq!(Kept::of(&Envelope::default()), Kept::default());
    assert!(Kept::of(&Envelope::default()).is_empty());
    assert!(Kept::of(&Envelope::default()).lines().is_empty());

    let kept = Kept::of(&everything());
    assert_eq!(
        kept,
        Kept {
            attempts: 2,
            in_progress: true,
            evidence: 1,
            evidence_draft: true,
            plan: Some(("2026-11-02".into(), 1)),
            people: 2,
            checkins: 3,
            notes: 1,
            backups: 0,
        }
    );
    assert_eq!(
        kept.lines(),
        [
            "2 self-checks of your own",
            "A self-check you have started and not finished",
            "1 evidence entry",
            "An evidence entry you are writing",
            "Your 30 / 60 / 90-day plan, started 2026-11-02, with 1 step checked off",
            "2 people you mentor, with 3 self-checks of theirs and your ratings of them",
            "Your private notes about 1 person",
        ]
    );
}

#[test]
fn copies_of_unreadable_data_are_kept_things_too_but_not_exported() {
    let kept = Kept {
        backups: 2,
        ..Kept::of(&Envelope::default())
    };
    assert!(!kept.is_empty(), "delete everything is offered for them");
    assert!(!kept.exportable());
    assert_eq!(
        kept.lines(),
        ["2 copies of saved data this version could not read, set aside when they were found"]
    );
}

#[test]
fn people_without_self_checks_are_counted_alone() {
    let kept = Kept::of(&Envelope {
        people: vec![Person::new("Kemal", 1.0)],
        ..Envelope::default()
    });
    assert_eq!(kept.lines(), ["1 person you mentor"]);
    assert!(kept.exportable());
}

// The reader build reads no case: it carries it as stored (`storage::carry`, e2e/carry.spec.ts).
#[cfg(not(feature = "reader"))]
#[test]
fn a_mentor_with_only_people_has_something_to_export() {
    let kept = Kept::of(&mentor_only());
    assert!(kept.exportable());
    assert!(!kept.is_empty());
    assert_eq!(
        kept.lines(),
        [
            "2 people you mentor, with 3 self-checks of theirs and your ratings of them",
            "Your private notes about 1 person",
        ]
    );
    // What the export holds comes back whole in a clean browser, and a second import adds nothing.
    let file = parse_import(&export_json(&mentor_only(), 10.0)).expect("an export reads back");
    let (fresh, added) = merge_imported(&Envelope::default(), &file);
    assert_eq!(fresh.people, mentor_only().people);
    assert_eq!(added.people, 5);
    let (again, nothing) = merge_imported(&fresh, &file);
    assert_eq!(again, fresh);
    assert_eq!(nothing.total(), 0);
}

#[test]
fn work_in_progress_alone_is_kept_but_not_exported() {
    let kept = Kept::of(&Envelope {
        in_progress: Some(Progress::default()),
        ..Envelope::default()
    });
    assert!(!kept.exportable());
    assert!(!kept.is_empty());
}

#[test]
fn whether_saving_works_follows_the_notice_then_writable() {
    assert_eq!(Health::of(true, None), Health::Working);
    assert_eq!(
        Health::of(false, Some(&Notice::Unavailable)),
        Health::Blocked
    );
    assert_eq!(
        Health::of(false, Some(&Notice::Newer { schema: 9 })),
        Health::ReadOnly { schema: 9 }
    );
    assert_eq!(Health::of(true, Some(&Notice::QuotaExceeded)), Health::Full);
    assert_eq!(
        Health::of(true, Some(&Notice::SaveFailed("NotAllowedError".into()))),
        Health::Failing("NotAllowedError".into())
    );
    // Unreadable data moved aside: a fresh start that saves; left in place: nothing is saved.
    let corrupt = |key: Option<&str>| Notice::Corrupt {
        backup_key: key.map(String::from),
        raw: "x".into(),
        error: "e".into(),
    };
    assert_eq!(
        Health::of(true, Some(&corrupt(Some("staffcheck:backup:1")))),
        Health::Working
    );
    assert_eq!(Health::of(false, Some(&corrupt(None))), Health::NotSaving);
    // A notice dismissed: the tab still does not save, and says so.
    assert_eq!(Health::of(false, None), Health::NotSaving);
    assert!(Health::ReadOnly { schema: 9 }
        .message()
        .contains("format 9"));
    assert!(Health::Failing("NotAllowedError".into())
        .message()
        .contains("(NotAllowedError)"));
}

#[test]
fn sizes_are_said_in_decimal_units_with_one_decimal() {
    assert_eq!(size(0.0), "0 bytes");
    assert_eq!(size(1.0), "1 byte");
    assert_eq!(size(999.0), "999 bytes");
    assert_eq!(size(999.6), "1.0 kB");
    assert_eq!(size(12_345.0), "12.3 kB");
    assert_eq!(size(999_949.0), "999.9 kB");
    assert_eq!(size(999_951.0), "1.0 MB");
    assert_eq!(size(4_950_000.0), "5.0 MB");
    assert_eq!(size(1_234_567_890.0), "1.2 GB");
    assert_eq!(size(2.5e12), "2500.0 GB");
    assert_eq!(size(f64::NAN), "0 bytes");
    assert_eq!(size(-5.0), "0 bytes");
}

#[test]
fn an_import_says_what_it_added_people_included() {
    let said = |attempts, evidence, people| {
        Added {
            attempts,
            evidence,
            people,
        }
        .message()
    };
    assert_eq!(
        said(0, 0, 0),
        "Everything in that file is already here; nothing changed."
    );
    assert_eq!(said(2, 0, 0), "Imported 2 attempts.");
    assert_eq!(said(0, 1, 0), "Imported 1 evidence entry.");
    assert_eq!(said(0, 0, 5), "Imported 5 people and check-ins.");
    assert_eq!(said(0, 0, 1), "Imported 1 person or check-in.");
    assert_eq!(
        said(1, 0, 2),
        "Imported 1 attempt and 2 people and check-ins."
    );
    assert_eq!(
        said(2, 3, 1),
        "Imported 2 attempts, 3 evidence entries and 1 person or check-in."
    );
}

// --- The reducer (deleting and merging are the full build's) -----------------------------------

#[cfg(not(feature = "reader"))]
mod reducer {
    use std::rc::Rc;

    use staffcheck::domain::store::{merge, Prefer};
    use staffcheck::state::store::StoreAction;
    use yew::Reducible;

    use super::*;
    use crate::native::store;

    #[test]
    fn delete_everything_leaves_nothing_and_storage_cannot_bring_it_back() {
        let stored = everything();
        let before = store(stored.clone());
        let after = before.clone().reduce(StoreAction::DeleteEverything);
        assert!(Kept::of(&after.envelope).is_empty(), "{:?}", after.envelope);
        assert_eq!(after.revision, before.revision + 1);
        // The save writes this copy as it is: merged with what storage held, the plan (which has
        // no tombstone) would come back.
        assert!(after.overwrite);
        assert!(merge(&after.envelope, &stored, Prefer::Ours).plan.is_some());
        // Another tab's copy, taken in later, brings back none of the deleted items.
        let theirs = merge(&after.envelope, &stored, Prefer::Theirs);
        assert!(theirs.attempts.is_empty());
        assert!(theirs.evidence.is_empty());
        assert!(theirs.people.is_empty());
        // Nothing to undo from before; the next change saves by merging again.
        assert!(after.last_deleted.is_none() && after.last_merged.is_none());
        let next = after.reduce(StoreAction::Finish(attempt(1.2e12)));
        assert!(!next.overwrite);
        assert_eq!(next.envelope.attempts.len(), 1);
    }

    #[test]
    fn everything_deleted_then_imported_is_all_back() {
        let file = parse_import(&export_json(&everything(), 10.0)).expect("an export reads back");
        let cleared = store(everything()).reduce(StoreAction::DeleteEverything);
        let back = cleared.reduce(StoreAction::Import(file.clone()));
        assert_eq!(back.envelope.attempts, everything().attempts);
        assert_eq!(back.envelope.evidence, everything().evidence);
        assert_eq!(back.envelope.plan, everything().plan);
        assert_eq!(back.envelope.people, everything().people);
        assert!(back.envelope.deleted.is_empty());
        assert!(back.envelope.evidence_deleted.is_empty());
        assert!(back.envelope.people_deleted.is_empty());
        // The second import adds nothing.
        let again = back.clone().reduce(StoreAction::Import(file));
        assert_eq!(again.envelope, back.envelope);
    }

    #[test]
    fn a_merge_of_two_people_can_be_undone_exactly() {
        let here = mentor_only();
        let (priya, sam) = (here.people[0].clone(), here.people[1].clone());
        let into = staffcheck::domain::people::merged_into(&priya, &sam, 20.0);
        let merged = store(here.clone()).reduce(StoreAction::MergePeople {
            into,
            from: sam.id.clone(),
        });
        assert_eq!(merged.envelope.people.len(), 1);
        assert_eq!(merged.envelope.people[0].checkins.len(), 3);
        assert!(merged.envelope.people_deleted.contains(&sam.id));
        let last = merged.last_merged.clone().expect("the merge can be undone");
        assert_eq!((last.into, last.from), (priya.clone(), sam.clone()));
        assert!(!merged.overwrite);

        let undone = merged.clone().reduce(StoreAction::UndoMergePeople);
        assert_eq!(undone.envelope.people, here.people);
        assert!(undone.envelope.people_deleted.is_empty());
        assert!(undone.last_merged.is_none());
        // Written as it is: merged with the stored copy of the merge, Priya would keep Sam's
        // check-in as well as Sam having it.
        assert!(undone.overwrite);
        let with_stored = merge(&undone.envelope, &merged.envelope, Prefer::Ours);
        assert_eq!(with_stored.people[0].checkins.len(), 3);

        // Nothing left to undo: a second undo changes nothing.
        let twice = undone.clone().reduce(StoreAction::UndoMergePeople);
        assert!(Rc::ptr_eq(&twice, &undone));
    }

    #[test]
    fn merging_someone_who_is_not_there_changes_nothing() {
        let here = store(mentor_only());
        let priya = here.envelope.people[0].clone();
        let after = here.clone().reduce(StoreAction::MergePeople {
            into: priya,
            from: "p-gone".into(),
        });
        assert!(Rc::ptr_eq(&after, &here));
    }
}

// --- The screens, rendered natively --------------------------------------------------------

mod screens {
    use staffcheck::pages::data::DataPage;
    use staffcheck::pages::history::HistoryPage;
    use yew::prelude::*;

    use crate::native::{render_with_store, working};

    use super::*;

    fn render(envelope: Envelope, history: bool) -> String {
        let screen = if history {
            html! { <HistoryPage /> }
        } else {
            html! { <DataPage /> }
        };
        render_with_store(working(envelope), screen)
    }

    /// The opening tag of the element with `testid`.
    fn tag<'a>(html: &'a str, testid: &str) -> &'a str {
        let at = html
            .find(&format!(r#"data-testid="{testid}""#))
            .unwrap_or_else(|| panic!("no {testid} in {html}"));
        let start = html[..at].rfind('<').expect("a tag");
        let end = at + html[at..].find('>').expect("a tag");
        &html[start..=end]
    }

    #[test]
    fn a_mentor_with_only_people_can_export_from_both_screens() {
        for history in [false, true] {
            let html = render(mentor_only(), history);
            let id = if history { "export" } else { "data-export" };
            assert!(!tag(&html, id).contains("disabled"), "{}", tag(&html, id));
        }
        let html = render(mentor_only(), false);
        assert!(html.contains("2 people you mentor, with 3 self-checks of theirs"));
        assert!(tag(&html, "data-status").contains(r#"data-kind="working""#));
        assert!(html.contains(r#"data-testid="delete-everything""#));
    }

    #[test]
    fn with_nothing_kept_there_is_nothing_to_export_or_delete() {
        for history in [false, true] {
            let html = render(Envelope::default(), history);
            let id = if history { "export" } else { "data-export" };
            assert!(tag(&html, id).contains("disabled"), "{}", tag(&html, id));
        }
        let html = render(Envelope::default(), false);
        assert!(html.contains(r#"data-testid="data-nothing""#));
        assert!(!html.contains(r#"data-testid="delete-everything""#));
    }
}
