//! The build-time content compiler rejects malformed content with file, line and entry.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/content_compiler.rs"]
#[allow(dead_code)]
mod content_compiler;

use content_compiler::{compile, Input};

const SOURCES: &str = r#"
[[source]]
id = "s0"
file = "000.txt"
title = "A title"
about = "What it says."
"#;

const LEVELS: &str = r#"
[[level]]
id = "senior"
name = "Senior"
tagline = "Delivers."

[[level]]
id = "staff"
name = "Staff"
tagline = "Multiplies."

[[level]]
id = "principal"
name = "Principal"
tagline = "Sets direction."

[[company]]
name = "Google"
senior = "L5"
staff = "L6"
sources = ["s0"]

[[ladder]]
id = "staff"
name = "Staff"
owns = "A domain."
sources = ["s0"]

[[pay]]
level = "senior"
base_low = 1
base_high = 2
total_low = 2
total_high = 3
total_open = false
sources = ["s0"]

[[pay_note]]
id = "market"
text = "Where the figures hold."
sources = ["s0"]

[[timeline]]
id = "typical"
text = "How long it takes."
sources = ["s0"]

[[choice_note]]
id = "choice"
text = "Both are fine."
sources = ["s0"]

[[pursue_reason]]
id = "pursue"
text = "A reason to go."
sources = ["s0"]

[[stay_reason]]
id = "stay"
text = "A reason to stay."
sources = ["s0"]

[[case_note]]
id = "case"
text = "What the case needs."
sources = ["s0"]

[[not_counted]]
id = "not"
text = "What does not count."
sources = ["s0"]

[[pitfall]]
id = "pit"
text = "A pitfall."
sources = ["s0"]

[[trust_way]]
id = "trust"
text = "A way to earn trust."
sources = ["s0"]

[[artifact]]
id = "doc"
text = "A document."
sources = ["s0"]

[[metric_family]]
id = "m"
text = "A metric family."
sources = ["s0"]

[[metric_by_role]]
id = "r"
text = "A role's metrics."
sources = ["s0"]

[[axis_note]]
id = "why"
text = "Why."
sources = ["s0"]

[[axis_step]]
id = "step"
text = "A step."
sources = ["s0"]
"#;

fn dimension(id: &str) -> String {
    format!(
        r#"
[[dimension]]
id = "{id}"
name = "Name"
summary = "Summary."
senior = "Senior text."
staff = "Staff text."
principal = "Principal text."
change = "The change."
change_principal = "The next change."
example_senior = "E1."
example_staff = "E2."
example_principal = "E3."
principal_sources = []
signals = ["A signal."]
anti_signals = []
sources = ["s0"]
practice_artifact = "A doc."
practice_how = "Write it."

[dimension.question]
prompt = "How?"
senior_anchor = "I do A."
staff_anchor = "I do B."
"#
    )
}

const WEEK: &str = r#"
[[week]]
level = "senior"
coding_min = 50
coding_max = 70
cross_team = 5
summary = "Busy."
sources = ["s0"]

[[week.block]]
day = "Monday"
activity = "Code."
minutes = 180
kind = "coding"
"#;

const QUIZ: &str = r#"
bar = 1

[[readiness]]
id = "org-problem"
text = "I drive it."
why = "Because."
dimension = "scope"
sources = ["s0"]

[[motivation]]
id = "meetings"
text = "I like meetings."
sources = ["s0"]

[[figure]]
id = "cross-team"
prompt = "How much?"
dimension = "scope"
sources = ["s0"]

[[figure.option]]
label = "Little"
position = 0

[[figure.option]]
label = "Lots"
position = 100

[[plan]]
id = "define"
days = "0-30"
title = "Define"
goal = "Choose."
steps = ["Pick one."]
sources = ["s0"]
"#;

fn compile_with(replace: &str, text: &str) -> Result<String, Vec<String>> {
    let dims = format!("{}{}", dimension("scope"), dimension("risk"));
    let mut files = vec![
        ("content/sources.toml", SOURCES.to_string()),
        ("content/levels.toml", LEVELS.to_string()),
        ("content/dimensions.toml", dims),
        ("content/week.toml", WEEK.to_string()),
        ("content/quiz.toml", QUIZ.to_string()),
    ];
    for f in &mut files {
        if f.0 == replace {
            f.1 = text.to_string();
        }
    }
    let inputs: Vec<Input> = files
        .iter()
        .map(|(path, text)| Input { path, text })
        .collect();
    compile(&inputs)
}

fn errors_of(replace: &str, text: &str) -> String {
    match compile_with(replace, text) {
        Ok(_) => panic!("expected {replace} to be rejected"),
        Err(errors) => errors.join("\n"),
    }
}

#[test]
fn valid_content_compiles_to_rust() {
    let code = compile_with("", "").expect("valid content compiles");
    assert!(code.contains("pub static CONTENT: Content"));
    assert!(code.contains("id: \"scope\""));
    assert!(code.contains("ActivityKind::Coding"));
}

#[test]
fn a_syntax_error_names_file_and_line() {
    let broken = format!("{}\nname = \"unterminated\n", dimension("scope"));
    let e = errors_of("content/dimensions.toml", &broken);
    let expected_line = broken.lines().count();
    assert!(
        e.starts_with(&format!("content/dimensions.toml:{expected_line}:")),
        "{e}"
    );
}

#[test]
fn a_missing_field_names_file_and_field() {
    let text = dimension("scope").replace("change = \"The change.\"\n", "");
    let e = errors_of("content/dimensions.toml", &text);
    assert!(e.starts_with("content/dimensions.toml:"), "{e}");
    assert!(e.contains("missing field `change`"), "{e}");
}

#[test]
fn an_empty_field_names_the_entry_and_its_line() {
    let text = format!(
        "{}{}",
        dimension("scope"),
        dimension("risk").replace("change = \"The change.\"", "change = \"  \"")
    );
    let e = errors_of("content/dimensions.toml", &text);
    let line = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("[[dimension]]"))
        .nth(1)
        .map(|(n, _)| n + 1)
        .unwrap_or_default();
    assert_eq!(
        e,
        format!("content/dimensions.toml:{line}: dimension \"risk\": field \"change\" is empty")
    );
}

#[test]
fn a_duplicate_id_is_rejected() {
    let text = format!("{}{}", dimension("scope"), dimension("scope"));
    let e = errors_of("content/dimensions.toml", &text);
    assert!(e.contains("dimension \"scope\": duplicate id"), "{e}");
}

#[test]
fn a_dangling_reference_is_rejected() {
    let e = errors_of(
        "content/quiz.toml",
        &QUIZ.replace(
            "dimension = \"scope\"\nsources",
            "dimension = \"nope\"\nsources",
        ),
    );
    assert!(
        e.contains("content/quiz.toml:") && e.contains("unknown dimension \"nope\""),
        "{e}"
    );
    let e = errors_of(
        "content/dimensions.toml",
        &dimension("scope").replace("sources = [\"s0\"]", "sources = [\"s9\"]"),
    );
    assert!(e.contains("unknown source \"s9\""), "{e}");
}

#[test]
fn an_unknown_field_and_a_bad_id_are_rejected() {
    let e = errors_of(
        "content/dimensions.toml",
        &dimension("scope").replace("name = \"Name\"", "name = \"Name\"\nnmae = \"typo\""),
    );
    assert!(e.contains("unknown field `nmae`"), "{e}");
    let e = errors_of("content/dimensions.toml", &dimension("Time Horizon"));
    assert!(e.contains("kebab-case"), "{e}");
}

#[test]
fn markup_and_bad_numbers_are_rejected() {
    let e = errors_of(
        "content/dimensions.toml",
        &dimension("scope").replace("The change.", "<b>The change</b>"),
    );
    assert!(e.contains("contains markup"), "{e}");
    let e = errors_of(
        "content/week.toml",
        &WEEK.replace("kind = \"coding\"", "kind = \"golf\""),
    );
    assert!(e.contains("kind \"golf\""), "{e}");
    let e = errors_of("content/quiz.toml", &QUIZ.replace("bar = 1", "bar = 9"));
    assert!(e.contains("bar 9"), "{e}");
}

#[test]
fn a_missing_file_is_named() {
    let e = errors_of("content/levels.toml", "");
    assert!(e.starts_with("content/levels.toml:"), "{e}");
}

/// Compiles valid content plus this `ui.toml`.
fn compile_ui(ui: &str) -> Result<String, Vec<String>> {
    let dims = format!("{}{}", dimension("scope"), dimension("risk"));
    let files = [
        ("content/sources.toml", SOURCES.to_string()),
        ("content/levels.toml", LEVELS.to_string()),
        ("content/dimensions.toml", dims),
        ("content/week.toml", WEEK.to_string()),
        ("content/quiz.toml", QUIZ.to_string()),
        ("content/ui.toml", ui.to_string()),
    ];
    let inputs: Vec<Input> = files
        .iter()
        .map(|(path, text)| Input { path, text })
        .collect();
    compile(&inputs)
}

fn ui_errors(ui: &str) -> String {
    match compile_ui(ui) {
        Ok(_) => panic!("expected ui.toml to be rejected:\n{ui}"),
        Err(errors) => errors.join("\n"),
    }
}

#[test]
fn ui_texts_become_constants_of_their_screen() {
    let code = compile_ui("[plan]\nheading = \"Your plan\"\ndays = \"Days {days}\"\n")
        .expect("valid ui.toml compiles");
    assert!(code.contains("pub mod ui {"), "{code}");
    assert!(code.contains("pub mod plan {"), "{code}");
    assert!(
        code.contains("pub const HEADING: &str = \"Your plan\";"),
        "{code}"
    );
    assert!(code.contains("pub const DAYS: &str = \"Days {days}\";"));
}

#[test]
fn an_empty_ui_text_names_file_line_screen_and_key() {
    let e = ui_errors("# wording\n\n[plan]\nheading = \"Plan\"\nintro = \"   \"\n");
    assert_eq!(e, "content/ui.toml:5: [plan] intro: is empty");
}

#[test]
fn markup_in_a_ui_text_is_rejected() {
    let e = ui_errors("[plan]\nheading = \"<b>Plan</b>\"\n");
    assert!(
        e.starts_with("content/ui.toml:2: [plan] heading:") && e.contains("markup"),
        "{e}"
    );
}

#[test]
fn ui_keys_and_screens_must_be_snake_case() {
    let e = ui_errors("[plan]\nheadingText = \"Plan\"\n");
    assert!(
        e.contains("[plan] headingText") && e.contains("snake_case"),
        "{e}"
    );
    let e = ui_errors("[plan]\n\"two words\" = \"Plan\"\n");
    assert!(e.contains("snake_case"), "{e}");
    let e = ui_errors("[Plan]\nheading = \"Plan\"\n");
    assert!(e.contains("[Plan]") && e.contains("snake_case"), "{e}");
    let e = ui_errors("[plan]\n9lives = \"Plan\"\n");
    assert!(e.contains("snake_case"), "{e}");
}

#[test]
fn a_ui_value_must_be_a_text_in_a_screen_table() {
    let e = ui_errors("[plan]\nheading = 3\n");
    assert!(e.contains("[plan] heading: must be a text"), "{e}");
    let e = ui_errors("title = \"Loose\"\n");
    assert!(e.contains("[title] must be a table of texts"), "{e}");
    let e = ui_errors("[plan]\nheading = \"unterminated\n");
    assert!(e.starts_with("content/ui.toml:"), "{e}");
}

#[test]
fn principal_sources_may_be_empty_but_must_name_known_sources() {
    let code = compile_with("", "").expect("valid content compiles");
    assert!(code.contains("principal_sources: &[]"), "{code}");
    let e = errors_of(
        "content/dimensions.toml",
        &dimension("scope").replace("principal_sources = []", "principal_sources = [\"s7\"]"),
    );
    assert!(e.contains("unknown principal source \"s7\""), "{e}");
    let e = errors_of(
        "content/dimensions.toml",
        &dimension("scope").replace("principal_sources = []\n", ""),
    );
    assert!(e.contains("missing field `principal_sources`"), "{e}");
}

#[test]
fn a_week_block_may_leave_out_its_minutes_but_not_give_zero() {
    let untimed = WEEK.replace("minutes = 180\n", "");
    let code = compile_with("content/week.toml", &untimed).expect("a block without minutes");
    assert!(code.contains("minutes: None"), "{code}");
    let code = compile_with("", "").expect("valid content compiles");
    assert!(code.contains("minutes: Some(180)"), "{code}");
    let e = errors_of(
        "content/week.toml",
        &WEEK.replace("minutes = 180", "minutes = 0"),
    );
    assert!(e.contains("minutes must be positive"), "{e}");
}

/// The example ladder's files as `build.rs` reads them with
/// `STAFFCHECK_CONTENT=tests/fixtures/example-ladder` (no ui.toml of its own: content/'s), with
/// `file`'s text replaced by `edit` of it.
fn example_ladder(file: &str, edit: impl Fn(&str) -> String) -> Result<String, Vec<String>> {
    const DIR: &str = "tests/fixtures/example-ladder";
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files = Vec::new();
    for name in content_compiler::FILES {
        let path = format!("{DIR}/{name}");
        let text = std::fs::read_to_string(format!("{root}/{path}")).expect("a fixture file");
        let text = if name == file { edit(&text) } else { text };
        files.push((path, text));
    }
    assert!(
        !std::path::Path::new(&format!("{root}/{DIR}/{}", content_compiler::UI_FILE)).exists(),
        "the example ladder keeps the built-in interface wording"
    );
    let ui = format!("content/{}", content_compiler::UI_FILE);
    let text = std::fs::read_to_string(format!("{root}/{ui}")).expect("content/ui.toml");
    files.push((ui, text));
    let inputs: Vec<Input> = files
        .iter()
        .map(|(path, text)| Input { path, text })
        .collect();
    compile(&inputs)
}

#[test]
fn a_teams_own_ladder_compiles_and_its_faults_name_its_files() {
    let code = example_ladder("", str::to_string).expect("the example ladder compiles");
    assert!(code.contains("id: \"stewardship\""));
    assert!(code.contains("pub mod ui"));
    let e = example_ladder("quiz.toml", |t| {
        t.replace("dimension = \"stewardship\"", "dimension = \"nope\"")
    })
    .expect_err("a dangling reference");
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/example-ladder/quiz.toml"
    ))
    .expect("the fixture");
    let line = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("[[readiness]]"))
        .nth(1)
        .map(|(n, _)| n + 1)
        .unwrap_or_default();
    assert_eq!(
        e,
        [format!(
            "tests/fixtures/example-ladder/quiz.toml:{line}: readiness \"example-review\": \
             unknown dimension \"nope\""
        )]
    );
    let e = example_ladder("dimensions.toml", |t| {
        t.replacen("summary = ", "sumary = ", 1)
    })
    .expect_err("a misspelt field");
    assert!(
        e.len() == 1 && e[0].starts_with("tests/fixtures/example-ladder/dimensions.toml:"),
        "{e:?}"
    );
}

/// The `LADDER` line of the generated code.
fn ladder_line(code: &str) -> String {
    code.lines()
        .find(|l| l.starts_with("pub const LADDER: Ladder"))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_ladder_id_follows_the_ids_and_not_the_wording() {
    let code = compile_with("", "").expect("valid content compiles");
    let ladder = ladder_line(&code);
    assert!(
        ladder.contains("dimensions: &[\"scope\", \"risk\"]"),
        "{ladder}"
    );
    assert!(
        ladder.contains("figures: &[(\"cross-team\", 2)]"),
        "{ladder}"
    );
    let id = |line: &str| line.split("id: ").nth(1).map(|s| s[..10].to_string());
    let reworded = compile_with(
        "content/quiz.toml",
        &QUIZ.replace("I drive it.", "I lead it."),
    )
    .expect("reworded");
    assert_eq!(ladder_line(&reworded), ladder);
    let renamed = compile_with(
        "content/quiz.toml",
        &QUIZ.replace("id = \"meetings\"", "id = \"more-meetings\""),
    )
    .expect("a renamed id");
    assert_ne!(id(&ladder_line(&renamed)), id(&ladder));
    let dims = format!("{}{}", dimension("risk"), dimension("scope"));
    let reordered = compile_with("content/dimensions.toml", &dims).expect("reordered");
    assert_ne!(id(&ladder_line(&reordered)), id(&ladder));
}

#[test]
fn a_figure_with_more_options_than_a_link_holds_is_rejected() {
    let option = "\n[[figure.option]]\nlabel = \"More\"\nposition = {p}\n";
    let mut quiz = QUIZ.replace("position = 100", "position = 10");
    for p in 11..=16 {
        quiz = quiz.replace(
            "\n[[plan]]",
            &format!("{}\n[[plan]]", option.replace("{p}", &p.to_string())),
        );
    }
    let e = errors_of("content/quiz.toml", &quiz);
    assert!(
        e.contains("figure \"cross-team\": has more than 7 options"),
        "{e}"
    );
}
