//! Native tests of the quick check (`#/check`): its verdict, the answers it carries into the full
//! self-check, how it is kept among the attempts, and its sourced words.
#![cfg(not(target_arch = "wasm32"))]

mod native;
use native::store;

use std::collections::BTreeMap;

use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
use staffcheck::domain::quick::{completed, QuickVerdict};
use staffcheck::domain::quiz::{sections, Progress, QuizAction, AFTER_READINESS};
use staffcheck::domain::store::{Attempt, Envelope};
use staffcheck::state::store::StoreAction;
use yew::Reducible;

/// The first `yes` statements answered yes, the others not yet.
fn first_yes(yes: usize) -> BTreeMap<String, bool> {
    CONTENT
        .readiness
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.to_string(), i < yes))
        .collect()
}

#[test]
fn eight_yes_meets_the_bar_and_seven_does_not() {
    assert_eq!(CONTENT.bar, 8);
    assert_eq!(CONTENT.readiness.len(), 12);
    let eight = QuickVerdict::of(&CONTENT, &first_yes(8));
    assert!(eight.meets_bar());
    assert_eq!((eight.readiness.count, eight.readiness.total), (8, 12));
    assert_eq!(eight.short_by(), 0);
    let seven = QuickVerdict::of(&CONTENT, &first_yes(7));
    assert!(!seven.meets_bar());
    assert_eq!(seven.short_by(), 1);
    assert_eq!(QuickVerdict::of(&CONTENT, &BTreeMap::new()).short_by(), 8);
    assert!(QuickVerdict::of(&CONTENT, &first_yes(12)).meets_bar());
}

#[test]
fn the_verdict_names_the_statements_that_decided_it() {
    let ids: Vec<&str> = CONTENT.readiness.iter().map(|r| r.id).collect();
    // Met: the statements answered yes carried it.
    let met = QuickVerdict::of(&CONTENT, &first_yes(9));
    assert_eq!(met.decided(), &ids[..9]);
    // Not met: the statements not yet true, any of which would have moved it.
    let not_met = QuickVerdict::of(&CONTENT, &first_yes(5));
    assert_eq!(not_met.decided(), &ids[5..]);
    // A statement left open counts as not yet, as in the full self-check's scoring.
    let mut open = first_yes(8);
    open.remove(ids[0]);
    let v = QuickVerdict::of(&CONTENT, &open);
    assert!(!v.meets_bar());
    assert!(v.decided().contains(&ids[0]));
}

#[test]
fn each_not_yet_has_its_dimension_and_one_thing_to_practise() {
    let v = QuickVerdict::of(&CONTENT, &first_yes(3));
    let not_yet = v.not_yet(&CONTENT);
    assert_eq!(not_yet.len(), 9);
    for n in &not_yet {
        let d = n.dimension.unwrap_or_else(|| panic!("{}", n.statement.id));
        assert_eq!(d.id, n.statement.dimension);
        assert!(!d.practice_how().is_empty(), "{}", d.id);
    }
    assert_eq!(not_yet[0].statement.id, CONTENT.readiness[3].id);
    assert!(QuickVerdict::of(&CONTENT, &first_yes(12))
        .not_yet(&CONTENT)
        .is_empty());
}

#[test]
fn a_quick_result_is_readiness_only() {
    let mut answers = first_yes(8);
    answers.remove(CONTENT.readiness[11].id);
    answers.insert("no-such-statement".into(), true);
    let a = Attempt::quick(&CONTENT, &answers, 1.7e12);
    assert!(a.quick);
    assert_eq!(a.answers.readiness, first_yes(8));
    assert!(a.answers.scale.is_empty() && a.answers.figures.is_empty());
    assert_eq!((a.summary.readiness, a.summary.bar), (8, 8));
    assert_eq!(a.summary.overall, None);
    assert_eq!(a.summary.band, None);
    assert!(a.summary.positions.is_empty());
    assert_eq!(completed(&CONTENT, &BTreeMap::new()), first_yes(0));
}

#[test]
fn going_deeper_carries_all_twelve_answers_and_opens_after_them() {
    let quick = first_yes(8);
    let progress = Progress::default().apply(&CONTENT, QuizAction::Deeper(quick.clone()));
    assert_eq!(progress.answers.readiness, quick);
    assert_eq!(progress.step, AFTER_READINESS);
    // The step it opens at is the first section after the readiness statements (step n shows
    // section n - 1; step 0 is the intro).
    let s = sections(&CONTENT);
    assert_eq!(s[usize::from(AFTER_READINESS) - 2].id, "readiness");
    assert_eq!(s[usize::from(AFTER_READINESS) - 1].id, "dimensions-1");
    // A self-check already under way keeps its other answers and notes; only readiness changes,
    // and a statement the quick check left open arrives as "not yet", never to be asked again.
    let mut under_way = Progress {
        step: 5,
        answers: Answers::default(),
    };
    under_way.answers.scale.insert("scope".into(), 4);
    under_way.answers.readiness.insert("say-no".into(), true);
    under_way.answers.set_note("say-no", "Declined the rewrite");
    let mut partial = quick.clone();
    partial.remove("say-no");
    let next = under_way.apply(&CONTENT, QuizAction::Deeper(partial));
    assert_eq!(next.answers.readiness.len(), 12);
    assert_eq!(next.answers.readiness.get("say-no"), Some(&false));
    assert_eq!(next.answers.scale.get("scope"), Some(&4));
    assert!(next.answers.notes.contains_key("say-no"));
    assert_eq!(next.step, AFTER_READINESS);
}

#[test]
fn the_store_keeps_a_quick_result_beside_the_self_check_in_progress() {
    let full = Attempt::new(&CONTENT, Answers::default(), 1.0e12);
    let in_progress = Progress {
        step: 3,
        answers: Answers::default(),
    };
    let before = store(Envelope {
        attempts: vec![full.clone()],
        in_progress: Some(in_progress.clone()),
        ..Envelope::default()
    });
    let quick = Attempt::quick(&CONTENT, &first_yes(10), 2.0e12);
    let after = before.clone().reduce(StoreAction::Quick(quick.clone()));
    assert_eq!(after.envelope.attempts, vec![full.clone(), quick.clone()]);
    assert_eq!(after.envelope.in_progress, Some(in_progress));
    assert!(after.revision > before.revision);
    // Kept once, however often it is dispatched.
    let again = after.clone().reduce(StoreAction::Quick(quick));
    assert_eq!(again.envelope.attempts.len(), 2);
    // The latest result (results, plan, compare with mine) is the latest full self-check.
    assert_eq!(after.latest(), Some(&full));
}

#[test]
fn the_verdicts_words_cite_the_seeds_they_restate() {
    let axis = CONTENT.quick_axis();
    assert!(!axis.is_empty());
    assert!(axis.iter().all(|n| n.sources == ["s1"]));
    let timeline: Vec<&[&str]> = CONTENT.quick_timeline().iter().map(|n| n.sources).collect();
    assert_eq!(timeline, [&["s0"][..], &["s3"][..], &["s4"][..]]);
    let all = |n: &str| CONTENT.quick_timeline().iter().any(|t| t.text.contains(n));
    // The figures each seed gives for how long the step takes.
    assert!(all("two to four years"));
    assert!(all("two or three quarters"));
    assert!(all("six to twelve months"));
}

#[test]
fn the_evidence_log_asks_first_for_what_the_latest_check_answered_yes_quick_or_full() {
    use staffcheck::domain::packet::{latest_yes, own_attempts};
    let full = Attempt::new(
        &CONTENT,
        Answers {
            readiness: first_yes(2),
            ..Answers::default()
        },
        1.0e12,
    );
    let quick = Attempt::quick(&CONTENT, &first_yes(9), 2.0e12);
    let e = Envelope {
        attempts: vec![full.clone(), quick],
        ..Envelope::default()
    };
    assert_eq!(latest_yes(&CONTENT, &e).len(), 9);
    // The packet and the plan build on full self-checks only.
    assert_eq!(own_attempts(&e), vec![&full]);
}

/// Comparing a quick check with a full self-check: the statements, and no chart that would show
/// the quick check as unanswered on every dimension.
#[cfg(not(feature = "reader"))]
mod compare_screen {
    use staffcheck::pages::compare::ComparePage;
    use yew::prelude::*;

    use crate::native::{render_with_store, working};

    use super::*;

    fn render(attempts: Vec<Attempt>) -> String {
        let (a, b) = (attempts[0].id.clone(), attempts[1].id.clone());
        let envelope = Envelope {
            attempts,
            ..Envelope::default()
        };
        render_with_store(working(envelope), html! { <ComparePage a={a} b={b} /> })
    }

    #[test]
    fn a_quick_check_beside_a_full_one_compares_statements_only() {
        let quick = Attempt::quick(&CONTENT, &first_yes(8), 1.0e12);
        let full = Attempt::new(&CONTENT, Answers::default(), 2.0e12);
        let html = render(vec![quick, full.clone()]);
        assert!(html.contains(r#"data-testid="compare-quick""#), "{html}");
        assert!(!html.contains(r#"id="compare-moves""#), "{html}");
        assert!(html.contains(r#"data-testid="lost""#), "{html}");

        let later = Attempt::new(&CONTENT, Answers::default(), 3.0e12);
        let html = render(vec![full, later]);
        assert!(!html.contains(r#"data-testid="compare-quick""#), "{html}");
        assert!(html.contains(r#"id="compare-moves""#), "{html}");
    }
}

#[test]
fn a_quick_checks_markdown_says_what_it_is_and_has_no_dimension_table() {
    use staffcheck::domain::history::markdown_summary;
    let quick = Attempt::quick(&CONTENT, &first_yes(9), 1.7e12);
    let md = markdown_summary(&CONTENT, &quick, false);
    assert!(md.starts_with("# staffcheck quick check, "), "{md}");
    assert!(
        md.contains("A quick check: the 12 readiness statements alone"),
        "{md}"
    );
    assert!(md.contains("9 of 12"), "{md}");
    assert!(!md.contains("Position by dimension"), "{md}");
    let full = Attempt::new(&CONTENT, Answers::default(), 1.7e12);
    assert!(markdown_summary(&CONTENT, &full, false).contains("Position by dimension"));
}
