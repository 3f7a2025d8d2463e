//! The promotion packet: one page built from the visitor's own data — the verdict and its trend,
//! the strongest projects, evidence per dimension (and the entries tied to none), the gaps and the plan, and questions for a
//! manager. Results saved from someone else's link never enter it.

use crate::content::{fill, ui::packet as text, Content, Dimension, Note};
use crate::domain::attempt::Attempt;
use crate::domain::day::iso_date;
use crate::domain::evidence::{count_for, newest_first, Evidence};
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

#[derive(Clone, Debug, PartialEq)]
pub struct Packet<'a> {
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

/// The packet as Markdown, dated `today`.
pub fn markdown(content: &'static Content, packet: &Packet<'_>, today: &str) -> String {
    let mut out = format!("# {}\n\n", fill(text::TITLE, &[("date", today)]));
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
            if let Some(r) = content.readiness.iter().find(|r| r.id == *id) {
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
