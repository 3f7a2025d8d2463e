//! The 30 / 60 / 90-day plan as a checklist: steps come from the content's phases and the latest
//! result's gaps; what is stored is the start day and the check-offs, keyed by step id, so a new
//! self-check changes the personal steps and keeps everything already done.

use serde::{Deserialize, Serialize};

use crate::content::{Content, Dimension, PlanPhase};
use crate::domain::day;

/// Days in the plan.
pub const PLAN_DAYS: i64 = 90;

/// What is stored about the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanProgress {
    /// The day the plan started, "YYYY-MM-DD".
    pub started: String,
    /// When the start was set (milliseconds; the later start wins a merge).
    pub started_at: f64,
    #[serde(default)]
    pub checks: Vec<Check>,
}

/// One step's state, as last set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub step: String,
    pub done: bool,
    /// When it was last set (milliseconds; the later setting wins a merge).
    pub at: f64,
}

/// What a step asks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StepKind {
    /// A step the content gives every plan.
    Common(&'static str),
    /// The phase's step aimed at one of the result's gaps: produce its practice artifact.
    Gap(&'static Dimension),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub id: String,
    pub phase: &'static PlanPhase,
    pub kind: StepKind,
}

/// The plan's steps for a result whose gaps are `gaps` (dimension ids, weakest first): every
/// phase's own steps, and phase `i` one more for gap `i`.
pub fn steps(content: &'static Content, gaps: &[&str]) -> Vec<Step> {
    let mut out = Vec::new();
    for (i, phase) in content.plan.iter().enumerate() {
        for (n, text) in phase.steps.iter().enumerate() {
            out.push(Step {
                id: format!("{}:{n}", phase.id),
                phase,
                kind: StepKind::Common(text),
            });
        }
        if let Some(d) = gaps.get(i).and_then(|id| content.dimension(id)) {
            out.push(Step {
                id: gap_step_id(phase.id, d.id),
                phase,
                kind: StepKind::Gap(d),
            });
        }
    }
    out
}

fn gap_step_id(phase: &str, dimension: &str) -> String {
    format!("{phase}:gap:{dimension}")
}

/// A step id that names a gap step, read back: (phase, dimension).
pub fn gap_step_of(
    content: &'static Content,
    id: &str,
) -> Option<(&'static PlanPhase, &'static Dimension)> {
    let (phase, dim) = id.split_once(":gap:")?;
    Some((
        content.plan.iter().find(|p| p.id == phase)?,
        content.dimension(dim)?,
    ))
}

impl PlanProgress {
    pub fn new(started: &str, now: f64) -> PlanProgress {
        PlanProgress {
            started: started.to_string(),
            started_at: now,
            checks: Vec::new(),
        }
    }

    pub fn is_done(&self, step: &str) -> bool {
        self.checks.iter().any(|c| c.step == step && c.done)
    }

    /// Marks `step` done or not done.
    pub fn set(&mut self, step: &str, done: bool, now: f64) {
        match self.checks.iter_mut().find(|c| c.step == step) {
            Some(c) => {
                c.done = done;
                c.at = now;
            }
            None => self.checks.push(Check {
                step: step.to_string(),
                done,
                at: now,
            }),
        }
    }

    /// Day N of the plan on `today` (1 on the start day); `None` when either date is unreadable or
    /// the start is after today.
    pub fn day(&self, today: &str) -> Option<i64> {
        let n = day::parse(today)? - day::parse(&self.started)? + 1;
        (n >= 1).then_some(n)
    }

    /// (done, total) over `steps`.
    pub fn progress(&self, steps: &[Step]) -> (usize, usize) {
        let done = steps.iter().filter(|s| self.is_done(&s.id)).count();
        (done, steps.len())
    }

    /// Steps done that the current plan no longer lists (a gap that closed since), oldest first.
    pub fn done_earlier<'a>(&'a self, steps: &[Step]) -> Vec<&'a Check> {
        self.checks
            .iter()
            .filter(|c| c.done && !steps.iter().any(|s| s.id == c.step))
            .collect()
    }
}

/// Whether the plan can start on `day`: a real day, not after `today`.
pub fn can_start(day: &str, today: &str) -> bool {
    matches!((day::parse(day), day::parse(today)), (Some(d), Some(t)) if d <= t)
}

/// Two copies of the plan made one: the later start wins; each step keeps its latest setting.
/// Merging the result with either input again changes nothing.
pub fn merge(ours: Option<&PlanProgress>, theirs: Option<&PlanProgress>) -> Option<PlanProgress> {
    let (ours, theirs) = match (ours, theirs) {
        (None, None) => return None,
        (Some(p), None) | (None, Some(p)) => return Some(p.clone()),
        (Some(a), Some(b)) => (a, b),
    };
    let mut out = if theirs.started_at > ours.started_at {
        PlanProgress {
            checks: ours.checks.clone(),
            ..theirs.clone()
        }
    } else {
        ours.clone()
    };
    for c in &theirs.checks {
        match out.checks.iter_mut().find(|o| o.step == c.step) {
            Some(o) if c.at > o.at => *o = c.clone(),
            Some(_) => {}
            None => out.checks.push(c.clone()),
        }
    }
    Some(out)
}
