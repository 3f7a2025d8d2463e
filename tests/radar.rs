//! The radar chart's geometry (`domain::radar`), natively: hand-computed points and rings, the
//! series shape with unanswered spokes, label anchors, wrapping and spacing, the viewBox, and the
//! `<desc>` text. The markup itself is checked in the browser by `tests/results_web.rs`.
#![cfg(not(target_arch = "wasm32"))]

use staffcheck::content::{ui::radar as text, CONTENT};
use staffcheck::domain::radar::{
    angle, describe, layout, point, ring, series, spoke_end, touch, view_box, wrap, Anchor, Label,
    RustTrig, Shape, FONT, GAP, LABEL_RADIUS, PAD, RADIUS,
};
use staffcheck::domain::svg::fmt;

type T = RustTrig;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The real chart: one spoke per dimension, in content order.
fn dimensions(value: Option<u8>) -> Vec<(&'static str, Option<u8>)> {
    CONTENT.dimensions.iter().map(|d| (d.name, value)).collect()
}

#[test]
fn spokes_run_clockwise_from_the_top() {
    assert!(close(angle(0, 4), -std::f64::consts::FRAC_PI_2));
    assert!(close(angle(1, 4), 0.0));
    assert!(close(angle(2, 4), std::f64::consts::FRAC_PI_2));
    assert!(close(angle(3, 4), std::f64::consts::PI));
    // No spokes: no division by zero.
    assert!(close(angle(0, 0), -std::f64::consts::FRAC_PI_2));
    let (x, y) = spoke_end::<T>(1, 4);
    assert!(close(x, RADIUS) && close(y, 0.0));
    let (x, y) = spoke_end::<T>(0, 4);
    assert!(close(x, 0.0) && close(y, -RADIUS));
}

#[test]
fn rings_are_hand_computed_point_lists() {
    // Four spokes: top, right, bottom, left (y grows downwards), with no "-0".
    assert_eq!(ring::<T>(4, 100.0), "0,-100 100,0 0,100 -100,0");
    // Six spokes at radius 50: cos 30° * 50 = 43.30, sin 30° * 50 = 25.
    assert_eq!(
        ring::<T>(6, 50.0),
        "0,-50 43.3,-25 43.3,25 0,50 -43.3,25 -43.3,-25"
    );
    // Three spokes at 75: cos 30° * 75 = 64.95 -> 65 (one decimal), sin 30° * 75 = 37.5.
    assert_eq!(ring::<T>(3, 75.0), "0,-75 65,37.5 -65,37.5");
    assert_eq!(point::<T>(angle(1, 8), 100.0), "70.7,-70.7");
}

#[test]
fn svg_numbers_have_one_decimal_and_no_negative_zero() {
    assert_eq!(fmt(12.34), "12.3");
    assert_eq!(fmt(12.0), "12");
    assert_eq!(fmt(-0.01), "0");
    assert_eq!(fmt(-12.35), "-12.4");
    assert_eq!(fmt(f64::NAN), "0");
}

#[test]
fn a_series_joins_only_its_answered_spokes() {
    let s = series::<T>(&[Some(100), None, Some(50), Some(0)], 4);
    assert_eq!(s.shape, Shape::Polygon);
    let axes: Vec<usize> = s.points.iter().map(|p| p.axis).collect();
    assert_eq!(axes, [0, 2, 3]);
    // Top at 100, bottom at 50, the centre for 0: the skipped right spoke is not drawn at 0.
    assert_eq!(s.points_attr(), "0,-100 0,50 0,0");

    // Positions above 100 are drawn at 100; values past the last spoke are ignored.
    let s = series::<T>(&[Some(250), Some(40), Some(90)], 2);
    assert_eq!(s.shape, Shape::Line);
    assert_eq!(s.points.len(), 2);
    assert_eq!(s.points[0].value, 100);
    assert_eq!(s.points_attr(), "0,-100 0,40");

    assert_eq!(series::<T>(&[None, Some(30), None], 3).shape, Shape::None);
    assert_eq!(series::<T>(&[None, None], 2).points.len(), 0);
}

#[test]
fn four_short_labels_are_placed_by_hand() {
    let labels = layout::<T, _>(&[("A", Some(1)), ("B", None), ("C", Some(1)), ("D", Some(1))]);
    let anchors: Vec<Anchor> = labels.iter().map(|l| l.anchor).collect();
    assert_eq!(
        anchors,
        [Anchor::Middle, Anchor::Start, Anchor::Middle, Anchor::End]
    );
    assert!(labels[1].missing && !labels[0].missing);
    // Top: centred on (0, -113), pushed half a line up: box -129..-113, baseline -129 + 12.8.
    let top = labels[0].bounds();
    assert!(close(labels[0].y, -116.2));
    assert!(close(top.top, -129.0) && close(top.bottom, -113.0));
    assert!(close(top.left, -4.8) && close(top.right, 4.8));
    // Right: starts at x = 113, vertically centred on the spoke.
    let right = labels[1].bounds();
    assert!(close(labels[1].x, LABEL_RADIUS));
    assert!(close(right.left, 113.0) && close(right.right, 122.6));
    assert!(close(right.top, -8.0) && close(right.bottom, 8.0));
    // Left: ends at x = -113.
    let left = labels[3].bounds();
    assert!(close(left.right, -113.0) && close(left.left, -122.6));
    // The viewBox: the labels' extent plus PAD on each side.
    assert_eq!(view_box(&labels).attr(), "-128.6 -135 257.2 270");
}

#[test]
fn left_and_right_labels_are_anchored_on_their_own_side() {
    let labels = layout::<T, _>(&dimensions(Some(50)));
    assert_eq!(labels.len(), 16);
    for (i, l) in labels.iter().enumerate() {
        let b = l.bounds();
        let name = CONTENT.dimensions[i].name;
        match l.anchor {
            Anchor::Start => {
                assert!(l.x > 0.0, "{name}: start-anchored on the left");
                assert!(
                    close(b.left, l.x),
                    "{name}: its text runs right from the spoke"
                );
            }
            Anchor::End => {
                assert!(l.x < 0.0, "{name}: end-anchored on the right");
                assert!(
                    close(b.right, l.x),
                    "{name}: its text runs left from the spoke"
                );
            }
            Anchor::Middle => assert!(l.x.abs() < 0.3 * l.x.hypot(l.y), "{name}: centred"),
        }
    }
    // Sixteen spokes: only the top and the bottom are centred, seven on each side.
    let count = |a: Anchor| labels.iter().filter(|l| l.anchor == a).count();
    assert_eq!(
        (
            count(Anchor::Middle),
            count(Anchor::Start),
            count(Anchor::End)
        ),
        (2, 7, 7)
    );
    // Clockwise from the top: the right-hand side comes first.
    assert_eq!(labels[1].anchor, Anchor::Start);
    assert_eq!(labels[15].anchor, Anchor::End);
}

#[test]
fn labels_stay_off_the_plot_and_apart() {
    let labels = layout::<T, _>(&dimensions(None));
    for (i, l) in labels.iter().enumerate() {
        let b = l.bounds();
        // The point of the label's box nearest the centre is outside the outer ring.
        let nx = 0f64.clamp(b.left, b.right);
        let ny = 0f64.clamp(b.top, b.bottom);
        assert!(
            nx.hypot(ny) > RADIUS,
            "{}: its box reaches into the plot",
            CONTENT.dimensions[i].name
        );
        let next = &labels[(i + 1) % labels.len()];
        assert!(
            !touch(l, next),
            "{} and the next label are closer than {GAP}",
            CONTENT.dimensions[i].name
        );
    }
}

#[test]
fn labels_never_leave_the_view_box_and_stay_legible_at_320_px() {
    for n in [3, 5, 8, 12, 16] {
        let axes: Vec<(&str, Option<u8>)> = CONTENT
            .dimensions
            .iter()
            .take(n)
            .map(|d| (d.name, Some(60)))
            .collect();
        let labels = layout::<T, _>(&axes);
        let vb = view_box(&labels);
        for l in &labels {
            let b = l.bounds();
            assert!(
                b.left >= vb.x + PAD - 1e-9,
                "{:?} leaves on the left",
                l.lines
            );
            assert!(
                b.top >= vb.y + PAD - 1e-9,
                "{:?} leaves at the top",
                l.lines
            );
            assert!(
                b.right <= vb.x + vb.width - PAD + 1e-9,
                "{:?} leaves on the right",
                l.lines
            );
            assert!(
                b.bottom <= vb.y + vb.height - PAD + 1e-9,
                "{:?} leaves at the bottom",
                l.lines
            );
        }
        // The outer ring is inside too.
        assert!(vb.x <= -RADIUS - PAD && vb.x + vb.width >= RADIUS + PAD);
        assert!(vb.y <= -RADIUS - PAD && vb.y + vb.height >= RADIUS + PAD);
        // The chart scales to the width it is given: at 320 CSS px (the narrowest screen, where
        // it takes the whole width) a label's text is still at least 12 px (12.2 with all 16
        // dimensions; labels that stopped wrapping or grew would shrink it).
        let px = FONT * 320.0 / vb.width;
        assert!(
            px >= 12.0,
            "{n} spokes: labels at {px:.1} px at 320 px wide"
        );
    }
}

#[test]
fn only_long_labels_at_the_sides_wrap() {
    assert_eq!(wrap("Scope"), ["Scope"]);
    assert_eq!(wrap("Time horizon"), ["Time", "horizon"]);
    // The hyphen stays on the first line.
    assert_eq!(wrap("Problem-solving"), ["Problem-", "solving"]);
    // The break nearest the middle.
    assert_eq!(wrap("Depth vs breadth"), ["Depth vs", "breadth"]);
    assert_eq!(wrap("Communication"), ["Communication"]);
    // Ten characters fit on one line.
    assert_eq!(wrap("Abcd efghi"), ["Abcd efghi"]);
    // At the top a long label keeps one line; at the side it wraps (and is taller).
    let top = Label::new::<T>("Time horizon", false, angle(0, 4), LABEL_RADIUS);
    let side = Label::new::<T>("Time horizon", false, angle(1, 4), LABEL_RADIUS);
    assert_eq!(top.lines.len(), 1);
    assert_eq!(side.lines.len(), 2);
    assert!(side.height > top.height);
}

#[test]
fn crowded_neighbours_are_pushed_outwards() {
    // Sixteen long labels: the one at the top is wider than the gap to its neighbours, which sit
    // close beside it; the layout moves it out along its spoke (it is the more vertical one)
    // until no two neighbours touch.
    let axes: Vec<(&str, Option<u8>)> = (0..16).map(|_| ("Communication", Some(50))).collect();
    let unmoved = Label::new::<T>("Communication", false, angle(0, 16), LABEL_RADIUS);
    let beside = Label::new::<T>("Communication", false, angle(1, 16), LABEL_RADIUS);
    assert!(
        touch(&unmoved, &beside),
        "the case is crowded to begin with"
    );
    let labels = layout::<T, _>(&axes);
    for i in 0..16 {
        assert!(
            !touch(&labels[i], &labels[(i + 1) % 16]),
            "labels {i} and next touch"
        );
    }
    assert!(labels[0].y < unmoved.y, "the top label moved up");
    assert!(close(labels[1].y, beside.y), "its side neighbour stayed");
}

#[test]
fn the_description_names_what_the_chart_shows() {
    let axes = [("Scope", Some(80)), ("Risk", Some(40)), ("Impact", None)];
    let d = describe(&axes, 75, "Your position", Some("First attempt"));
    assert!(d.starts_with("A radar chart with 3 spokes"));
    assert!(d.contains("Staff target of 75."));
    assert!(d.contains(" Your position reaches the target on 1 of 2 answered dimensions."));
    assert!(d.contains(" Highest: Scope (80)."));
    assert!(d.contains(" Lowest: Risk (40)."));
    assert!(d.contains(" Not answered: Impact."));
    assert!(d.contains(" A dotted shape shows First attempt."));
    assert!(d.ends_with(text::DESC_TABLE));

    let none = describe(
        &[("Scope", None), ("Risk", None)],
        75,
        "Your position",
        None,
    );
    assert!(none.contains(text::DESC_NONE));
    // When nothing is answered the list of unanswered spokes would be every spoke: left out.
    assert!(!none.contains("Not answered:"));
    assert!(!none.contains("dotted"));

    // A target above 100 is read as 100; equal highs and lows are named once.
    let same = describe(&[("Scope", Some(100)), ("Risk", Some(100))], 200, "X", None);
    assert!(same.contains("Staff target of 100."));
    assert!(same.contains(" Highest: Scope, Risk (100)."));
    assert!(!same.contains("Lowest"));
}
