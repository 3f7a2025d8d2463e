//! The seed facts the content must carry: each row names the source, words that stand in that
//! source's text, and the content entry that says it (in our own words), which must cite that
//! source. Dropping a fact, misquoting a figure or citing a source that does not say it fails here.
//! The seeds (`../shared/seeds/` beside the repository, or `$STAFFCHECK_SEEDS`) must be present: without them these
//! tests fail rather than pass unchecked. A last test fails on any run of 8 or more words that a
//! content file shares with a seed: facts carry over, sentences do not.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use staffcheck::content::{ui, Dimension, Note, CONTENT};

/// A list of sourced statements in the content.
#[derive(Clone, Copy, Debug)]
enum L {
    PayNote,
    Timeline,
    Choice,
    Pursue,
    Stay,
    Case,
    NotCounted,
    Pitfall,
    Trust,
    Artifact,
    Metric,
    MetricRole,
    /// The results screen's wrong-axis callout (its notes and its steps).
    Axis,
    CompanyNote,
    LadderNote,
    Shift,
    Optimise,
    JumpHard,
    SkillMore,
    Path,
    Takes,
    BeyondTasks,
    Mentoring,
    Business,
    ManagerQ,
    ManagerReason,
    MentorQ,
    PlanOutcome,
    Collect,
}

impl L {
    const ALL: [L; 29] = [
        L::PayNote,
        L::Timeline,
        L::Choice,
        L::Pursue,
        L::Stay,
        L::Case,
        L::NotCounted,
        L::Pitfall,
        L::Trust,
        L::Artifact,
        L::Metric,
        L::MetricRole,
        L::Axis,
        L::CompanyNote,
        L::LadderNote,
        L::Shift,
        L::Optimise,
        L::JumpHard,
        L::SkillMore,
        L::Path,
        L::Takes,
        L::BeyondTasks,
        L::Mentoring,
        L::Business,
        L::ManagerQ,
        L::ManagerReason,
        L::MentorQ,
        L::PlanOutcome,
        L::Collect,
    ];

    /// The entries of the list (the axis callout's notes and steps together).
    fn entries(self) -> Vec<&'static Note> {
        let lists: &[&'static [Note]] = match self {
            L::PayNote => &[CONTENT.pay_notes],
            L::Timeline => &[CONTENT.timeline],
            L::Choice => &[CONTENT.choice_notes()],
            L::Pursue => &[CONTENT.pursue_reasons()],
            L::Stay => &[CONTENT.stay_reasons()],
            L::Case => &[CONTENT.case_notes],
            L::NotCounted => &[CONTENT.not_counted],
            L::Pitfall => &[CONTENT.pitfalls],
            L::Trust => &[CONTENT.trust_ways],
            L::Artifact => &[CONTENT.artifacts],
            L::Metric => &[CONTENT.metric_families],
            L::MetricRole => &[CONTENT.metrics_by_role],
            L::Axis => &[CONTENT.axis_notes(), CONTENT.axis_steps()],
            L::CompanyNote => &[CONTENT.company_notes],
            L::LadderNote => &[CONTENT.ladder_notes],
            L::Shift => &[CONTENT.shift_notes],
            L::Optimise => &[CONTENT.optimise_shifts],
            L::JumpHard => &[CONTENT.jump_hard],
            L::SkillMore => &[CONTENT.skills_more],
            L::Path => &[CONTENT.path_steps],
            L::Takes => &[CONTENT.what_it_takes],
            L::BeyondTasks => &[CONTENT.beyond_tasks],
            L::Mentoring => &[CONTENT.mentoring_ways],
            L::Business => &[CONTENT.business_impacts],
            L::ManagerQ => &[CONTENT.manager_questions()],
            L::ManagerReason => &[CONTENT.manager_reasons()],
            L::MentorQ => &[CONTENT.mentor_questions()],
            L::PlanOutcome => &[CONTENT.plan_outcomes()],
            L::Collect => &[CONTENT.evidence_collect()],
        };
        lists.iter().flat_map(|l| l.iter()).collect()
    }
}

/// A field of a dimension.
#[derive(Clone, Copy, Debug, PartialEq)]
enum F {
    Senior,
    Staff,
    Change,
    /// The positive signals, together.
    Signals,
    /// What to produce and how to practise it.
    Practice,
    /// The Senior example: the row's source must be one the example claims.
    ExampleSenior,
    /// The Staff example, likewise.
    ExampleStaff,
}

/// Where a fact lives in the content.
#[derive(Debug)]
enum In {
    Note(L, &'static str),
    Dim(&'static str, F),
    /// A readiness statement of the self-check.
    Readiness(&'static str),
    /// A phase of the 30/60/90-day plan: its goal and steps.
    Plan(&'static str),
    /// A step of the ladder above Staff.
    Ladder(&'static str),
    /// A "do you want this work?" statement.
    Motivation(&'static str),
}

struct Fact {
    source: &'static str,
    /// Words that stand in the source's text, as written there.
    seed_says: &'static [&'static str],
    carried_by: In,
    /// Words our text must contain: the figure or the phrase that carries the fact.
    we_say: &'static [&'static str],
}

const FACTS: &[Fact] = &[
    Fact {
        source: "s4",
        seed_says: &["2025, US Tech Market"],
        carried_by: In::Note(L::PayNote, "market"),
        we_say: &["US", "2025"],
    },
    Fact {
        source: "s4",
        seed_says: &["Gap: 30-50% total compensation"],
        carried_by: In::Note(L::PayNote, "gap"),
        we_say: &["30 to 50 percent"],
    },
    Fact {
        source: "s4",
        seed_says: &["scarcity of people"],
        carried_by: In::Note(L::PayNote, "why"),
        we_say: &["how few engineers"],
    },
    Fact {
        source: "s0",
        seed_says: &["typically takes 2-4 years"],
        carried_by: In::Note(L::Timeline, "typical"),
        we_say: &["two to four years"],
    },
    Fact {
        source: "s0",
        seed_says: &["joining a smaller company"],
        carried_by: In::Note(L::Timeline, "smaller-company"),
        we_say: &["smaller company"],
    },
    Fact {
        source: "s3",
        seed_says: &["2–3 quarters"],
        carried_by: In::Note(L::Timeline, "quarters-of-evidence"),
        we_say: &["two or three quarters", "90-day"],
    },
    Fact {
        source: "s4",
        seed_says: &["6-12 months", "Find sponsors"],
        carried_by: In::Note(L::Timeline, "months-of-impact"),
        we_say: &["six to twelve months"],
    },
    Fact {
        source: "s0",
        seed_says: &["Director or VP", "calibration meetings"],
        carried_by: In::Note(L::Timeline, "sponsor"),
        we_say: &["Director or VP", "calibration"],
    },
    Fact {
        source: "s1",
        seed_says: &["staff is a different job, not a different rank"],
        carried_by: In::Note(L::Choice, "different-job"),
        we_say: &["different job"],
    },
    Fact {
        source: "s1",
        seed_says: &[
            "roughly half the senior engineers",
            "high-quality but tactical",
        ],
        carried_by: In::Note(L::Choice, "wrong-axis"),
        we_say: &["about half", "high-quality but tactical"],
    },
    Fact {
        source: "s1",
        seed_says: &["for the title or the comp"],
        carried_by: In::Note(L::Choice, "not-for-the-title"),
        we_say: &["title or the pay", "will not satisfy you"],
    },
    Fact {
        source: "s1",
        seed_says: &["stepped back to senior", "perfectly fine career move"],
        carried_by: In::Note(L::Choice, "stepping-back"),
        we_say: &["step back to Senior"],
    },
    Fact {
        source: "s1",
        seed_says: &[
            "senior excellence does not compose into staff excellence by addition",
            "adding a second axis",
        ],
        carried_by: In::Note(L::Choice, "second-axis"),
        we_say: &["does not add up to Staff", "second axis"],
    },
    Fact {
        source: "s1",
        seed_says: &["not a rest stop on the way to staff", "its own destination"],
        carried_by: In::Note(L::Choice, "own-destination"),
        we_say: &["destination in its own right", "best engineers stay there"],
    },
    Fact {
        source: "s1",
        seed_says: &["stay senior happily for ten years", "Both are legitimate"],
        carried_by: In::Note(L::Choice, "both-legitimate"),
        we_say: &["both legitimate", "actually want"],
    },
    Fact {
        source: "s4",
        seed_says: &["Not everyone wants or needs to become a Staff Engineer"],
        carried_by: In::Note(L::Choice, "both-legitimate"),
        we_say: &["Not everyone wants or needs Staff"],
    },
    Fact {
        source: "s4",
        seed_says: &["terminal level at many companies"],
        carried_by: In::Note(L::Choice, "senior-for-good"),
        we_say: &["At many companies", "stay at for good"],
    },
    Fact {
        source: "s4",
        seed_says: &["complex, ambiguous problems"],
        carried_by: In::Note(L::Pursue, "ambiguous-problems"),
        we_say: &["Complex, ambiguous problems"],
    },
    Fact {
        source: "s4",
        seed_says: &["shape technical direction"],
        carried_by: In::Note(L::Pursue, "shape-direction"),
        we_say: &["shape where the technology goes"],
    },
    Fact {
        source: "s4",
        seed_says: &["mentoring and multiplying others"],
        carried_by: In::Note(L::Pursue, "multiply-others"),
        we_say: &["mentoring and making other engineers more effective"],
    },
    Fact {
        source: "s4",
        seed_says: &["how organizations work"],
        carried_by: In::Note(L::Pursue, "organisations"),
        we_say: &["How organisations work"],
    },
    Fact {
        source: "s4",
        seed_says: &["6-18 months ahead"],
        carried_by: In::Note(L::Pursue, "see-ahead"),
        we_say: &["six to eighteen months"],
    },
    Fact {
        source: "s4",
        seed_says: &["problems beyond single teams"],
        carried_by: In::Note(L::Pursue, "beyond-one-team"),
        we_say: &["bigger than a single team"],
    },
    Fact {
        source: "s4",
        seed_says: &["love coding"],
        carried_by: In::Note(L::Stay, "love-coding"),
        we_say: &["love coding"],
    },
    Fact {
        source: "s4",
        seed_says: &["clearly defined problems"],
        carried_by: In::Note(L::Stay, "defined-problems"),
        we_say: &["clearly defined"],
    },
    Fact {
        source: "s4",
        seed_says: &["happy with your current scope"],
        carried_by: In::Note(L::Stay, "happy-with-scope"),
        we_say: &["content with the scope"],
    },
    Fact {
        source: "s4",
        seed_says: &["work-life balance"],
        carried_by: In::Note(L::Stay, "balance"),
        we_say: &["Work-life balance"],
    },
    Fact {
        source: "s4",
        seed_says: &["Management track"],
        carried_by: In::Note(L::Stay, "management"),
        we_say: &["management track"],
    },
    Fact {
        source: "s4",
        seed_says: &["start a company or go indie"],
        carried_by: In::Note(L::Stay, "own-company"),
        we_say: &["start a company"],
    },
    Fact {
        source: "s0",
        seed_says: &["2-3 \"Staff-level projects\""],
        carried_by: In::Note(L::Case, "portfolio"),
        we_say: &["two or three Staff-level projects"],
    },
    Fact {
        source: "s0",
        seed_says: &["Impact at scale"],
        carried_by: In::Note(L::Case, "impact-at-scale"),
        we_say: &["several teams, many users or a business metric"],
    },
    Fact {
        source: "s0",
        seed_says: &["significant technical ambiguity"],
        carried_by: In::Note(L::Case, "complexity"),
        we_say: &["real technical ambiguity"],
    },
    Fact {
        source: "s0",
        seed_says: &["through influence, not authority"],
        carried_by: In::Note(L::Case, "leadership"),
        we_say: &["leading through influence", "without formal authority"],
    },
    Fact {
        source: "s0",
        seed_says: &["Being the best coder on the team"],
        carried_by: In::Note(L::NotCounted, "best-coder"),
        we_say: &["strongest coder"],
    },
    Fact {
        source: "s0",
        seed_says: &["Shipping a lot of features"],
        carried_by: In::Note(L::NotCounted, "many-features"),
        we_say: &["execution, not leadership"],
    },
    Fact {
        source: "s0",
        seed_says: &["go-to person for firefighting"],
        carried_by: In::Note(L::NotCounted, "firefighting"),
        we_say: &["when things break"],
    },
    Fact {
        source: "s0",
        seed_says: &["depth without breadth"],
        carried_by: In::Note(L::NotCounted, "one-technology"),
        we_say: &["depth without breadth"],
    },
    Fact {
        source: "s0",
        seed_says: &["Optimizing for Promotion Instead of Impact"],
        carried_by: In::Note(L::Pitfall, "promotion-over-impact"),
        we_say: &["promotion rather than impact"],
    },
    Fact {
        source: "s4",
        seed_says: &["Only optimizing for promotion"],
        carried_by: In::Note(L::Pitfall, "promotion-over-impact"),
        we_say: &["rather than impact"],
    },
    Fact {
        source: "s0",
        seed_says: &["Staying in Your Comfort Zone"],
        carried_by: In::Note(L::Pitfall, "comfort-zone"),
        we_say: &["architecture, data modelling, infrastructure"],
    },
    Fact {
        source: "s0",
        seed_says: &["Waiting to Be Asked"],
        carried_by: In::Note(L::Pitfall, "waiting"),
        we_say: &["Waiting to be asked"],
    },
    Fact {
        source: "s4",
        seed_says: &["Waiting for permission"],
        carried_by: In::Note(L::Pitfall, "waiting"),
        we_say: &["or for permission"],
    },
    Fact {
        source: "s0",
        seed_says: &["Ignoring the Business Context"],
        carried_by: In::Note(L::Pitfall, "business-context"),
        we_say: &["revenue, user growth or reliability"],
    },
    Fact {
        source: "s4",
        seed_says: &["Neglecting relationships"],
        carried_by: In::Note(L::Pitfall, "relationships"),
        we_say: &["Neglecting relationships"],
    },
    Fact {
        source: "s4",
        seed_says: &["Getting too far from code"],
        carried_by: In::Note(L::Pitfall, "far-from-code"),
        we_say: &["too far from the code"],
    },
    Fact {
        source: "s4",
        seed_says: &["Becoming a bottleneck"],
        carried_by: In::Note(L::Pitfall, "bottleneck"),
        we_say: &["Becoming the bottleneck"],
    },
    Fact {
        source: "s4",
        seed_says: &["spanning 3-6 teams"],
        carried_by: In::Dim("scope", F::Staff),
        we_say: &["three to six teams"],
    },
    Fact {
        source: "s0",
        seed_says: &["2-3 teams worth of systems"],
        carried_by: In::Dim("scope", F::Staff),
        we_say: &["two or three teams"],
    },
    Fact {
        source: "s0",
        seed_says: &["Identify 2-3 engineers"],
        carried_by: In::Dim("mentorship", F::Practice),
        we_say: &["two or three engineers"],
    },
    Fact {
        source: "s2",
        seed_says: &["Ask your manager for the exact Staff Engineer expectations"],
        carried_by: In::Note(L::Path, "ask-your-manager"),
        we_say: &["Ask your manager exactly what is expected"],
    },
    Fact {
        source: "s2",
        seed_says: &["review designs constructively"],
        carried_by: In::Note(L::Trust, "review-constructively"),
        we_say: &["Review other teams' designs"],
    },
    Fact {
        source: "s2",
        seed_says: &["ask better questions"],
        carried_by: In::Note(L::Trust, "better-questions"),
        we_say: &["sharper questions"],
    },
    Fact {
        source: "s2",
        seed_says: &["connect decisions to user and business impact"],
        carried_by: In::Note(L::Trust, "impact"),
        we_say: &["users and the business"],
    },
    Fact {
        source: "s2",
        seed_says: &["avoid unnecessary complexity"],
        carried_by: In::Note(L::Trust, "simplicity"),
        we_say: &["complexity out where it is not needed"],
    },
    Fact {
        source: "s2",
        seed_says: &["give credit publicly"],
        carried_by: In::Note(L::Trust, "credit"),
        we_say: &["credit to others in public"],
    },
    Fact {
        source: "s2",
        seed_says: &["follow through on commitments"],
        carried_by: In::Note(L::Trust, "follow-through"),
        we_say: &["said you would"],
    },
    Fact {
        source: "s2",
        seed_says: &["design documents"],
        carried_by: In::Note(L::Artifact, "design-docs"),
        we_say: &["Design documents"],
    },
    Fact {
        source: "s2",
        seed_says: &["RFCs"],
        carried_by: In::Note(L::Artifact, "rfcs"),
        we_say: &["RFCs"],
    },
    Fact {
        source: "s2",
        seed_says: &["migration plans"],
        carried_by: In::Note(L::Artifact, "migration-plans"),
        we_say: &["Migration plans"],
    },
    Fact {
        source: "s2",
        seed_says: &["trade-off summaries"],
        carried_by: In::Note(L::Artifact, "trade-offs"),
        we_say: &["Summaries of trade-offs"],
    },
    Fact {
        source: "s2",
        seed_says: &["incident reviews"],
        carried_by: In::Note(L::Artifact, "incident-reviews"),
        we_say: &["Incident reviews"],
    },
    Fact {
        source: "s2",
        seed_says: &["roadmap input"],
        carried_by: In::Note(L::Artifact, "roadmap-input"),
        we_say: &["Input to the roadmap"],
    },
    Fact {
        source: "s2",
        seed_says: &["promotion evidence"],
        carried_by: In::Note(L::Artifact, "promotion-evidence"),
        we_say: &["promotion evidence"],
    },
    Fact {
        source: "s3",
        seed_says: &["Reliability: uptime, SLO attainment, incident recurrence, MTTR"],
        carried_by: In::Note(L::Metric, "reliability"),
        we_say: &["uptime", "SLOs"],
    },
    Fact {
        source: "s3",
        seed_says: &["Performance: latency, throughput"],
        carried_by: In::Note(L::Metric, "performance"),
        we_say: &["latency", "throughput"],
    },
    Fact {
        source: "s3",
        seed_says: &["infra cost per request/user"],
        carried_by: In::Note(L::Metric, "cost"),
        we_say: &["per request or per user"],
    },
    Fact {
        source: "s3",
        seed_says: &["defect escape rate, change failure rate"],
        carried_by: In::Note(L::Metric, "quality"),
        we_say: &["defects", "changes that fail"],
    },
    Fact {
        source: "s3",
        seed_says: &["paved-road usage vs. custom paths"],
        carried_by: In::Note(L::Metric, "adoption"),
        we_say: &["the paved road against custom paths"],
    },
    Fact {
        source: "s3",
        seed_says: &["conversion, retention, time-to-first-success"],
        carried_by: In::Note(L::Metric, "user-business"),
        we_say: &["conversion", "retention"],
    },
    Fact {
        source: "s3",
        seed_says: &["reliability and cost efficiency dominate"],
        carried_by: In::Note(L::MetricRole, "platform"),
        we_say: &["reliability and cost"],
    },
    Fact {
        source: "s3",
        seed_says: &["adoption and customer-facing performance"],
        carried_by: In::Note(L::MetricRole, "product"),
        we_say: &["adoption and the performance customers feel"],
    },
    Fact {
        source: "s3",
        seed_says: &["freshness, correctness, and trust"],
        carried_by: In::Note(L::MetricRole, "data"),
        we_say: &["freshness, correctness and trust"],
    },
    Fact {
        source: "s3",
        seed_says: &["program-level outcomes", "from 45 min -> 15 min", "Community scale"],
        carried_by: In::Note(L::MetricRole, "devrel"),
        we_say: &["programme outcomes", "45 minutes to 15"],
    },
    Fact {
        source: "s1",
        seed_says: &["adding a second axis", "high-quality but tactical"],
        carried_by: In::Note(L::Axis, "common-shape"),
        we_say: &["second axis", "does not add up"],
    },
    Fact {
        source: "s1",
        seed_says: &["Pick one cross-team problem and own it. Not as a side project."],
        carried_by: In::Note(L::Axis, "own-one-problem"),
        we_say: &["own it", "side project"],
    },
    Fact {
        source: "s2",
        seed_says: &["Track measurable outcomes"],
        carried_by: In::Note(L::Axis, "own-one-problem"),
        we_say: &["measurable outcome"],
    },
    Fact {
        source: "s1",
        seed_says: &["As a real artifact: an RFC, a migration plan"],
        carried_by: In::Note(L::Axis, "written-trail"),
        we_say: &["RFC", "migration plan"],
    },
    Fact {
        source: "s1",
        seed_says: &["lets a more junior engineer take the feature"],
        carried_by: In::Note(L::Axis, "hand-off-the-feature"),
        we_say: &["less experienced engineer", "outside your team"],
    },
    Fact {
        source: "s1",
        seed_says: &[
            "Spend time on engineers outside your team",
            "Review RFCs from teams",
        ],
        carried_by: In::Note(L::Axis, "time-beyond-the-team"),
        we_say: &["beyond your own team"],
    },
    // --- Why the step is hard, what changes, the ladder's notes and the level names' caveats ---
    Fact {
        source: "s0",
        seed_says: &["widely considered the hardest level transition"],
        carried_by: In::Note(L::JumpHard, "hardest"),
        we_say: &["hardest level change", "different kind of contribution"],
    },
    Fact {
        source: "s4",
        seed_says: &["Ambiguity increases: Problems aren’t clearly defined"],
        carried_by: In::Note(L::JumpHard, "ambiguity"),
        we_say: &["less clearly defined"],
    },
    Fact {
        source: "s4",
        seed_says: &["Leadership without authority: You influence but don’t manage"],
        carried_by: In::Note(L::JumpHard, "no-authority"),
        we_say: &["without authority", "do not manage"],
    },
    Fact {
        source: "s4",
        seed_says: &["Longer feedback cycles: Impact takes months/years to materialize"],
        carried_by: In::Note(L::JumpHard, "feedback"),
        we_say: &["months or years"],
    },
    Fact {
        source: "s4",
        seed_says: &["Broader stakeholder management: More people to keep aligned"],
        carried_by: In::Note(L::JumpHard, "stakeholders"),
        we_say: &["stakeholders", "kept aligned"],
    },
    Fact {
        source: "s4",
        seed_says: &["Strategic thinking required: Must see around corners"],
        carried_by: In::Note(L::JumpHard, "strategy"),
        we_say: &["think strategically", "see problems coming"],
    },
    Fact {
        source: "s4",
        seed_says: &["Less coding: Harder to stay sharp technically"],
        carried_by: In::Note(L::JumpHard, "less-coding"),
        we_say: &["code less", "technically sharp"],
    },
    Fact {
        source: "s4",
        seed_says: &["Organizational politics: Must navigate competing priorities"],
        carried_by: In::Note(L::JumpHard, "politics"),
        we_say: &["Competing priorities", "politics"],
    },
    Fact {
        source: "s4",
        seed_says: &["Communication: Persuasion, presentation, writing"],
        carried_by: In::Note(L::SkillMore, "communication"),
        we_say: &["persuading, presenting and writing"],
    },
    Fact {
        source: "s4",
        seed_says: &["Strategic thinking: See patterns, anticipate problems"],
        carried_by: In::Note(L::SkillMore, "strategic-thinking"),
        we_say: &["spotting patterns", "anticipating problems"],
    },
    Fact {
        source: "s4",
        seed_says: &["Prioritization: Know what not to do"],
        carried_by: In::Note(L::SkillMore, "prioritisation"),
        we_say: &["Prioritisation", "leave undone"],
    },
    Fact {
        source: "s4",
        seed_says: &["Patience: Let others implement your designs"],
        carried_by: In::Note(L::SkillMore, "patience"),
        we_say: &["Patience", "implement what you designed"],
    },
    Fact {
        source: "s4",
        seed_says: &["Humility: Accept your ideas will be improved by others"],
        carried_by: In::Note(L::SkillMore, "humility"),
        we_say: &["Humility", "improve on your ideas"],
    },
    Fact {
        source: "s4",
        seed_says: &["Political awareness: Understand organizational dynamics"],
        carried_by: In::Note(L::SkillMore, "political-awareness"),
        we_say: &["Political awareness"],
    },
    Fact {
        source: "s4",
        seed_says: &["Business acumen: Connect technology to business value"],
        carried_by: In::Note(L::SkillMore, "business-acumen"),
        we_say: &["Business acumen", "what the business values"],
    },
    Fact {
        source: "s0",
        seed_says: &[
            "where a system or domain should be in 2 years",
            "single most important Staff-level skill",
        ],
        carried_by: In::Note(L::SkillMore, "technical-vision"),
        we_say: &["Technical vision", "two years", "most important Staff skill"],
    },
    Fact {
        source: "s0",
        seed_says: &["single most important Staff-level skill"],
        carried_by: In::Dim("time-horizon", F::Change),
        we_say: &["technical vision the most important Staff skill", "18 months"],
    },
    Fact {
        source: "s2",
        seed_says: &[
            "Senior Engineers are trusted to solve important problems. Staff Engineers are trusted to shape the technical direction around important problems.",
        ],
        carried_by: In::Note(L::Shift, "solve-or-shape"),
        we_say: &["trusted with solving", "trusted with setting the technical direction"],
    },
    Fact {
        source: "s3",
        seed_says: &["Staff is a role change, not an upgrade", "I make the organization deliver better"],
        carried_by: In::Note(L::Shift, "role-not-upgrade"),
        we_say: &["change of role", "whole organisation deliver better"],
    },
    Fact {
        source: "s3",
        seed_says: &["From delivering features -> to shaping outcomes"],
        carried_by: In::Note(L::Optimise, "outcomes"),
        we_say: &["shipping features", "shaping outcomes"],
    },
    Fact {
        source: "s3",
        seed_says: &["From personal output -> to organizational leverage"],
        carried_by: In::Note(L::Optimise, "leverage"),
        we_say: &["what you produce yourself", "leverage across the organisation"],
    },
    Fact {
        source: "s3",
        seed_says: &["From fixing problems -> to building systems that prevent them"],
        carried_by: In::Note(L::Optimise, "prevention"),
        we_say: &["fixing problems", "stop them happening"],
    },
    Fact {
        source: "s3",
        seed_says: &["From mentoring one person -> to multiplying many"],
        carried_by: In::Note(L::Optimise, "many"),
        we_say: &["mentoring a single person", "multiplying the work of many"],
    },
    Fact {
        source: "s0",
        seed_says: &[
            "Each level requires broader scope, longer time horizons, and more organizational influence.",
        ],
        carried_by: In::Note(L::LadderNote, "each-rung"),
        we_say: &["wider scope", "longer horizon", "more influence"],
    },
    Fact {
        source: "s3",
        seed_says: &["Principal isn’t the next checkbox after Staff", "focus on mastering Staff"],
        carried_by: In::Note(L::LadderNote, "not-the-next-checkbox"),
        we_say: &["not a box to tick", "different job again", "Get good at Staff first"],
    },
    Fact {
        source: "s1",
        seed_says: &["(\"principal\", \"L6\", \"Senior 2\")"],
        carried_by: In::Note(L::CompanyNote, "other-names"),
        we_say: &["principal, L6 or Senior 2"],
    },
    Fact {
        source: "s1",
        seed_says: &[
            "Some companies promote on different axes",
            "collapsed senior and staff into one level",
        ],
        carried_by: In::Note(L::CompanyNote, "merged-levels"),
        we_say: &["other axes", "merged Senior and Staff into a single level"],
    },
    Fact {
        source: "s1",
        seed_says: &["not the universal truth", "Treat this as the median, not as policy"],
        carried_by: In::Note(L::CompanyNote, "median"),
        we_say: &["not a universal truth", "median case", "policy"],
    },
    // --- Building the case: the rubric, the path, what it takes ---
    Fact {
        source: "s1",
        seed_says: &[
            "Technical breadth and depth",
            "Cross-team or cross-org influence",
            "Multiplier effect",
        ],
        carried_by: In::Note(L::Case, "rubric"),
        we_say: &["breadth as well as depth", "outside your team or org", "multiplier effect"],
    },
    Fact {
        source: "s1",
        seed_says: &["\"I worked on X\" is not evidence; it is a claim", "Promotion committees read artifacts"],
        carried_by: In::Note(L::Case, "artifacts-are-evidence"),
        we_say: &["a claim, not evidence", "committees read"],
    },
    Fact {
        source: "s2",
        seed_says: &["Choose one problem with cross-team or business-level importance"],
        carried_by: In::Note(L::Path, "choose-a-problem"),
        we_say: &["one problem", "beyond your team or to the business"],
    },
    Fact {
        source: "s2",
        seed_says: &["Write a clear technical plan before implementation"],
        carried_by: In::Note(L::Path, "plan-first"),
        we_say: &["clear technical plan", "before anyone starts building"],
    },
    Fact {
        source: "s2",
        seed_says: &["Align stakeholders early"],
        carried_by: In::Note(L::Path, "align-early"),
        we_say: &["stakeholders on board at the start"],
    },
    Fact {
        source: "s2",
        seed_says: &["Mentor engineers through the work instead of doing everything yourself"],
        carried_by: In::Note(L::Path, "mentor-through"),
        we_say: &["Guide other engineers through the work"],
    },
    Fact {
        source: "s2",
        seed_says: &["Track measurable outcomes"],
        carried_by: In::Note(L::Path, "track-outcomes"),
        we_say: &["outcomes you can measure"],
    },
    Fact {
        source: "s2",
        seed_says: &["Turn the work into a promotion story"],
        carried_by: In::Note(L::Path, "promotion-story"),
        we_say: &["story your promotion case tells"],
    },
    Fact {
        source: "s4",
        seed_says: &["Start doing Staff-level work before the promotion"],
        carried_by: In::Note(L::Takes, "before-the-title"),
        we_say: &["Staff-level work before the promotion"],
    },
    Fact {
        source: "s0",
        seed_says: &["start doing the work before you have the title"],
        carried_by: In::Note(L::Takes, "before-the-title"),
        we_say: &["before the promotion, not after it"],
    },
    Fact {
        source: "s4",
        seed_says: &["Expand your scope gradually - volunteer for cross-team projects"],
        carried_by: In::Note(L::Takes, "grow-scope"),
        we_say: &["step by step", "projects that cross teams"],
    },
    Fact {
        source: "s4",
        seed_says: &["Build relationships across teams"],
        carried_by: In::Note(L::Takes, "relationships"),
        we_say: &["relationships with people on other teams"],
    },
    Fact {
        source: "s4",
        seed_says: &["Develop strategic thinking - study architecture, business context"],
        carried_by: In::Note(L::Takes, "strategic-thinking"),
        we_say: &["strategic thinking", "architecture and the business"],
    },
    Fact {
        source: "s4",
        seed_says: &["Communicate more - write, present, build visibility"],
        carried_by: In::Note(L::Takes, "communicate"),
        we_say: &["write, present and make your work visible"],
    },
    Fact {
        source: "s4",
        seed_says: &["Find sponsors - senior leaders who will advocate for you"],
        carried_by: In::Note(L::Takes, "sponsors"),
        we_say: &["sponsors among senior leaders"],
    },
    Fact {
        source: "s4",
        seed_says: &["Be patient - demonstrate Staff-level impact for 6-12 months"],
        carried_by: In::Note(L::Takes, "patience"),
        we_say: &["Be patient", "six to twelve months"],
    },
    // --- Trust, thinking past your tasks, mentoring, business results (s2) ---
    Fact {
        source: "s2",
        seed_says: &["Influence is not politics. It is technical credibility plus useful communication."],
        carried_by: In::Note(L::Trust, "not-politics"),
        we_say: &["Influence is not politics", "technical credibility", "communication that helps"],
    },
    Fact {
        source: "s2",
        seed_says: &["Which teams are affected?"],
        carried_by: In::Note(L::BeyondTasks, "teams-affected"),
        we_say: &["Which teams does this touch?"],
    },
    Fact {
        source: "s2",
        seed_says: &["What decisions will be hard to reverse?"],
        carried_by: In::Note(L::BeyondTasks, "hard-to-reverse"),
        we_say: &["hard to undo"],
    },
    Fact {
        source: "s2",
        seed_says: &["What operational risks are increasing?"],
        carried_by: In::Note(L::BeyondTasks, "operational-risk"),
        we_say: &["operational risks are growing"],
    },
    Fact {
        source: "s2",
        seed_says: &["Where is the organization duplicating effort?"],
        carried_by: In::Note(L::BeyondTasks, "duplicated-effort"),
        we_say: &["same work twice"],
    },
    Fact {
        source: "s2",
        seed_says: &["Which technical investments unlock future speed?"],
        carried_by: In::Note(L::BeyondTasks, "future-speed"),
        we_say: &["technical investments", "later work faster"],
    },
    Fact {
        source: "s2",
        seed_says: &["helping engineers reason through trade-offs"],
        carried_by: In::Note(L::Mentoring, "trade-offs"),
        we_say: &["think trade-offs through"],
    },
    Fact {
        source: "s2",
        seed_says: &["improving design docs before review"],
        carried_by: In::Note(L::Mentoring, "design-docs"),
        we_say: &["design docs before they go to review"],
    },
    Fact {
        source: "s2",
        seed_says: &["teaching debugging and operational habits"],
        carried_by: In::Note(L::Mentoring, "debugging"),
        we_say: &["habits of debugging and of running systems"],
    },
    Fact {
        source: "s2",
        seed_says: &["raising code review quality"],
        carried_by: In::Note(L::Mentoring, "code-review"),
        we_say: &["quality of code review"],
    },
    Fact {
        source: "s2",
        seed_says: &["giving feedback that increases independence", "permanent answer machine"],
        carried_by: In::Note(L::Mentoring, "independence"),
        we_say: &["more independent", "permanent source of answers"],
    },
    Fact {
        source: "s2",
        seed_says: &["reducing infrastructure cost"],
        carried_by: In::Note(L::Business, "infra-cost"),
        we_say: &["Lower infrastructure cost"],
    },
    Fact {
        source: "s2",
        seed_says: &["improving reliability for an important product path"],
        carried_by: In::Note(L::Business, "reliability"),
        we_say: &["more reliable path through an important product"],
    },
    Fact {
        source: "s2",
        seed_says: &["speeding up developer workflows"],
        carried_by: In::Note(L::Business, "developer-workflows"),
        we_say: &["Faster workflows for developers"],
    },
    Fact {
        source: "s2",
        seed_says: &["enabling a new product capability"],
        carried_by: In::Note(L::Business, "new-capability"),
        we_say: &["product capability that was not possible before"],
    },
    Fact {
        source: "s2",
        seed_says: &["lowering operational risk"],
        carried_by: In::Note(L::Business, "operational-risk"),
        we_say: &["Less operational risk"],
    },
    Fact {
        source: "s2",
        seed_says: &["improving customer-facing performance"],
        carried_by: In::Note(L::Business, "customer-performance"),
        we_say: &["performance where customers feel it"],
    },
    Fact {
        source: "s2",
        seed_says: &["If you cannot explain why the work mattered, promotion committees may struggle to see the level"],
        carried_by: In::Note(L::Business, "explain-why"),
        we_say: &["why the work mattered", "may not see the level"],
    },
    // --- What to collect along the way (s3), where the evidence log starts ---
    Fact {
        source: "s3",
        seed_says: &["Save strategy docs, RFCs, paved roads, dashboards, migration plans, and memos", "Keep a personal archive", "don’t rely only on changing org wikis"],
        carried_by: In::Note(L::Collect, "artifacts"),
        we_say: &["RFCs, strategy docs, dashboards, paved roads, memos and migration plans", "archive of your own", "org wikis change"],
    },
    Fact {
        source: "s3",
        seed_says: &["Capture “before” baselines before you start.", "Record “after” results as soon as they’re visible.", "Keep screenshots or exports; dashboards evolve, but committees need fixed evidence."],
        carried_by: In::Note(L::Collect, "metrics"),
        we_say: &["baseline before the work begins", "result as soon as it shows", "screenshot or an export"],
    },
    Fact {
        source: "s3",
        seed_says: &["Ask partner teams or managers for short notes after rollouts.", "Save Slack threads, emails, or comments that recognize impact."],
        carried_by: In::Note(L::Collect, "testimonials"),
        we_say: &["Feedback and testimonials", "partner teams or managers for a short note", "threads"],
    },
    Fact {
        source: "s3",
        seed_says: &["Post short internal updates when something lands.", "create a trail of proof"],
        carried_by: In::Note(L::Collect, "stories"),
        we_say: &["Success stories", "when something lands", "trail of proof"],
    },
    // --- The end of the 90 days (s3) ---
    Fact {
        source: "s3",
        seed_says: &["Tackled an org-level problem"],
        carried_by: In::Note(L::PlanOutcome, "org-problem"),
        we_say: &["problem at the level of the organisation"],
    },
    Fact {
        source: "s3",
        seed_says: &["Created a working system, not just ideas"],
        carried_by: In::Note(L::PlanOutcome, "working-system"),
        we_say: &["system that works, not only ideas"],
    },
    Fact {
        source: "s3",
        seed_says: &["Demonstrated measurable outcomes"],
        carried_by: In::Note(L::PlanOutcome, "measured"),
        we_say: &["outcomes you can measure"],
    },
    Fact {
        source: "s3",
        seed_says: &["Made the impact visible to leaders"],
        carried_by: In::Note(L::PlanOutcome, "visible"),
        we_say: &["Leaders have seen the impact"],
    },
    Fact {
        source: "s3",
        seed_says: &["Built momentum for your Staff-level promotion packet"],
        carried_by: In::Note(L::PlanOutcome, "momentum"),
        we_say: &["promotion packet"],
    },
    // --- The dimensions: the bars, scope, horizons, team and people counts ---
    Fact {
        source: "s1",
        seed_says: &["any service the team owns"],
        carried_by: In::Dim("scope", F::Senior),
        we_say: &["any service it owns", "competent work"],
    },
    Fact {
        source: "s1",
        seed_says: &["do their share of on-call"],
        carried_by: In::Dim("risk", F::Senior),
        we_say: &["fair share of on-call"],
    },
    Fact {
        source: "s4",
        seed_says: &["Multiple teams (2-4+)"],
        carried_by: In::Dim("scope", F::Staff),
        we_say: &["two to four or more teams"],
    },
    Fact {
        source: "s2",
        seed_says: &["a platform, a domain, an architecture strategy, or a company-level technical risk"],
        carried_by: In::Dim("scope", F::Staff),
        we_say: &["a platform", "strategy for the architecture", "technical risk at company level"],
    },
    Fact {
        source: "s1",
        seed_says: &["as a senior was about 5%; as a staff it was closer to 30%"],
        carried_by: In::Dim("scope", F::Signals),
        we_say: &["one author", "about 5%", "about 30%"],
    },
    Fact {
        source: "s4",
        seed_says: &["Designing a company-wide event streaming platform that 10 teams will build on"],
        carried_by: In::Dim("scope", F::ExampleStaff),
        we_say: &["event-streaming platform", "ten"],
    },
    Fact {
        source: "s4",
        seed_says: &["new payment processing feature for your team’s service"],
        carried_by: In::Dim("scope", F::ExampleSenior),
        we_say: &["payments capability", "service your team owns"],
    },
    Fact {
        source: "s0",
        seed_says: &["Staff Engineers plan in quarters and years"],
        carried_by: In::Dim("time-horizon", F::Staff),
        we_say: &["quarters and years"],
    },
    Fact {
        source: "s4",
        seed_says: &["| Quarters to years |", "6-18 month technical strategy"],
        carried_by: In::Dim("time-horizon", F::Staff),
        we_say: &["quarters and years", "6 to 18 months"],
    },
    Fact {
        source: "s3",
        seed_says: &["2–4 quarters; sets direction"],
        carried_by: In::Dim("time-horizon", F::Staff),
        we_say: &["two to four quarters", "sets the direction"],
    },
    Fact {
        source: "s3",
        seed_says: &["1 sprint -> 1 quarter"],
        carried_by: In::Dim("time-horizon", F::Senior),
        we_say: &["sprint up to a quarter"],
    },
    Fact {
        source: "s4",
        seed_says: &["Planning horizon: 3-6 month roadmap"],
        carried_by: In::Dim("time-horizon", F::Senior),
        we_say: &["three to six months"],
    },
    Fact {
        source: "s0",
        seed_says: &["Where should it be in 18 months? What are the top 3 investments to get there?"],
        carried_by: In::Dim("time-horizon", F::ExampleStaff),
        we_say: &["18 months", "three investments"],
    },
    Fact {
        source: "s3",
        seed_says: &["Aligns leaders, gains adoption across teams"],
        carried_by: In::Dim("influence", F::Staff),
        we_say: &["aligns leaders", "adopted outside their team"],
    },
    Fact {
        source: "s3",
        seed_says: &["Surface objections early in 1"],
        carried_by: In::Dim("leadership", F::Practice),
        we_say: &["objections early, one to one"],
    },
    Fact {
        source: "s3",
        seed_says: &["Surface objections early in 1"],
        carried_by: In::Dim("influence", F::Practice),
        we_say: &["hear objections one to one"],
    },
    Fact {
        source: "s4",
        seed_says: &["Sphere of influence: Your immediate team (5-8 people)"],
        carried_by: In::Dim("leadership", F::Senior),
        we_say: &["five to eight"],
    },
    Fact {
        source: "s4",
        seed_says: &["Sphere of influence: Multiple teams (20-50+ people)"],
        carried_by: In::Dim("leadership", F::Staff),
        we_say: &["20 to 50 or more people"],
    },
    Fact {
        source: "s4",
        seed_says: &["Frequency: Daily interaction with 5-10 people"],
        carried_by: In::Dim("communication", F::Senior),
        we_say: &["five to ten people"],
    },
    Fact {
        source: "s4",
        seed_says: &["Frequency: Weekly interaction with 30-50+ people"],
        carried_by: In::Dim("communication", F::Staff),
        we_say: &["30 to 50 or more people each week"],
    },
    Fact {
        source: "s4",
        seed_says: &["Explain same concept differently to engineers, PMs, and executives"],
        carried_by: In::Dim("communication", F::ExampleStaff),
        we_say: &["told three ways", "for engineers", "for PMs", "for a director"],
    },
    Fact {
        source: "s4",
        seed_says: &["Team influence: Mentor 2-3 engineers on your team"],
        carried_by: In::Dim("mentorship", F::Senior),
        we_say: &["two or three junior and mid-level teammates"],
    },
    Fact {
        source: "s1",
        seed_says: &["pairing on a problem, code review with helpful comments"],
        carried_by: In::Dim("mentorship", F::ExampleSenior),
        we_say: &["Pairing with a junior engineer", "reviewing their pull requests"],
    },
    Fact {
        source: "s0",
        seed_says: &["pulling them into design reviews, advocating for their promotions"],
        carried_by: In::Dim("mentorship", F::ExampleStaff),
        we_say: &["design review", "arguing for their promotion"],
    },
    Fact {
        source: "s1",
        seed_says: &["A bad senior call costs my team a sprint; a bad staff call can cost three teams a quarter"],
        carried_by: In::Dim("decisions", F::Change),
        we_say: &["three teams back by a quarter", "one team a sprint"],
    },
    Fact {
        source: "s1",
        seed_says: &["the architectural call I had made on a Tuesday meeting was going to determine the next year of three teams' work"],
        carried_by: In::Dim("decisions", F::ExampleStaff),
        we_say: &["single meeting", "three teams' work for the next year"],
    },
    Fact {
        source: "s4",
        seed_says: &["Technical leverage: Did you create reusable systems/patterns?", "Engineering culture: Did you raise the bar"],
        carried_by: In::Dim("impact", F::Staff),
        we_say: &["reusable systems and patterns (technical leverage)", "engineering culture"],
    },
    Fact {
        source: "s3",
        seed_says: &["RFC: New CI template", "Release failure rate cut 50%"],
        carried_by: In::Dim("impact", F::ExampleStaff),
        we_say: &["CI template", "halved release failures"],
    },
    Fact {
        source: "s3",
        seed_says: &["Error budget policy", "Incidents reduced 6 -> 2/qtr"],
        carried_by: In::Dim("risk", F::ExampleStaff),
        we_say: &["error-budget policy", "six to two a quarter"],
    },
    Fact {
        source: "s3",
        seed_says: &["You turn vague mandates (“improve reliability”) into measurable plans."],
        carried_by: In::Dim("ambiguity", F::ExampleStaff),
        we_say: &["'improve reliability'", "into a plan"],
    },
    Fact {
        source: "s3",
        seed_says: &["starter templates, CI/CD checks"],
        carried_by: In::Dim("quality", F::ExampleStaff),
        we_say: &["service template", "CI checks"],
    },
    Fact {
        source: "s3",
        seed_says: &["Migration and deprecation plans clear timelines, tooling, and communication to move dozens of teams"],
        carried_by: In::Dim("artifacts", F::ExampleStaff),
        we_say: &["deprecation plan", "timeline, tooling and communication"],
    },
    Fact {
        source: "s4",
        seed_says: &["Coding time: 50-70% of the week"],
        carried_by: In::Dim("artifacts", F::Senior),
        we_say: &["50-70% of the week"],
    },
    Fact {
        source: "s4",
        seed_says: &["Coding time: 20-40% of the week"],
        carried_by: In::Dim("artifacts", F::Staff),
        we_say: &["20-40% of the week"],
    },
    Fact {
        source: "s1",
        seed_says: &["lets a more junior engineer take the feature"],
        carried_by: In::Dim("autonomy", F::ExampleStaff),
        we_say: &["more junior engineer", "cross-team problem"],
    },
    Fact {
        source: "s4",
        seed_says: &["When someone has a question about your team’s services, you’re the go-to person."],
        carried_by: In::Dim("depth-vs-breadth", F::ExampleSenior),
        we_say: &["everyone asks", "team's payments service"],
    },
    Fact {
        source: "s4",
        seed_says: &["how the mobile team’s needs conflict with the API team’s abstractions"],
        carried_by: In::Dim("depth-vs-breadth", F::ExampleStaff),
        we_say: &["mobile team's needs", "API team"],
    },
    Fact {
        source: "s4",
        seed_says: &["“We should use Redis for caching, implement circuit breakers, and add comprehensive monitoring.”"],
        carried_by: In::Dim("problem-solving", F::ExampleSenior),
        we_say: &["Redis caching", "circuit breakers"],
    },
    Fact {
        source: "s4",
        seed_says: &["let’s create a caching library that all teams can use", "the next 10 features"],
        carried_by: In::Dim("problem-solving", F::ExampleStaff),
        we_say: &["one shared library", "next ten features"],
    },
    Fact {
        source: "s1",
        seed_says: &["A staff project might take six months to land, vs a senior feature that takes two weeks."],
        carried_by: In::Motivation("slower-feedback"),
        we_say: &["six months to land", "two weeks"],
    },
    // --- The 12 readiness statements (s3's self-check) ---
    Fact {
        source: "s3",
        seed_says: &["I’m driving an org-level problem this quarter."],
        carried_by: In::Readiness("org-problem"),
        we_say: &["This quarter I am driving a problem that matters to the organisation"],
    },
    Fact {
        source: "s3",
        seed_says: &["There’s a visible dashboard for it."],
        carried_by: In::Readiness("visible-dashboard"),
        we_say: &["dashboard anyone can open"],
    },
    Fact {
        source: "s3",
        seed_says: &["Another team uses my paved road without me."],
        carried_by: In::Readiness("paved-road-adopted"),
        we_say: &["other team runs on a paved road I built", "without needing my help"],
    },
    Fact {
        source: "s3",
        seed_says: &["I’ve led a cross-team RFC to decision."],
        carried_by: In::Readiness("cross-team-rfc"),
        we_say: &["RFC spanning several teams", "to a decision"],
    },
    Fact {
        source: "s3",
        seed_says: &["My standard is enforced in CI/policy."],
        carried_by: In::Readiness("standard-enforced"),
        we_say: &["enforced by CI or by policy"],
    },
    Fact {
        source: "s3",
        seed_says: &["I have before/after metrics tied to my work."],
        carried_by: In::Readiness("before-after-metrics"),
        we_say: &["before and after numbers", "my work"],
    },
    Fact {
        source: "s3",
        seed_says: &["Managers outside my team recognize me as DRI for the domain."],
        carried_by: In::Readiness("recognised-dri"),
        we_say: &["Managers of other teams", "DRI for my domain"],
    },
    Fact {
        source: "s3",
        seed_says: &["I say no to low-leverage projects."],
        carried_by: In::Readiness("say-no"),
        we_say: &["turn down projects", "leverage"],
    },
    Fact {
        source: "s3",
        seed_says: &["I sponsor at least one engineer through my system."],
        carried_by: In::Readiness("sponsor-engineer"),
        we_say: &["sponsor at least one other engineer", "system I built"],
    },
    Fact {
        source: "s3",
        seed_says: &["I publish quarterly memos."],
        carried_by: In::Readiness("quarterly-memos"),
        we_say: &["impact memo every quarter"],
    },
    Fact {
        source: "s3",
        seed_says: &["I’ve declined popular work and explained why."],
        carried_by: In::Readiness("declined-popular-work"),
        we_say: &["said no to work that others wanted", "explained my reasons"],
    },
    Fact {
        source: "s3",
        seed_says: &["I have a succession plan for my system."],
        carried_by: In::Readiness("succession-plan"),
        we_say: &["who will maintain and evolve my system"],
    },
    // --- The 30/60/90-day plan (s3): each phase's steps ---
    Fact {
        source: "s3",
        seed_says: &["Days 0–30: Define & Align", "Identify one high-leverage problem", "recurring outages, high infra costs, broken onboarding, or slow release cycles"],
        carried_by: In::Plan("define"),
        we_say: &["high-leverage problem", "repeat outages, rising infrastructure cost, slow onboarding or slow releases"],
    },
    Fact {
        source: "s3",
        seed_says: &["Write a 2-pager", "success metrics, principles, non-goals, and risks"],
        carried_by: In::Plan("define"),
        we_say: &["two-page brief", "measurable success criteria, guiding principles, what is out of scope and the main risks"],
    },
    Fact {
        source: "s3",
        seed_says: &["Validate your framing with adjacent leads, PMs, and managers", "“If we solved this, would it change your outcomes?”"],
        carried_by: In::Plan("define"),
        we_say: &["adjacent tech leads, PMs and managers", "would change their results"],
    },
    Fact {
        source: "s3",
        seed_says: &["Align with your manager. Make sure this work is recognized as Staff-level"],
        carried_by: In::Plan("define"),
        we_say: &["Agree with your manager", "not a side project"],
    },
    Fact {
        source: "s3",
        seed_says: &["Capture “before” baselines before you start."],
        carried_by: In::Plan("define"),
        we_say: &["Record baseline numbers before anything changes"],
    },
    Fact {
        source: "s3",
        seed_says: &["Days 31–60: Pilot & Prove", "Build a thin slice", "reference implementation, paved-road starter kit, or minimum viable tooling"],
        carried_by: In::Plan("pilot"),
        we_say: &["thin slice", "reference implementation, a paved-road starter kit or minimal tooling"],
    },
    Fact {
        source: "s3",
        seed_says: &["Partner with one motivated team to adopt it."],
        carried_by: In::Plan("pilot"),
        we_say: &["one motivated partner team"],
    },
    Fact {
        source: "s3",
        seed_says: &["Latency dropped? Setup time cut in half? Incidents avoided?"],
        carried_by: In::Plan("pilot"),
        we_say: &["against the baseline: latency, setup time or incidents avoided"],
    },
    Fact {
        source: "s3",
        seed_says: &["Publish a short memo or internal post showing outcomes and lessons."],
        carried_by: In::Plan("pilot"),
        we_say: &["short early write-up of results and lessons"],
    },
    Fact {
        source: "s3",
        seed_says: &["Adjust the system based on real adoption pain points."],
        carried_by: In::Plan("pilot"),
        we_say: &["friction the pilot team actually hit"],
    },
    Fact {
        source: "s3",
        seed_says: &["Days 61–90: Scale & Institutionalize", "Add docs, templates, CI checks, and migration playbooks"],
        carried_by: In::Plan("scale"),
        we_say: &["docs and templates, add CI checks and produce a migration playbook"],
    },
    Fact {
        source: "s3",
        seed_says: &["Create a simple dashboard and circulate monthly health/adoption metrics."],
        carried_by: In::Plan("scale"),
        we_say: &["simple dashboard", "health and adoption numbers every month"],
    },
    Fact {
        source: "s3",
        seed_says: &["Run brown-bags, host office hours, or publish internal blogs"],
        carried_by: In::Plan("scale"),
        we_say: &["brown-bag talks, office hours or internal posts"],
    },
    Fact {
        source: "s3",
        seed_says: &["Summarize impact, show metrics, highlight who adopted it, and propose next bets."],
        carried_by: In::Plan("scale"),
        we_say: &["quarterly memo on impact, metrics, adopting teams and proposed next bets"],
    },
    Fact {
        source: "s3",
        seed_says: &["Identify other engineers who can maintain or evolve the system so you can move on."],
        carried_by: In::Plan("scale"),
        we_say: &["run and evolve the system after you move on"],
    },
    // --- The ladder above Staff ---
    Fact {
        source: "s0",
        seed_says: &["Staff Engineer: Own a domain (2-3 teams worth of systems)"],
        carried_by: In::Ladder("staff"),
        we_say: &["A domain", "two or three teams"],
    },
    Fact {
        source: "s3",
        seed_says: &["Where Staff usually owns a domain (a set of systems"],
        carried_by: In::Ladder("staff"),
        we_say: &["A domain: the systems"],
    },
    Fact {
        source: "s0",
        seed_says: &["Senior Staff Engineer: Own a pillar (a major product area or infrastructure vertical)"],
        carried_by: In::Ladder("senior-staff"),
        we_say: &["A pillar", "major product area", "infrastructure vertical"],
    },
    Fact {
        source: "s0",
        seed_says: &["Principal Engineer: Shape the technical direction of an entire organization"],
        carried_by: In::Ladder("principal"),
        we_say: &["Technical direction for a whole engineering organisation"],
    },
    Fact {
        source: "s3",
        seed_says: &["Principal owns multiple domains or an entire function"],
        carried_by: In::Ladder("principal"),
        we_say: &["several domains or a whole function"],
    },
    Fact {
        source: "s0",
        seed_says: &["Distinguished Engineer: Shape the technical direction of the company"],
        carried_by: In::Ladder("distinguished"),
        we_say: &["Technical direction for the whole company"],
    },
    // --- Questions for a manager and for a mentor ---
    Fact {
        source: "s3",
        seed_says: &["“If I aim for Staff, which org-level problems would have the most impact?”"],
        carried_by: In::Note(L::ManagerQ, "org-problems"),
        we_say: &["If I go for Staff", "problems at the level of the organisation", "biggest difference"],
    },
    Fact {
        source: "s3",
        seed_says: &["“Which metrics would prove I’m operating at that level here?”"],
        carried_by: In::Note(L::ManagerQ, "metrics"),
        we_say: &["Which numbers would show", "working at that level"],
    },
    Fact {
        source: "s3",
        seed_says: &["“Looking at my current packet draft, where do you see gaps?”"],
        carried_by: In::Note(L::ManagerQ, "gaps"),
        we_say: &["draft of my packet", "where do you see the gaps"],
    },
    Fact {
        source: "s3",
        seed_says: &["“Who else should I involve or influence to show broader impact?”"],
        carried_by: In::Note(L::ManagerQ, "involve"),
        we_say: &["Whom else should I bring in or win over", "reach further"],
    },
    Fact {
        source: "s3",
        seed_says: &["It ensures you’re working on problems the organization actually values."],
        carried_by: In::Note(L::ManagerReason, "valued"),
        we_say: &["problems the organisation really values"],
    },
    Fact {
        source: "s3",
        seed_says: &["It helps you avoid spending months on projects that won’t be recognized."],
        carried_by: In::Note(L::ManagerReason, "recognised"),
        we_say: &["spending months", "never be recognised"],
    },
    Fact {
        source: "s3",
        seed_says: &["It creates a shared definition of “Staff-level” for your role and company."],
        carried_by: In::Note(L::ManagerReason, "shared-definition"),
        we_say: &["agree what Staff-level means", "your role at your company"],
    },
    Fact {
        source: "s2",
        seed_says: &["Ask your manager for the exact Staff Engineer expectations."],
        carried_by: In::Note(L::ManagerQ, "expectations"),
        we_say: &["What, exactly, does our ladder expect of a Staff engineer"],
    },
    Fact {
        source: "s0",
        seed_says: &["(typically a Director or VP)", "advocate for you in calibration meetings"],
        carried_by: In::Note(L::ManagerQ, "sponsor"),
        we_say: &["director or VP level", "calibration"],
    },
    Fact {
        source: "s3",
        seed_says: &["often across 2–3 quarters"],
        carried_by: In::Note(L::ManagerQ, "how-long"),
        we_say: &["two or three quarters"],
    },
    Fact {
        source: "s1",
        seed_says: &["\"What is the largest cross-team problem you have driven this quarter?\""],
        carried_by: In::Note(L::MentorQ, "largest-cross-team"),
        we_say: &["biggest problem spanning several teams that you drove this quarter"],
    },
    Fact {
        source: "s2",
        seed_says: &["If you cannot explain why the work mattered"],
        carried_by: In::Note(L::MentorQ, "why-it-mattered"),
        we_say: &["why did it matter to the business"],
    },
    Fact {
        source: "s3",
        seed_says: &["“If we solved this, would it change your outcomes?”"],
        carried_by: In::Note(L::MentorQ, "framing-tested"),
        we_say: &["would change their results"],
    },
    Fact {
        source: "s1",
        seed_says: &["the RFC, the postmortem, the design doc, the dashboard"],
        carried_by: In::Note(L::MentorQ, "artifact"),
        we_say: &["a design doc, an RFC, a postmortem, a dashboard"],
    },
    Fact {
        source: "s2",
        seed_says: &["Mentor engineers through the work instead of doing everything yourself"],
        carried_by: In::Note(L::MentorQ, "through-others"),
        we_say: &["help do the work rather than doing it yourself"],
    },
];

fn dimension(id: &str) -> &'static Dimension {
    CONTENT
        .dimension(id)
        .unwrap_or_else(|| panic!("no dimension {id}"))
}

/// The text a fact's entry shows, and the sources that entry cites.
fn carried(place: &In) -> (String, &'static [&'static str]) {
    match *place {
        In::Note(list, id) => {
            let n = list
                .entries()
                .into_iter()
                .find(|n| n.id == id)
                .unwrap_or_else(|| panic!("no {list:?} entry {id}"));
            (n.text.to_string(), n.sources)
        }
        In::Dim(id, field) => {
            let d = dimension(id);
            match field {
                F::Senior => (d.senior.to_string(), d.sources),
                F::Staff => (d.staff.to_string(), d.sources),
                F::Change => (d.change.to_string(), d.sources),
                F::Signals => (d.signals.join(" "), d.sources),
                F::Practice => (
                    format!("{} {}", d.practice_artifact(), d.practice_how()),
                    d.sources,
                ),
                F::ExampleSenior => (d.example_senior.to_string(), d.example_senior_sources),
                F::ExampleStaff => (d.example_staff.to_string(), d.example_staff_sources),
            }
        }
        In::Readiness(id) => {
            let r = CONTENT
                .readiness
                .iter()
                .find(|r| r.id == id)
                .unwrap_or_else(|| panic!("no readiness statement {id}"));
            (r.text.to_string(), r.sources)
        }
        In::Plan(id) => {
            let p = CONTENT
                .plan
                .iter()
                .find(|p| p.id == id)
                .unwrap_or_else(|| panic!("no plan phase {id}"));
            (format!("{} {}", p.goal, p.steps.join(" ")), p.sources)
        }
        In::Ladder(id) => {
            let s = CONTENT
                .ladder
                .iter()
                .find(|s| s.id == id)
                .unwrap_or_else(|| panic!("no ladder step {id}"));
            (s.owns.to_string(), s.sources)
        }
        In::Motivation(id) => {
            let m = CONTENT
                .motivation
                .iter()
                .find(|m| m.id == id)
                .unwrap_or_else(|| panic!("no motivation statement {id}"));
            (m.text.to_string(), m.sources)
        }
    }
}

/// The seeds' folder: `../shared/seeds` beside the repository (as in CI, where `../shared` sits
/// next to the clone), or the folder `STAFFCHECK_SEEDS` names (a checkout elsewhere, such as a
/// git worktree).
fn seeds_dir() -> std::path::PathBuf {
    std::env::var_os("STAFFCHECK_SEEDS").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"),
        std::path::PathBuf::from,
    )
}

/// The text of a seed. Missing seeds fail the test: the table cannot be checked without them.
fn seed_text(source: &str) -> String {
    let file = CONTENT
        .source(source)
        .unwrap_or_else(|| panic!("no source {source}"))
        .file;
    let path = seeds_dir().join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read seed {source} at {}: {e} (the seeds must sit in ../shared/seeds beside the repository, or set STAFFCHECK_SEEDS to their folder)",
            path.display()
        )
    })
}

#[test]
fn every_fact_in_the_table_is_carried_by_its_entry_and_cites_its_source() {
    for fact in FACTS {
        let (text, sources) = carried(&fact.carried_by);
        for words in fact.we_say {
            assert!(
                text.contains(words),
                "{:?} no longer says {words:?}: {text}",
                fact.carried_by
            );
        }
        assert!(
            sources.contains(&fact.source),
            "{:?} does not cite {}",
            fact.carried_by,
            fact.source
        );
    }
}

#[test]
fn the_table_quotes_what_the_seeds_really_say() {
    for fact in FACTS {
        let text = seed_text(fact.source);
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
fn every_sourced_statement_in_a_list_is_tied_to_a_fact_of_the_table() {
    for list in L::ALL {
        let entries = list.entries();
        assert!(!entries.is_empty(), "{list:?} is empty");
        for n in entries {
            let rows: Vec<&Fact> = FACTS
                .iter()
                .filter(|f| matches!(f.carried_by, In::Note(l, id) if id == n.id && std::mem::discriminant(&l) == std::mem::discriminant(&list)))
                .collect();
            assert!(
                !rows.is_empty(),
                "{list:?} {}: no fact of the table shows a seed saying it: {}",
                n.id,
                n.text
            );
            for s in n.sources {
                assert!(
                    rows.iter().any(|f| f.source == *s),
                    "{list:?} {} cites {s}, but no fact of the table shows {s} saying it",
                    n.id
                );
            }
        }
    }
}

#[test]
fn the_bar_and_the_twelve_statements_are_the_self_checks() {
    let s3 = seed_text("s3");
    assert!(s3.contains("Can you say “yes” to at least 8/12?"));
    assert_eq!(CONTENT.bar, 8, "the bar is 8 of s3's 12");
    assert_eq!(CONTENT.readiness.len(), 12);
    // s3's self-check lists exactly twelve statements, each tied to one of ours.
    let list = s3
        .split("Can you say “yes” to at least 8/12?")
        .nth(1)
        .and_then(|rest| rest.split("Remember:").next())
        .expect("s3's self-check");
    let statements: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|l| l.len() > 2)
        .collect();
    assert_eq!(statements.len(), 12, "{statements:?}");
    for seed_line in statements {
        let tied = FACTS.iter().any(|f| {
            matches!(f.carried_by, In::Readiness(_))
                && f.seed_says.iter().any(|w| seed_line.contains(w))
        });
        assert!(
            tied,
            "s3's {seed_line:?} is carried by no readiness statement"
        );
    }
    for r in CONTENT.readiness {
        assert!(
            FACTS
                .iter()
                .any(|f| matches!(f.carried_by, In::Readiness(id) if id == r.id)),
            "readiness {} is tied to no fact",
            r.id
        );
    }
}

#[test]
fn every_step_of_the_plan_is_tied_to_what_the_seed_says() {
    let s3 = seed_text("s3");
    let days: Vec<&str> = CONTENT.plan.iter().map(|p| p.days).collect();
    assert_eq!(days, ["0-30", "31-60", "61-90"]);
    for p in CONTENT.plan {
        assert!(
            s3.contains(&format!("Days {}", p.days.replace('-', "–"))),
            "s3 has no phase of days {}",
            p.days
        );
        for step in p.steps {
            let tied = FACTS.iter().any(|f| {
                matches!(f.carried_by, In::Plan(id) if id == p.id)
                    && f.we_say.iter().any(|w| step.contains(w))
            });
            assert!(tied, "plan {}: no fact of the table carries {step:?}", p.id);
        }
    }
}

#[test]
fn company_levels_are_the_seeds_names() {
    let names: Vec<(&str, &str, &str)> = CONTENT
        .companies
        .iter()
        .map(|c| (c.name, c.senior, c.staff))
        .collect();
    assert_eq!(
        names,
        [
            ("Google", "L5", "L6"),
            ("Meta", "E5", "E6"),
            ("Microsoft", "L62", "L63")
        ]
    );
    let s0 = seed_text("s0");
    assert!(s0.contains("(L5 at Google, E5 at Meta, L62 at Microsoft)"));
    assert!(s0.contains("(L6 / E6 / L63)"));
    assert!(CONTENT.companies.iter().all(|c| c.sources == ["s0"]));
}

#[test]
fn the_ladder_is_the_seeds_ladder_in_order() {
    let ids: Vec<&str> = CONTENT.ladder.iter().map(|s| s.id).collect();
    assert_eq!(ids, ["staff", "senior-staff", "principal", "distinguished"]);
    let s0 = seed_text("s0");
    let mut at = 0;
    for name in [
        "- Staff Engineer: Own a domain",
        "- Senior Staff Engineer: Own a pillar",
        "- Principal Engineer: Shape",
        "- Distinguished Engineer: Shape",
    ] {
        let found = s0[at..]
            .find(name)
            .unwrap_or_else(|| panic!("s0's ladder has no {name:?} after the step before"));
        at += found + name.len();
    }
    for s in CONTENT.ladder {
        for src in s.sources {
            assert!(
                FACTS
                    .iter()
                    .any(|f| matches!(f.carried_by, In::Ladder(id) if id == s.id)
                        && f.source == *src),
                "ladder {} cites {src}, but no fact of the table shows {src} saying it",
                s.id
            );
        }
    }
}

#[test]
fn the_weeks_time_shares_are_the_seeds_and_the_cross_team_share_is_one_authors() {
    let s4 = seed_text("s4");
    let s1 = seed_text("s1");
    let share = |level: &str| {
        let w = CONTENT.week(level).expect("week");
        (w.coding_min, w.coding_max, w.cross_team)
    };
    assert_eq!(share("senior"), (50, 70, 5));
    assert_eq!(share("staff"), (20, 40, 30));
    assert!(s4.contains("Coding time: 50-70% of the week"));
    assert!(s4.contains("Coding time: 20-40% of the week"));
    assert!(s1.contains("as a senior was about 5%; as a staff it was closer to 30%"));
    // s1 gives the cross-team share as the author's own: the figure's label says so.
    assert!(
        ui::week::CROSS_TEAM_SHARE.contains("one author"),
        "the cross-team figure is shown as level-wide: {}",
        ui::week::CROSS_TEAM_SHARE
    );
    for level in ["senior", "staff"] {
        assert!(CONTENT
            .week(level)
            .is_some_and(|w| w.sources.contains(&"s1") && w.sources.contains(&"s4")));
    }
}

#[test]
fn an_example_claims_a_source_only_where_the_table_shows_the_source_gives_it() {
    for d in CONTENT.dimensions {
        for (field, claimed) in [
            (F::ExampleSenior, d.example_senior_sources),
            (F::ExampleStaff, d.example_staff_sources),
        ] {
            let mut shown: Vec<&str> = FACTS
                .iter()
                .filter(|f| matches!(f.carried_by, In::Dim(id, x) if id == d.id && x == field))
                .map(|f| f.source)
                .collect();
            shown.sort_unstable();
            shown.dedup();
            let mut claimed = claimed.to_vec();
            claimed.sort_unstable();
            assert_eq!(
                claimed, shown,
                "{} {field:?}: the example's sources must be exactly those the table shows giving \
                 it (none, and so marked as our illustration, when no source does)",
                d.id
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
    let text = seed_text("s4");
    for figure in [
        "Base: \\(130K - \\)200K",
        "Total Comp: \\(180K - \\)300K",
        "Base: \\(170K - \\)250K",
        "Total Comp: \\(250K - \\)450K+",
    ] {
        assert!(text.contains(figure), "s4 does not give {figure}");
    }
}

#[test]
fn every_source_is_cited_by_a_title_its_text_carries() {
    for s in CONTENT.sources {
        let text = seed_text(s.id);
        let headline = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        assert_eq!(
            headline.trim(),
            s.title,
            "{} is cited as {:?}; its headline (first line) is {headline:?}",
            s.id,
            s.title
        );
    }
}

#[test]
fn every_reason_of_the_source_to_go_for_staff_or_stay_senior_is_carried() {
    // s4 lists six of each; the table ties each one to an entry.
    let tied = |list: &[Note], which: L| {
        list.iter()
            .filter(|n| {
                FACTS.iter().any(|f| {
                    matches!(f.carried_by, In::Note(l, id) if id == n.id
                        && std::mem::discriminant(&l) == std::mem::discriminant(&which))
                        && f.source == "s4"
                })
            })
            .count()
    };
    assert_eq!(tied(CONTENT.pursue_reasons(), L::Pursue), 6);
    assert_eq!(tied(CONTENT.stay_reasons(), L::Stay), 6);
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
    let text = seed_text("s4");
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
        let text = seed_text(source);
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
        let text = seed_text(s.id);
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

/// Words as both sides are compared: lowercase, letters and digits only (any other character,
/// apostrophes and hyphens included, separates words).
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Every string of a TOML value, with where it sits (`pitfall[6].text`).
fn strings<'a>(value: &'a toml::Value, at: String, out: &mut Vec<(String, &'a str)>) {
    match value {
        toml::Value::String(s) => out.push((at, s)),
        toml::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                strings(v, format!("{at}[{i}]"), out);
            }
        }
        toml::Value::Table(t) => {
            for (k, v) in t {
                let at = if at.is_empty() {
                    k.clone()
                } else {
                    format!("{at}.{k}")
                };
                strings(v, at, out);
            }
        }
        _ => {}
    }
}

/// The shortest run of words that counts as a sentence carried over from a seed.
const RUN: usize = 8;

#[test]
fn no_content_text_shares_a_run_of_eight_words_with_a_seed() {
    let mut runs: HashMap<Vec<String>, &str> = HashMap::new();
    for s in CONTENT.sources {
        let w = words(&seed_text(s.id));
        for run in w.windows(RUN) {
            runs.entry(run.to_vec()).or_insert(s.id);
        }
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("content/")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 6,
        "content files not found in {}",
        dir.display()
    );
    let mut found = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let text = std::fs::read_to_string(path).expect("content file");
        let value: toml::Value = toml::from_str(&text).expect("content parses");
        let mut texts = Vec::new();
        strings(&value, String::new(), &mut texts);
        for (at, s) in texts {
            // A source's title is cited, not written by us.
            if name == "sources.toml" && at.ends_with(".title") {
                continue;
            }
            let w = words(s);
            if let Some((run, source)) = w
                .windows(RUN)
                .find_map(|run| runs.get(run).map(|source| (run, source)))
            {
                found.push(format!(
                    "content/{name} {at}: \"{}\" is in {source}",
                    run.join(" ")
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "runs of {RUN} or more words taken from a seed (say it in our own words):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_run_test_compares_words_alike_on_both_sides() {
    // Curly and straight apostrophes, hyphens, case and punctuation all separate words the same
    // way, so a copied sentence cannot slip through by its typography.
    assert_eq!(
        words("You’re the GO-TO person, aren't you?"),
        ["you", "re", "the", "go", "to", "person", "aren", "t", "you"]
    );
    assert_eq!(
        words("2–4 quarters; 6-18 months"),
        ["2", "4", "quarters", "6", "18", "months"]
    );
}
