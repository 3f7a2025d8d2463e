//! Browser tests of the storage module against real localStorage.
#![cfg(target_arch = "wasm32")]

#[path = "fixtures/corrupt_envelopes.rs"]
mod corrupt_envelopes;
use corrupt_envelopes::CORRUPT_ENVELOPES;

use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
use staffcheck::domain::store::{Attempt, Envelope, BACKUP_PREFIX, KEY};
use staffcheck::storage::{load, replace, save, stored_bytes, Notice};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage in the test browser")
}

fn backups() -> Vec<(String, String)> {
    let s = local();
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .map(|k| {
            let v = s.get_item(&k).ok().flatten().unwrap_or_default();
            (k, v)
        })
        .collect()
}

fn attempt(yes: bool, at: f64) -> Attempt {
    let mut a = Answers::default();
    for r in CONTENT.readiness {
        a.readiness.insert(r.id.into(), yes);
    }
    Attempt::new(&CONTENT, a, at)
}

#[wasm_bindgen_test]
fn save_then_load_round_trips() {
    local().clear().expect("clear");
    let first = load();
    assert!(first.writable);
    assert_eq!(first.notice, None);
    assert_eq!(first.envelope, Envelope::default());

    let envelope = Envelope {
        attempts: vec![attempt(true, 1.7e12)],
        ..Envelope::default()
    };
    let written = save(&envelope).expect("saves");
    assert_eq!(written, envelope);
    assert_eq!(load().envelope, envelope);
}

#[wasm_bindgen_test]
fn replacing_writes_this_copy_as_it_is_and_its_size_is_measured() {
    local().clear().expect("clear");
    assert_eq!(stored_bytes(), Some(0.0));
    let kept = Envelope {
        attempts: vec![attempt(true, 1.7e12)],
        plan: Some(staffcheck::domain::tracker::PlanProgress::new(
            "2026-11-02",
            1.0,
        )),
        ..Envelope::default()
    };
    save(&kept).expect("saves");
    // A save merges with what is stored: the plan, which has no tombstone, would come back.
    let cleared = Envelope {
        deleted: vec![kept.attempts[0].id.clone()],
        ..Envelope::default()
    };
    assert!(save(&cleared).expect("saves").plan.is_some());
    assert_eq!(replace(&cleared).expect("replaces"), cleared);
    assert_eq!(load().envelope, cleared);
    // Key and text, two bytes a UTF-16 unit, as the browser counts local storage.
    let text = local().get_item(KEY).ok().flatten().expect("stored");
    let units = (KEY.encode_utf16().count() + text.encode_utf16().count()) as f64;
    assert_eq!(stored_bytes(), Some(units * 2.0));
}

#[wasm_bindgen_test]
fn saving_merges_what_another_tab_saved() {
    local().clear().expect("clear");
    let theirs = Envelope {
        attempts: vec![attempt(true, 1.0e12)],
        ..Envelope::default()
    };
    save(&theirs).expect("their save");
    let ours = Envelope {
        attempts: vec![attempt(false, 2.0e12)],
        ..Envelope::default()
    };
    let written = save(&ours).expect("our save");
    assert_eq!(written.attempts.len(), 2);
    assert_eq!(load().envelope.attempts.len(), 2);
}

#[wasm_bindgen_test]
fn a_corrupt_value_is_moved_to_a_backup_key() {
    local().clear().expect("clear");
    local()
        .set_item(KEY, "{\"schema\":2,\"attempts\":[broken")
        .expect("set");
    let loaded = load();
    assert!(loaded.writable);
    let Some(Notice::Corrupt {
        backup_key: Some(key),
        raw,
        ..
    }) = loaded.notice
    else {
        panic!("expected a corrupt notice, got {:?}", loaded.notice);
    };
    assert_eq!(raw, "{\"schema\":2,\"attempts\":[broken");
    assert_eq!(backups(), vec![(key, raw)]);
    // Saving afresh is safe now: the old text stays under the backup key.
    save(&Envelope::default()).expect("saves");
    assert_eq!(backups().len(), 1);
}

#[wasm_bindgen_test]
fn newer_data_is_read_only_and_left_untouched() {
    local().clear().expect("clear");
    let raw = "{\"schema\":42,\"attempts\":[],\"future\":true}";
    local().set_item(KEY, raw).expect("set");
    let loaded = load();
    assert!(!loaded.writable);
    assert_eq!(loaded.notice, Some(Notice::Newer { schema: 42 }));
    assert_eq!(local().get_item(KEY).ok().flatten().as_deref(), Some(raw));
}

/// The browser's JSON gives the same verdicts as serde_json (tests/history.rs) on every kind of
/// stored text.
#[wasm_bindgen_test]
fn browser_json_reads_stored_text_like_serde_json() {
    use staffcheck::domain::store::{parse_with, Parsed, SCHEMA};
    use staffcheck::storage::json::{to_json, BrowserJson};

    let corrupt = CORRUPT_ENVELOPES;
    for &raw in corrupt {
        match parse_with::<BrowserJson>(Some(raw)) {
            Parsed::Corrupt { error } => assert!(!error.is_empty(), "{raw:?}"),
            other => panic!("{raw:?} should be corrupt, got {other:?}"),
        }
    }
    assert_eq!(parse_with::<BrowserJson>(None), Parsed::Empty);

    // Schema 1 migrates; out-of-range answers are dropped.
    let a = attempt(true, 1.7e12);
    let v2 = to_json(&Envelope {
        attempts: vec![a.clone()],
        ..Envelope::default()
    });
    let current = format!("{{\"schema\":{SCHEMA},");
    assert!(v2.starts_with(&current), "{v2}");
    let v1 = v2.replacen(&current, "{\"schema\":1,", 1);
    match parse_with::<BrowserJson>(Some(&v1)) {
        Parsed::Ready(e) => {
            assert_eq!(e.schema, SCHEMA);
            assert_eq!(e.attempts, vec![a.clone()]);
            assert!(e.deleted.is_empty());
        }
        other => panic!("expected a migrated envelope, got {other:?}"),
    }
    let out_of_range = "{\"schema\":2,\"attempts\":[],\"in_progress\":{\"step\":1,\"answers\":{\"scale\":{\"scope\":9,\"risk\":3}}}}";
    match parse_with::<BrowserJson>(Some(out_of_range)) {
        Parsed::Ready(e) => {
            let scale = e.in_progress.map(|p| p.answers.scale).unwrap_or_default();
            assert_eq!(scale.get("scope"), None);
            assert_eq!(scale.get("risk"), Some(&3));
        }
        other => panic!("{other:?}"),
    }

    // Newer data: readable where possible, never "corrupt".
    assert!(matches!(
        parse_with::<BrowserJson>(Some(
            "{\"schema\":99,\"attempts\":[],\"something_new\":true}"
        )),
        Parsed::Newer {
            schema: 99,
            envelope: Some(_)
        }
    ));
    assert!(matches!(
        parse_with::<BrowserJson>(Some("{\"schema\":7,\"attempts\":\"changed shape\"}")),
        Parsed::Newer {
            schema: 7,
            envelope: None
        }
    ));

    // What the browser writes, serde_json reads back the same (and vice versa).
    let e = Envelope {
        attempts: vec![a],
        deleted: vec!["gone".into()],
        ..Envelope::default()
    };
    assert_eq!(
        parse_with::<BrowserJson>(Some(&to_json(&e))),
        Parsed::Ready(e.clone())
    );
    let native = serde_json::to_string(&e).expect("json");
    assert_eq!(parse_with::<BrowserJson>(Some(&native)), Parsed::Ready(e));
}

/// Stored text of the wrong shape is reported with what was found and what was expected; a
/// number is described, not printed (vendor/serde-wasm-bindgen/PATCHED.md: printing it would
/// link float formatting into the wasm).
#[wasm_bindgen_test]
fn a_wrong_shape_says_what_was_found_and_expected() {
    use staffcheck::domain::store::{parse_with, Parsed, SCHEMA};
    use staffcheck::storage::json::BrowserJson;

    for (deleted, found) in [
        (
            "1.5",
            "invalid type: a number with a fraction, expected a string",
        ),
        ("true", "invalid type: boolean `true`, expected a string"),
    ] {
        let raw = format!("{{\"schema\":{SCHEMA},\"attempts\":[],\"deleted\":[{deleted}]}}");
        match parse_with::<BrowserJson>(Some(&raw)) {
            Parsed::Corrupt { error } => assert!(error.contains(found), "{raw}: {error}"),
            other => panic!("{raw} should be corrupt, got {other:?}"),
        }
    }
}

/// Export and import through the browser's JSON: a round trip, and the same refusals.
#[wasm_bindgen_test]
fn browser_json_exports_and_imports() {
    use staffcheck::domain::history::ImportError;
    use staffcheck::storage::json::{export_json, parse_import};

    use staffcheck::domain::evidence::{build, Draft};
    use staffcheck::domain::history::Imported;
    use staffcheck::domain::tracker::PlanProgress;

    let draft = Draft {
        title: "RFC: paved road".into(),
        dimensions: vec!["scope".into()],
        ..Draft::new("2026-03-01")
    };
    let mut plan = PlanProgress::new("2026-03-01", 1.0);
    plan.set("define:0", true, 2.0);
    let e = Envelope {
        attempts: vec![attempt(true, 1.6e12), attempt(false, 1.7e12)],
        evidence: vec![build(&staffcheck::content::CONTENT, &draft, None, 1.5e12)],
        plan: Some(plan),
        ..Envelope::default()
    };
    let text = export_json(&e, 1.8e12);
    assert!(text.starts_with("{\n  \"format\": \"staffcheck-history\""));
    assert_eq!(
        parse_import(&text),
        Ok(Imported {
            attempts: e.attempts.clone(),
            evidence: e.evidence.clone(),
            plan: e.plan.clone(),
            people: Vec::new(),
        })
    );

    assert!(matches!(parse_import("nope"), Err(ImportError::NotJson(_))));
    assert_eq!(parse_import("{}"), Err(ImportError::NotAnExport));
    assert_eq!(parse_import("[]"), Err(ImportError::NotAnExport));
    assert_eq!(
        parse_import("{\"format\":\"staffcheck-history\",\"version\":5,\"attempts\":[]}"),
        Err(ImportError::NewerVersion(5))
    );
    let damaged = "{\"format\":\"staffcheck-history\",\"version\":1,\"attempts\":[{\"id\":\"x\"}]}";
    assert!(matches!(
        parse_import(damaged),
        Err(ImportError::BadAttempt(0, _))
    ));
}
