//! After the verdict, natively: evidence validation, the plan tracker, the storage migration and
//! merge with evidence and plan, export/import, and the promotion packet's contents.
#![cfg(not(target_arch = "wasm32"))]

mod native;
use native::with_evidence;

use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
use staffcheck::domain::day;
use staffcheck::domain::evidence::{
    build, proof_kind, unbacked, validate, Draft, Evidence, Field, Proof, TITLE_MAX,
};
// Only the tests of the case the reader build reads none of use these.
#[cfg(not(feature = "reader"))]
use staffcheck::domain::history::{
    export_json, merge_imported, parse_import, ImportError, EXPORT_VERSION,
};
use staffcheck::domain::packet;
#[cfg(not(feature = "reader"))]
use staffcheck::domain::store::{merge, parse, to_json, Parsed, Prefer};
use staffcheck::domain::store::{Attempt, Envelope};
use staffcheck::domain::tracker::{self, PlanProgress};

fn draft(title: &str) -> Draft {
    Draft {
        title: title.into(),
        ..Draft::new("2026-03-01")
    }
}

fn fields(d: &Draft) -> Vec<Field> {
    validate(d, "2026-11-24")
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.field)
        .collect()
}

#[test]
fn days_parse_and_format_round_trip() {
    for s in [
        "1970-01-01",
        "2000-02-29",
        "2026-11-24",
        "2024-12-31",
        "1999-03-01",
    ] {
        let n = day::parse(s).expect(s);
        assert_eq!(day::format(n), s);
    }
    assert_eq!(day::parse("1970-01-02"), Some(1));
    assert_eq!(
        day::parse("2026-03-01").map(|d| d - day::parse("2026-02-28").unwrap_or(0)),
        Some(1)
    );
    for bad in [
        "2026-02-29",
        "2026-13-01",
        "2026-00-10",
        "26-01-01",
        "2026-1-1",
        "yesterday",
        "",
        "2026-04-31",
    ] {
        assert_eq!(day::parse(bad), None, "{bad}");
    }
}

#[test]
fn evidence_drafts_are_checked_and_every_problem_named() {
    assert_eq!(fields(&draft("RFC: new CI template")), vec![]);
    assert_eq!(fields(&draft("   ")), vec![Field::Title]);
    assert_eq!(fields(&draft(&"x".repeat(TITLE_MAX))), vec![]);
    assert_eq!(
        fields(&draft(&"x".repeat(TITLE_MAX + 1))),
        vec![Field::Title]
    );
    let future = Draft {
        date: "2026-11-25".into(),
        ..draft("Later")
    };
    assert_eq!(fields(&future), vec![Field::Date]);
    let today = Draft {
        date: "2026-11-24".into(),
        ..draft("Today")
    };
    assert_eq!(fields(&today), vec![]);
    let garbled = Draft {
        date: "14/03/2026".into(),
        ..draft("")
    };
    assert_eq!(fields(&garbled), vec![Field::Date, Field::Title]);
    let long_outcome = Draft {
        outcome: "y".repeat(1001),
        ..draft("ok")
    };
    assert_eq!(fields(&long_outcome), vec![Field::Outcome]);
    for bad in [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.com/x",
        "https://",
        "data:text/html,hi",
    ] {
        let d = Draft {
            proof: bad.into(),
            ..draft("ok")
        };
        assert_eq!(fields(&d), vec![Field::Proof], "{bad}");
    }
    for good in [
        "https://example.com/rfc/42",
        "http://wiki/ci",
        "Q3 review deck, team drive",
        "Slack: #platform thread from Team X",
        "",
    ] {
        let d = Draft {
            proof: good.into(),
            ..draft("ok")
        };
        assert_eq!(fields(&d), vec![], "{good}");
    }
    assert_eq!(
        proof_kind("https://example.com"),
        Proof::Link("https://example.com")
    );
    assert_eq!(proof_kind("Team drive"), Proof::Place("Team drive"));
}

#[test]
fn an_entry_keeps_only_known_ids_and_its_identity_on_edit() {
    let d = Draft {
        dimensions: vec!["scope".into(), "no-such-dimension".into()],
        statements: vec![CONTENT.readiness[0].id.into(), "nope".into()],
        ..draft("  Migration playbook  ")
    };
    let e = build(&CONTENT, &d, None, 1.0e12);
    assert_eq!(e.title, "Migration playbook");
    assert_eq!(e.dimensions, vec!["scope".to_string()]);
    assert_eq!(e.statements, vec![CONTENT.readiness[0].id.to_string()]);
    let strong = Evidence {
        strong: true,
        ..e.clone()
    };
    let edited = build(
        &CONTENT,
        &draft("Migration playbook v2"),
        Some(&strong),
        2.0e12,
    );
    assert_eq!(edited.id, e.id);
    assert!(edited.strong, "editing keeps the packet choice");
    assert_eq!(edited.updated_at, 2.0e12);
}

#[test]
fn statements_answered_yes_without_evidence_are_listed() {
    let yes: Vec<&str> = CONTENT.readiness.iter().take(3).map(|r| r.id).collect();
    let backed = Evidence {
        statements: vec![yes[1].to_string()],
        ..build(&CONTENT, &draft("x"), None, 1.0)
    };
    assert_eq!(unbacked(&yes, &[backed]), vec![yes[0], yes[2]]);
    assert_eq!(unbacked(&yes, &[]), yes);
}

fn attempt_with_gaps(at: f64, low: &[&str]) -> Attempt {
    let mut a = Answers::default();
    for d in CONTENT.dimensions {
        let v = if low.contains(&d.id) { 1 } else { 5 };
        a.scale.insert(d.id.into(), v);
    }
    Attempt::new(&CONTENT, a, at)
}

#[test]
fn a_new_result_changes_the_personal_steps_and_keeps_what_was_done() {
    let first = packet::plan_gaps(
        &CONTENT,
        &Envelope {
            attempts: vec![attempt_with_gaps(1.0e12, &["scope", "influence"])],
            ..Envelope::default()
        },
    );
    assert_eq!(first.len(), 2);
    let steps = tracker::steps(&CONTENT, &first);
    let common: usize = CONTENT.plan.iter().map(|p| p.steps.len()).sum();
    assert_eq!(steps.len(), common + 2);
    let gap_step = steps
        .iter()
        .find(|s| s.id.contains(":gap:"))
        .expect("a gap step");
    let mut plan = PlanProgress::new("2026-03-01", 1.0);
    plan.set(&steps[0].id, true, 2.0);
    plan.set(&gap_step.id, true, 3.0);
    assert_eq!(plan.progress(&steps), (2, steps.len()));

    // A later result with other gaps: the common step stays done, the old gap step is "done earlier".
    let later = tracker::steps(&CONTENT, &["artifacts"]);
    assert_eq!(plan.progress(&later), (1, later.len()));
    let earlier = plan.done_earlier(&later);
    assert_eq!(earlier.len(), 1);
    assert!(tracker::gap_step_of(&CONTENT, &earlier[0].step).is_some());
}

#[test]
fn the_plan_counts_days_from_its_start() {
    let plan = PlanProgress::new("2026-03-01", 0.0);
    assert_eq!(plan.day("2026-03-01"), Some(1));
    assert_eq!(plan.day("2026-05-29"), Some(90));
    assert_eq!(plan.day("2026-02-28"), None);
    assert_eq!(plan.day("not a day"), None);
    assert!(tracker::can_start("2026-03-01", "2026-03-01"));
    assert!(
        !tracker::can_start("2026-03-02", "2026-03-01"),
        "not in the future"
    );
    assert!(
        !tracker::can_start("2026-02-30", "2026-03-01"),
        "a real day"
    );
}

// The reader build reads no case: it carries it as stored (`storage::carry`, e2e/carry.spec.ts).
#[cfg(not(feature = "reader"))]
#[test]
fn two_tabs_merge_evidence_and_plan_and_merging_twice_adds_nothing() {
    let a = build(&CONTENT, &draft("A"), None, 1.0e12);
    let b = build(&CONTENT, &draft("B"), None, 1.1e12);
    let a_edited = Evidence {
        outcome: "done".into(),
        updated_at: 1.2e12,
        ..a.clone()
    };
    let mut ours = with_evidence(vec![a_edited.clone()]);
    ours.plan = Some(PlanProgress::new("2026-03-01", 5.0));
    if let Some(p) = ours.plan.as_mut() {
        p.set("define:0", true, 6.0);
    }
    let mut theirs = with_evidence(vec![a.clone(), b.clone()]);
    let mut their_plan = PlanProgress::new("2026-03-01", 5.0);
    their_plan.set("define:0", false, 4.0);
    their_plan.set("define:1", true, 7.0);
    theirs.plan = Some(their_plan);

    let merged = merge(&ours, &theirs, Prefer::Theirs);
    assert_eq!(merged.evidence.len(), 2);
    assert!(merged.evidence.contains(&a_edited), "the newer edit wins");
    let plan = merged.plan.clone().expect("plan");
    assert!(plan.is_done("define:0"), "our later check-off wins");
    assert!(plan.is_done("define:1"));
    assert_eq!(merge(&merged, &theirs, Prefer::Theirs), merged);
    assert_eq!(merge(&merged, &ours, Prefer::Theirs), merged);

    // A deletion in their tab removes the entry here, and never comes back.
    let deleted = Envelope {
        evidence: vec![a_edited.clone()],
        evidence_deleted: vec![b.id.clone()],
        ..Envelope::default()
    };
    let after = merge(&merged, &deleted, Prefer::Theirs);
    assert_eq!(after.evidence, vec![a_edited.clone()]);
    assert_eq!(
        merge(&after, &theirs, Prefer::Theirs).evidence,
        vec![a_edited]
    );
}

// The reader build reads no case: it carries it as stored (`storage::carry`, e2e/carry.spec.ts).
#[cfg(not(feature = "reader"))]
#[test]
fn schema_2_documents_migrate_forward_and_keep_everything() {
    let v2 = r#"{"schema":2,"attempts":[],"in_progress":null,"deleted":["x"]}"#;
    match parse(Some(v2)) {
        Parsed::Ready(e) => {
            assert_eq!(e.schema, staffcheck::domain::store::SCHEMA);
            assert_eq!(e.deleted, vec!["x".to_string()]);
            assert!(e.evidence.is_empty() && e.plan.is_none());
        }
        other => panic!("{other:?}"),
    }
    let mut e = with_evidence(vec![build(&CONTENT, &draft("A"), None, 1.0)]);
    e.plan = Some(PlanProgress::new("2026-03-01", 1.0));
    e.attempts.push(Attempt {
        from_link: true,
        ..attempt_with_gaps(1.0e12, &[])
    });
    assert_eq!(parse(Some(&to_json(&e))), Parsed::Ready(e.clone()));
    // Damaged entries are dropped on load rather than shown half-empty.
    let damaged = to_json(&e).replace("\"title\":\"A\"", "\"title\":\"\"");
    match parse(Some(&damaged)) {
        Parsed::Ready(d) => assert!(d.evidence.is_empty()),
        other => panic!("{other:?}"),
    }
}

// The reader build reads no case: it carries it as stored (`storage::carry`, e2e/carry.spec.ts).
#[cfg(not(feature = "reader"))]
#[test]
fn exports_carry_evidence_and_plan_and_import_twice_adds_nothing() {
    let mut e = with_evidence(vec![build(&CONTENT, &draft("A"), None, 1.0)]);
    let mut plan = PlanProgress::new("2026-03-01", 1.0);
    plan.set("define:0", true, 2.0);
    e.plan = Some(plan);
    e.attempts.push(attempt_with_gaps(1.0e12, &["scope"]));
    let file = export_json(&e, 3.0e12);
    let imported = parse_import(&file).expect("import");
    let (into_empty, added) = merge_imported(&Envelope::default(), &imported);
    assert_eq!(
        (added.attempts, added.evidence),
        (1, 1),
        "one attempt and one entry"
    );
    assert_eq!(into_empty.evidence, e.evidence);
    assert_eq!(into_empty.plan, e.plan);
    let (again, added) = merge_imported(&into_empty, &imported);
    assert_eq!(added.total(), 0);
    assert_eq!(again, into_empty);

    // Older files (version 1: attempts only) still import; a newer one is refused.
    let current = format!("\"version\": {EXPORT_VERSION}");
    let v1 = file.replace(&current, "\"version\": 1");
    assert!(parse_import(&v1).is_ok());
    let next = EXPORT_VERSION + 1;
    let newer = file.replace(&current, &format!("\"version\": {next}"));
    assert_eq!(parse_import(&newer), Err(ImportError::NewerVersion(next)));
    let bad = file.replace("\"title\": \"A\"", "\"title\": \"\"");
    assert!(matches!(
        parse_import(&bad),
        Err(ImportError::BadEvidence(0, _))
    ));
}

#[test]
fn the_packet_holds_each_entry_and_nothing_from_a_saved_link() {
    let mine = attempt_with_gaps(1.0e12, &["scope", "influence", "artifacts"]);
    let later = attempt_with_gaps(2.0e12, &["scope"]);
    let theirs = Attempt {
        from_link: true,
        ..attempt_with_gaps(3.0e12, &["quality"])
    };
    let strong = Evidence {
        strong: true,
        proof: "https://example.com/rfc".into(),
        dimensions: vec!["scope".into()],
        ..build(&CONTENT, &draft("RFC: paved road for CI"), None, 1.0)
    };
    let other = Evidence {
        dimensions: vec!["influence".into()],
        outcome: "5 teams adopted in Q1".into(),
        ..build(&CONTENT, &draft("Migration playbook"), None, 2.0)
    };
    // Logged without a dimension and not chosen as strongest: it still has a place of its own.
    let loose = Evidence {
        outcome: "Onboarding time down to 2 days".into(),
        ..build(&CONTENT, &draft("Mentoring two new leads"), None, 3.0)
    };
    let mut e = with_evidence(vec![strong.clone(), other.clone(), loose.clone()]);
    e.attempts = vec![mine, later.clone(), theirs];
    let mut plan = PlanProgress::new("2026-03-01", 1.0);
    plan.set("define:0", true, 2.0);
    e.plan = Some(plan);

    let p = packet::build(&CONTENT, &e);
    assert_eq!(
        p.trend.len(),
        2,
        "someone else's result is not in the trend"
    );
    assert_eq!(p.projects, vec![&strong]);
    assert_eq!(
        p.gaps.iter().map(|d| d.id).collect::<Vec<_>>(),
        vec!["scope"],
        "gaps of my latest, not theirs"
    );
    assert_eq!(
        p.undimensioned,
        vec![&loose],
        "the entry without a dimension"
    );
    let md = packet::markdown(&CONTENT, &p, "2026-11-24");
    let own_heading = format!(
        "## {}\n\n- **Mentoring two new leads** (2026-03-01): Onboarding time down to 2 days\n",
        staffcheck::content::ui::packet::UNDIMENSIONED
    );
    assert!(
        md.contains(&own_heading),
        "{own_heading} missing from:\n{md}"
    );
    for needle in [
        "RFC: paved road for CI",
        "Migration playbook",
        "5 teams adopted in Q1",
        "https://example.com/rfc",
        "- [x] ",
    ] {
        assert!(md.contains(needle), "{needle} missing from:\n{md}");
    }
    for q in CONTENT.manager_questions() {
        assert!(md.contains(q.text));
    }
    // s3's reasons for asking come with the questions.
    assert!(!CONTENT.manager_reasons().is_empty());
    for r in CONTENT.manager_reasons() {
        assert!(md.contains(r.text), "{} missing from:\n{md}", r.text);
    }
    let quality = CONTENT
        .dimension("quality")
        .map(|d| d.practice_artifact())
        .unwrap_or("");
    assert!(!md.contains(&format!("**{}:** {quality}", "Technical quality")));
    assert!(md.contains(&format!(
        "{} / {}",
        later.summary.readiness, later.summary.readiness_total
    )));
}
