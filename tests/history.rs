//! Native tests of storage schema, migrations, corrupt data, export/import and history logic.
#![cfg(not(target_arch = "wasm32"))]

#[path = "fixtures/corrupt_envelopes.rs"]
mod corrupt_envelopes;
use corrupt_envelopes::CORRUPT_ENVELOPES;

use proptest::prelude::*;
use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
use staffcheck::domain::history::{
    compare, export_json, iso_date, markdown_summary, merge_import, newest_first, parse_import,
    ImportError,
};
use staffcheck::domain::quiz::Progress;
use staffcheck::domain::store::{
    answers_json, merge, migrate_1_to_2, migrate_4_to_5, parse, to_json, Attempt, Envelope, Parsed,
    Prefer, SCHEMA,
};

fn answers(yes: usize, scale: u8) -> Answers {
    let mut a = Answers::default();
    for (i, r) in CONTENT.readiness.iter().enumerate() {
        a.readiness.insert(r.id.into(), i < yes);
    }
    for d in CONTENT.dimensions {
        a.scale.insert(d.id.into(), scale);
    }
    a
}

fn attempt(yes: usize, scale: u8, at: f64) -> Attempt {
    Attempt::new(&CONTENT, answers(yes, scale), at)
}

fn envelope(attempts: Vec<Attempt>) -> Envelope {
    Envelope {
        attempts,
        ..Envelope::default()
    }
}

#[test]
fn nothing_stored_is_empty() {
    assert_eq!(parse(None), Parsed::Empty);
}

#[test]
fn an_envelope_round_trips() {
    let mut e = envelope(vec![attempt(8, 4, 1.7e12), attempt(3, 2, 1.6e12)]);
    e.in_progress = Some(Progress {
        step: 3,
        answers: answers(2, 3),
    });
    assert_eq!(parse(Some(&to_json(&e))), Parsed::Ready(e));
}

#[test]
fn migration_1_to_2_adds_tombstones_and_keeps_attempts() {
    let a = attempt(9, 5, 1.7e12);
    let v1 = serde_json::json!({
        "schema": 1,
        "attempts": [serde_json::to_value(&a).expect("attempt json")],
        "in_progress": { "step": 2, "answers": { "readiness": { "org-problem": true } } }
    });
    let read_as_1: Envelope = serde_json::from_value(v1.clone()).expect("reads");
    let v2 = migrate_1_to_2(read_as_1.clone());
    assert_eq!(v2.schema, 2);
    assert!(v2.deleted.is_empty());
    assert_eq!(v2.attempts, read_as_1.attempts);
    match parse(Some(&v1.to_string())) {
        Parsed::Ready(e) => {
            assert_eq!(e.schema, SCHEMA);
            assert_eq!(e.attempts, vec![a]);
            assert!(e.deleted.is_empty());
            assert_eq!(e.in_progress.map(|p| p.step), Some(2));
        }
        other => panic!("expected a migrated envelope, got {other:?}"),
    }
    assert!(matches!(parse(Some("[1, 2]")), Parsed::Corrupt { .. }));
}

#[test]
fn corrupt_inputs_of_every_kind_are_reported_not_panicked_on() {
    let cases = CORRUPT_ENVELOPES;
    for &raw in cases {
        match parse(Some(raw)) {
            Parsed::Corrupt { error } => assert!(!error.is_empty(), "{raw:?}"),
            other => panic!("{raw:?} should be corrupt, got {other:?}"),
        }
    }
}

#[test]
fn out_of_range_answers_are_dropped_on_load() {
    let raw = format!(
        "{{\"schema\":{SCHEMA},\"attempts\":[],\"in_progress\":{{\"step\":1,\"answers\":{{\"scale\":{{\"scope\":9,\"risk\":3}}}}}}}}"
    );
    match parse(Some(&raw)) {
        Parsed::Ready(e) => {
            let scale = e.in_progress.map(|p| p.answers.scale).unwrap_or_default();
            assert_eq!(scale.get("scope"), None);
            assert_eq!(scale.get("risk"), Some(&3));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn data_from_a_newer_widget_is_recognised_and_left_alone() {
    let raw = "{\"schema\":99,\"attempts\":[],\"something_new\":true}";
    match parse(Some(raw)) {
        Parsed::Newer { schema, envelope } => {
            assert_eq!(schema, 99);
            assert!(envelope.is_some());
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        parse(Some("{\"schema\":7,\"attempts\":\"changed shape\"}")),
        Parsed::Newer {
            schema: 7,
            envelope: None
        }
    ));
}

#[test]
fn merging_two_tabs_keeps_both_new_attempts_and_honours_deletes() {
    let shared = attempt(5, 3, 1.0e12);
    let ours = envelope(vec![shared.clone(), attempt(6, 3, 2.0e12)]);
    let theirs = envelope(vec![shared.clone(), attempt(7, 4, 3.0e12)]);
    let merged = merge(&ours, &theirs, Prefer::Ours);
    assert_eq!(merged.attempts.len(), 3);
    assert_eq!(merge(&merged, &theirs, Prefer::Theirs), merged);
    let mut deleting = merged.clone();
    deleting.attempts.retain(|a| a.id != shared.id);
    deleting.deleted.push(shared.id.clone());
    // The other tab takes in the delete...
    let after = merge(&theirs, &deleting, Prefer::Theirs);
    assert!(after.attempts.iter().all(|a| a.id != shared.id));
    // ...and a stale save from it cannot bring the attempt back.
    let saved = merge(&deleting, &theirs, Prefer::Ours);
    assert!(saved.attempts.iter().all(|a| a.id != shared.id));
    // An undone delete, saved over a copy that still has the tombstone, stays undone.
    let mut undone = deleting.clone();
    undone.deleted.clear();
    undone.attempts.push(shared.clone());
    let saved = merge(&undone, &deleting, Prefer::Ours);
    assert!(saved.attempts.iter().any(|a| a.id == shared.id));
    assert!(!saved.deleted.contains(&shared.id));
}

#[test]
fn export_then_import_gives_the_same_history() {
    let e = envelope(vec![attempt(8, 4, 1.7e12), attempt(3, 2, 1.6e12)]);
    let text = export_json(&e, 1.8e12);
    let imported = parse_import(&text).expect("imports").attempts;
    assert_eq!(imported, e.attempts);
    let (into_empty, added) = merge_import(&Envelope::default(), &imported);
    assert_eq!(added, 2);
    assert_eq!(newest_first(&into_empty)[0].finished_at, 1.7e12);
    let (again, added_again) = merge_import(&into_empty, &imported);
    assert_eq!(added_again, 0);
    assert_eq!(again, into_empty);
}

#[test]
fn bad_import_files_get_a_clear_error() {
    assert!(matches!(parse_import("nope"), Err(ImportError::NotJson(_))));
    assert_eq!(parse_import("{}"), Err(ImportError::NotAnExport));
    assert_eq!(
        parse_import("{\"format\":\"staffcheck-history\",\"version\":5,\"attempts\":[]}"),
        Err(ImportError::NewerVersion(5))
    );
    let damaged = "{\"format\":\"staffcheck-history\",\"version\":1,\"attempts\":[{\"id\":\"x\"}]}";
    let err = parse_import(damaged).expect_err("damaged");
    assert!(matches!(err, ImportError::BadAttempt(0, _)));
    assert!(err.message().contains("Attempt 1"));
    let huge = "x".repeat(3_000_000);
    assert_eq!(parse_import(&huge), Err(ImportError::TooLarge));
}

#[test]
fn comparing_two_attempts_shows_movement_and_changed_statements() {
    let before = attempt(5, 2, 1.0e12);
    let after = attempt(9, 4, 2.0e12);
    let c = compare(&CONTENT, &before, &after);
    assert_eq!(c.readiness, (5, 9));
    assert_eq!(c.gained.len(), 4);
    assert!(c.lost.is_empty());
    assert_eq!(c.overall, (Some(25), Some(75)));
    assert!(c.movements.iter().all(|m| m.delta() == Some(50)));
}

#[test]
fn the_markdown_summary_reads_well() {
    let mut a = attempt(8, 4, 1_763_856_000_000.0);
    a.answers.notes.insert(
        CONTENT.readiness[0].id.into(),
        "Led the Q3 migration".into(),
    );
    let md = markdown_summary(&CONTENT, &a, false);
    assert!(md.starts_with("# staffcheck self-check, 2025-11-23"));
    assert!(md.contains("**Readiness:** 8 of 12 (meets the bar; the bar is 8)."));
    assert!(md.contains("| Scope | 75 |"));
    assert!(!md.contains("Led the Q3 migration"));
    assert!(markdown_summary(&CONTENT, &a, true).contains("Led the Q3 migration"));
}

#[test]
fn dates_are_civil_dates() {
    assert_eq!(iso_date(0.0), "1970-01-01");
    assert_eq!(iso_date(951_782_400_000.0), "2000-02-29");
    assert_eq!(iso_date(1_798_675_200_000.0), "2026-12-31");
}

#[test]
fn the_fingerprint_text_escapes_like_serde_json() {
    let mut a = answers(3, 2);
    a.notes.insert(
        "n".into(),
        "quote \" slash \\ \u{1}\u{8}\u{c}\n\r\t\u{1f}\u{7f} é ✓".into(),
    );
    assert_eq!(answers_json(&a), serde_json::to_string(&a).expect("json"));
    assert_eq!(answers_json(&Answers::default()), "{}");
}

fn arb_attempt() -> impl Strategy<Value = Attempt> {
    (
        0usize..=12,
        1u8..=5,
        1.0e12f64..2.0e12,
        proptest::collection::vec(1u8..=5, 0..8),
    )
        .prop_map(|(yes, scale, at, motivation)| {
            let mut a = answers(yes, scale);
            for (m, v) in CONTENT.motivation.iter().zip(motivation) {
                a.motivation.insert(m.id.into(), v);
            }
            Attempt::new(&CONTENT, a, at.floor())
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn import_of_export_is_identity(list in proptest::collection::vec(arb_attempt(), 0..6)) {
        let mut e = Envelope::default();
        for a in list {
            if !e.attempts.iter().any(|b| b.id == a.id) {
                e.attempts.push(a);
            }
        }
        let imported = parse_import(&export_json(&e, 0.0)).expect("imports").attempts;
        prop_assert_eq!(&imported, &e.attempts);
    }

    #[test]
    fn merging_is_idempotent(a in proptest::collection::vec(arb_attempt(), 0..5),
                             b in proptest::collection::vec(arb_attempt(), 0..5)) {
        let (once, _) = merge_import(&envelope(a), &b);
        let (twice, added) = merge_import(&once, &b);
        prop_assert_eq!(added, 0);
        prop_assert_eq!(&twice, &once);
        let m = merge(&once, &envelope(b), Prefer::Ours);
        prop_assert_eq!(merge(&m, &m, Prefer::Theirs), m.clone());
        prop_assert_eq!(merge(&m, &m, Prefer::Ours), m);
    }

    #[test]
    fn the_fingerprint_text_is_what_serde_json_writes(
        readiness in proptest::collection::btree_map("[a-z-]{1,12}", any::<bool>(), 0..4),
        notes in proptest::collection::btree_map("[a-z-]{1,12}", "(?s).{0,40}", 0..4),
        scale in proptest::collection::btree_map("[a-z-]{1,12}", any::<u8>(), 0..4),
        figures in proptest::collection::btree_map("[a-z-]{1,12}", any::<u8>(), 0..3),
        motivation in proptest::collection::btree_map("\\PC{1,6}", any::<u8>(), 0..3),
    ) {
        let a = Answers { readiness, notes, scale, figures, motivation };
        prop_assert_eq!(answers_json(&a), serde_json::to_string(&a).expect("json"));
    }
}

// ---- Schema 5: quick checks --------------------------------------------------------------------

fn quick(yes: usize, at: f64) -> Attempt {
    Attempt::quick(&CONTENT, &answers(yes, 3).readiness, at)
}

#[test]
fn schema_4_migrates_to_5_with_every_attempt_a_full_self_check() {
    let full = attempt(9, 4, 1.7e12);
    // A schema 4 document cannot hold a quick check: a mark in one (edited by hand) is dropped.
    let mut marked = serde_json::to_value(attempt(2, 2, 1.6e12)).expect("serialises");
    marked["quick"] = serde_json::Value::Bool(true);
    let v4 = serde_json::json!({
        "schema": 4,
        "attempts": [serde_json::to_value(&full).expect("serialises"), marked],
        "in_progress": null,
    });
    match parse(Some(&v4.to_string())) {
        Parsed::Ready(e) => {
            assert_eq!(e.schema, 5);
            assert_eq!(e.attempts.len(), 2);
            assert!(e.attempts.iter().all(|a| !a.quick));
            assert_eq!(e.attempts[0], full);
        }
        other => panic!("{other:?}"),
    }
    assert!(!migrate_4_to_5(envelope(vec![quick(3, 1.0)])).attempts[0].quick);
    // Schema 5 keeps them, and a full attempt is written without the mark.
    let e = envelope(vec![full.clone(), quick(8, 1.8e12)]);
    let json = to_json(&e);
    assert_eq!(json.matches("\"quick\":true").count(), 1);
    assert_eq!(parse(Some(&json)), Parsed::Ready(e));
}

#[test]
fn quick_results_are_exported_imported_and_merged_between_tabs() {
    let q = quick(10, 1.8e12);
    let e = envelope(vec![attempt(8, 4, 1.7e12), q.clone()]);
    let imported = parse_import(&export_json(&e, 1.9e12))
        .expect("imports")
        .attempts;
    assert_eq!(imported, e.attempts);
    assert!(imported[1].quick && !imported[0].quick);
    let (into_empty, added) = merge_import(&Envelope::default(), &imported);
    assert_eq!(added, 2);
    assert_eq!(newest_first(&into_empty)[0], &q);
    // Another tab's quick check joins ours; its deletion there removes it here.
    let ours = envelope(vec![attempt(8, 4, 1.7e12)]);
    let theirs = envelope(vec![attempt(8, 4, 1.7e12), q.clone()]);
    let merged = merge(&ours, &theirs, Prefer::Theirs);
    assert!(merged.attempts.contains(&q));
    let mut deleted = theirs.clone();
    deleted.attempts.retain(|a| a.id != q.id);
    deleted.deleted.push(q.id.clone());
    assert!(!merge(&merged, &deleted, Prefer::Theirs)
        .attempts
        .contains(&q));
}
