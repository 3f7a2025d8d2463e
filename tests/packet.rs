//! What the promotion packet's one-page summary needs from the evidence log, natively: the
//! before and after figures, who adopted it and a testimonial with who said it (validation, the
//! migration that adds them (`migrate_4_to_5`; the document before it is schema `SCHEMA - 1`), export and import, merging two tabs, the form's kept draft), and the
//! one-pager itself (its sections, its fallback to the fullest entries, its appendix of proof)
//! on screen data and in Markdown.
// The full build's: the reader build carries the evidence log as stored (`storage::carry`,
// e2e/carry.spec.ts) and has no packet.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "reader")))]

mod native;
use native::with_evidence;

use staffcheck::content::{ui::packet as text, CONTENT};
use staffcheck::domain::evidence::{
    build, validate, Draft, Evidence, EvidenceDraft, Field, FIGURE_MAX, QUOTE_BY_MAX, QUOTE_MAX,
};
use staffcheck::domain::history::{export_json, merge_imported, parse_import, EXPORT_VERSION};
use staffcheck::domain::packet;
use staffcheck::domain::store::{
    merge, migrate_4_to_5 as migrate_to_packet_fields, parse, to_json, Envelope, Parsed, Prefer,
    SCHEMA,
};

/// The schema before the packet's fields (the migration under test brings it to `SCHEMA`).
const BEFORE: u32 = SCHEMA - 1;

fn draft(title: &str) -> Draft {
    Draft {
        title: title.into(),
        ..Draft::new("2026-03-01")
    }
}

/// An entry with every one of the packet's fields filled in.
fn full(title: &str, at: f64) -> Evidence {
    let d = Draft {
        outcome: "Release failures halved".into(),
        proof: "https://example.com/ci".into(),
        dimensions: vec!["scope".into()],
        before: " 45 min ".into(),
        after: "15 min".into(),
        adopted_by: "Payments, Search".into(),
        quote: "We ship twice as often now.".into(),
        quote_by: "Ana, Payments lead".into(),
        ..draft(title)
    };
    build(&CONTENT, &d, None, at)
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
fn the_new_fields_are_optional_trimmed_and_bounded() {
    assert_eq!(fields(&draft("RFC")), vec![], "all of them may stay empty");
    let e = full("RFC", 1.0);
    assert_eq!((e.before.as_str(), e.after.as_str()), ("45 min", "15 min"));
    assert_eq!(e.adopted_by, "Payments, Search");
    assert_eq!(
        Draft::of(&e).quote_by,
        "Ana, Payments lead",
        "edit keeps them"
    );
    // One figure without the other is fine: the after often comes later.
    let before_only = Draft {
        before: "6 incidents a quarter".into(),
        ..draft("Error budget policy")
    };
    assert_eq!(fields(&before_only), vec![]);
    let long = Draft {
        before: "x".repeat(FIGURE_MAX + 1),
        after: "y".repeat(FIGURE_MAX),
        adopted_by: "z".repeat(1000),
        quote: "q".repeat(QUOTE_MAX + 1),
        quote_by: "b".repeat(QUOTE_BY_MAX + 1),
        ..draft("RFC")
    };
    assert_eq!(
        fields(&long),
        vec![
            Field::Before,
            Field::AdoptedBy,
            Field::Quote,
            Field::QuoteBy
        ]
    );
    // A testimonial needs both halves.
    let unsigned = Draft {
        quote: "This saved us a week.".into(),
        ..draft("RFC")
    };
    assert_eq!(fields(&unsigned), vec![Field::QuoteBy]);
    let wordless = Draft {
        quote_by: "  Ana  ".into(),
        quote: "   ".into(),
        ..draft("RFC")
    };
    assert_eq!(fields(&wordless), vec![Field::Quote]);
}

#[test]
fn older_documents_load_unchanged_and_migrate_to_the_packet_fields() {
    let old = build(&CONTENT, &draft("Migration playbook"), None, 1.0e12);
    let v4 = serde_json::json!({
        "schema": BEFORE,
        "attempts": [],
        "evidence": [serde_json::to_value(&old).expect("serialises")],
        "evidence_draft": {"editing": null, "draft": serde_json::to_value(draft("Half written")).expect("serialises")},
    });
    // An older draft has none of the new keys: they default to empty.
    let mut v4_text = v4.clone();
    for k in ["before", "after", "adopted_by", "quote", "quote_by"] {
        v4_text["evidence_draft"]["draft"]
            .as_object_mut()
            .expect("an object")
            .remove(k);
    }
    match parse(Some(&v4_text.to_string())) {
        Parsed::Ready(e) => {
            assert_eq!(e.schema, SCHEMA);
            assert_eq!(e.evidence, vec![old.clone()], "the entry as it was");
            assert_eq!(
                e.evidence_draft.map(|d| d.draft),
                Some(draft("Half written"))
            );
        }
        other => panic!("{other:?}"),
    }
    // An older widget never writes the new fields: any found there were put in by hand.
    let mut edited = v4;
    edited["evidence"][0]["quote"] = "unchecked".into();
    edited["evidence_draft"]["draft"]["before"] = "unchecked".into();
    match parse(Some(&edited.to_string())) {
        Parsed::Ready(e) => {
            assert_eq!(e.evidence[0].quote, "");
            assert_eq!(
                e.evidence_draft.map(|d| d.draft.before),
                Some(String::new())
            );
        }
        other => panic!("{other:?}"),
    }
    let migrated = migrate_to_packet_fields(with_evidence(vec![full("RFC", 1.0)]));
    assert_eq!(migrated.schema, SCHEMA);
    assert!(!migrated.evidence[0].has_figures());
    // The current schema keeps them, and an entry without them is written as before (no empty keys).
    let mut e = with_evidence(vec![full("RFC", 1.0), old.clone()]);
    e.evidence_draft = Some(Box::new(EvidenceDraft {
        editing: None,
        draft: Draft::of(&e.evidence[0]),
    }));
    let json = to_json(&e);
    assert_eq!(json.matches("\"quote_by\"").count(), 2, "entry and draft");
    assert_eq!(parse(Some(&json)), Parsed::Ready(e));
    assert!(!to_json(&with_evidence(vec![old])).contains("\"before\""));
}

#[test]
fn exports_carry_the_new_fields_and_older_files_still_import() {
    let e = with_evidence(vec![full("RFC", 1.0e12)]);
    let file = export_json(&e, 2.0e12);
    assert!(file.contains(&format!("\"version\": {EXPORT_VERSION}")));
    assert_eq!(EXPORT_VERSION, 4);
    let imported = parse_import(&file).expect("imports");
    assert_eq!(imported.evidence, e.evidence);
    let (into_empty, added) = merge_imported(&Envelope::default(), &imported);
    assert_eq!(
        (added.evidence, into_empty.evidence.clone()),
        (1, e.evidence)
    );
    assert_eq!(merge_imported(&into_empty, &imported).1.total(), 0);
    // A version 3 file (written before these fields) imports, its entries with them empty.
    let old = build(&CONTENT, &draft("Migration playbook"), None, 1.0e12);
    let v3 = export_json(&with_evidence(vec![old.clone()]), 2.0e12)
        .replace(&format!("\"version\": {EXPORT_VERSION}"), "\"version\": 3");
    assert!(v3.contains("\"version\": 3"));
    let imported = parse_import(&v3).expect("a version 3 file imports");
    assert_eq!(imported.evidence, vec![old]);
    assert_eq!(imported.evidence[0].quote, "");
}

#[test]
fn two_tabs_merge_the_new_fields_without_doubling_an_entry() {
    let plain = build(&CONTENT, &draft("RFC"), None, 1.0e12);
    // The other tab added figures and a testimonial to the same entry later.
    let filled = Evidence {
        updated_at: 2.0e12,
        ..full("RFC", 0.0)
    };
    let filled = Evidence {
        id: plain.id.clone(),
        ..filled
    };
    let ours = with_evidence(vec![plain.clone()]);
    let theirs = with_evidence(vec![filled.clone()]);
    let merged = merge(&ours, &theirs, Prefer::Theirs);
    assert_eq!(
        merged.evidence,
        vec![filled.clone()],
        "one entry, the newer edit"
    );
    assert_eq!(
        merge(&merged, &theirs, Prefer::Ours),
        merged,
        "twice adds nothing"
    );
    // The older copy never overwrites the newer one's fields.
    assert_eq!(merge(&theirs, &ours, Prefer::Theirs).evidence, vec![filled]);
}

#[test]
fn the_one_pager_is_built_over_the_strongest_projects() {
    let picked = Evidence {
        strong: true,
        ..full("RFC: new CI template", 1.0)
    };
    let thin = Evidence {
        strong: true,
        ..build(&CONTENT, &draft("Design review rota"), None, 2.0)
    };
    let not_picked = Evidence {
        proof: "Q3 review deck, team drive".into(),
        ..full("Migration playbook", 3.0)
    };
    let e = with_evidence(vec![picked.clone(), thin.clone(), not_picked.clone()]);
    let s = packet::build(&CONTENT, &e).summary;
    assert!(s.picked);
    assert_eq!(s.projects.len(), 2);
    assert!(s.projects.contains(&&picked) && s.projects.contains(&&thin));
    for section in [&s.outcomes, &s.artifacts, &s.adoption, &s.testimonials] {
        assert_eq!(section, &vec![&picked], "only what has something for it");
    }
    // The appendix holds every entry's proof, picked or not.
    assert_eq!(s.appendix.len(), 2);
    assert!(s.appendix.contains(&&not_picked));
    assert_eq!(packet::figures(&picked).as_deref(), Some("45 min → 15 min"));
    assert_eq!(
        packet::figures(&Evidence {
            before: String::new(),
            ..picked.clone()
        })
        .as_deref(),
        Some("after: 15 min")
    );
    assert_eq!(packet::figures(&thin), None);

    // None picked: the entries with the most written down, up to three, fullest first.
    let bare = |t: &str, at: f64| build(&CONTENT, &draft(t), None, at);
    let fallback = with_evidence(vec![
        bare("A", 10.0),
        full("B", 1.0),
        bare("C", 11.0),
        bare("D", 12.0),
        Evidence {
            outcome: "Onboarding down to 2 days".into(),
            ..bare("E", 0.5)
        },
    ]);
    let s = packet::one_pager(&fallback.evidence);
    assert!(!s.picked);
    let titles: Vec<&str> = s.projects.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        vec!["B", "E", "D"],
        "fullest first, then the newest"
    );
    assert!(packet::one_pager(&[]).projects.is_empty());
}

#[test]
fn the_markdown_leads_with_the_one_pager_and_says_what_is_missing() {
    let picked = Evidence {
        strong: true,
        ..full("RFC: new CI template", 1.0)
    };
    let e = with_evidence(vec![picked]);
    let md = packet::markdown(&CONTENT, &packet::build(&CONTENT, &e), "2026-11-24");
    let at = |needle: &str| {
        md.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing from:\n{md}"))
    };
    let order = [
        format!("## {}", text::SUMMARY),
        format!("### {}", text::PROBLEM),
        format!("### {}", text::OUTCOMES),
        format!("### {}", text::ARTIFACTS),
        format!("### {}", text::ADOPTION),
        format!("### {}", text::TESTIMONIALS),
        format!("## {}", text::APPENDIX),
        format!("## {}", text::VERDICT),
        format!("## {}", text::GAPS),
        format!("## {}", text::PLAN),
    ];
    let places: Vec<usize> = order.iter().map(|h| at(h)).collect();
    assert!(
        places.windows(2).all(|w| w[0] < w[1]),
        "{order:?} out of order in:\n{md}"
    );
    for needle in [
        "- **RFC: new CI template**: 45 min → 15 min; Release failures halved\n",
        "- **RFC: new CI template**: Payments, Search\n",
        "- **RFC: new CI template**: “We ship twice as often now.” — Ana, Payments lead\n",
        "- RFC: new CI template: https://example.com/ci\n",
        text::SUMMARY_PICKED,
    ] {
        at(needle);
    }
    for none in [
        text::OUTCOMES_NONE,
        text::ADOPTION_NONE,
        text::TESTIMONIALS_NONE,
        text::APPENDIX_NONE,
    ] {
        assert!(!md.contains(none), "{none} with everything logged");
    }

    // Without the new fields, each section says what to log.
    let plain = with_evidence(vec![build(
        &CONTENT,
        &draft("Design review rota"),
        None,
        1.0,
    )]);
    let md = packet::markdown(&CONTENT, &packet::build(&CONTENT, &plain), "2026-11-24");
    for none in [
        text::SUMMARY_FALLBACK,
        text::OUTCOMES_NONE,
        text::ARTIFACTS_NONE,
        text::ADOPTION_NONE,
        text::TESTIMONIALS_NONE,
        text::APPENDIX_NONE,
    ] {
        assert!(md.contains(none), "{none} missing from:\n{md}");
    }
    assert!(md.contains("- **Design review rota**: 2026-03-01\n"));
    let empty = packet::markdown(
        &CONTENT,
        &packet::build(&CONTENT, &Envelope::default()),
        "x",
    );
    assert!(empty.contains(text::SUMMARY_EMPTY) && empty.contains(text::PROBLEM_NONE));
}

#[test]
fn the_store_keeps_the_new_fields_through_an_edit_and_a_pick() {
    use staffcheck::state::store::StoreAction;
    use yew::Reducible;
    let e = full("RFC", 1.0e12);
    let s = native::store(Envelope::default())
        .reduce(StoreAction::SaveEvidence(e.clone()))
        .reduce(StoreAction::MarkStrong {
            id: e.id.clone(),
            strong: true,
            at: 2.0e12,
        });
    let kept = &s.envelope.evidence[0];
    assert!(kept.strong);
    assert_eq!(
        (kept.before.as_str(), kept.quote_by.as_str()),
        ("45 min", "Ana, Payments lead")
    );
}

/// The reader build carries the case as stored and empties the packet's fields of a document
/// older than `PACKET_SCHEMA` itself (`storage::carry`): `PACKET_FIELDS` must be exactly the
/// fields this migration empties, in an entry and in the entry being written, and
/// `PACKET_SCHEMA` the schema it brings.
#[test]
fn the_packet_fields_are_the_ones_the_migration_empties() {
    use staffcheck::domain::store::{PACKET_FIELDS, PACKET_SCHEMA};
    let d = Draft {
        dimensions: vec!["scope".into()],
        ..Draft::of(&full("RFC", 1.0e12))
    };
    let doc = |schema: u32| {
        serde_json::json!({
            "schema": schema,
            "attempts": [],
            "evidence": [serde_json::to_value(full("RFC", 1.0e12)).expect("serialises")],
            "evidence_draft": {"editing": null, "draft": serde_json::to_value(&d).expect("serialises")},
        })
    };
    let without = |mut doc: serde_json::Value, fields: &[&str]| {
        for f in fields {
            for path in ["/evidence/0", "/evidence_draft/draft"] {
                let entry = doc.pointer_mut(path).and_then(|e| e.as_object_mut());
                entry.expect("an object").remove(*f);
            }
        }
        parse(Some(&doc.to_string()))
    };
    let before = PACKET_SCHEMA - 1;
    assert_eq!(
        parse(Some(&doc(before).to_string())),
        without(doc(before), &PACKET_FIELDS)
    );
    // Each of them is a field that is read, and `PACKET_SCHEMA` the first schema to keep it.
    for f in PACKET_FIELDS {
        assert_ne!(
            parse(Some(&doc(PACKET_SCHEMA).to_string())),
            without(doc(PACKET_SCHEMA), &[f]),
            "{f}"
        );
    }
}

/// What the reader build carries as stored (`CASE_KEYS`) is every member of the envelope but its
/// attempts: a new kind of case data that is not listed would be lost when the reader build saves.
#[test]
fn the_case_keys_are_every_member_but_the_attempts() {
    use staffcheck::domain::people::Person;
    use staffcheck::domain::store::CASE_KEYS;
    use staffcheck::domain::tracker::PlanProgress;
    let mut e = with_evidence(vec![full("RFC", 1.0)]);
    e.evidence_deleted = vec!["gone".into()];
    e.evidence_draft = Some(Box::new(EvidenceDraft {
        editing: None,
        draft: draft("Half written"),
    }));
    e.plan = Some(PlanProgress {
        started: "2026-03-01".into(),
        started_at: 1.0,
        checks: Vec::new(),
    });
    e.people = vec![Person::new("Priya", 1.0)];
    e.people_deleted = vec!["left".into()];
    let json: serde_json::Value = serde_json::from_str(&to_json(&e)).expect("JSON");
    let mut case: Vec<&str> = json
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .filter(|k| !["schema", "attempts", "in_progress", "deleted"].contains(k))
        .collect();
    case.sort_unstable();
    let mut listed = CASE_KEYS.to_vec();
    listed.sort_unstable();
    assert_eq!(case, listed);
    // A schema after 5 may change the case: bring what the reader build carries through it too.
    assert_eq!(
        SCHEMA, 5,
        "storage::carry::take migrates the case it carries up to schema 5"
    );
}
