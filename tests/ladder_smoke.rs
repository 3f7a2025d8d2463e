//! A team's own ladder: the widget built from the content folder `STAFFCHECK_CONTENT` names
//! (`scripts/test` runs this file with `tests/fixtures/example-ladder`; without the variable it
//! checks the built-in `content/`). The compiled content must be that folder's, and the explorer,
//! the self-check and a results view, rendered natively by the app's own components, show its
//! dimensions and statements and none of the built-in ladder's; every prerendered view renders.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "reader")))]

use std::path::PathBuf;

use staffcheck::components::quiz_item::{quiz_item, QuizItemProps};
use staffcheck::components::result_view::{result_view, ResultViewProps};
use staffcheck::content::CONTENT;
use staffcheck::domain::answers::{Answers, Item};
use staffcheck::prerender::{render, views};
use yew::prelude::*;
use yew::LocalServerRenderer;

/// `result_view` is a plain function: a component of our own mounts it.
#[component]
fn ResultView(props: &ResultViewProps) -> Html {
    result_view(props)
}

/// The folder the test expects the build to have compiled, as `build.rs` picks it.
fn folder() -> (String, PathBuf) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::var("STAFFCHECK_CONTENT")
        .ok()
        .map(|d| d.trim().trim_end_matches('/').to_string())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "content".into());
    let path = root.join(&dir);
    (dir, path)
}

fn built_in() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content")
}

fn folder_is_content() -> bool {
    let (_, path) = folder();
    path.canonicalize().ok() == built_in().canonicalize().ok()
}

fn table(dir: &std::path::Path, file: &str) -> toml::Table {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    text.parse()
        .unwrap_or_else(|e| panic!("{path:?} does not parse: {e}"))
}

/// `field` of every `[[list]]` entry of `file` in `dir`.
fn texts(dir: &std::path::Path, file: &str, list: &str, field: &str) -> Vec<String> {
    table(dir, file)
        .get(list)
        .and_then(|v| v.as_array())
        .map(|entries| {
            entries
                .iter()
                .filter_map(|e| e.get(field).and_then(|v| v.as_str()).map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    tokio::task::LocalSet::new().block_on(&runtime, f)
}

/// HTML escapes the way yew's renderer does.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#39;")
        .replace('"', "&quot;")
}

fn shows(html: &str, text: &str) -> bool {
    html.contains(text) || html.contains(&escaped(text))
}

fn page(path: &str) -> String {
    let view = views()
        .into_iter()
        .find(|v| v.key == path)
        .unwrap_or_else(|| panic!("no prerendered view {path}"));
    block_on(render(&view, ""))
}

#[component]
fn Statements() -> Html {
    let answers = Answers::default();
    CONTENT
        .readiness
        .iter()
        .map(|r| {
            quiz_item(&QuizItemProps {
                item: &Item::Readiness(r.id),
                answers: &answers,
                on_action: Callback::noop(),
            })
        })
        .collect()
}

fn self_check() -> String {
    block_on(
        LocalServerRenderer::<Statements>::new()
            .hydratable(false)
            .render(),
    )
}

/// A result with every statement answered yes and every dimension at 4.
fn results() -> String {
    let mut answers = Answers::default();
    for r in CONTENT.readiness {
        answers.readiness.insert(r.id.to_string(), true);
    }
    for d in CONTENT.dimensions {
        answers.scale.insert(d.id.to_string(), 4);
    }
    block_on(
        LocalServerRenderer::<ResultView>::with_props(ResultViewProps {
            answers,
            about: None,
        })
        .hydratable(false)
        .render(),
    )
}

/// The sentences of the built-in ladder that a team's ladder does not share: its dimensions'
/// changes and its readiness statements.
fn built_in_sentences() -> Vec<String> {
    let (_, own) = folder();
    let own: Vec<String> = texts(&own, "dimensions.toml", "dimension", "change")
        .into_iter()
        .chain(texts(&own, "quiz.toml", "readiness", "text"))
        .collect();
    texts(&built_in(), "dimensions.toml", "dimension", "change")
        .into_iter()
        .chain(texts(&built_in(), "quiz.toml", "readiness", "text"))
        .filter(|t| !own.contains(t))
        .collect()
}

#[test]
fn the_build_compiled_the_folder_staffcheck_content_names() {
    let (dir, path) = folder();
    let ids: Vec<&str> = CONTENT.dimensions.iter().map(|d| d.id).collect();
    assert_eq!(
        ids,
        texts(&path, "dimensions.toml", "dimension", "id"),
        "the compiled dimensions are not those of {dir}/ (was the build run with \
         STAFFCHECK_CONTENT={dir}?)"
    );
    let names: Vec<&str> = CONTENT.dimensions.iter().map(|d| d.name).collect();
    assert_eq!(names, texts(&path, "dimensions.toml", "dimension", "name"));
    let statements: Vec<&str> = CONTENT.readiness.iter().map(|r| r.text).collect();
    assert_eq!(statements, texts(&path, "quiz.toml", "readiness", "text"));
    let bar = table(&path, "quiz.toml")
        .get("bar")
        .and_then(|b| b.as_integer());
    assert_eq!(bar, Some(i64::from(CONTENT.bar)));
    if folder_is_content() {
        assert!(built_in_sentences().is_empty());
    } else {
        assert!(
            !built_in_sentences().is_empty(),
            "{dir}/ shares every sentence with content/: not a ladder of its own"
        );
    }
}

#[test]
fn the_explorer_shows_the_ladders_dimensions_and_no_others() {
    let html = page("/explore");
    for d in CONTENT.dimensions {
        assert!(shows(&html, d.name), "the explorer lacks {}", d.name);
        assert!(
            shows(&html, d.change),
            "the explorer lacks {}'s change",
            d.id
        );
    }
    for t in built_in_sentences() {
        assert!(!shows(&html, &t), "the explorer shows the built-in {t:?}");
    }
}

#[test]
fn the_self_check_asks_the_ladders_statements_and_no_others() {
    let intro = page("/quiz");
    let items = CONTENT.readiness.len()
        + CONTENT.dimensions.len()
        + CONTENT.figures.len()
        + CONTENT.motivation.len();
    assert!(
        intro.contains(&items.to_string()),
        "the self-check's intro does not count {items} items"
    );
    let html = self_check();
    for r in CONTENT.readiness {
        assert!(shows(&html, r.text), "the self-check lacks {}", r.id);
    }
    for t in built_in_sentences() {
        assert!(!shows(&html, &t), "the self-check asks the built-in {t:?}");
        assert!(!shows(&intro, &t), "the intro shows the built-in {t:?}");
    }
}

#[test]
fn the_quick_check_asks_the_ladders_statements_and_no_others() {
    let html = page("/check");
    for r in CONTENT.readiness {
        assert!(shows(&html, r.text), "the quick check lacks {}", r.id);
    }
    for t in built_in_sentences() {
        assert!(!shows(&html, &t), "the quick check asks the built-in {t:?}");
    }
}

#[test]
fn a_result_speaks_of_the_ladders_dimensions_and_no_others() {
    let html = results();
    for d in CONTENT.dimensions {
        assert!(shows(&html, d.name), "the results lack {}", d.name);
    }
    for t in built_in_sentences() {
        assert!(!shows(&html, &t), "the results show the built-in {t:?}");
    }
}

#[test]
fn every_prerendered_view_renders_with_the_ladder() {
    // The release build prerenders these (scripts/postbuild.mjs): a panic there fails the build.
    let mut pages = Vec::new();
    for view in views() {
        let html = block_on(render(&view, ""));
        assert!(!html.is_empty(), "{} renders nothing", view.key);
        if let Some(d) = view
            .key
            .strip_prefix("/explore/")
            .and_then(|id| CONTENT.dimension(id))
        {
            assert!(shows(&html, d.name), "{} lacks its name", view.key);
            pages.push(d.id);
        }
    }
    let ids: Vec<&str> = CONTENT.dimensions.iter().map(|d| d.id).collect();
    assert_eq!(pages, ids, "a dimension page per dimension of the ladder");
}

// ---- Share codes ---------------------------------------------------------------------------

use staffcheck::content::{ui, LADDER};
use staffcheck::domain::share::{
    decode, encode, encode_in_ladder, encode_with, is_built_in, newest_layout, written_layout,
    Mentor, ShareError, Shared, FORMAT_VERSION, LAYOUT_1, OWN_LAYOUT,
};

/// A result with every item of the ladder answered, named, with a mentor's rating and a day.
fn shared() -> Shared {
    let mut answers = Answers::default();
    for (i, r) in CONTENT.readiness.iter().enumerate() {
        answers.readiness.insert(r.id.to_string(), i % 2 == 0);
    }
    for (i, d) in CONTENT.dimensions.iter().enumerate() {
        answers.scale.insert(d.id.to_string(), (i % 5) as u8 + 1);
    }
    for f in CONTENT.figures {
        answers.figures.insert(f.id.to_string(), 1);
    }
    for m in CONTENT.motivation {
        answers.motivation.insert(m.id.to_string(), 4);
    }
    let scale = CONTENT
        .dimensions
        .iter()
        .map(|d| (d.id.to_string(), 2))
        .collect();
    Shared {
        answers,
        name: Some("Example Person".into()),
        mentor: Some(Mentor {
            name: Some("Example Mentor".into()),
            scale,
        }),
        day: Some(20_000),
    }
}

#[test]
fn the_ladders_codes_carry_its_id_and_read_back() {
    // A folder with the built-in ids (content/, or a rewording of it) is the built-in ladder.
    let ids = |l: &staffcheck::domain::share::Layout| {
        (l.readiness, l.dimensions, l.figures, l.motivation)
    };
    assert_eq!(is_built_in(), ids(&OWN_LAYOUT) == ids(newest_layout()));
    if folder_is_content() {
        assert!(is_built_in());
    }
    let s = shared();
    let code = encode(&CONTENT, &s);
    assert_eq!(decode(&CONTENT, &code), Ok(s.clone()));
    if is_built_in() {
        // Its codes stay in the numbered layouts, as every code handed out before.
        assert_eq!(written_layout(), newest_layout());
        assert_eq!(code, encode_with(newest_layout(), &s));
    } else {
        assert_eq!(written_layout(), &OWN_LAYOUT);
        assert_eq!(
            code,
            encode_in_ladder(FORMAT_VERSION, LADDER.id, &OWN_LAYOUT, &s)
        );
    }
}

#[test]
fn codes_of_another_ladder_are_refused_never_misread() {
    let s = shared();
    // This ladder's code with another ladder id: another team's ladder, or another version of
    // this one whose ids changed.
    let mut refused = vec![encode_in_ladder(
        FORMAT_VERSION,
        LADDER.id ^ 1,
        &OWN_LAYOUT,
        &s,
    )];
    // A code of the built-in ladder (every link handed out so far).
    let built_in_code = encode_with(&LAYOUT_1, &s);
    if is_built_in() {
        assert!(decode(&CONTENT, &built_in_code).is_ok());
    } else {
        refused.push(built_in_code);
    }
    for c in refused {
        let e = decode(&CONTENT, &c).expect_err("another ladder's code");
        assert_eq!(e, ShareError::OtherLadder, "{c}");
        assert_eq!(e.message(), ui::share_error::OTHER_LADDER);
    }
}
