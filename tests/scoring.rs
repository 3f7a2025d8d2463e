//! Native tests of `domain::scoring`: hand-computed answer sets with exact expected numbers,
//! property tests (monotonic towards Staff, always within 0..=100) and content checks.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use staffcheck::content::CONTENT;
use staffcheck::domain::answers::Answers;
use staffcheck::domain::scoring::{
    scale_position, score, Band, MotivationFit, Score, WrongAxis, BAND_PATH, BAND_STAFF,
    CROSS_TEAM, DEPTH_AND_DELIVERY, TARGET, WRONG_AXIS_GAP,
};

// ---------------------------------------------------------------- helpers

/// Answers from (dimension id, scale point) pairs.
fn scales(pairs: &[(&str, u8)]) -> Answers {
    let mut a = Answers::default();
    for (id, p) in pairs {
        a.scale.insert((*id).to_string(), *p);
    }
    a
}

fn with_figure(mut a: Answers, figure: &str, index: u8) -> Answers {
    a.figures.insert(figure.to_string(), index);
    a
}

fn position(s: &Score, id: &str) -> Option<u8> {
    s.dimensions
        .iter()
        .find(|d| d.id == id)
        .unwrap_or_else(|| panic!("no dimension {id}"))
        .position
}

/// The option positions the hand-computed tests rely on (fails loudly if the content changes).
fn assert_figure(id: &str, dimension: &str, positions: &[u8]) {
    let f = CONTENT
        .figures
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no figure {id}"));
    assert_eq!(f.dimension, dimension, "{id}: dimension");
    let got: Vec<u8> = f.options.iter().map(|o| o.position).collect();
    assert_eq!(
        got, positions,
        "{id}: option positions changed; update these tests"
    );
}

fn readiness_ids() -> Vec<&'static str> {
    CONTENT.readiness.iter().map(|r| r.id).collect()
}

// ---------------------------------------------------------------- scale and means

#[test]
fn scale_points_map_to_quarter_steps_and_clamp() {
    let got: Vec<u32> = (1..=5).map(scale_position).collect();
    assert_eq!(got, [0, 25, 50, 75, 100]);
    assert_eq!(scale_position(0), 0);
    assert_eq!(scale_position(6), 100);
    assert_eq!(scale_position(u8::MAX), 100);
}

#[test]
fn no_answers_give_no_numbers() {
    let s = score(&CONTENT, &Answers::default());
    assert_eq!(s.readiness.count, 0);
    assert_eq!(s.readiness.total, 12);
    assert_eq!(s.readiness.not_yet, readiness_ids());
    assert!(s.readiness.yes.is_empty());
    assert_eq!(s.dimensions.len(), CONTENT.dimensions.len());
    assert!(s.dimensions.iter().all(|d| d.position.is_none()));
    assert_eq!(s.overall, None);
    assert_eq!(s.band(), None);
    assert_eq!(s.wrong_axis, None);
    assert_eq!(s.motivation, None);
    assert_eq!(s.motivation_fit(), None);
    assert!(s.strengths(3).is_empty());
    assert!(s.gaps(3).is_empty());
}

#[test]
fn a_scale_answer_alone_is_the_position() {
    for (p, expected) in [(1, 0), (2, 25), (3, 50), (4, 75), (5, 100)] {
        let s = score(&CONTENT, &scales(&[("decisions", p)]));
        assert_eq!(position(&s, "decisions"), Some(expected));
        assert_eq!(s.overall, Some(expected));
    }
}

#[test]
fn scale_and_figure_on_scope_give_their_mean_rounded_half_up() {
    assert_figure("cross-team-share", "scope", &[0, 20, 50, 75, 100]);
    // (50 + 75) / 2 = 62.5 -> 63
    let s = score(
        &CONTENT,
        &with_figure(scales(&[("scope", 3)]), "cross-team-share", 3),
    );
    assert_eq!(position(&s, "scope"), Some(63));
    assert_eq!(s.overall, Some(63));
    // (25 + 20) / 2 = 22.5 -> 23
    let s = score(
        &CONTENT,
        &with_figure(scales(&[("scope", 2)]), "cross-team-share", 1),
    );
    assert_eq!(position(&s, "scope"), Some(23));
    // (0 + 20) / 2 = 10
    let s = score(
        &CONTENT,
        &with_figure(scales(&[("scope", 1)]), "cross-team-share", 1),
    );
    assert_eq!(position(&s, "scope"), Some(10));
    // (100 + 100) / 2 = 100
    let s = score(
        &CONTENT,
        &with_figure(scales(&[("scope", 5)]), "cross-team-share", 4),
    );
    assert_eq!(position(&s, "scope"), Some(100));
}

#[test]
fn a_figure_alone_is_its_options_position() {
    assert_figure("coding-share", "artifacts", &[0, 25, 60, 100]);
    let s = score(
        &CONTENT,
        &with_figure(Answers::default(), "coding-share", 2),
    );
    assert_eq!(position(&s, "artifacts"), Some(60));
    assert_eq!(s.overall, Some(60));
    assert_eq!(
        s.dimensions.iter().filter(|d| d.position.is_some()).count(),
        1
    );
}

#[test]
fn out_of_range_figure_indexes_and_unknown_ids_are_ignored() {
    let mut a = with_figure(Answers::default(), "cross-team-share", 5);
    a = with_figure(a, "no-such-figure", 1);
    a.scale.insert("no-such-dimension".into(), 5);
    a.readiness.insert("no-such-statement".into(), true);
    a.motivation.insert("no-such-motivation".into(), 5);
    let s = score(&CONTENT, &a);
    assert_eq!(position(&s, "scope"), None);
    assert_eq!(s.overall, None);
    assert_eq!(s.readiness.count, 0);
    assert_eq!(s.motivation, None);
}

#[test]
fn overall_is_the_mean_of_answered_dimensions_only() {
    // 100, 0, 50 -> 50; the 13 unanswered dimensions do not count as 0.
    let s = score(
        &CONTENT,
        &scales(&[("scope", 5), ("time-horizon", 1), ("ambiguity", 3)]),
    );
    assert_eq!(s.overall, Some(50));
    // 100, 25 -> 62.5 -> 63
    let s = score(&CONTENT, &scales(&[("scope", 5), ("influence", 2)]));
    assert_eq!(s.overall, Some(63));
    // Overall averages the rounded dimension positions: scope 63 (62.5), leadership 0 -> 31.5 -> 32.
    let a = with_figure(
        scales(&[("scope", 3), ("leadership", 1)]),
        "cross-team-share",
        3,
    );
    let s = score(&CONTENT, &a);
    assert_eq!(position(&s, "scope"), Some(63));
    assert_eq!(s.overall, Some(32));
}

// ---------------------------------------------------------------- bands

#[test]
fn band_thresholds() {
    assert_eq!((BAND_PATH, BAND_STAFF), (40, 70));
    assert_eq!(Band::of(0), Band::Senior);
    assert_eq!(Band::of(39), Band::Senior);
    assert_eq!(Band::of(40), Band::Path);
    assert_eq!(Band::of(69), Band::Path);
    assert_eq!(Band::of(70), Band::Staff);
    assert_eq!(Band::of(100), Band::Staff);
    assert_eq!(Band::Staff.label(), "Operating at Staff level");
}

#[test]
fn overall_at_the_band_edges() {
    assert_figure("cross-team-share", "scope", &[0, 20, 50, 75, 100]);
    assert_figure("coding-share", "artifacts", &[0, 25, 60, 100]);
    // 20, 60, 25, 50 -> 155 / 4 = 38.75 -> 39
    let a = with_figure(
        with_figure(
            scales(&[("ambiguity", 2), ("influence", 3)]),
            "cross-team-share",
            1,
        ),
        "coding-share",
        2,
    );
    let s = score(&CONTENT, &a);
    assert_eq!((s.overall, s.band()), (Some(39), Some(Band::Senior)));

    // 20, 60 -> 40
    let a = with_figure(
        with_figure(Answers::default(), "cross-team-share", 1),
        "coding-share",
        2,
    );
    let s = score(&CONTENT, &a);
    assert_eq!((s.overall, s.band()), (Some(40), Some(Band::Path)));

    // 20, 75, 75, 75, 100 -> 345 / 5 = 69
    let a = with_figure(
        scales(&[
            ("ambiguity", 4),
            ("influence", 4),
            ("leadership", 4),
            ("decisions", 5),
        ]),
        "cross-team-share",
        1,
    );
    let s = score(&CONTENT, &a);
    assert_eq!((s.overall, s.band()), (Some(69), Some(Band::Path)));

    // 60, 75, 75 -> 70
    let a = with_figure(
        scales(&[("ambiguity", 4), ("influence", 4)]),
        "coding-share",
        2,
    );
    let s = score(&CONTENT, &a);
    assert_eq!((s.overall, s.band()), (Some(70), Some(Band::Staff)));
}

// ---------------------------------------------------------------- readiness

#[test]
fn readiness_counts_yes_and_lists_both_sides_in_content_order() {
    let ids = readiness_ids();
    let mut a = Answers::default();
    for (i, id) in ids.iter().enumerate() {
        a.readiness.insert((*id).to_string(), i < 7);
    }
    let s = score(&CONTENT, &a);
    assert_eq!(s.readiness.count, 7);
    assert_eq!(s.readiness.bar, 8);
    assert_eq!(s.readiness.yes, ids[..7]);
    assert_eq!(s.readiness.not_yet, ids[7..]);
    assert!(!s.readiness.meets_bar());

    a.readiness.insert(ids[7].to_string(), true);
    let s = score(&CONTENT, &a);
    assert_eq!(s.readiness.count, 8);
    assert!(s.readiness.meets_bar());
    assert_eq!(s.readiness.not_yet, ids[8..]);
}

#[test]
fn unanswered_statements_count_as_not_yet() {
    let ids = readiness_ids();
    let mut a = Answers::default();
    a.readiness.insert(ids[11].to_string(), true);
    a.readiness.insert(ids[0].to_string(), false);
    let s = score(&CONTENT, &a);
    assert_eq!(s.readiness.count, 1);
    assert_eq!(s.readiness.yes, [ids[11]]);
    assert_eq!(s.readiness.not_yet, ids[..11]);
}

#[test]
fn readiness_is_independent_of_positions() {
    let ids = readiness_ids();
    let mut a = scales(&[("scope", 1)]);
    for id in &ids {
        a.readiness.insert((*id).to_string(), true);
    }
    let s = score(&CONTENT, &a);
    assert_eq!(s.readiness.count, 12);
    assert!(s.readiness.meets_bar());
    assert_eq!(s.band(), Some(Band::Senior));
}

// ---------------------------------------------------------------- wrong axis

fn groups(cross: u8, depth: &[u8]) -> Answers {
    let mut a = Answers::default();
    for id in CROSS_TEAM {
        a.scale.insert(id.to_string(), cross);
    }
    for (id, p) in DEPTH_AND_DELIVERY.iter().zip(depth) {
        a.scale.insert((*id).to_string(), *p);
    }
    a
}

#[test]
fn wrong_axis_when_cross_team_is_low_and_depth_much_higher() {
    assert_eq!(WRONG_AXIS_GAP, 25);
    let s = score(&CONTENT, &groups(2, &[5, 5, 5, 5]));
    assert_eq!(
        s.wrong_axis,
        Some(WrongAxis {
            cross_team: 25,
            depth: 100
        })
    );
    // Exactly the gap: 0 and 25.
    let s = score(&CONTENT, &groups(1, &[2, 2, 2, 2]));
    assert_eq!(
        s.wrong_axis,
        Some(WrongAxis {
            cross_team: 0,
            depth: 25
        })
    );
}

#[test]
fn no_wrong_axis_when_the_gap_is_too_small() {
    // cross 0, depth (25 + 25 + 25 + 0) / 4 = 18.75 -> 19: a gap of 19 < 25.
    let s = score(&CONTENT, &groups(1, &[2, 2, 2, 1]));
    assert_eq!(s.wrong_axis, None);
    // cross 25, depth 44: a gap of 19.
    let s = score(&CONTENT, &groups(2, &[3, 3, 3, 2]));
    assert_eq!(s.wrong_axis, None);
}

#[test]
fn no_wrong_axis_when_cross_team_reaches_the_path() {
    assert_figure("cross-team-share", "scope", &[0, 20, 50, 75, 100]);
    assert_figure("coding-share", "artifacts", &[0, 25, 60, 100]);
    // scope 20, artifacts 60, influence unanswered -> cross 40: not below BAND_PATH.
    let depth = scales(&[
        ("quality", 5),
        ("problem-solving", 5),
        ("autonomy", 5),
        ("decisions", 5),
    ]);
    let a = with_figure(
        with_figure(depth.clone(), "cross-team-share", 1),
        "coding-share",
        2,
    );
    assert_eq!(score(&CONTENT, &a).wrong_axis, None);
    // ... with influence at 25: cross (20 + 25 + 60) / 3 = 35 -> wrong axis.
    let mut a = a;
    a.scale.insert("influence".into(), 2);
    assert_eq!(
        score(&CONTENT, &a).wrong_axis,
        Some(WrongAxis {
            cross_team: 35,
            depth: 100
        })
    );
}

#[test]
fn no_wrong_axis_without_both_groups() {
    let only_depth = scales(&[("quality", 5), ("decisions", 5)]);
    assert_eq!(score(&CONTENT, &only_depth).wrong_axis, None);
    let only_cross = scales(&[("scope", 1), ("influence", 1)]);
    assert_eq!(score(&CONTENT, &only_cross).wrong_axis, None);
    let all_staff = groups(5, &[5, 5, 5, 5]);
    assert_eq!(score(&CONTENT, &all_staff).wrong_axis, None);
}

// ---------------------------------------------------------------- motivation

#[test]
fn motivation_is_its_own_mean_and_never_moves_readiness_or_positions() {
    let ids: Vec<&str> = CONTENT.motivation.iter().map(|m| m.id).collect();
    let base = scales(&[("scope", 3), ("influence", 2)]);
    let mut a = base.clone();
    for (id, p) in ids.iter().zip([5, 5, 4, 3]) {
        a.motivation.insert((*id).to_string(), p);
    }
    let with = score(&CONTENT, &a);
    let without = score(&CONTENT, &base);
    // (100 + 100 + 75 + 50) / 4 = 81.25 -> 81
    assert_eq!(with.motivation, Some(81));
    assert_eq!(with.motivation_fit(), Some(MotivationFit::Drawn));
    assert_eq!(with.readiness, without.readiness);
    assert_eq!(with.dimensions, without.dimensions);
    assert_eq!(with.overall, without.overall);
    assert_eq!(without.motivation, None);

    // (25 + 50) / 2 = 37.5 -> 38
    let mut a = Answers::default();
    a.motivation.insert(ids[0].to_string(), 2);
    a.motivation.insert(ids[1].to_string(), 3);
    let s = score(&CONTENT, &a);
    assert_eq!(s.motivation, Some(38));
    assert_eq!(s.motivation_fit(), Some(MotivationFit::Cautious));
    assert_eq!(s.overall, None);
}

#[test]
fn motivation_fit_thresholds() {
    assert_eq!(MotivationFit::of(39), MotivationFit::Cautious);
    assert_eq!(MotivationFit::of(40), MotivationFit::Mixed);
    assert_eq!(MotivationFit::of(69), MotivationFit::Mixed);
    assert_eq!(MotivationFit::of(70), MotivationFit::Drawn);
}

// ---------------------------------------------------------------- strengths, gaps, summary

#[test]
fn strengths_and_gaps_rank_answered_dimensions() {
    let a = scales(&[
        ("scope", 5),
        ("time-horizon", 4),
        ("ambiguity", 3),
        ("influence", 2),
        ("leadership", 1),
        ("decisions", 2),
    ]);
    let s = score(&CONTENT, &a);
    let ids = |v: Vec<&staffcheck::domain::scoring::DimensionScore>| -> Vec<&str> {
        v.iter().map(|d| d.id).collect()
    };
    assert_eq!(ids(s.strengths(3)), ["scope", "time-horizon", "ambiguity"]);
    // Weakest first; a tie keeps content order (influence before decisions).
    assert_eq!(ids(s.gaps(3)), ["leadership", "influence", "decisions"]);
    assert_eq!(
        ids(s.gaps(10)).len(),
        4,
        "ambiguity at 50 is below the target too"
    );
    assert!(
        !ids(s.gaps(10)).contains(&"time-horizon"),
        "75 meets TARGET"
    );
    assert_eq!(TARGET, 75);
    // Strengths need BAND_PATH: at most the three at 50 or more.
    assert_eq!(ids(s.strengths(10)).len(), 3);
}

#[test]
fn the_summary_carries_the_numbers() {
    let s = score(&CONTENT, &scales(&[("scope", 5), ("influence", 2)]));
    let sum = s.summary();
    assert_eq!(sum.readiness, 0);
    assert_eq!(sum.readiness_total, 12);
    assert_eq!(sum.bar, 8);
    assert_eq!(sum.overall, Some(63));
    assert_eq!(sum.band, Some(Band::Path));
    assert_eq!(sum.positions.len(), 2);
    assert_eq!(sum.positions.get("scope"), Some(&100));
    assert_eq!(sum.positions.get("influence"), Some(&25));
}

// ---------------------------------------------------------------- content checks

#[test]
fn content_has_twelve_readiness_statements_and_a_bar_of_eight() {
    assert_eq!(CONTENT.readiness.len(), 12);
    assert_eq!(CONTENT.bar, 8);
    for r in CONTENT.readiness {
        assert!(!r.text.trim().is_empty(), "{}: empty text", r.id);
        assert!(CONTENT.dimension(r.dimension).is_some(), "{}", r.id);
    }
}

#[test]
fn every_dimension_has_a_question_and_a_practice() {
    for d in CONTENT.dimensions {
        for (field, text) in [
            ("question.prompt", d.question.prompt),
            ("question.senior_anchor", d.question.senior_anchor),
            ("question.staff_anchor", d.question.staff_anchor),
            ("practice_artifact", d.practice_artifact()),
            ("practice_how", d.practice_how()),
        ] {
            assert!(!text.trim().is_empty(), "{}: {field} is empty", d.id);
        }
    }
}

#[test]
fn scoring_groups_name_real_dimensions() {
    for id in CROSS_TEAM.iter().chain(DEPTH_AND_DELIVERY.iter()) {
        assert!(CONTENT.dimension(id).is_some(), "unknown dimension {id}");
    }
}

#[test]
fn figure_options_run_from_senior_to_staff() {
    for f in CONTENT.figures {
        assert!(CONTENT.dimension(f.dimension).is_some(), "{}", f.id);
        assert!(f.options.len() >= 2, "{}: too few options", f.id);
        assert!(
            f.options.windows(2).all(|w| w[0].position <= w[1].position),
            "{}: option positions must not decrease",
            f.id
        );
        assert!(f.options.iter().all(|o| o.position <= 100), "{}", f.id);
    }
}

#[test]
fn the_plan_has_three_phases_with_steps() {
    assert_eq!(CONTENT.plan.len(), 3);
    for p in CONTENT.plan {
        assert!(!p.steps.is_empty(), "{}: no steps", p.id);
        assert!(!p.goal.trim().is_empty(), "{}: no goal", p.id);
    }
}

// ---------------------------------------------------------------- properties

/// Builds answers from per-item raw values, aligned with the content lists.
fn build(
    readiness: Vec<Option<bool>>,
    scale: Vec<Option<u8>>,
    figures: Vec<Option<u8>>,
    motivation: Vec<Option<u8>>,
) -> Answers {
    let mut a = Answers::default();
    for (r, v) in CONTENT.readiness.iter().zip(readiness) {
        if let Some(v) = v {
            a.readiness.insert(r.id.to_string(), v);
        }
    }
    for (d, v) in CONTENT.dimensions.iter().zip(scale) {
        if let Some(v) = v {
            a.scale.insert(d.id.to_string(), v);
        }
    }
    for (f, v) in CONTENT.figures.iter().zip(figures) {
        if let Some(v) = v {
            a.figures.insert(f.id.to_string(), v);
        }
    }
    for (m, v) in CONTENT.motivation.iter().zip(motivation) {
        if let Some(v) = v {
            a.motivation.insert(m.id.to_string(), v);
        }
    }
    a
}

/// Answers as the quiz can produce them: every value in range.
fn valid_answers() -> impl Strategy<Value = Answers> {
    (
        prop::collection::vec(prop::option::of(any::<bool>()), CONTENT.readiness.len()),
        prop::collection::vec(prop::option::of(1u8..=5), CONTENT.dimensions.len()),
        prop::collection::vec(prop::option::of(any::<u8>()), CONTENT.figures.len()),
        prop::collection::vec(prop::option::of(1u8..=5), CONTENT.motivation.len()),
    )
        .prop_map(|(r, s, f, m)| {
            // Figure indexes within each figure's options.
            let f = CONTENT
                .figures
                .iter()
                .zip(f)
                .map(|(fig, v)| {
                    v.map(|v| {
                        let len = u8::try_from(fig.options.len()).unwrap_or(u8::MAX).max(1);
                        v % len
                    })
                })
                .collect();
            build(r, s, f, m)
        })
}

/// Anything storage could hold: values out of range, unknown ids.
fn raw_answers() -> impl Strategy<Value = Answers> {
    (
        prop::collection::vec(prop::option::of(any::<bool>()), CONTENT.readiness.len()),
        prop::collection::vec(prop::option::of(any::<u8>()), CONTENT.dimensions.len()),
        prop::collection::vec(prop::option::of(any::<u8>()), CONTENT.figures.len()),
        prop::collection::vec(prop::option::of(any::<u8>()), CONTENT.motivation.len()),
        prop::option::of(any::<u8>()),
    )
        .prop_map(|(r, s, f, m, extra)| {
            let mut a = build(r, s, f, m);
            if let Some(v) = extra {
                a.scale.insert("no-such-dimension".into(), v);
                a.figures.insert("no-such-figure".into(), v);
                a.motivation.insert("no-such-motivation".into(), v);
                a.readiness.insert("no-such-statement".into(), v % 2 == 0);
            }
            a
        })
}

/// Every single move of `a` towards Staff: a statement to yes, a scale point +1, a figure +1.
fn moves_towards_staff(a: &Answers) -> Vec<Answers> {
    let mut out = Vec::new();
    for r in CONTENT.readiness {
        if a.readiness.get(r.id) != Some(&true) {
            let mut b = a.clone();
            b.readiness.insert(r.id.to_string(), true);
            out.push(b);
        }
    }
    for (id, p) in &a.scale {
        if *p < 5 {
            let mut b = a.clone();
            b.scale.insert(id.clone(), p + 1);
            out.push(b);
        }
    }
    for f in CONTENT.figures {
        if let Some(i) = a.figures.get(f.id) {
            if usize::from(*i) + 1 < f.options.len() {
                let mut b = a.clone();
                b.figures.insert(f.id.to_string(), i + 1);
                out.push(b);
            }
        }
    }
    out
}

fn assert_within_bounds(s: &Score) -> Result<(), TestCaseError> {
    prop_assert!(s.readiness.count <= s.readiness.total);
    prop_assert_eq!(
        s.readiness.yes.len() + s.readiness.not_yet.len(),
        usize::from(s.readiness.total)
    );
    for d in &s.dimensions {
        prop_assert!(
            d.position.is_none_or(|p| p <= 100),
            "{}: {:?}",
            d.id,
            d.position
        );
    }
    prop_assert!(s.overall.is_none_or(|p| p <= 100));
    prop_assert!(s.motivation.is_none_or(|p| p <= 100));
    if let Some(w) = s.wrong_axis {
        prop_assert!(w.cross_team < BAND_PATH && w.depth <= 100);
        prop_assert!(w.depth >= w.cross_team + WRONG_AXIS_GAP);
    }
    for d in s.strengths(3) {
        prop_assert!(d.position >= Some(BAND_PATH));
    }
    for d in s.gaps(3) {
        prop_assert!(d.position.is_some_and(|p| p < TARGET));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_move_towards_staff_never_lowers_anything(a in valid_answers()) {
        let before = score(&CONTENT, &a);
        for b in moves_towards_staff(&a) {
            let after = score(&CONTENT, &b);
            prop_assert!(after.readiness.count >= before.readiness.count);
            for (x, y) in before.dimensions.iter().zip(&after.dimensions) {
                prop_assert!(y.position >= x.position, "{}: {:?} -> {:?}", x.id, x.position, y.position);
            }
            prop_assert!(after.overall >= before.overall);
            prop_assert!(after.band() >= before.band());
            prop_assert_eq!(after.motivation, before.motivation);
        }
    }

    #[test]
    fn motivation_moves_nothing_else(a in valid_answers(), bump in any::<prop::sample::Index>()) {
        let before = score(&CONTENT, &a);
        let Some(m) = CONTENT.motivation.get(bump.index(CONTENT.motivation.len())) else {
            return Ok(());
        };
        let mut b = a.clone();
        let next = a.motivation.get(m.id).map_or(5, |p| (*p + 1).min(5));
        b.motivation.insert(m.id.to_string(), next);
        let after = score(&CONTENT, &b);
        prop_assert_eq!(&after.readiness, &before.readiness);
        prop_assert_eq!(&after.dimensions, &before.dimensions);
        prop_assert_eq!(after.overall, before.overall);
        prop_assert_eq!(after.wrong_axis, before.wrong_axis);
        prop_assert!(after.motivation.is_some());
        if a.motivation.contains_key(m.id) {
            prop_assert!(after.motivation >= before.motivation);
        }
    }

    #[test]
    fn every_number_stays_within_0_to_100(a in raw_answers()) {
        assert_within_bounds(&score(&CONTENT, &a))?;
        let clean = a.sanitised();
        prop_assert!(clean.scale.values().all(|p| (1..=5).contains(p)));
        prop_assert!(clean.motivation.values().all(|p| (1..=5).contains(p)));
        assert_within_bounds(&score(&CONTENT, &clean))?;
    }

    #[test]
    fn valid_answers_stay_within_bounds(a in valid_answers()) {
        let s = score(&CONTENT, &a);
        assert_within_bounds(&s)?;
        prop_assert_eq!(s.clone(), score(&CONTENT, &a.clone().sanitised()));
    }
}
