//! Browser tests of the storage module against real localStorage.
#![cfg(target_arch = "wasm32")]

use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
use staffcheck::domain::store::{Attempt, Envelope, BACKUP_PREFIX, KEY};
use staffcheck::storage::{load, save, Notice};
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
