//! The promotion packet, built from the visitor's own data: first the one-page summary over the
//! strongest projects (problem, outcomes with before and after figures, artifacts, adoption,
//! testimonials) and an appendix of where the proof lives, then the verdict and its trend, the
//! strongest projects, evidence per dimension (and the entries tied to none), the gaps and the
//! plan, and questions for a manager. Results saved from someone else's link never enter it.

use crate::content::{fill, ui::packet as text, Content, Dimension, Note};
use crate::domain::attempt::Attempt;
use crate::domain::day::iso_date;
use crate::domain::evidence::{count_for, newest_first, proof_kind, Evidence, Proof, STRONG_MAX};
use crate::domain::scoring::{score, Score};
use crate::domain::store::Envelope;
use crate::domain::tracker::{self, Step, StepKind};

/// One self-check in the trend.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    pub date: String,
    pub yes: u8,
    pub total: u8,
}

/// A dimension with its latest position and the evidence for it.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionEvidence<'a> {
    pub dimension: &'static Dimension,
    pub position: Option<u8>,
    pub entries: Vec<&'a Evidence>,
}

/// The one-page summary: the story at a glance, over the strongest projects.
#[derive(Clone, Debug, PartialEq)]
pub struct OnePager<'a> {
    /// The projects it is about: those picked as strongest, newest first; when none is picked,
    /// up to [`STRONG_MAX`] entries with the most written down for it (see
    /// [`Evidence::packet_weight`]).
    pub projects: Vec<&'a Evidence>,
    /// Whether `projects` are the picked ones (otherwise the fallback above).
    pub picked: bool,
    /// Projects with an outcome or a figure.
    pub outcomes: Vec<&'a Evidence>,
    /// Projects with a proof (a link or a place).
    pub artifacts: Vec<&'a Evidence>,
    /// Projects with the teams that adopted them.
    pub adoption: Vec<&'a Evidence>,
    /// Projects with a testimonial.
    pub testimonials: Vec<&'a Evidence>,
    /// Every entry of the log whose proof is a link or a place, newest first: the receipts.
    pub appendix: Vec<&'a Evidence>,
}

/// The one-page summary of `evidence`.
pub fn one_pager(evidence: &[Evidence]) -> OnePager<'_> {
    let log = newest_first(evidence);
    let picked: Vec<&Evidence> = log.iter().filter(|e| e.strong).copied().collect();
    let (projects, picked) = if picked.is_empty() {
        let mut v: Vec<&Evidence> = log.clone();
        // Stable: among equals, the newest stays first.
        crate::domain::sort::sort_by(&mut v, |a, b| b.packet_weight().cmp(&a.packet_weight()));
        v.truncate(STRONG_MAX);
        (v, false)
    } else {
        (picked, true)
    };
    let with = |keep: fn(&Evidence) -> bool| -> Vec<&Evidence> {
        projects.iter().filter(|e| keep(e)).copied().collect()
    };
    OnePager {
        outcomes: with(|e| !e.outcome.is_empty() || e.has_figures()),
        artifacts: with(|e| !e.proof.is_empty()),
        adoption: with(|e| !e.adopted_by.is_empty()),
        testimonials: with(|e| !e.quote.is_empty()),
        appendix: log
            .iter()
            .filter(|e| matches!(proof_kind(&e.proof), Proof::Link(_) | Proof::Place(_)))
            .copied()
            .collect(),
        projects,
        picked,
    }
}

/// An entry's figures in words: "45 min → 15 min", or one of them alone; `None` without either.
pub fn figures(e: &Evidence) -> Option<String> {
    match (e.before.is_empty(), e.after.is_empty()) {
        (false, false) => Some(fill(
            text::BEFORE_AFTER,
            &[("before", &e.before), ("after", &e.after)],
        )),
        (false, true) => Some(fill(text::BEFORE_ONLY, &[("before", &e.before)])),
        (true, false) => Some(fill(text::AFTER_ONLY, &[("after", &e.after)])),
        (true, true) => None,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Packet<'a> {
    /// The one-page summary, first in the packet.
    pub summary: OnePager<'a>,
    /// The latest of one's own results, scored.
    pub verdict: Option<Score>,
    /// One's own results, oldest first.
    pub trend: Vec<TrendPoint>,
    /// The entries chosen as the strongest projects, newest first.
    pub projects: Vec<&'a Evidence>,
    pub dimensions: Vec<DimensionEvidence<'a>>,
    /// The entries logged without a dimension (strongest or not), newest first: under a heading of
    /// their own, so that every entry is in the packet.
    pub undimensioned: Vec<&'a Evidence>,
    /// Readiness statements answered yes that no entry supports yet.
    pub unbacked: Vec<&'static str>,
    pub gaps: Vec<&'static Dimension>,
    /// The plan's steps and whether each is done.
    pub steps: Vec<(Step, bool)>,
    pub questions: &'static [Note],
    /// Why to ask them.
    pub reasons: &'static [Note],
}

/// One's own full self-checks (not saved from a link, not a quick check: it has no gaps or
/// positions to build on), oldest first.
pub fn own_attempts(envelope: &Envelope) -> Vec<&Attempt> {
    let mut v: Vec<&Attempt> = envelope
        .attempts
        .iter()
        .filter(|a| !a.from_link && !a.quick)
        .collect();
    crate::domain::sort::sort_by(&mut v, |a, b| a.finished_at.total_cmp(&b.finished_at));
    v
}

/// The statements one's own latest check answered yes, a quick check included (readiness is in
/// both): the evidence log asks for evidence of these first.
pub fn latest_yes(content: &Content, envelope: &Envelope) -> Vec<&'static str> {
    envelope
        .attempts
        .iter()
        .filter(|a| !a.from_link)
        .max_by(|a, b| a.finished_at.total_cmp(&b.finished_at))
        .map(|a| score(content, &a.answers).readiness.yes)
        .unwrap_or_default()
}

/// The gaps (dimension ids, weakest first) the plan is built on: the latest own result's.
pub fn plan_gaps(content: &Content, envelope: &Envelope) -> Vec<&'static str> {
    own_attempts(envelope).last().map_or_else(Vec::new, |a| {
        score(content, &a.answers)
            .gaps(content.plan.len())
            .iter()
            .map(|d| d.id)
            .collect()
    })
}

pub fn build<'a>(content: &'static Content, envelope: &'a Envelope) -> Packet<'a> {
    let own = own_attempts(envelope);
    let verdict = own.last().map(|a| score(content, &a.answers));
    let trend = own
        .iter()
        .map(|a| TrendPoint {
            date: iso_date(a.finished_at),
            yes: a.summary.readiness,
            total: a.summary.readiness_total,
        })
        .collect();
    let log = newest_first(&envelope.evidence);
    let projects = log.iter().filter(|e| e.strong).copied().collect();
    let dimensions = content
        .dimensions
        .iter()
        .map(|d| DimensionEvidence {
            dimension: d,
            position: verdict
                .as_ref()
                .and_then(|s| s.dimensions.iter().find(|x| x.id == d.id))
                .and_then(|x| x.position),
            entries: log
                .iter()
                .filter(|e| e.dimensions.iter().any(|x| x == d.id))
                .copied()
                .collect(),
        })
        .collect();
    let undimensioned = log
        .iter()
        .filter(|e| !e.dimensions.iter().any(|x| content.dimension(x).is_some()))
        .copied()
        .collect();
    let unbacked = verdict.as_ref().map_or_else(Vec::new, |s| {
        crate::domain::evidence::unbacked(&s.readiness.yes, &envelope.evidence)
    });
    let gap_ids = plan_gaps(content, envelope);
    let gaps = gap_ids
        .iter()
        .filter_map(|id| content.dimension(id))
        .collect();
    let steps = tracker::steps(content, &gap_ids)
        .into_iter()
        .map(|s| {
            let done = envelope.plan.as_ref().is_some_and(|p| p.is_done(&s.id));
            (s, done)
        })
        .collect();
    Packet {
        summary: one_pager(&envelope.evidence),
        verdict,
        trend,
        projects,
        dimensions,
        undimensioned,
        unbacked,
        gaps,
        steps,
        questions: content.manager_questions(),
        reasons: content.manager_reasons(),
    }
}

/// User text on one Markdown line.
fn line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn entry_md(out: &mut String, content: &Content, e: &Evidence) {
    out.push_str(&format!("- **{}** ({})", line(&e.title), e.date));
    if !e.outcome.is_empty() {
        out.push_str(&format!(": {}", line(&e.outcome)));
    }
    out.push('\n');
    if !e.proof.is_empty() {
        out.push_str(&format!("  - {} {}\n", text::PROOF, line(&e.proof)));
    }
    let dims: Vec<&str> = e
        .dimensions
        .iter()
        .filter_map(|id| content.dimension(id).map(|d| d.name))
        .collect();
    if !dims.is_empty() {
        out.push_str(&format!("  - {} {}\n", text::SUPPORTS, dims.join(", ")));
    }
}

/// One line per entry of `entries` (title, then `what`), or `none` when there is none.
fn section_md(
    out: &mut String,
    heading: &str,
    entries: &[&Evidence],
    none: &str,
    what: impl Fn(&Evidence) -> String,
) {
    out.push_str(&format!("### {heading}\n\n"));
    if entries.is_empty() {
        out.push_str(&format!("{none}\n\n"));
        return;
    }
    for e in entries {
        let w = what(e);
        if w.is_empty() {
            out.push_str(&format!("- **{}** ({})\n", line(&e.title), e.date));
        } else {
            out.push_str(&format!("- **{}**: {w}\n", line(&e.title)));
        }
    }
    out.push('\n');
}

/// What an entry's outcome line says: the outcome and the figures.
pub fn outcome_line(e: &Evidence) -> String {
    let mut parts = Vec::new();
    if let Some(f) = figures(e) {
        parts.push(f);
    }
    if !e.outcome.is_empty() {
        parts.push(e.outcome.clone());
    }
    parts.join("; ")
}

fn summary_md(out: &mut String, content: &Content, s: &OnePager<'_>) {
    out.push_str(&format!("## {}\n\n", text::SUMMARY));
    if s.projects.is_empty() {
        out.push_str(&format!("{}\n\n", text::SUMMARY_EMPTY));
    } else if s.picked {
        out.push_str(&format!("{}\n\n", text::SUMMARY_PICKED));
    } else {
        out.push_str(&format!("{}\n\n", text::SUMMARY_FALLBACK));
    }
    section_md(out, text::PROBLEM, &s.projects, text::PROBLEM_NONE, |e| {
        let dims: Vec<&str> = e
            .dimensions
            .iter()
            .filter_map(|id| content.dimension(id).map(|d| d.name))
            .collect();
        let mut w = e.date.clone();
        if !dims.is_empty() {
            w = format!("{w}; {} {}", text::SUPPORTS, dims.join(", "));
        }
        w
    });
    section_md(out, text::OUTCOMES, &s.outcomes, text::OUTCOMES_NONE, |e| {
        line(&outcome_line(e))
    });
    section_md(
        out,
        text::ARTIFACTS,
        &s.artifacts,
        text::ARTIFACTS_NONE,
        |e| line(&e.proof),
    );
    section_md(out, text::ADOPTION, &s.adoption, text::ADOPTION_NONE, |e| {
        line(&e.adopted_by)
    });
    section_md(
        out,
        text::TESTIMONIALS,
        &s.testimonials,
        text::TESTIMONIALS_NONE,
        quote_line,
    );
    out.push_str(&format!("## {}\n\n", text::APPENDIX));
    if s.appendix.is_empty() {
        out.push_str(&format!("{}\n\n", text::APPENDIX_NONE));
    } else {
        for e in &s.appendix {
            out.push_str(&format!("- {}: {}\n", line(&e.title), line(&e.proof)));
        }
        out.push('\n');
    }
}

/// A testimonial on one line, with who said it.
pub fn quote_line(e: &Evidence) -> String {
    fill(
        text::QUOTE_BY,
        &[("quote", &line(&e.quote)), ("by", &line(&e.quote_by))],
    )
}

/// The packet as Markdown, dated `today`.
pub fn markdown(content: &'static Content, packet: &Packet<'_>, today: &str) -> String {
    let mut out = format!("# {}\n\n", fill(text::TITLE, &[("date", today)]));
    summary_md(&mut out, content, &packet.summary);
    out.push_str(&format!("## {}\n\n", text::VERDICT));
    match &packet.verdict {
        Some(s) => {
            let verdict = if s.readiness.meets_bar() {
                text::MEETS_BAR
            } else {
                text::BELOW_BAR
            };
            out.push_str(&fill(
                text::READINESS,
                &[
                    ("yes", &s.readiness.count.to_string()),
                    ("total", &s.readiness.total.to_string()),
                    ("bar", &s.readiness.bar.to_string()),
                    ("verdict", verdict),
                ],
            ));
            out.push_str("\n\n");
            if packet.trend.len() > 1 {
                out.push_str(&format!("{}\n\n", text::TREND));
                for p in &packet.trend {
                    out.push_str(&format!("- {}: {} / {}\n", p.date, p.yes, p.total));
                }
                out.push('\n');
            }
        }
        None => out.push_str(&format!("{}\n\n", text::NO_RESULT)),
    }
    out.push_str(&format!("## {}\n\n", text::PROJECTS));
    if packet.projects.is_empty() {
        out.push_str(&format!("{}\n\n", text::NO_PROJECTS));
    } else {
        for e in &packet.projects {
            entry_md(&mut out, content, e);
        }
        out.push('\n');
    }
    out.push_str(&format!("## {}\n\n", text::BY_DIMENSION));
    for d in &packet.dimensions {
        let position = d
            .position
            .map_or_else(|| text::NOT_ANSWERED.to_string(), |p| format!("{p}/100"));
        out.push_str(&format!("### {} ({position})\n\n", d.dimension.name));
        if d.entries.is_empty() {
            out.push_str(&format!("{}\n\n", text::NO_EVIDENCE));
        } else {
            for e in &d.entries {
                entry_md(&mut out, content, e);
            }
            out.push('\n');
        }
    }
    if !packet.undimensioned.is_empty() {
        out.push_str(&format!("## {}\n\n", text::UNDIMENSIONED));
        for e in &packet.undimensioned {
            entry_md(&mut out, content, e);
        }
        out.push('\n');
    }
    if !packet.unbacked.is_empty() {
        out.push_str(&format!("## {}\n\n", text::UNBACKED));
        for id in &packet.unbacked {
            if let Some(r) = content.readiness_statement(id) {
                out.push_str(&format!("- {}\n", r.text));
            }
        }
        out.push('\n');
    }
    out.push_str(&format!("## {}\n\n", text::GAPS));
    if packet.gaps.is_empty() {
        out.push_str(&format!("{}\n\n", text::NO_GAPS));
    } else {
        for d in &packet.gaps {
            out.push_str(&format!("- **{}:** {}\n", d.name, d.practice_artifact()));
        }
        out.push('\n');
    }
    out.push_str(&format!("## {}\n\n", text::PLAN));
    for (s, done) in &packet.steps {
        let what = match s.kind {
            StepKind::Common(t) => t.to_string(),
            StepKind::Gap(d) => format!("{} {}", d.name, d.practice_artifact()),
        };
        let mark = if *done { "x" } else { " " };
        out.push_str(&format!("- [{mark}] {} {what}\n", s.phase.title));
    }
    out.push_str(&format!("\n## {}\n\n", text::QUESTIONS));
    for q in packet.questions {
        out.push_str(&format!("- {}\n", q.text));
    }
    if !packet.reasons.is_empty() {
        out.push_str(&format!("\n{}\n\n", text::WHY_ASK));
        for r in packet.reasons {
            out.push_str(&format!("- {}\n", r.text));
        }
    }
    out
}

/// How many entries support each dimension, in content order (the explorer and results show it).
pub fn evidence_counts(content: &Content, evidence: &[Evidence]) -> Vec<(&'static str, usize)> {
    content
        .dimensions
        .iter()
        .map(|d| (d.id, count_for(evidence, d.id)))
        .collect()
}
