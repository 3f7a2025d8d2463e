//! Browser tests (wasm-bindgen-test in headless Chromium) of the results view and
//! "How is this scored?". Run with
//! `cargo test --target wasm32-unknown-unknown --test results_web`.
#![cfg(target_arch = "wasm32")]

use staffcheck::components::result_view::{result_view, ResultViewProps};
use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
use staffcheck::domain::scoring::{CROSS_TEAM, DEPTH_AND_DELIVERY};
use staffcheck::pages::how_scored::HowScored;
use wasm_bindgen_test::*;
use web_sys::Element;

mod browser;
use browser::{all, mount_point, one, until};

wasm_bindgen_test_configure!(run_in_browser);

/// The results view as the root of a render.
#[yew::component]
fn ResultView(props: &ResultViewProps) -> yew::Html {
    result_view(props)
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
        .trim()
        .to_string()
}

async fn render(answers: Answers) -> Element {
    let root = mount_point();
    yew::Renderer::<ResultView>::with_root_and_props(
        root.clone(),
        ResultViewProps {
            answers,
            about: None,
        },
    )
    .render();
    until(&root, "the verdict", |r| {
        one(r, "[data-testid=verdict]").is_some()
    })
    .await;
    root
}

/// Every readiness yes, every scale 5, every figure its last option, motivation 5.
fn all_staff() -> Answers {
    let mut a = Answers::default();
    for r in CONTENT.readiness {
        a.readiness.insert(r.id.to_string(), true);
    }
    for d in CONTENT.dimensions {
        a.scale.insert(d.id.to_string(), 5);
    }
    for f in CONTENT.figures {
        let last = u8::try_from(f.options.len().saturating_sub(1)).expect("few options");
        a.figures.insert(f.id.to_string(), last);
    }
    for m in CONTENT.motivation {
        a.motivation.insert(m.id.to_string(), 5);
    }
    a
}

/// The first 7 statements yes, the other 5 not yet; every scale 3.
fn seven_yes() -> Answers {
    let mut a = Answers::default();
    for (i, r) in CONTENT.readiness.iter().enumerate() {
        a.readiness.insert(r.id.to_string(), i < 7);
    }
    for d in CONTENT.dimensions {
        a.scale.insert(d.id.to_string(), 3);
    }
    a
}

/// Strong on depth and delivery, weak on cross-team scope, influence and artifacts.
fn wrong_axis() -> Answers {
    let mut a = Answers::default();
    for id in CROSS_TEAM {
        a.scale.insert(id.to_string(), 1);
    }
    for id in DEPTH_AND_DELIVERY {
        a.scale.insert(id.to_string(), 5);
    }
    a
}

#[wasm_bindgen_test]
async fn all_staff_answers_meet_the_bar_with_no_gaps() {
    let root = render(all_staff()).await;
    assert_eq!(text(&root, "[data-testid=readiness-count]"), "12 of 12");
    assert!(text(&root, "[data-testid=readiness-verdict]").starts_with("Meets the bar"));
    assert_eq!(
        text(&root, "[data-testid=band]"),
        "Operating at Staff level"
    );
    assert_eq!(text(&root, "[data-testid=overall]"), "100");
    assert_eq!(
        all(&root, "[data-testid=yes-statements] li").len(),
        CONTENT.readiness.len()
    );
    assert!(one(&root, "[data-testid=missing-statements]").is_none());

    let rows = all(&root, "[data-testid=score-row]");
    assert_eq!(rows.len(), 16);
    let ids: Vec<String> = rows
        .iter()
        .filter_map(|r| r.get_attribute("data-dimension"))
        .collect();
    let expected: Vec<&str> = CONTENT.dimensions.iter().map(|d| d.id).collect();
    assert_eq!(ids, expected);
    assert!(rows
        .iter()
        .all(|r| text(r, "[data-testid=score-position]") == "100"));

    assert!(one(&root, "[data-testid=gaps]").is_some());
    assert!(all(&root, "[data-testid=gap]").is_empty());
    assert_eq!(all(&root, "[data-testid=strength]").len(), 3);
    assert!(one(&root, "[data-testid=wrong-axis]").is_none());
    // The plan still has its three phases, without personal steps.
    assert_eq!(all(&root, "[data-testid=plan-phase]").len(), 3);
    assert!(all(&root, "[data-testid=plan-personal]").is_empty());
    assert_eq!(
        text(&root, "[data-testid=motivation-fit]"),
        "The work itself appeals to you"
    );
    assert!(one(&root, "[data-testid=calibration]").is_some());
}

#[wasm_bindgen_test]
async fn seven_yes_is_not_yet_at_the_bar_and_lists_the_missing_statements() {
    let root = render(seven_yes()).await;
    assert_eq!(text(&root, "[data-testid=readiness-count]"), "7 of 12");
    let verdict = text(&root, "[data-testid=readiness-verdict]");
    assert!(verdict.starts_with("Not yet at the bar"), "{verdict}");
    let missing: Vec<String> = all(&root, "[data-testid=missing-statements] li")
        .iter()
        .filter_map(|li| li.text_content())
        .map(|t| t.trim().to_string())
        .collect();
    let expected: Vec<String> = CONTENT.readiness[7..]
        .iter()
        .map(|r| r.text.to_string())
        .collect();
    assert_eq!(missing.len(), 5);
    assert_eq!(missing, expected);
    // Every dimension at 50: "On the Staff path", gaps are the first three dimensions.
    assert_eq!(text(&root, "[data-testid=band]"), "On the Staff path");
    let gaps: Vec<String> = all(&root, "[data-testid=gap]")
        .iter()
        .filter_map(|g| g.get_attribute("data-dimension"))
        .collect();
    assert_eq!(gaps, ["scope", "time-horizon", "ambiguity"]);
    // Each gap: its artifact and how to practise it, and a link to its explorer page.
    for (g, id) in all(&root, "[data-testid=gap]").iter().zip(&gaps) {
        let d = CONTENT.dimension(id).expect("a dimension");
        assert_eq!(
            text(g, "[data-testid=gap-artifact]"),
            format!("Produce: {}", d.practice_artifact())
        );
        assert_eq!(text(g, "[data-testid=gap-how]"), d.practice_how());
        let href = one(g, "a").and_then(|a| a.get_attribute("href"));
        assert_eq!(href, Some(format!("#/explore/{id}")));
    }
    // One personal plan step per phase, in gap order.
    let personal: Vec<String> = all(&root, "[data-testid=plan-personal]")
        .iter()
        .filter_map(|p| p.get_attribute("data-dimension"))
        .collect();
    assert_eq!(personal, gaps);
    // No motivation answered: no motivation section.
    assert!(one(&root, "[data-testid=motivation]").is_none());
}

#[wasm_bindgen_test]
async fn a_wrong_axis_answer_set_shows_the_callout() {
    let root = render(wrong_axis()).await;
    assert!(one(&root, "[data-testid=wrong-axis]").is_some());
    assert_eq!(text(&root, "[data-testid=readiness-count]"), "0 of 12");
    // Seven dimensions answered, nine shown as not answered.
    let missing = all(&root, "[data-testid=score-row]")
        .iter()
        .filter(|r| text(r, "[data-testid=score-position]") == "not answered")
        .count();
    assert_eq!(missing, 9);
}

#[wasm_bindgen_test]
async fn the_radar_is_an_accessible_image_with_a_target() {
    let root = render(seven_yes()).await;
    let svg = one(&root, "svg[data-testid=radar]").expect("the radar");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    let labelledby = svg.get_attribute("aria-labelledby").expect("labelledby");
    let ids: Vec<&str> = labelledby.split_whitespace().collect();
    assert_eq!(ids.len(), 2);
    let title = one(&svg, "title").expect("a title");
    let desc = one(&svg, "desc").expect("a desc");
    assert_eq!(title.id(), ids[0]);
    assert_eq!(desc.id(), ids[1]);
    assert!(!title.text_content().unwrap_or_default().is_empty());
    assert!(desc.text_content().unwrap_or_default().contains("75"));
    assert!(one(&svg, "[data-testid=radar-target]").is_some());
    assert_eq!(all(&svg, ".radar-label").len(), 16);
    assert_eq!(all(&svg, "circle.radar-point").len(), 16);
    // No inline styles anywhere (a strict CSP is planned).
    assert!(all(&root, "[style]").is_empty());
}

#[wasm_bindgen_test]
async fn how_scored_explains_the_model() {
    let root = mount_point();
    yew::Renderer::<HowScored>::with_root(root.clone()).render();
    until(&root, "the page", |r| {
        one(r, "[data-testid=how-scored]").is_some()
    })
    .await;
    assert_eq!(text(&root, "h1"), "How is this scored?");
    assert_eq!(all(&root, "h1").len(), 1);
    let mapping: Vec<String> = all(&root, "[data-testid=scale-mapping] td")
        .iter()
        .filter_map(|c| c.text_content())
        .collect();
    assert_eq!(mapping, ["0", "25", "50", "75", "100"]);
    assert!(text(&root, "[data-testid=worked-example]").contains("62.5, rounded to 63"));
    assert!(text(&root, "[data-testid=scoring-version]").starts_with("Scoring version"));
}
