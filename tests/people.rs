//! The people a mentor follows, natively: names, check-ins filed once, self vs mentor, merges
//! between tabs, the schema 3 -> 4 migration, export/import, and the 1:1 agenda's contents.
// The full build's: the reader build carries the people as stored (`storage::carry`,
// e2e/carry.spec.ts) and has none of their screens.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "reader")))]

use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
use staffcheck::domain::history::{export_json, merge_imported, parse_import};
use staffcheck::domain::people::{
    agenda_markdown, biggest_first, check_name, merge_people, merged_into, CheckIn, NameError,
    Person,
};
use staffcheck::domain::store::{merge, parse, to_json, Envelope, Parsed, Prefer};

fn answers(point: u8) -> Answers {
    let mut a = Answers::default();
    for d in CONTENT.dimensions {
        a.scale.insert(d.id.into(), point);
    }
    a
}

fn rated(point: u8, mentor: u8, day: &str, at: f64) -> CheckIn {
    let mut c = CheckIn::new(answers(point), day, false, at);
    for d in CONTENT.dimensions.iter().take(4) {
        c.mentor.insert(d.id.into(), mentor);
    }
    c
}

fn person(name: &str, at: f64) -> Person {
    Person::new(name, at)
}

#[test]
fn names_are_checked_and_a_duplicate_offers_the_existing_person() {
    let priya = person("Priya", 1.0);
    let people = vec![priya.clone()];
    assert_eq!(check_name("  Sam ", &people, None), Ok("Sam".into()));
    assert_eq!(check_name("   ", &people, None), Err(NameError::Empty));
    assert_eq!(
        check_name(&"x".repeat(200), &people, None),
        Err(NameError::TooLong)
    );
    assert_eq!(
        check_name(&"x".repeat(40), &people, None),
        Ok("x".repeat(40))
    );
    assert_eq!(
        check_name("priya", &people, None),
        Err(NameError::Duplicate(priya.id.clone()))
    );
    assert_eq!(
        check_name("Priya", &people, Some(&priya.id)),
        Ok("Priya".into()),
        "renaming to itself"
    );
    assert!(NameError::Duplicate(priya.id)
        .message("Priya")
        .contains("Priya"));
}

#[test]
fn the_same_link_saved_twice_is_filed_once_and_check_ins_order_by_day() {
    let mut p = person("Priya", 1.0);
    p.add(CheckIn::new(answers(3), "2026-05-01", false, 10.0));
    p.add(CheckIn::new(answers(2), "2026-02-01", false, 11.0));
    p.add(CheckIn::new(answers(3), "2026-05-01", false, 12.0));
    assert_eq!(p.checkins.len(), 2);
    assert_eq!(
        p.checkins[0].day, "2026-02-01",
        "ordered by the day it was done, not saved"
    );
    // Saving it again with a rating adds the rating.
    p.add(rated(3, 5, "2026-05-01", 13.0));
    assert_eq!(p.checkins.len(), 2);
    assert!(!p.checkins[1].mentor.is_empty());

    // Two of the same day keep the order they were saved in, whatever is rated later.
    p.add(CheckIn::new(answers(4), "2026-05-01", false, 14.0));
    let order: Vec<String> = p.checkins.iter().map(|c| c.id.clone()).collect();
    let mut first_of_day = p.checkins[1].clone();
    first_of_day.mentor.insert("scope".into(), 2);
    first_of_day.updated_at = 20.0;
    let theirs = Person {
        checkins: vec![first_of_day],
        ..p.clone()
    };
    let merged = merge_people(&[p.clone()], &[theirs], &[]);
    let after: Vec<String> = merged[0].checkins.iter().map(|c| c.id.clone()).collect();
    assert_eq!(after, order);
}

#[test]
fn self_vs_mentor_puts_the_biggest_disagreement_first_and_tracks_the_gap() {
    let mut c = CheckIn::new(answers(3), "2026-05-01", false, 1.0);
    let ids: Vec<&str> = CONTENT.dimensions.iter().map(|d| d.id).collect();
    c.mentor.insert(ids[0].into(), 4); // +25
    c.mentor.insert(ids[1].into(), 1); // -50
    c.mentor.insert(ids[2].into(), 3); // 0
    let rows = c.self_vs_mentor(&CONTENT);
    let order: Vec<&str> = biggest_first(&rows).iter().map(|d| d.id).collect();
    assert_eq!(order, vec![ids[1], ids[0], ids[2]]);
    assert_eq!(c.mean_gap(&CONTENT), Some(25));

    let mut p = person("Priya", 1.0);
    p.add(c);
    assert_eq!(
        p.gap_moved(&CONTENT),
        None,
        "one rated check-in: nothing to compare"
    );
    p.add(rated(3, 3, "2026-08-01", 2.0));
    assert_eq!(p.gap_moved(&CONTENT), Some((25, 0)));
}

#[test]
fn two_tabs_merge_people_and_merging_twice_adds_nothing() {
    let mut a = person("Priya", 1.0);
    a.add(CheckIn::new(answers(2), "2026-02-01", false, 1.0));
    let mut a_renamed = a.clone();
    a_renamed.name = "Priya S.".into();
    a_renamed.updated_at = 5.0;
    let mut a_rated = a.clone();
    a_rated.checkins[0].mentor.insert("scope".into(), 4);
    a_rated.checkins[0].updated_at = 6.0;
    a_rated.add(CheckIn::new(answers(4), "2026-06-01", false, 7.0));
    let b = person("Sam", 2.0);

    let ours = Envelope {
        people: vec![a_renamed.clone()],
        ..Envelope::default()
    };
    let theirs = Envelope {
        people: vec![a_rated.clone(), b.clone()],
        ..Envelope::default()
    };
    let merged = merge(&ours, &theirs, Prefer::Theirs);
    assert_eq!(merged.people.len(), 2);
    let p = &merged.people[0];
    assert_eq!(p.name, "Priya S.", "the newer rename wins");
    assert_eq!(p.checkins.len(), 2);
    assert_eq!(
        p.checkins[0].mentor.get("scope"),
        Some(&4),
        "the newer rating wins"
    );
    assert_eq!(merge(&merged, &theirs, Prefer::Theirs), merged);
    assert_eq!(merge(&merged, &ours, Prefer::Theirs), merged);

    // Deleted in one tab: gone in the other, and not brought back by a later merge.
    let deleted = Envelope {
        people: vec![a_rated.clone()],
        people_deleted: vec![b.id.clone()],
        ..Envelope::default()
    };
    let after = merge(&merged, &deleted, Prefer::Theirs);
    assert!(after.people.iter().all(|p| p.id != b.id));
    assert!(merge(&after, &theirs, Prefer::Theirs)
        .people
        .iter()
        .all(|p| p.id != b.id));
    assert_eq!(merge_people(&after.people, &[], &[]), after.people);
}

#[test]
fn merging_two_people_keeps_every_check_in_and_both_notes() {
    let mut a = person("Priya", 1.0);
    a.notes = "Wants to lead the migration.".into();
    a.add(CheckIn::new(answers(2), "2026-02-01", false, 1.0));
    let mut b = person("Priya Sharma", 2.0);
    b.notes = "Ask about the on-call load.".into();
    b.add(CheckIn::new(answers(2), "2026-02-01", false, 1.0));
    b.add(CheckIn::new(answers(4), "2026-06-01", false, 2.0));
    let m = merged_into(&a, &b, 3.0);
    assert_eq!(m.id, a.id);
    assert_eq!(m.checkins.len(), 2);
    assert!(m.notes.contains("migration") && m.notes.contains("on-call"));
}

#[test]
fn schema_3_migrates_to_4_and_people_round_trip() {
    let v3 = r#"{"schema":3,"attempts":[],"in_progress":null,"evidence":[]}"#;
    match parse(Some(v3)) {
        Parsed::Ready(e) => {
            assert_eq!(e.schema, staffcheck::domain::store::SCHEMA);
            assert!(e.people.is_empty());
        }
        other => panic!("{other:?}"),
    }
    let mut p = person("Priya", 1.0);
    p.notes = "private".into();
    p.add(rated(3, 4, "2026-05-01", 2.0));
    // The evidence entry being written is kept too (schema 4).
    let draft = staffcheck::domain::evidence::EvidenceDraft {
        editing: None,
        draft: staffcheck::domain::evidence::Draft {
            title: "Half-written".into(),
            ..Default::default()
        },
    };
    let e = Envelope {
        people: vec![p],
        evidence_draft: Some(Box::new(draft)),
        ..Envelope::default()
    };
    assert_eq!(parse(Some(&to_json(&e))), Parsed::Ready(e.clone()));

    let file = export_json(&e, 3.0);
    let imported = parse_import(&file).expect("import");
    let (into_empty, added) = merge_imported(&Envelope::default(), &imported);
    assert_eq!(added.people, 2, "one person and one check-in");
    assert_eq!(into_empty.people, e.people);
    let (again, added) = merge_imported(&into_empty, &imported);
    assert_eq!(added.total(), 0);
    assert_eq!(again, into_empty);
}

#[test]
fn the_agenda_has_the_latest_self_vs_mentor_disagreements_gaps_and_questions_never_notes() {
    let mut p = person("Priya", 1.0);
    p.notes = "PRIVATE: struggling at home".into();
    p.add(rated(2, 2, "2026-02-01", 1.0));
    let mut latest = CheckIn::new(answers(2), "2026-06-01", false, 2.0);
    latest.mentor.insert("scope".into(), 5);
    latest.mentor.insert("influence".into(), 3);
    p.add(latest);
    let md = agenda_markdown(&CONTENT, &p, "2026-06-02");
    assert!(md.starts_with("# 1:1 with Priya, 2026-06-02"));
    assert!(md.contains("2026-06-01"), "the latest check-in's day");
    assert!(!md.contains("PRIVATE"), "notes never leave the person page");
    let top = md
        .split("## ")
        .find(|s| s.starts_with("Biggest"))
        .unwrap_or("");
    let first = top.lines().find(|l| l.starts_with("- ")).unwrap_or("");
    let scope = CONTENT.dimension("scope").map_or("", |d| d.name);
    assert!(
        first.contains(scope),
        "scope (+75) is the biggest disagreement: {first}"
    );
    for q in CONTENT.mentor_questions() {
        assert!(md.contains(q.text));
    }
    let artifact = CONTENT
        .dimension("scope")
        .map_or("", |d| d.practice_artifact());
    assert!(md.contains(artifact), "a gap with its practice");
}
