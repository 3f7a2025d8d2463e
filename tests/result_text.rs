//! The results screen, rendered natively: the sources' thesis and reasons to go for Staff or stay
//! Senior are on it, in the motivation section when there is one, and the wrong-axis callout
//! carries its sourced advice. Not run in the reader build, which hands the results over to the
//! full build.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "reader")))]

use staffcheck::components::result_view::{result_view, ResultViewProps};
use staffcheck::content::{ui, CONTENT};
use staffcheck::domain::answers::Answers;
use staffcheck::domain::scoring::DEPTH_AND_DELIVERY;
use yew::{component, Html, ServerRenderer};

/// The results view as the root of a render.
#[component]
fn ResultView(props: &ResultViewProps) -> Html {
    result_view(props)
}

fn render(answers: Answers) -> String {
    render_about(answers, None)
}

fn render_about(answers: Answers, about: Option<&str>) -> String {
    let about = about.map(str::to_string);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    tokio::task::LocalSet::new().block_on(&runtime, async move {
        ServerRenderer::<ResultView>::with_props(move || ResultViewProps {
            answers,
            about: about.map(yew::AttrValue::from),
        })
        .hydratable(false)
        .render()
        .await
    })
}

/// HTML escapes the way yew's renderer does, for comparing texts with the markup.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#39;")
        .replace('"', "&quot;")
}

fn contains(html: &str, text: &str) -> bool {
    html.contains(text) || html.contains(&escaped(text))
}

#[test]
fn the_thesis_and_every_reason_to_go_or_stay_are_on_the_results_screen() {
    for motivation in [None, Some(1), Some(5)] {
        let mut a = Answers::default();
        if let Some(v) = motivation {
            for m in CONTENT.motivation {
                a.motivation.insert(m.id.to_string(), v);
            }
        }
        let html = render(a);
        for n in CONTENT
            .choice_notes()
            .iter()
            .chain(CONTENT.pursue_reasons())
            .chain(CONTENT.stay_reasons())
        {
            assert!(
                contains(&html, n.text),
                "{motivation:?}: {} is not on the results screen",
                n.id
            );
        }
        assert!(contains(&html, ui::staff_choice::HEADING));
        // With motivation answers, the choice sits inside the motivation section.
        if motivation.is_some() {
            let section = html
                .split("data-testid=\"motivation\"")
                .nth(1)
                .expect("a motivation section");
            assert!(section.contains("data-testid=\"staff-choice\""));
        }
    }
}

#[test]
fn a_visitor_leaning_senior_sees_the_reasons_to_stay_first() {
    let mut a = Answers::default();
    for m in CONTENT.motivation {
        a.motivation.insert(m.id.to_string(), 1);
    }
    let html = render(a);
    let stay = html.find("data-testid=\"stay-reasons\"").expect("stay");
    let pursue = html.find("data-testid=\"pursue-reasons\"").expect("pursue");
    assert!(stay < pursue);
    let mut a = Answers::default();
    for m in CONTENT.motivation {
        a.motivation.insert(m.id.to_string(), 5);
    }
    let html = render(a);
    let stay = html.find("data-testid=\"stay-reasons\"").expect("stay");
    let pursue = html.find("data-testid=\"pursue-reasons\"").expect("pursue");
    assert!(pursue < stay);
}

#[test]
fn the_wrong_axis_callout_carries_the_sourced_advice() {
    // Depth and delivery at Staff, cross-team work at Senior.
    let mut a = Answers::default();
    for d in CONTENT.dimensions {
        let deep = DEPTH_AND_DELIVERY.contains(&d.id);
        a.scale.insert(d.id.to_string(), if deep { 5 } else { 1 });
    }
    let html = render(a);
    assert!(html.contains("data-testid=\"wrong-axis\""));
    assert!(!CONTENT.axis_steps().is_empty());
    for n in CONTENT.axis_notes().iter().chain(CONTENT.axis_steps()) {
        assert!(contains(&html, n.text), "{} is missing", n.id);
    }
}

/// The visible words of some HTML, lowercased (tags and attributes dropped).
fn words(html: &str) -> Vec<String> {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn someone_elses_result_speaks_about_them_never_to_you() {
    // Every part of the screen shown: yes and not-yet answers, gaps, strengths, motivation, the
    // wrong-axis callout.
    let mut a = Answers::default();
    for (i, r) in CONTENT.readiness.iter().enumerate() {
        a.readiness.insert(r.id.to_string(), i % 2 == 0);
    }
    for d in CONTENT.dimensions {
        let deep = DEPTH_AND_DELIVERY.contains(&d.id);
        a.scale.insert(d.id.to_string(), if deep { 5 } else { 1 });
    }
    for m in CONTENT.motivation {
        a.motivation.insert(m.id.to_string(), 2);
    }
    let own = render(a.clone());
    assert!(
        words(&own).iter().any(|w| w == "your"),
        "one's own result speaks to you"
    );
    for (about, name) in [(Some("Priya"), "priya’s"), (Some(""), "their")] {
        let html = render_about(a.clone(), about);
        let found: Vec<String> = words(&html)
            .into_iter()
            .filter(|w| ["you", "your", "yours", "you're", "yourself"].contains(&w.as_str()))
            .collect();
        if !found.is_empty() {
            for sentence in html.split(['<', '>']) {
                let lower = sentence.to_lowercase();
                if lower
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == "you" || w == "your")
                {
                    eprintln!("YOU: {sentence}");
                }
            }
        }
        assert!(found.is_empty(), "{about:?}: {found:?}");
        assert!(
            words(&html).iter().any(|w| w == name),
            "{about:?}: no {name} in the view"
        );
    }
    let named = render_about(a, Some("Priya"));
    assert!(contains(&named, "Priya’s strengths"));
    assert!(contains(&named, "Priya answered yes to") || contains(&named, "Priya’s yes answers"));
}
