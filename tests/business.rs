//! Native tests of the pure logic: content, routes, the explorer filter, week figures.
#![cfg(not(target_arch = "wasm32"))]

use staffcheck::content::CONTENT;
use staffcheck::domain::filter::{filter, terms};
use staffcheck::domain::week::{days, duration, minutes_by_kind, percent};
use staffcheck::route::Route;
use std::collections::HashSet;
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

#[test]
fn every_dimension_has_every_level_and_the_change_line() {
    for d in CONTENT.dimensions {
        for (field, text) in [
            ("senior", d.senior),
            ("staff", d.staff),
            ("principal", d.principal),
            ("change", d.change),
            ("change_principal", d.change_principal),
            ("example_senior", d.example_senior),
            ("example_staff", d.example_staff),
            ("example_principal", d.example_principal),
            ("question.prompt", d.question.prompt),
        ] {
            assert!(!text.trim().is_empty(), "{}: {field} is empty", d.id);
        }
        assert_ne!(
            d.senior, d.staff,
            "{}: senior and staff read the same",
            d.id
        );
        assert!(!d.sources.is_empty(), "{}: no source", d.id);
    }
}

#[test]
fn ids_are_unique_and_references_resolve() {
    let mut seen = HashSet::new();
    for d in CONTENT.dimensions {
        assert!(seen.insert(d.id), "duplicate dimension id {}", d.id);
    }
    let mut quiz_ids = HashSet::new();
    for r in CONTENT.readiness {
        assert!(quiz_ids.insert(r.id), "duplicate readiness id {}", r.id);
        assert!(
            CONTENT.dimension(r.dimension).is_some(),
            "{}: dangling dimension",
            r.id
        );
    }
    let all_sources = CONTENT
        .dimensions
        .iter()
        .flat_map(|d| d.sources.iter())
        .chain(CONTENT.readiness.iter().flat_map(|r| r.sources.iter()))
        .chain(CONTENT.weeks.iter().flat_map(|w| w.sources.iter()));
    for s in all_sources {
        assert!(CONTENT.source(s).is_some(), "dangling source {s}");
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
