#![cfg(not(target_arch = "wasm32"))]
//! The result card (`domain::card`): what it says and what it never shows.

use staffcheck::content::CONTENT;
use staffcheck::domain::card::{escape, Card, Colours, HEIGHT, WIDTH};
use staffcheck::domain::radar::RustTrig;

fn colours(background: &str) -> Colours {
    Colours {
        background: background.into(),
        text: "#111".into(),
        muted: "#555".into(),
        accent: "#0a58ca".into(),
        soft: "#ddd".into(),
    }
}

fn quick(count: u8) -> Card {
    Card {
        count,
        total: CONTENT.readiness.len() as u8,
        bar: CONTENT.bar,
        name: None,
        positions: None,
    }
}

fn full(count: u8, name: Option<&str>) -> Card {
    Card {
        positions: Some(vec![
            Some(80),
            None,
            Some(40),
            Some(100),
            Some(10),
            Some(55),
        ]),
        name: name.map(str::to_string),
        ..quick(count)
    }
}

#[test]
fn the_card_is_the_size_link_previews_use() {
    let svg = quick(9).svg::<RustTrig>(Some(&colours("#fff")));
    assert!(svg.starts_with("<svg "), "{svg}");
    assert!(svg.contains(&format!("width=\"{WIDTH}\" height=\"{HEIGHT}\"")));
    assert_eq!((WIDTH, HEIGHT), (1200, 630));
    assert!(svg.ends_with("</svg>"));
}

#[test]
fn the_verdict_follows_the_bar() {
    let bar = CONTENT.bar;
    let total = CONTENT.readiness.len();
    let at = quick(bar);
    let one_short = quick(bar - 1);
    let two_short = quick(bar - 2);
    assert!(at.meets_bar() && !one_short.meets_bar());
    assert_ne!(at.verdict(), one_short.verdict());
    // The count and the bar are the content's, as figures and in words.
    let svg = one_short.svg::<RustTrig>(Some(&colours("#fff")));
    assert!(svg.contains(&format!(">{}/{total}<", bar - 1)), "{svg}");
    assert!(one_short.alt().contains(&format!("{} of {total}", bar - 1)));
    assert!(one_short.alt().contains(&bar.to_string()));
    assert!(
        one_short.verdict().starts_with("1 "),
        "{}",
        one_short.verdict()
    );
    assert!(
        two_short.verdict().starts_with("2 "),
        "{}",
        two_short.verdict()
    );
    assert_ne!(
        one_short.verdict().replace('1', ""),
        two_short.verdict().replace('2', ""),
        "one and many read differently"
    );
}

#[test]
fn one_mark_per_statement_with_the_yes_answers_filled() {
    let total = CONTENT.readiness.len();
    let svg = quick(5).svg::<RustTrig>(Some(&colours("#fff")));
    let marks = svg.matches("rx=\"6\"").count();
    assert_eq!(marks, total);
    let filled = svg.matches("rx=\"6\" fill=\"#0a58ca\"").count();
    assert_eq!(filled, 5);
}

#[test]
fn a_full_check_has_the_radar_and_a_quick_one_does_not() {
    let q = quick(9).svg::<RustTrig>(Some(&colours("#fff")));
    let f = full(9, None).svg::<RustTrig>(Some(&colours("#fff")));
    assert!(!q.contains("<polygon"));
    assert!(f.contains("fill-opacity=\"0.3\""), "{f}");
    // Five answered spokes of six: five points, the unanswered one left out.
    assert_eq!(f.matches("<circle").count(), 5);
    assert_ne!(quick(9).kind(), full(9, None).kind());
    assert!(full(9, None).alt().contains(&full(9, None).kind()));
}

#[test]
fn the_reader_builds_quick_card_is_the_full_builds_image() {
    // The reader build draws quick checks' cards without the radar's code: the same markup.
    for c in [Some(colours("#fff")), None] {
        for n in [0, 7, 8, 12] {
            assert_eq!(
                quick(n).svg_without_radar(c.as_ref()),
                quick(n).svg::<RustTrig>(c.as_ref())
            );
        }
    }
    let f = full(9, None).svg_without_radar(None);
    assert!(!f.contains("<circle") && f.ends_with("</svg>"), "{f}");
}

#[test]
fn the_name_only_when_typed_and_always_as_text() {
    let nameless = full(9, None).svg::<RustTrig>(Some(&colours("#fff")));
    let blank = full(9, Some("   ")).svg::<RustTrig>(Some(&colours("#fff")));
    assert_eq!(nameless, blank, "a blank name is no name");
    let named = full(9, Some("<b>Priya</b> & co")).svg::<RustTrig>(Some(&colours("#fff")));
    assert!(
        named.contains("&lt;b&gt;Priya&lt;/b&gt; &amp; co"),
        "{named}"
    );
    assert!(!named.contains("<b>"));
    assert!(full(9, Some("Priya")).alt().contains("Priya"));
    assert!(!full(9, None).alt().contains("’s result"));
    // A very long name is cut, so it never runs under the radar.
    let long = "x".repeat(200);
    let svg = full(9, Some(&long)).svg::<RustTrig>(Some(&colours("#fff")));
    assert!(!svg.contains(&"x".repeat(40)));
}

#[test]
fn the_colours_are_the_pages_and_cannot_break_the_markup() {
    let light = quick(9).svg::<RustTrig>(Some(&colours("#ffffff")));
    let dark = quick(9).svg::<RustTrig>(Some(&colours("rgb(18, 20, 23)")));
    assert_ne!(light, dark);
    assert!(dark.contains("fill=\"rgb(18, 20, 23)\""));
    let hostile = quick(9).svg::<RustTrig>(Some(&colours("red\"/><script>x</script>")));
    assert!(!hostile.contains("<script>"));
    assert!(!hostile.contains("red\"/>"));
    // The copy in the page: classes its stylesheet colours, no colour and no style attribute.
    let page = full(9, None).svg::<RustTrig>(None);
    assert!(!page.contains("style="));
    assert!(!page.contains("fill=\"#"));
    for class in [
        "card-fill-bg",
        "card-fill-accent",
        "card-fill-soft",
        "card-stroke-soft",
        "card-fill-text",
    ] {
        assert!(page.contains(class), "{class}");
    }
}

#[test]
fn escape_takes_out_what_xml_cannot_hold() {
    assert_eq!(escape("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&#39;");
    assert_eq!(escape("a\u{0}b\u{1b}c\u{FFFF}"), "abc");
    assert_eq!(escape("line\nbreak"), "line break");
    assert_eq!(escape("Zoë’s"), "Zoë’s");
}
