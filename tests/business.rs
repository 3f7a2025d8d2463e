//! Native tests of the pure logic: content, routes, the explorer filter, week figures.
#![cfg(not(target_arch = "wasm32"))]

use staffcheck::content::CONTENT;
use staffcheck::domain::filter::{filter, terms};
use staffcheck::domain::scoring::score;
use staffcheck::domain::week::{days, duration, minutes_by_kind, percent};
use staffcheck::route::Route;
use yew_router::Routable;

const DIMENSION_IDS: [&str; 16] = [
    "scope",
    "time-horizon",
    "ambiguity",
    "influence",
    "leadership",
    "decisions",
    "impact",
    "communication",
    "autonomy",
    "risk",
    "quality",
    "metrics",
    "artifacts",
    "mentorship",
    "depth-vs-breadth",
    "problem-solving",
];

#[test]
fn content_has_the_sixteen_dimensions_in_order() {
    let ids: Vec<&str> = CONTENT.dimensions.iter().map(|d| d.id).collect();
    assert_eq!(ids, DIMENSION_IDS);
}

/// Whole words of a text, without punctuation.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect()
}

fn first_person(text: &str) -> bool {
    words(text)
        .iter()
        .any(|w| matches!(*w, "I" | "my" | "My" | "me" | "I'm" | "I've"))
}

#[test]
fn the_levels_of_a_dimension_say_different_things() {
    for d in CONTENT.dimensions {
        let texts = [
            ("senior", d.senior),
            ("staff", d.staff),
            ("principal", d.principal),
            ("change", d.change),
        ];
        for (i, (a, ta)) in texts.iter().enumerate() {
            for (b, tb) in &texts[i + 1..] {
                assert_ne!(ta, tb, "{}: {a} and {b} read the same", d.id);
            }
        }
        assert_ne!(
            d.example_senior, d.example_staff,
            "{}: the examples read the same",
            d.id
        );
    }
}

#[test]
fn each_question_runs_from_a_senior_to_a_staff_anchor_in_the_first_person() {
    for d in CONTENT.dimensions {
        let q = &d.question;
        assert_ne!(q.senior_anchor, q.staff_anchor, "{}: anchors equal", d.id);
        for (which, anchor) in [("senior", q.senior_anchor), ("staff", q.staff_anchor)] {
            assert!(
                first_person(anchor),
                "{}: the {which} anchor is not a first-person description: {anchor}",
                d.id
            );
        }
        // The anchors sit at the ends of the scale: a Senior answer must not score as Staff.
        let mut a = staffcheck::domain::answers::Answers::default();
        a.scale
            .insert(d.id.to_string(), staffcheck::domain::answers::SCALE_MIN);
        let low = score(&CONTENT, &a);
        a.scale
            .insert(d.id.to_string(), staffcheck::domain::answers::SCALE_MAX);
        let high = score(&CONTENT, &a);
        let pos = |s: &staffcheck::domain::scoring::Score| {
            s.dimensions
                .iter()
                .find(|x| x.id == d.id)
                .and_then(|x| x.position)
        };
        assert_eq!((pos(&low), pos(&high)), (Some(0), Some(100)), "{}", d.id);
    }
    for r in CONTENT.readiness {
        assert!(
            first_person(r.text),
            "{}: not a first-person statement: {}",
            r.id,
            r.text
        );
    }
}

#[test]
fn every_readiness_statement_is_reachable_by_scoring_and_counts_once() {
    for r in CONTENT.readiness {
        let mut a = staffcheck::domain::answers::Answers::default();
        a.readiness.insert(r.id.to_string(), true);
        let s = score(&CONTENT, &a);
        assert_eq!(s.readiness.yes, [r.id], "{} is not counted", r.id);
        assert_eq!(s.readiness.count, 1);
    }
}

#[test]
fn the_bar_is_met_at_exactly_bar_yes_answers_and_the_quiz_says_so() {
    let bar = usize::from(CONTENT.bar);
    assert!(bar >= 1 && bar <= CONTENT.readiness.len());
    let with_yes = |n: usize| {
        let mut a = staffcheck::domain::answers::Answers::default();
        for r in CONTENT.readiness.iter().take(n) {
            a.readiness.insert(r.id.to_string(), true);
        }
        score(&CONTENT, &a).readiness.meets_bar()
    };
    assert!(
        !with_yes(bar - 1),
        "{} yes answers already meet the bar",
        bar - 1
    );
    assert!(with_yes(bar), "{bar} yes answers do not meet the bar");
    assert!(with_yes(CONTENT.readiness.len()));
    // The readiness page names the number of statements in words.
    let number = [
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
        "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen",
    ];
    let said = staffcheck::content::ui::quiz_sections::READINESS_INTRO
        .split(' ')
        .next()
        .unwrap_or_default();
    assert_eq!(
        Some(&said),
        number.get(CONTENT.readiness.len()),
        "the readiness intro names a different number of statements"
    );
    // The first section of the quiz is the readiness check, one item per statement.
    let sections = staffcheck::domain::quiz::sections(&CONTENT);
    assert_eq!(sections[0].items.len(), CONTENT.readiness.len());
}

#[test]
fn the_scoring_groups_name_real_dimensions_and_figures_span_the_axis() {
    use staffcheck::domain::scoring::{CROSS_TEAM, DEPTH_AND_DELIVERY};
    for id in CROSS_TEAM.iter().chain(DEPTH_AND_DELIVERY.iter()) {
        assert!(CONTENT.dimension(id).is_some(), "scoring names {id}");
    }
    assert!(CROSS_TEAM.iter().all(|id| !DEPTH_AND_DELIVERY.contains(id)));
    for f in CONTENT.figures {
        let first = f.options.first().map(|o| o.position);
        let last = f.options.last().map(|o| o.position);
        assert_eq!(
            (first, last),
            (Some(0), Some(100)),
            "{}: the options do not span the Senior -> Staff axis",
            f.id
        );
    }
}

#[test]
fn the_readiness_check_is_twelve_statements_with_a_bar_of_eight() {
    assert_eq!(CONTENT.readiness.len(), 12);
    assert_eq!(CONTENT.bar, 8);
}

#[test]
fn levels_and_company_names_match_the_sources() {
    let levels: Vec<&str> = CONTENT.levels.iter().map(|l| l.id).collect();
    assert_eq!(levels, ["senior", "staff", "principal"]);
    let names: Vec<(&str, &str, &str)> = CONTENT
        .companies
        .iter()
        .map(|c| (c.name, c.senior, c.staff))
        .collect();
    assert!(names.contains(&("Google", "L5", "L6")));
    assert!(names.contains(&("Meta", "E5", "E6")));
    assert!(names.contains(&("Microsoft", "L62", "L63")));
    let ladder: Vec<&str> = CONTENT.ladder.iter().map(|s| s.id).collect();
    assert_eq!(
        ladder,
        ["staff", "senior-staff", "principal", "distinguished"]
    );
}

#[test]
fn the_week_carries_the_seed_figures() {
    let senior = CONTENT.week("senior").expect("senior week");
    let staff = CONTENT.week("staff").expect("staff week");
    assert_eq!((senior.coding_min, senior.coding_max), (50, 70));
    assert_eq!((staff.coding_min, staff.coding_max), (20, 40));
    assert_eq!((senior.cross_team, staff.cross_team), (5, 30));
    assert!(!senior.blocks.is_empty() && !staff.blocks.is_empty());
}

#[test]
fn routes_parse_and_print() {
    assert_eq!(Route::recognize("/"), Some(Route::Home));
    assert_eq!(Route::recognize("/explore"), Some(Route::Explore));
    assert_eq!(
        Route::recognize("/explore/time-horizon"),
        Some(Route::Dimension {
            id: "time-horizon".into()
        })
    );
    assert_eq!(Route::recognize("/week"), Some(Route::Week));
    assert_eq!(Route::recognize("/levels"), Some(Route::Levels));
    assert_eq!(Route::recognize("/no/such/page"), Some(Route::NotFound));
    assert_eq!(
        Route::Dimension { id: "scope".into() }.href(),
        "#/explore/scope"
    );
    for d in CONTENT.dimensions {
        let route = Route::Dimension { id: d.id.into() };
        assert_eq!(Route::recognize(&route.to_path()), Some(route));
    }
}

#[test]
fn an_empty_filter_keeps_every_row() {
    assert_eq!(filter(CONTENT.dimensions, "").len(), 16);
    assert_eq!(filter(CONTENT.dimensions, "   ").len(), 16);
    assert!(terms("  ").is_empty());
}

#[test]
fn the_filter_matches_names_case_insensitively() {
    let rows = filter(CONTENT.dimensions, "MENTORSHIP");
    let ids: Vec<&str> = rows.iter().map(|i| CONTENT.dimensions[*i].id).collect();
    assert!(ids.contains(&"mentorship"), "{ids:?}");
    let rows = filter(CONTENT.dimensions, "depth-vs-breadth");
    assert_eq!(rows.len(), 1);
    assert_eq!(CONTENT.dimensions[rows[0]].id, "depth-vs-breadth");
}

#[test]
fn the_filter_matches_text_and_needs_every_word() {
    let one = filter(CONTENT.dimensions, "team");
    let two = filter(CONTENT.dimensions, "team horizon");
    assert!(!one.is_empty());
    assert!(two.len() <= one.len());
    assert!(two.iter().all(|i| one.contains(i)));
    for i in &two {
        let d = &CONTENT.dimensions[*i];
        let text = format!(
            "{} {} {} {} {} {} {}",
            d.name, d.id, d.summary, d.senior, d.staff, d.principal, d.change
        )
        .to_lowercase();
        assert!(
            text.contains("team") && text.contains("horizon"),
            "{}",
            d.id
        );
    }
}

#[test]
fn a_filter_that_matches_nothing_gives_no_rows() {
    assert!(filter(CONTENT.dimensions, "zzzxqj").is_empty());
}

#[test]
fn week_figures_add_up() {
    let staff = CONTENT.week("staff").expect("staff week");
    let (by_kind, total) = minutes_by_kind(staff);
    let block_total: u32 = staff
        .blocks
        .iter()
        .filter_map(|b| b.minutes.map(u32::from))
        .sum();
    assert_eq!(total, block_total);
    assert_eq!(by_kind.iter().map(|(_, m)| m).sum::<u32>(), total);
    assert!(!days(staff).is_empty());
    assert_eq!(percent(1, 3), 33);
    assert_eq!(percent(0, 0), 0);
    assert_eq!(duration(90), "1 h 30 min");
    assert_eq!(duration(120), "2 h");
    assert_eq!(duration(30), "30 min");
}

#[test]
fn each_sample_week_spends_a_coding_share_within_the_stated_range() {
    for w in CONTENT.weeks() {
        let (by_kind, total) = minutes_by_kind(w);
        let coding = by_kind
            .iter()
            .find(|(k, _)| *k == staffcheck::content::ActivityKind::Coding)
            .map_or(0, |(_, m)| *m);
        let share = percent(coding, total);
        assert!(
            (u32::from(w.coding_min)..=u32::from(w.coding_max)).contains(&share),
            "{}: the sample schedule codes {share}% of its timed blocks, outside {}-{}%",
            w.level,
            w.coding_min,
            w.coding_max
        );
    }
}
