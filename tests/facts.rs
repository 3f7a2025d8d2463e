//! The seed facts the content must carry: each row names the source, words that stand in that
//! source's text, and the content entry that says it (in our own words), which must cite that
//! source. Dropping or misquoting a figure fails here. (Issue 10 extends the table to every fact.)
#![cfg(not(target_arch = "wasm32"))]

use staffcheck::content::{Note, CONTENT};

/// Where a fact lives in the content.
enum In {
    PayNote(&'static str),
    Timeline(&'static str),
}

struct Fact {
    source: &'static str,
    /// Words that stand in the source's text, as written there.
    seed_says: &'static [&'static str],
    carried_by: In,
    /// Words our text must contain.
    we_say: &'static [&'static str],
}

const FACTS: &[Fact] = &[
    Fact {
        source: "s4",
        seed_says: &["2025, US Tech Market"],
        carried_by: In::PayNote("market"),
        we_say: &["US", "2025"],
    },
    Fact {
        source: "s4",
        seed_says: &["Gap: 30-50% total compensation"],
        carried_by: In::PayNote("gap"),
        we_say: &["30 to 50 percent"],
    },
    Fact {
        source: "s4",
        seed_says: &["scarcity of people"],
        carried_by: In::PayNote("why"),
        we_say: &["how few engineers"],
    },
    Fact {
        source: "s0",
        seed_says: &["typically takes 2-4 years"],
        carried_by: In::Timeline("typical"),
        we_say: &["two to four years"],
    },
    Fact {
        source: "s0",
        seed_says: &["joining a smaller company"],
        carried_by: In::Timeline("smaller-company"),
        we_say: &["smaller company"],
    },
    Fact {
        source: "s3",
        seed_says: &["2–3 quarters"],
        carried_by: In::Timeline("quarters-of-evidence"),
        we_say: &["two or three quarters", "90-day"],
    },
    Fact {
        source: "s4",
        seed_says: &["6-12 months", "Find sponsors"],
        carried_by: In::Timeline("months-of-impact"),
        we_say: &["six to twelve months"],
    },
    Fact {
        source: "s0",
        seed_says: &["Director or VP", "calibration meetings"],
        carried_by: In::Timeline("sponsor"),
        we_say: &["Director or VP", "calibration"],
    },
];

fn note(list: &'static [Note], id: &str) -> Option<&'static Note> {
    list.iter().find(|n| n.id == id)
}

/// The text of a seed, when `../shared/seeds/` is beside the repository (as in CI).
fn seed_text(source: &str) -> Option<String> {
    let file = CONTENT.source(source)?.file;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seeds")
        .join(file);
    std::fs::read_to_string(path).ok()
}

#[test]
fn every_fact_in_the_table_is_carried_by_its_entry_and_cites_its_source() {
    for fact in FACTS {
        let (entry, id) = match fact.carried_by {
            In::PayNote(id) => (note(CONTENT.pay_notes, id), id),
            In::Timeline(id) => (note(CONTENT.timeline, id), id),
        };
        let entry = entry.unwrap_or_else(|| panic!("no content entry {id}"));
        for words in fact.we_say {
            assert!(
                entry.text.contains(words),
                "{id} no longer says {words:?}: {}",
                entry.text
            );
        }
        assert!(
            entry.sources.contains(&fact.source),
            "{id} does not cite {}",
            fact.source
        );
    }
}

#[test]
fn the_table_quotes_what_the_seeds_really_say() {
    for fact in FACTS {
        let Some(text) = seed_text(fact.source) else {
            eprintln!(
                "../shared/seeds not found: the quotes of {} are not checked",
                fact.source
            );
            continue;
        };
        for words in fact.seed_says {
            assert!(
                text.contains(words),
                "{} does not say {words:?}",
                fact.source
            );
        }
    }
}

#[test]
fn pay_ranges_are_the_sources_figures() {
    let pay = |level: &str| {
        CONTENT
            .pay
            .iter()
            .find(|p| p.level == level)
            .unwrap_or_else(|| panic!("no pay for {level}"))
    };
    let senior = pay("senior");
    let staff = pay("staff");
    assert_eq!(
        (
            senior.base_low,
            senior.base_high,
            senior.total_low,
            senior.total_high,
            senior.total_open
        ),
        (130, 200, 180, 300, false)
    );
    assert_eq!(
        (
            staff.base_low,
            staff.base_high,
            staff.total_low,
            staff.total_high,
            staff.total_open
        ),
        (170, 250, 250, 450, true)
    );
    for p in [senior, staff] {
        assert!(
            p.sources.contains(&"s4"),
            "{} pay does not cite s4",
            p.level
        );
    }
    if let Some(text) = seed_text("s4") {
        for figure in ["130K", "200K", "180K", "300K", "170K", "250K", "450K+"] {
            assert!(text.contains(figure), "s4 does not give {figure}");
        }
    }
}

#[test]
fn every_source_is_cited_by_a_title_its_text_carries() {
    for s in CONTENT.sources {
        if let Some(text) = seed_text(s.id) {
            // Seed 001 has no title of its own: ours is marked as a description.
            if !s.title.starts_with("Untitled") {
                assert!(
                    text.contains(s.title),
                    "{} is cited as {:?}, which it does not say",
                    s.id,
                    s.title
                );
            }
        }
    }
}
