//! The seed facts the content must carry: each row names the source, words that stand in that
//! source's text, and the content entry that says it (in our own words), which must cite that
//! source. Dropping or misquoting a figure fails here. (Issue 10 extends the table to every fact.)
#![cfg(not(target_arch = "wasm32"))]

use staffcheck::content::{Note, CONTENT};

/// Where a fact lives in the content.
enum In {
    PayNote(&'static str),
    Timeline(&'static str),
    Choice(&'static str),
    Pursue(&'static str),
    Stay(&'static str),
    Case(&'static str),
    Trust(&'static str),
    Metric(&'static str),
    MetricRole(&'static str),
    Artifact(&'static str),
    /// A dimension's Staff description.
    DimensionStaff(&'static str),
    /// A dimension's practice (what to produce, how).
    Practice(&'static str),
    NotCounted(&'static str),
    Pitfall(&'static str),
    /// The results screen's wrong-axis callout.
    Axis(&'static str),
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
    Fact {
        source: "s1",
        seed_says: &["staff is a different job, not a different rank"],
        carried_by: In::Choice("different-job"),
        we_say: &["different job"],
    },
    Fact {
        source: "s1",
        seed_says: &[
            "roughly half the senior engineers",
            "high-quality but tactical",
        ],
        carried_by: In::Choice("wrong-axis"),
        we_say: &["about half", "high-quality but tactical"],
    },
    Fact {
        source: "s1",
        seed_says: &["for the title or the comp"],
        carried_by: In::Choice("not-for-the-title"),
        we_say: &["title or the pay"],
    },
    Fact {
        source: "s1",
        seed_says: &["stepped back to senior", "perfectly fine career move"],
        carried_by: In::Choice("stepping-back"),
        we_say: &["step back to Senior"],
    },
    Fact {
        source: "s1",
        seed_says: &[
            "senior excellence does not compose into staff excellence by addition",
            "adding a second axis",
        ],
        carried_by: In::Choice("second-axis"),
        we_say: &["does not add up to Staff", "second axis"],
    },
    Fact {
        source: "s1",
        seed_says: &["not a rest stop on the way to staff", "its own destination"],
        carried_by: In::Choice("own-destination"),
        we_say: &["destination in its own right", "best engineers stay there"],
    },
    Fact {
        source: "s1",
        seed_says: &["stay senior happily for ten years", "Both are legitimate"],
        carried_by: In::Choice("both-legitimate"),
        we_say: &["both legitimate", "actually want"],
    },
    Fact {
        source: "s4",
        seed_says: &["Not everyone wants or needs to become a Staff Engineer"],
        carried_by: In::Choice("both-legitimate"),
        we_say: &["Not everyone wants or needs Staff"],
    },
    Fact {
        source: "s4",
        seed_says: &["terminal level at many companies"],
        carried_by: In::Choice("senior-for-good"),
        we_say: &["many companies"],
    },
    Fact {
        source: "s4",
        seed_says: &["complex, ambiguous problems"],
        carried_by: In::Pursue("ambiguous-problems"),
        we_say: &["ambiguous"],
    },
    Fact {
        source: "s4",
        seed_says: &["shape technical direction"],
        carried_by: In::Pursue("shape-direction"),
        we_say: &["shape"],
    },
    Fact {
        source: "s4",
        seed_says: &["mentoring and multiplying others"],
        carried_by: In::Pursue("multiply-others"),
        we_say: &["mentoring"],
    },
    Fact {
        source: "s4",
        seed_says: &["how organizations work"],
        carried_by: In::Pursue("organisations"),
        we_say: &["organisations"],
    },
    Fact {
        source: "s4",
        seed_says: &["6-18 months ahead"],
        carried_by: In::Pursue("see-ahead"),
        we_say: &["six to eighteen months"],
    },
    Fact {
        source: "s4",
        seed_says: &["problems beyond single teams"],
        carried_by: In::Pursue("beyond-one-team"),
        we_say: &["single team"],
    },
    Fact {
        source: "s4",
        seed_says: &["love coding"],
        carried_by: In::Stay("love-coding"),
        we_say: &["love coding"],
    },
    Fact {
        source: "s4",
        seed_says: &["clearly defined problems"],
        carried_by: In::Stay("defined-problems"),
        we_say: &["clearly defined"],
    },
    Fact {
        source: "s4",
        seed_says: &["happy with your current scope"],
        carried_by: In::Stay("happy-with-scope"),
        we_say: &["scope"],
    },
    Fact {
        source: "s4",
        seed_says: &["work-life balance"],
        carried_by: In::Stay("balance"),
        we_say: &["Work-life balance"],
    },
    Fact {
        source: "s4",
        seed_says: &["Management track"],
        carried_by: In::Stay("management"),
        we_say: &["management track"],
    },
    Fact {
        source: "s4",
        seed_says: &["start a company or go indie"],
        carried_by: In::Stay("own-company"),
        we_say: &["start a company"],
    },
    Fact {
        source: "s0",
        seed_says: &["2-3 \"Staff-level projects\""],
        carried_by: In::Case("portfolio"),
        we_say: &["two or three Staff-level projects"],
    },
    Fact {
        source: "s0",
        seed_says: &["Impact at scale"],
        carried_by: In::Case("impact-at-scale"),
        we_say: &["several teams"],
    },
    Fact {
        source: "s0",
        seed_says: &["significant technical ambiguity"],
        carried_by: In::Case("complexity"),
        we_say: &["ambiguity"],
    },
    Fact {
        source: "s0",
        seed_says: &["through influence, not authority"],
        carried_by: In::Case("leadership"),
        we_say: &["influence"],
    },
    Fact {
        source: "s0",
        seed_says: &["Being the best coder on the team"],
        carried_by: In::NotCounted("best-coder"),
        we_say: &["strongest coder"],
    },
    Fact {
        source: "s0",
        seed_says: &["Shipping a lot of features"],
        carried_by: In::NotCounted("many-features"),
        we_say: &["features"],
    },
    Fact {
        source: "s0",
        seed_says: &["go-to person for firefighting"],
        carried_by: In::NotCounted("firefighting"),
        we_say: &["when things break"],
    },
    Fact {
        source: "s0",
        seed_says: &["depth without breadth"],
        carried_by: In::NotCounted("one-technology"),
        we_say: &["depth without breadth"],
    },
    Fact {
        source: "s0",
        seed_says: &["Optimizing for Promotion Instead of Impact"],
        carried_by: In::Pitfall("promotion-over-impact"),
        we_say: &["promotion rather than impact"],
    },
    Fact {
        source: "s4",
        seed_says: &["Only optimizing for promotion"],
        carried_by: In::Pitfall("promotion-over-impact"),
        we_say: &["impact"],
    },
    Fact {
        source: "s0",
        seed_says: &["Staying in Your Comfort Zone"],
        carried_by: In::Pitfall("comfort-zone"),
        we_say: &["strongest"],
    },
    Fact {
        source: "s0",
        seed_says: &["Waiting to Be Asked"],
        carried_by: In::Pitfall("waiting"),
        we_say: &["Waiting to be asked"],
    },
    Fact {
        source: "s4",
        seed_says: &["Waiting for permission"],
        carried_by: In::Pitfall("waiting"),
        we_say: &["permission"],
    },
    Fact {
        source: "s0",
        seed_says: &["Ignoring the Business Context"],
        carried_by: In::Pitfall("business-context"),
        we_say: &["revenue, user growth or reliability"],
    },
    Fact {
        source: "s4",
        seed_says: &["Neglecting relationships"],
        carried_by: In::Pitfall("relationships"),
        we_say: &["relationships"],
    },
    Fact {
        source: "s4",
        seed_says: &["Getting too far from code"],
        carried_by: In::Pitfall("far-from-code"),
        we_say: &["too far from the code"],
    },
    Fact {
        source: "s4",
        seed_says: &["Becoming a bottleneck"],
        carried_by: In::Pitfall("bottleneck"),
        we_say: &["bottleneck"],
    },
    Fact {
        source: "s4",
        seed_says: &["spanning 3-6 teams"],
        carried_by: In::DimensionStaff("scope"),
        we_say: &["three to six teams"],
    },
    Fact {
        source: "s0",
        seed_says: &["2-3 teams worth of systems"],
        carried_by: In::DimensionStaff("scope"),
        we_say: &["two or three teams"],
    },
    Fact {
        source: "s0",
        seed_says: &["Identify 2-3 engineers"],
        carried_by: In::Practice("mentorship"),
        we_say: &["two or three engineers"],
    },
    Fact {
        source: "s2",
        seed_says: &["Ask your manager for the exact Staff Engineer expectations"],
        carried_by: In::Case("ask-your-manager"),
        we_say: &["Ask your manager"],
    },
    Fact {
        source: "s2",
        seed_says: &["review designs constructively"],
        carried_by: In::Trust("review-constructively"),
        we_say: &["Review"],
    },
    Fact {
        source: "s2",
        seed_says: &["ask better questions"],
        carried_by: In::Trust("better-questions"),
        we_say: &["questions"],
    },
    Fact {
        source: "s2",
        seed_says: &["connect decisions to user and business impact"],
        carried_by: In::Trust("impact"),
        we_say: &["users and the business"],
    },
    Fact {
        source: "s2",
        seed_says: &["avoid unnecessary complexity"],
        carried_by: In::Trust("simplicity"),
        we_say: &["complexity"],
    },
    Fact {
        source: "s2",
        seed_says: &["give credit publicly"],
        carried_by: In::Trust("credit"),
        we_say: &["credit"],
    },
    Fact {
        source: "s2",
        seed_says: &["follow through on commitments"],
        carried_by: In::Trust("follow-through"),
        we_say: &["said you would"],
    },
    Fact {
        source: "s2",
        seed_says: &["design documents"],
        carried_by: In::Artifact("design-docs"),
        we_say: &["Design documents"],
    },
    Fact {
        source: "s2",
        seed_says: &["RFCs"],
        carried_by: In::Artifact("rfcs"),
        we_say: &["RFCs"],
    },
    Fact {
        source: "s2",
        seed_says: &["migration plans"],
        carried_by: In::Artifact("migration-plans"),
        we_say: &["Migration plans"],
    },
    Fact {
        source: "s2",
        seed_says: &["trade-off summaries"],
        carried_by: In::Artifact("trade-offs"),
        we_say: &["trade-offs"],
    },
    Fact {
        source: "s2",
        seed_says: &["incident reviews"],
        carried_by: In::Artifact("incident-reviews"),
        we_say: &["Incident reviews"],
    },
    Fact {
        source: "s2",
        seed_says: &["roadmap input"],
        carried_by: In::Artifact("roadmap-input"),
        we_say: &["roadmap"],
    },
    Fact {
        source: "s2",
        seed_says: &["promotion evidence"],
        carried_by: In::Artifact("promotion-evidence"),
        we_say: &["promotion evidence"],
    },
    Fact {
        source: "s3",
        seed_says: &["Reliability: uptime, SLO attainment, incident recurrence, MTTR"],
        carried_by: In::Metric("reliability"),
        we_say: &["uptime", "SLOs"],
    },
    Fact {
        source: "s3",
        seed_says: &["Performance: latency, throughput"],
        carried_by: In::Metric("performance"),
        we_say: &["latency", "throughput"],
    },
    Fact {
        source: "s3",
        seed_says: &["infra cost per request/user"],
        carried_by: In::Metric("cost"),
        we_say: &["per request or per user"],
    },
    Fact {
        source: "s3",
        seed_says: &["defect escape rate, change failure rate"],
        carried_by: In::Metric("quality"),
        we_say: &["defects", "changes that fail"],
    },
    Fact {
        source: "s3",
        seed_says: &["paved-road usage vs. custom paths"],
        carried_by: In::Metric("adoption"),
        we_say: &["paved road"],
    },
    Fact {
        source: "s3",
        seed_says: &["conversion, retention, time-to-first-success"],
        carried_by: In::Metric("user-business"),
        we_say: &["conversion", "retention"],
    },
    Fact {
        source: "s3",
        seed_says: &["reliability and cost efficiency dominate"],
        carried_by: In::MetricRole("platform"),
        we_say: &["reliability and cost"],
    },
    Fact {
        source: "s3",
        seed_says: &["adoption and customer-facing performance"],
        carried_by: In::MetricRole("product"),
        we_say: &["adoption"],
    },
    Fact {
        source: "s3",
        seed_says: &["freshness, correctness, and trust"],
        carried_by: In::MetricRole("data"),
        we_say: &["freshness, correctness and trust"],
    },
    Fact {
        source: "s3",
        seed_says: &["program-level outcomes"],
        carried_by: In::MetricRole("devrel"),
        we_say: &["programme outcomes"],
    },
    Fact {
        source: "s1",
        seed_says: &["adding a second axis", "high-quality but tactical"],
        carried_by: In::Axis("common-shape"),
        we_say: &["second axis", "does not add up"],
    },
    Fact {
        source: "s1",
        seed_says: &["Pick one cross-team problem and own it. Not as a side project."],
        carried_by: In::Axis("own-one-problem"),
        we_say: &["own it", "side project"],
    },
    Fact {
        source: "s2",
        seed_says: &["Track measurable outcomes"],
        carried_by: In::Axis("own-one-problem"),
        we_say: &["measurable outcome"],
    },
    Fact {
        source: "s1",
        seed_says: &["As a real artifact: an RFC, a migration plan"],
        carried_by: In::Axis("written-trail"),
        we_say: &["RFC", "migration plan"],
    },
    Fact {
        source: "s1",
        seed_says: &["lets a more junior engineer take the feature"],
        carried_by: In::Axis("hand-off-the-feature"),
        we_say: &["less experienced engineer", "outside your team"],
    },
    Fact {
        source: "s1",
        seed_says: &[
            "Spend time on engineers outside your team",
            "Review RFCs from teams",
        ],
        carried_by: In::Axis("time-beyond-the-team"),
        we_say: &["beyond your own team"],
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
        let (text, sources, id): (String, &[&str], &str) = match fact.carried_by {
            In::DimensionStaff(id) | In::Practice(id) => {
                let d = CONTENT
                    .dimension(id)
                    .unwrap_or_else(|| panic!("no dimension {id}"));
                let text = match fact.carried_by {
                    In::Practice(_) => format!("{} {}", d.practice_artifact(), d.practice_how()),
                    _ => d.staff.to_string(),
                };
                (text, d.sources, id)
            }
            _ => {
                let (list, id) = match fact.carried_by {
                    In::PayNote(id) => (CONTENT.pay_notes, id),
                    In::Timeline(id) => (CONTENT.timeline, id),
                    In::Choice(id) => (CONTENT.choice_notes(), id),
                    In::Pursue(id) => (CONTENT.pursue_reasons(), id),
                    In::Stay(id) => (CONTENT.stay_reasons(), id),
                    In::Case(id) => (CONTENT.case_notes, id),
                    In::NotCounted(id) => (CONTENT.not_counted, id),
                    In::Pitfall(id) => (CONTENT.pitfalls, id),
                    In::Trust(id) => (CONTENT.trust_ways, id),
                    In::Metric(id) => (CONTENT.metric_families, id),
                    In::MetricRole(id) => (CONTENT.metrics_by_role, id),
                    In::Artifact(id) => (CONTENT.artifacts, id),
                    In::Axis(id) => (
                        if CONTENT.axis_notes().iter().any(|n| n.id == id) {
                            CONTENT.axis_notes()
                        } else {
                            CONTENT.axis_steps()
                        },
                        id,
                    ),
                    In::DimensionStaff(_) | In::Practice(_) => unreachable!("handled above"),
                };
                let entry = note(list, id).unwrap_or_else(|| panic!("no content entry {id}"));
                (entry.text.to_string(), entry.sources, id)
            }
        };
        for words in fact.we_say {
            assert!(
                text.contains(words),
                "{id} no longer says {words:?}: {text}"
            );
        }
        assert!(
            sources.contains(&fact.source),
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

#[test]
fn every_reason_of_the_source_to_go_for_staff_or_stay_senior_is_carried() {
    // s4 lists six of each; the table ties each one to an entry.
    let tied = |list: &[Note]| {
        list.iter()
            .filter(|n| {
                FACTS
                    .iter()
                    .any(|f| matches!(f.carried_by, In::Pursue(id) | In::Stay(id) if id == n.id))
            })
            .count()
    };
    assert_eq!(tied(CONTENT.pursue_reasons()), 6);
    assert_eq!(tied(CONTENT.stay_reasons()), 6);
}

/// The sample days of one level's week as seed s4 lists them: (day, minutes of each item, `None`
/// where the item has no duration). Days summed up in one line ("Tuesday-Thursday: ...") are skipped.
fn seed_week(text: &str, heading: &str) -> Vec<(String, Vec<Option<u16>>)> {
    let start = text
        .find(heading)
        .unwrap_or_else(|| panic!("s4 has no {heading:?}"));
    let section = &text[start..];
    let end = section.find("Coding time").unwrap_or(section.len());
    let mut days = Vec::new();
    for line in section[..end].lines() {
        let Some((day, items)) = line.split_once(": - ") else {
            continue;
        };
        let minutes = items
            .split(" - ")
            .map(|item| {
                let (_, rest) = item.rsplit_once('(')?;
                let (number, unit) = rest.trim_end_matches(')').split_once(' ')?;
                let n: f32 = number.parse().ok()?;
                let m = if unit.starts_with("hour") {
                    n * 60.0
                } else {
                    n
                };
                Some(m as u16)
            })
            .collect();
        days.push((day.trim().to_string(), minutes));
    }
    days
}

#[test]
fn the_sample_weeks_are_the_seeds_days_with_the_seeds_durations() {
    let Some(text) = seed_text("s4") else {
        eprintln!("../shared/seeds not found: the sample weeks are not checked");
        return;
    };
    for (level, heading) in [
        ("senior", "Senior Engineer’s Week"),
        ("staff", "Staff Engineer’s Week"),
    ] {
        let week = CONTENT.week(level).expect("week");
        assert!(
            week.sources.contains(&"s4"),
            "{level} week does not cite s4"
        );
        let days = seed_week(&text, heading);
        assert!(!days.is_empty(), "no days found under {heading:?}");
        for (day, minutes) in days {
            let ours: Vec<Option<u16>> = week
                .blocks
                .iter()
                .filter(|b| b.day == day)
                .map(|b| b.minutes)
                .collect();
            assert_eq!(
                ours, minutes,
                "{level} {day}: our blocks' durations differ from s4's"
            );
        }
    }
    // The Senior Friday is in the seed (without durations) and in ours.
    assert!(CONTENT.week("senior").is_some_and(|w| w
        .blocks
        .iter()
        .filter(|b| b.day == "Friday")
        .count()
        == 3));
}

/// The dimensions a source describes at Principal level (s3's note on Principal, s0's ladder):
/// (dimension, source, words that stand in that source, words our `principal` or
/// `change_principal` must say). Every other dimension's Principal text is our extrapolation and
/// must be marked so (`principal_sources = []`).
const PRINCIPAL: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "scope",
        "s3",
        &["Principal owns multiple domains or an entire function"],
        &["several domains", "function"],
    ),
    (
        "scope",
        "s0",
        &["Principal Engineer: Shape the technical direction of an entire organization"],
        &["entire organisation"],
    ),
    (
        "time-horizon",
        "s3",
        &[
            "Principal sets multi-year direction",
            "endure beyond a single product cycle",
        ],
        &["multi-year direction", "product cycle"],
    ),
    (
        "influence",
        "s3",
        &["Principal aligns whole organizations, often including execs"],
        &["whole organisations", "executives"],
    ),
    (
        "leadership",
        "s0",
        &["Principal Engineer: Shape the technical direction of an entire organization"],
        &["technical direction of an entire organisation"],
    ),
    (
        "impact",
        "s3",
        &["Principal raises the bar for the entire company"],
        &["Raises the bar for the entire company"],
    ),
    (
        "artifacts",
        "s3",
        &["company-wide technical visions, technology charters, and roadmaps"],
        &["technical vision", "charters", "roadmaps"],
    ),
];

#[test]
fn principal_text_claims_a_source_only_where_the_table_shows_the_source_says_it() {
    for d in CONTENT.dimensions {
        let rows: Vec<_> = PRINCIPAL.iter().filter(|r| r.0 == d.id).collect();
        let mut cited: Vec<&str> = rows.iter().map(|r| r.1).collect();
        cited.sort_unstable();
        let mut claimed = d.principal_sources.to_vec();
        claimed.sort_unstable();
        assert_eq!(
            claimed, cited,
            "{}: principal_sources must be exactly the sources the PRINCIPAL table shows saying it \
             (empty, and so marked as our extrapolation, when none does)",
            d.id
        );
        let ours = format!("{} {}", d.principal, d.change_principal);
        for (_, source, _, we_say) in rows {
            for words in *we_say {
                assert!(
                    ours.contains(words),
                    "{}: Principal text no longer says {words:?}: {ours}",
                    d.id
                );
            }
            assert!(
                d.sources.contains(source),
                "{}: cites {source} for Principal but not for the dimension",
                d.id
            );
        }
    }
}

#[test]
fn the_principal_table_quotes_what_the_seeds_really_say() {
    for (id, source, seed_says, _) in PRINCIPAL {
        let Some(text) = seed_text(source) else {
            eprintln!("../shared/seeds not found: the Principal quotes are not checked");
            return;
        };
        for words in *seed_says {
            assert!(
                text.contains(words),
                "{id}: {source} does not say {words:?}"
            );
        }
    }
}

#[test]
fn only_the_principal_note_and_ladder_of_the_seeds_describe_principal() {
    // A seed line that names Principal as a level and is not in the PRINCIPAL table's reach would
    // be a description we have not weighed: the seeds mention Principal only in s3's note, s0's
    // ladder, s1's aside on level names and s2's author line.
    let mut mentions = 0;
    for s in CONTENT.sources {
        let Some(text) = seed_text(s.id) else { return };
        mentions += text
            .lines()
            .filter(|l| l.contains("Principal") || l.contains("principal"))
            .count();
    }
    assert_eq!(
        mentions, 17,
        "the seeds' lines on Principal changed: weigh them against PRINCIPAL"
    );
}
