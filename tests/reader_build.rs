//! The two builds' store, natively: which build reduces each action, the reader build failing
//! loudly on an action only the full build reduces, and no screen of the reader build reaching
//! such an action through the store's intent methods; and when home and the dimension pages hand
//! over to the full build. Runs in both builds (`scripts/test`: `cargo test` and
//! `cargo test --features reader`); what the reader build's actions do is checked, with the same
//! expected states in both builds, in `tests/state.rs`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
use staffcheck::domain::evidence::{build, Draft, Evidence, EvidenceDraft};
use staffcheck::domain::history::Imported;
use staffcheck::domain::people::Person;
use staffcheck::domain::quiz::QuizAction;
use staffcheck::domain::store::{Attempt, Envelope};
use staffcheck::state::store::{Store, StoreAction};
use staffcheck::storage::{Loaded, Notice};
use yew::Reducible;

/// The actions both builds reduce; every other one is the full build's alone.
const BOTH_BUILDS: [&str; 6] = [
    "Quiz",
    "Finish",
    "Quick",
    "SaveFailed",
    "External",
    "DismissNotice",
];

/// The variant's name. No wildcard: a new action does not compile here until it has a sample.
fn name(a: &StoreAction) -> &'static str {
    match a {
        StoreAction::Quiz(_) => "Quiz",
        StoreAction::Finish(_) => "Finish",
        StoreAction::Quick(_) => "Quick",
        StoreAction::SaveFailed(_) => "SaveFailed",
        StoreAction::External(_) => "External",
        StoreAction::DismissNotice => "DismissNotice",
        StoreAction::Delete(_) => "Delete",
        StoreAction::UndoDelete => "UndoDelete",
        StoreAction::ClearAll => "ClearAll",
        StoreAction::Import(_) => "Import",
        StoreAction::SaveEvidence(_) => "SaveEvidence",
        StoreAction::EvidenceDraft(_) => "EvidenceDraft",
        StoreAction::DeleteEvidence(_) => "DeleteEvidence",
        StoreAction::UndoDeleteEvidence => "UndoDeleteEvidence",
        StoreAction::MarkStrong { .. } => "MarkStrong",
        StoreAction::StartPlan { .. } => "StartPlan",
        StoreAction::PutPerson(_) => "PutPerson",
        StoreAction::DeletePerson(_) => "DeletePerson",
        StoreAction::UndoDeletePerson => "UndoDeletePerson",
        StoreAction::MergePeople { .. } => "MergePeople",
        StoreAction::UndoMergePeople => "UndoMergePeople",
        StoreAction::DeleteEverything => "DeleteEverything",
        StoreAction::MoveAttempt { .. } => "MoveAttempt",
        StoreAction::CheckStep { .. } => "CheckStep",
    }
}

fn attempt() -> Attempt {
    Attempt::new(&CONTENT, Answers::default(), 1.0e12)
}

fn draft() -> Draft {
    Draft {
        title: "RFC".into(),
        dimensions: vec!["scope".into()],
        ..Draft::new("2026-03-01")
    }
}

fn evidence() -> Evidence {
    build(&CONTENT, &draft(), None, 1.0e12)
}

/// One of every action (those of both builds change `store()`).
fn samples() -> Vec<StoreAction> {
    let evidence = evidence();
    let person = Person::new("Priya", 1.0e12);
    let other = Attempt::new(&CONTENT, Answers::default(), 2.0e12);
    vec![
        StoreAction::Quiz(QuizAction::Next),
        StoreAction::Finish(other.clone()),
        StoreAction::Quick(Attempt::quick(&CONTENT, &Default::default(), 3.0e12)),
        StoreAction::SaveFailed(Notice::QuotaExceeded),
        StoreAction::External(Envelope {
            attempts: vec![other.clone()],
            ..Envelope::default()
        }),
        StoreAction::DismissNotice,
        StoreAction::Delete(attempt().id),
        StoreAction::UndoDelete,
        StoreAction::ClearAll,
        StoreAction::Import(Imported {
            attempts: vec![other],
            ..Imported::default()
        }),
        StoreAction::SaveEvidence(evidence.clone()),
        StoreAction::EvidenceDraft(Some(Box::new(EvidenceDraft {
            editing: None,
            draft: draft(),
        }))),
        StoreAction::DeleteEvidence(evidence.id.clone()),
        StoreAction::UndoDeleteEvidence,
        StoreAction::MarkStrong {
            id: evidence.id,
            strong: true,
            at: 2.0e12,
        },
        StoreAction::StartPlan {
            day: "2026-03-01".into(),
            at: 1.0e12,
        },
        StoreAction::PutPerson(person.clone()),
        StoreAction::DeletePerson(person.id.clone()),
        StoreAction::UndoDeletePerson,
        StoreAction::MergePeople {
            into: person.clone(),
            from: "p-other".into(),
        },
        StoreAction::UndoMergePeople,
        StoreAction::DeleteEverything,
        StoreAction::MoveAttempt {
            attempt: attempt().id,
            person,
        },
        StoreAction::CheckStep {
            step: "define:0".into(),
            done: true,
            at: 1.0e12,
            today: "2026-03-01".into(),
        },
    ]
}

fn store() -> Rc<Store> {
    Rc::new(Store::from_loaded(Loaded {
        envelope: Envelope {
            attempts: vec![attempt()],
            ..Envelope::default()
        },
        writable: true,
        notice: Some(Notice::Unavailable),
    }))
}

fn is_full_build_only(variant: &str) -> bool {
    let sample = samples()
        .into_iter()
        .find(|a| name(a) == variant)
        .unwrap_or_else(|| panic!("StoreAction::{variant} has no sample in this test"));
    sample.full_build_only()
}

// --- Source files -----------------------------------------------------------------------------

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A source file with its `//` comments (and doc comments) taken out.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e} (update this test's list)", path.display()));
    text.lines()
        .map(|line| {
            let mut quotes = 0;
            let bytes = line.as_bytes();
            for i in 0..bytes.len() {
                match bytes[i] {
                    b'"' if i == 0 || bytes[i - 1] != b'\\' => quotes += 1,
                    b'/' if quotes % 2 == 0 && bytes.get(i + 1) == Some(&b'/') => {
                        return &line[..i];
                    }
                    _ => {}
                }
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The identifiers right after each `prefix` in `text`, where `prefix` does not continue a longer
/// name (`myself.` is not `self.`).
fn idents_after<'a>(text: &'a str, prefix: &str) -> Vec<&'a str> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices(prefix) {
        if at > 0 && is_ident(text.as_bytes()[at - 1]) {
            continue;
        }
        let start = at + prefix.len();
        let len = text[start..].bytes().take_while(|&b| is_ident(b)).count();
        if len > 0 {
            found.push(&text[start..start + len]);
        }
    }
    found
}

/// The method calls `.name(` in `text`.
fn calls(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut from = 0;
    while let Some(at) = text[from..].find('.') {
        let start = from + at + 1;
        from = start;
        let len = text[start..].bytes().take_while(|&b| is_ident(b)).count();
        if len > 0 && text[start + len..].starts_with('(') {
            found.insert(text[start..start + len].to_string());
        }
    }
    found
}

fn rs_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files.extend(rs_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The variants of `StoreAction`, as declared.
fn declared_actions() -> BTreeSet<String> {
    let text = code(&root().join("src/state/store.rs"));
    let body = text
        .split("pub enum StoreAction {")
        .nth(1)
        .and_then(|rest| rest.split("\n}").next())
        .expect("src/state/store.rs declares `pub enum StoreAction`");
    body.lines()
        .filter_map(|l| l.strip_prefix("    "))
        .filter(|l| l.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
        .map(|l| {
            l.bytes()
                .take_while(|&b| is_ident(b))
                .map(char::from)
                .collect()
        })
        .collect()
}

/// Every intent method of the store handle (in `src/hooks`, however its files are split) with
/// the actions it dispatches, directly or through another intent.
fn intents() -> BTreeMap<String, BTreeSet<String>> {
    let mut direct: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for file in rs_files(&root().join("src/hooks")) {
        let text = code(&file);
        for block in text.split("impl StoreHandle {").skip(1) {
            let block = block.split("\n}").next().unwrap_or_default();
            let mut current: Option<String> = None;
            for line in block.lines() {
                let head = line
                    .strip_prefix("    pub fn ")
                    .or_else(|| line.strip_prefix("    fn "));
                if let Some(head) = head {
                    let len = head.bytes().take_while(|&b| is_ident(b)).count();
                    current = Some(head[..len].to_string());
                    direct.entry(head[..len].to_string()).or_default();
                    continue;
                }
                let Some(intent) = &current else { continue };
                let entry = direct.get_mut(intent).expect("entered above");
                entry.0.extend(
                    idents_after(line, "StoreAction::")
                        .into_iter()
                        .map(String::from),
                );
                for called in idents_after(line, "self.") {
                    entry.1.insert(called.to_string());
                }
            }
        }
    }
    // Through other intents (`retake` is two `quiz` steps).
    let mut all: BTreeMap<String, BTreeSet<String>> = direct
        .iter()
        .map(|(k, (actions, _))| (k.clone(), actions.clone()))
        .collect();
    loop {
        let mut changed = false;
        for (intent, (_, called)) in &direct {
            let more: BTreeSet<String> = called
                .iter()
                .filter_map(|c| all.get(c))
                .flatten()
                .cloned()
                .collect();
            let mine = all.get_mut(intent).expect("every intent");
            let before = mine.len();
            mine.extend(more);
            changed |= mine.len() != before;
        }
        if !changed {
            return all;
        }
    }
}

/// `seeds` and every component they render, transitively (`components::name`).
fn with_components<S: AsRef<str>>(seeds: &[S]) -> BTreeMap<String, String> {
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    let mut todo: Vec<String> = seeds.iter().map(|s| s.as_ref().to_string()).collect();
    while let Some(path) = todo.pop() {
        if files.contains_key(&path) {
            continue;
        }
        let text = code(&root().join(&path));
        for c in idents_after(&text, "components::") {
            let file = format!("src/components/{c}.rs");
            if root().join(&file).exists() {
                todo.push(file);
            }
        }
        files.insert(path, text);
    }
    files
}

/// The full-build actions that the screens in `seeds` reach through intent methods, with the
/// file and intent that reach each.
fn full_build_actions_reached<S: AsRef<str>>(seeds: &[S]) -> Vec<String> {
    let intents = intents();
    let mut reached = Vec::new();
    for (file, text) in with_components(seeds) {
        for call in calls(&text) {
            for action in intents.get(&call).into_iter().flatten() {
                if is_full_build_only(action) {
                    reached.push(format!(
                        "{file}: .{call}() dispatches StoreAction::{action}"
                    ));
                }
            }
        }
    }
    reached
}

/// The files of the screens the reader build carries (`build: Reader` in the screen manifest),
/// the shell around them and the hand-over.
fn reader_screens() -> Vec<String> {
    let mut files = vec!["src/app.rs".to_string(), "src/pages/handoff.rs".to_string()];
    for screen in staffcheck::route::SCREENS {
        if screen.build == staffcheck::route::Build::Reader {
            // `pages::home::Home` -> `src/pages/home.rs`
            let path: Vec<&str> = screen.page.split("::").map(str::trim).collect();
            files.push(format!("src/{}.rs", path[..path.len() - 1].join("/")));
        }
    }
    files
}

// --- Tests ------------------------------------------------------------------------------------

#[test]
fn every_action_has_a_sample_and_is_placed_in_the_builds_that_reduce_it() {
    let sampled: BTreeSet<String> = samples().iter().map(|a| name(a).to_string()).collect();
    assert_eq!(
        sampled,
        declared_actions(),
        "one sample per declared action"
    );
    for a in samples() {
        assert_eq!(
            a.full_build_only(),
            !BOTH_BUILDS.contains(&name(&a)),
            "StoreAction::{} is placed in the wrong build",
            name(&a)
        );
    }
}

/// Each build reduces the actions it carries: the shared ones change the store (a build that
/// passed one on to the full build's reducer would panic, or do nothing), and the full build
/// takes every other one without a word.
#[test]
fn each_build_reduces_the_actions_it_carries() {
    for a in samples() {
        let before = store();
        if !a.full_build_only() {
            let after = before.clone().reduce(a.clone());
            assert_ne!(*before, *after, "{} changed nothing", name(&a));
        } else if !cfg!(feature = "reader") {
            before.reduce(a);
        }
    }
}

/// Without the check, a reader screen that dispatched (say) a delete would do nothing at all,
/// and no test would notice: a debug build panics instead.
#[cfg(all(feature = "reader", debug_assertions))]
#[test]
fn the_reader_build_fails_loudly_on_every_action_only_the_full_build_reduces() {
    use std::panic::{catch_unwind, AssertUnwindSafe};
    // What the reader build's reducer says, in a debug build, when given a full-build action.
    const DROPPED: &str = "the reader build does not reduce";
    // Only the expected panics are silenced; any other still prints.
    let print = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info.payload().downcast_ref::<String>();
        if !message.is_some_and(|m| m.starts_with(DROPPED)) {
            print(info);
        }
    }));
    let mut dropped = 0;
    for a in samples().into_iter().filter(StoreAction::full_build_only) {
        let s = store();
        let outcome = catch_unwind(AssertUnwindSafe(|| s.clone().reduce(a.clone())));
        let Err(payload) = outcome else {
            panic!("the reader build silently dropped {a:?}");
        };
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .unwrap_or_default();
        assert!(
            message.starts_with(DROPPED) && message.contains(name(&a)),
            "{a:?}: {message}"
        );
        dropped += 1;
    }
    assert_eq!(dropped, samples().len() - BOTH_BUILDS.len());
}

/// The reader build's screens change the store only through intents whose actions it reduces.
#[test]
fn no_screen_of_the_reader_build_reaches_an_action_only_the_full_build_reduces() {
    let intents = intents();
    // The scan finds what the self-check dispatches, so it does read the intents and screens...
    assert_eq!(
        intents
            .get("retake")
            .map(|a| a.iter().map(String::as_str).collect::<Vec<_>>()),
        Some(vec!["Quiz"])
    );
    let screens = with_components(&reader_screens());
    assert!(screens.contains_key("src/components/storage_notice.rs"));
    let used: BTreeSet<String> = screens
        .values()
        .flat_map(|text| calls(text))
        .filter(|c| intents.contains_key(c))
        .collect();
    for intent in ["quiz", "finish", "hand_over", "dismiss_notice"] {
        assert!(used.contains(intent), "{intent} not found: {used:?}");
    }
    // ...and finds the full build's screens reaching their own actions.
    let history = full_build_actions_reached(&["src/pages/history.rs"]);
    assert!(
        history.iter().any(|r| r.contains("StoreAction::Delete")),
        "{history:?}"
    );
    assert_eq!(
        full_build_actions_reached(&reader_screens()),
        Vec::<String>::new()
    );
}

/// Home and the dimension pages hand over to the full build (`pages::handoff::CaseHandoff`) for a
/// visitor whose storage holds a case, which only the full build shows beside them: evidence or
/// a plan. Attempts, people, a self-check in progress, a half-written entry or tombstones alone
/// keep the reader build.
// The reader build's own copy of the rule reads the stored document (`storage::carry::started`):
// e2e/builds.spec.ts and e2e/carry.spec.ts.
#[cfg(not(feature = "reader"))]
#[test]
fn home_and_the_dimension_pages_hand_over_only_for_a_visitor_with_a_case() {
    use staffcheck::domain::tracker::PlanProgress;
    let none = Envelope::default();
    let cases = [
        ("nothing", none.clone(), false),
        (
            "attempts",
            Envelope {
                attempts: vec![attempt()],
                deleted: vec!["gone".into()],
                ..none.clone()
            },
            false,
        ),
        (
            "people",
            Envelope {
                people: vec![Person::new("Priya", 1.0e12)],
                people_deleted: vec!["p-gone".into()],
                ..none.clone()
            },
            false,
        ),
        (
            "a self-check in progress",
            Envelope {
                in_progress: Some(Default::default()),
                ..none.clone()
            },
            false,
        ),
        (
            "a half-written entry and deleted ones",
            Envelope {
                evidence_draft: Some(Box::new(EvidenceDraft {
                    editing: None,
                    draft: draft(),
                })),
                evidence_deleted: vec![evidence().id],
                ..none.clone()
            },
            false,
        ),
        (
            "evidence",
            Envelope {
                evidence: vec![evidence()],
                ..none.clone()
            },
            true,
        ),
        (
            "a plan",
            Envelope {
                plan: Some(PlanProgress::new("2026-03-01", 1.0e12)),
                ..none
            },
            true,
        ),
    ];
    for (what, envelope, hands_over) in cases {
        assert_eq!(envelope.has_case(), hands_over, "a visitor with {what}");
    }
}

/// Outside the intents, the hooks (the store provider: saving, other tabs) run in both builds:
/// they dispatch only actions both builds reduce.
#[test]
fn the_store_provider_dispatches_only_actions_both_builds_reduce() {
    let mut dispatched = BTreeSet::new();
    for file in rs_files(&root().join("src/hooks")) {
        let text = code(&file);
        let mut parts = text.split("impl StoreHandle {");
        let mut outside = parts.next().unwrap_or_default().to_string();
        for block in parts {
            outside.push_str(block.split_once("\n}").map_or("", |(_, after)| after));
        }
        for action in idents_after(&outside, "StoreAction::") {
            dispatched.insert(action.to_string());
        }
    }
    assert!(
        dispatched.contains("External") && dispatched.contains("SaveFailed"),
        "the provider's saves and other tabs' saves: {dispatched:?}"
    );
    let full: Vec<&String> = dispatched
        .iter()
        .filter(|a| is_full_build_only(a))
        .collect();
    assert_eq!(
        full,
        Vec::<&String>::new(),
        "dispatched by the store provider"
    );
}
