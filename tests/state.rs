//! The store reducer is pure: every action tested natively, no browser involved. Run in both
//! builds: the actions the reader build carries must reduce there exactly as in the full build
//! (the same expected states); the tests of the full build's own actions are gated out of the
//! reader build, which does not reduce them (`tests/reader_build.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod native;

use std::rc::Rc;

use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
#[cfg(not(feature = "reader"))]
use staffcheck::domain::evidence::{build, Draft};
#[cfg(not(feature = "reader"))]
use staffcheck::domain::history::Imported;
use staffcheck::domain::quiz::{review_step, QuizAction};
use staffcheck::domain::store::{Attempt, Envelope};
use staffcheck::state::store::{Store, StoreAction};
use staffcheck::storage::Notice;
use yew::Reducible;

fn store() -> Rc<Store> {
    native::store(Envelope::default())
}

fn attempt(yes: bool, at: f64) -> Attempt {
    let mut a = Answers::default();
    for r in CONTENT.readiness {
        a.readiness.insert(r.id.into(), yes);
    }
    Attempt::new(&CONTENT, a, at)
}

#[cfg(not(feature = "reader"))]
fn imported(attempts: Vec<Attempt>) -> Imported {
    Imported {
        attempts,
        ..Imported::default()
    }
}

fn apply(s: Rc<Store>, actions: Vec<StoreAction>) -> Rc<Store> {
    actions.into_iter().fold(s, |s, a| s.reduce(a))
}

#[test]
fn quiz_actions_move_through_the_steps_and_keep_answers() {
    let id = CONTENT.readiness[0].id;
    let s = apply(
        store(),
        vec![
            StoreAction::Quiz(QuizAction::Next),
            StoreAction::Quiz(QuizAction::Readiness(id, true)),
            StoreAction::Quiz(QuizAction::Next),
            StoreAction::Quiz(QuizAction::Scale("scope", 4)),
            StoreAction::Quiz(QuizAction::Scale("scope", 9)),
            StoreAction::Quiz(QuizAction::Back),
        ],
    );
    let p = s.progress();
    assert_eq!(p.step, 1);
    assert_eq!(p.answers.readiness.get(id), Some(&true));
    assert_eq!(
        p.answers.scale.get("scope"),
        Some(&4),
        "out-of-range points are ignored"
    );
    assert_eq!(s.revision, 6);
    let s = apply(s, vec![StoreAction::Quiz(QuizAction::GoTo(200))]);
    assert_eq!(s.progress().step, review_step(&CONTENT));
    let s = apply(s, vec![StoreAction::Quiz(QuizAction::Restart)]);
    assert_eq!(s.progress().step, 0);
    assert!(s.progress().answers.is_empty());
}

#[test]
fn finishing_keeps_the_attempt_once_and_drops_the_progress() {
    let a = attempt(true, 1.0e12);
    let s = apply(
        store(),
        vec![
            StoreAction::Quiz(QuizAction::Next),
            StoreAction::Finish(a.clone()),
            StoreAction::Finish(a.clone()),
        ],
    );
    assert_eq!(s.envelope.attempts, vec![a.clone()]);
    assert_eq!(s.envelope.in_progress, None);
    assert_eq!(s.latest(), Some(&a));
}

#[cfg(not(feature = "reader"))]
#[test]
fn delete_can_be_undone_and_clear_removes_everything() {
    let (a, b) = (attempt(true, 1.0e12), attempt(false, 2.0e12));
    let s = apply(
        store(),
        vec![
            StoreAction::Finish(a.clone()),
            StoreAction::Finish(b.clone()),
            StoreAction::Delete(a.id.clone()),
        ],
    );
    assert_eq!(s.envelope.attempts, vec![b.clone()]);
    assert_eq!(s.envelope.deleted, vec![a.id.clone()]);
    assert_eq!(s.last_deleted.as_ref(), Some(&a));
    let s = apply(s, vec![StoreAction::UndoDelete]);
    assert_eq!(s.envelope.attempts, vec![a.clone(), b.clone()]);
    assert!(s.envelope.deleted.is_empty());
    let s = apply(s, vec![StoreAction::ClearAll]);
    assert!(s.envelope.attempts.is_empty());
    assert_eq!(s.envelope.deleted.len(), 2);
    let unchanged = apply(s.clone(), vec![StoreAction::Delete("no-such-id".into())]);
    assert!(Rc::ptr_eq(&s, &unchanged));
}

#[cfg(not(feature = "reader"))]
#[test]
fn import_adds_only_new_attempts() {
    let (a, b) = (attempt(true, 1.0e12), attempt(false, 2.0e12));
    let s = apply(store(), vec![StoreAction::Finish(a.clone())]);
    let s = apply(
        s,
        vec![StoreAction::Import(imported(vec![a.clone(), b.clone()]))],
    );
    assert_eq!(s.envelope.attempts.len(), 2);
    let revision = s.revision;
    let again = apply(s, vec![StoreAction::Import(imported(vec![a, b]))]);
    assert_eq!(
        again.revision, revision,
        "a no-op import does not trigger a save"
    );
}

#[test]
fn another_tabs_save_is_merged_in_without_a_new_save() {
    let (a, b) = (attempt(true, 1.0e12), attempt(false, 2.0e12));
    let s = apply(store(), vec![StoreAction::Finish(a.clone())]);
    let revision = s.revision;
    let theirs = Envelope {
        attempts: vec![b.clone()],
        deleted: vec![a.id.clone()],
        ..Envelope::default()
    };
    let s = apply(s, vec![StoreAction::External(theirs)]);
    assert_eq!(s.envelope.attempts, vec![b]);
    assert_eq!(s.revision, revision);
}

#[test]
fn notices_are_shown_and_dismissed() {
    let s = apply(
        store(),
        vec![StoreAction::SaveFailed(Notice::QuotaExceeded)],
    );
    assert_eq!(s.notice, Some(Notice::QuotaExceeded));
    let s = apply(s, vec![StoreAction::DismissNotice]);
    assert_eq!(s.notice, None);
}

#[test]
fn only_typing_a_note_lets_the_save_wait() {
    let id = CONTENT.readiness[0].id;
    let s = apply(
        store(),
        vec![
            StoreAction::Quiz(QuizAction::Next),
            StoreAction::Quiz(QuizAction::Note(id, "Led the RFC".into())),
        ],
    );
    assert!(s.typing, "a note waits for a pause in typing");
    assert_eq!(s.revision, 2);
    let s = s.reduce(StoreAction::Quiz(QuizAction::Readiness(id, true)));
    assert!(
        !s.typing,
        "any other change is saved at once, note included"
    );
    assert_eq!(
        s.progress().answers.notes.get(id).map(String::as_str),
        Some("Led the RFC")
    );
}

#[test]
fn before_storage_is_read_the_store_is_unknown_and_saves_nothing() {
    let s = Store::unknown();
    assert!(!s.ready);
    assert!(!s.writable);
    assert!(store().ready);
}

#[cfg(not(feature = "reader"))]
fn entry(title: &str, at: f64) -> staffcheck::domain::evidence::Evidence {
    let draft = Draft {
        title: title.into(),
        dimensions: vec!["scope".into()],
        ..Draft::new("2026-03-01")
    };
    build(&CONTENT, &draft, None, at)
}

#[cfg(not(feature = "reader"))]
#[test]
fn evidence_is_added_edited_deleted_and_restored() {
    let e = entry("RFC: new CI template", 1.0e12);
    let s = apply(store(), vec![StoreAction::SaveEvidence(e.clone())]);
    assert_eq!(s.envelope.evidence, vec![e.clone()]);
    let edited = staffcheck::domain::evidence::Evidence {
        outcome: "Release failures halved".into(),
        updated_at: 2.0e12,
        ..e.clone()
    };
    let s = apply(s, vec![StoreAction::SaveEvidence(edited.clone())]);
    assert_eq!(
        s.envelope.evidence,
        vec![edited.clone()],
        "an edit replaces, never duplicates"
    );
    let s = apply(s, vec![StoreAction::DeleteEvidence(e.id.clone())]);
    assert!(s.envelope.evidence.is_empty());
    assert_eq!(s.envelope.evidence_deleted, vec![e.id.clone()]);
    let s = apply(s, vec![StoreAction::UndoDeleteEvidence]);
    assert_eq!(s.envelope.evidence, vec![edited]);
    assert!(s.envelope.evidence_deleted.is_empty());
    let s = apply(
        s,
        vec![StoreAction::MarkStrong {
            id: e.id.clone(),
            strong: true,
            at: 3.0e12,
        }],
    );
    assert!(s.envelope.evidence[0].strong);
}

#[cfg(not(feature = "reader"))]
#[test]
fn plan_start_and_check_offs_survive_a_restart() {
    let s = apply(
        store(),
        vec![StoreAction::CheckStep {
            step: "define:0".into(),
            done: true,
            at: 1.0,
            today: "2026-03-01".into(),
        }],
    );
    let plan = s
        .envelope
        .plan
        .clone()
        .expect("checking a step starts the plan");
    assert_eq!(plan.started, "2026-03-01");
    let s = apply(
        s,
        vec![StoreAction::StartPlan {
            day: "2026-04-01".into(),
            at: 2.0,
        }],
    );
    let plan = s.envelope.plan.clone().expect("plan");
    assert_eq!(plan.started, "2026-04-01");
    assert!(plan.is_done("define:0"), "restarting keeps what was done");
}

#[cfg(not(feature = "reader"))]
#[test]
fn an_evidence_draft_is_kept_while_typed_and_dropped_once_saved() {
    use staffcheck::domain::evidence::EvidenceDraft;
    let draft = EvidenceDraft {
        editing: None,
        draft: Draft {
            title: "Half-written".into(),
            ..Draft::new("2026-03-01")
        },
    };
    let s = apply(
        store(),
        vec![StoreAction::EvidenceDraft(Some(Box::new(draft.clone())))],
    );
    assert_eq!(s.envelope.evidence_draft, Some(Box::new(draft.clone())));
    assert!(s.typing, "typing a draft saves after a pause, like a note");
    let unchanged = apply(
        s.clone(),
        vec![StoreAction::EvidenceDraft(Some(Box::new(draft)))],
    );
    assert!(
        Rc::ptr_eq(&s, &unchanged),
        "the same draft again changes nothing"
    );
    let s = apply(
        s,
        vec![StoreAction::SaveEvidence(entry("Half-written", 1.0))],
    );
    assert_eq!(s.envelope.evidence_draft, None);
    assert!(!s.typing);
}

/// What another tab saved of the case and people is taken in, and the quiz's actions keep it, so
/// the next save loses none of it.
// The reader build reads no case: it carries it as stored (`storage::carry`, e2e/carry.spec.ts).
#[cfg(not(feature = "reader"))]
#[test]
fn the_case_and_people_another_tab_saved_are_kept_through_the_quiz_and_its_save() {
    use staffcheck::domain::people::Person;
    use staffcheck::domain::tracker::PlanProgress;
    let e = entry("Migration guide", 1.0e12);
    let person = Person::new("Priya", 1.0e12);
    let theirs = Envelope {
        evidence: vec![e.clone()],
        evidence_deleted: vec!["gone".into()],
        plan: Some(PlanProgress::new("2026-03-01", 1.0e12)),
        people: vec![person.clone()],
        people_deleted: vec!["p-gone".into()],
        ..Envelope::default()
    };
    let a = attempt(true, 2.0e12);
    let s = apply(
        store(),
        vec![
            StoreAction::External(theirs.clone()),
            StoreAction::Quiz(QuizAction::Next),
            StoreAction::SaveFailed(Notice::QuotaExceeded),
            StoreAction::DismissNotice,
            StoreAction::Finish(a.clone()),
        ],
    );
    let expected = Envelope {
        attempts: vec![a],
        ..theirs.clone()
    };
    assert_eq!(s.envelope, expected);
    assert!(s.envelope.has_case());
    assert_eq!(
        s.revision, 2,
        "taking in another tab's save is not a change to save"
    );
    assert_eq!(s.notice, None);
    assert_eq!(
        (
            &s.last_deleted,
            &s.last_deleted_evidence,
            &s.last_deleted_person
        ),
        (&None, &None, &None)
    );
    // The same save coming back (our own, merged) changes nothing, not even the handle.
    let again = s.clone().reduce(StoreAction::External(theirs));
    assert!(Rc::ptr_eq(&s, &again));
}
