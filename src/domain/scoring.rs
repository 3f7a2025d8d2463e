//! Scoring: from answers to readiness, per-dimension positions, a band and the diagnoses.
//!
//! The model, in plain words (the "How is this scored?" page says the same):
//! - **Readiness** counts the statements answered "yes"; an unanswered statement counts as
//!   "not yet". Meeting the bar (8 of 12) is the readiness verdict.
//! - **Position** on a dimension runs from 0 (the Senior description fits) to 100 (the Staff
//!   description fits). Scale point 1..=5 maps to 0, 25, 50, 75, 100; a figure item adds its
//!   option's position; the dimension's position is the mean of its answered items.
//! - **Overall** is the mean of the answered dimensions' positions.
//! - **Band**: below `BAND_PATH` "working at Senior level", from `BAND_PATH` "on the Staff
//!   path", from `BAND_STAFF` "operating at Staff level".
//! - **Wrong axis**: cross-team dimensions (scope, influence, artifacts) below `BAND_PATH` while
//!   the depth-and-delivery dimensions sit at least `WRONG_AXIS_GAP` points higher.
//! - **Motivation** is reported on its own and never enters readiness or position.
//!
//! Positions are rounded half up. Every number stays within 0..=100.

use serde::{Deserialize, Serialize};

use crate::content::{ui, Content};
use crate::domain::answers::{Answers, SCALE_MAX, SCALE_MIN};
use crate::domain::sort::sort_by_key;

/// Bumped whenever the rules above change; every attempt records it.
pub const SCORING_VERSION: u32 = 1;
/// Where the Staff description starts to fit (scale point 4): the target drawn on the chart.
pub const TARGET: u8 = 75;
pub const BAND_PATH: u8 = 40;
pub const BAND_STAFF: u8 = 70;
pub const WRONG_AXIS_GAP: u8 = 25;
pub const CROSS_TEAM: [&str; 3] = ["scope", "influence", "artifacts"];
pub const DEPTH_AND_DELIVERY: [&str; 4] = ["quality", "problem-solving", "autonomy", "decisions"];
pub const MOTIVATION_DRAWN: u8 = 70;
pub const MOTIVATION_MIXED: u8 = 40;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    Senior,
    Path,
    Staff,
}

impl Band {
    pub fn of(overall: u8) -> Band {
        if overall >= BAND_STAFF {
            Band::Staff
        } else if overall >= BAND_PATH {
            Band::Path
        } else {
            Band::Senior
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Band::Senior => ui::band::SENIOR,
            Band::Path => ui::band::PATH,
            Band::Staff => ui::band::STAFF,
        }
    }

    pub fn explanation(self) -> &'static str {
        match self {
            Band::Senior => ui::band::SENIOR_EXPLANATION,
            Band::Path => ui::band::PATH_EXPLANATION,
            Band::Staff => ui::band::STAFF_EXPLANATION,
        }
    }

    /// The explanation about someone else (`{who}`/`{whose}` left for `content::voice`).
    pub fn explanation_them(self) -> &'static str {
        match self {
            Band::Senior => ui::band::SENIOR_EXPLANATION_THEM,
            Band::Path => ui::band::PATH_EXPLANATION_THEM,
            Band::Staff => ui::band::STAFF_EXPLANATION_THEM,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MotivationFit {
    Drawn,
    Mixed,
    Cautious,
}

impl MotivationFit {
    pub fn of(score: u8) -> MotivationFit {
        if score >= MOTIVATION_DRAWN {
            MotivationFit::Drawn
        } else if score >= MOTIVATION_MIXED {
            MotivationFit::Mixed
        } else {
            MotivationFit::Cautious
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MotivationFit::Drawn => ui::motivation_fit::DRAWN,
            MotivationFit::Mixed => ui::motivation_fit::MIXED,
            MotivationFit::Cautious => ui::motivation_fit::CAUTIOUS,
        }
    }

    pub fn explanation(self) -> &'static str {
        match self {
            MotivationFit::Drawn => ui::motivation_fit::DRAWN_EXPLANATION,
            MotivationFit::Mixed => ui::motivation_fit::MIXED_EXPLANATION,
            MotivationFit::Cautious => ui::motivation_fit::CAUTIOUS_EXPLANATION,
        }
    }

    /// The label about someone else (`{who}` left for `content::voice`).
    pub fn label_them(self) -> &'static str {
        match self {
            MotivationFit::Drawn => ui::motivation_fit::DRAWN_THEM,
            MotivationFit::Mixed => ui::motivation_fit::MIXED,
            MotivationFit::Cautious => ui::motivation_fit::CAUTIOUS_THEM,
        }
    }

    /// The explanation about someone else.
    pub fn explanation_them(self) -> &'static str {
        match self {
            MotivationFit::Drawn => ui::motivation_fit::DRAWN_EXPLANATION_THEM,
            MotivationFit::Mixed => ui::motivation_fit::MIXED_EXPLANATION_THEM,
            MotivationFit::Cautious => ui::motivation_fit::CAUTIOUS_EXPLANATION_THEM,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadinessResult {
    /// Statements answered yes, in content order.
    pub yes: Vec<&'static str>,
    /// Statements answered "not yet" or left unanswered, in content order.
    pub not_yet: Vec<&'static str>,
    pub count: u8,
    pub total: u8,
    pub bar: u8,
}

impl ReadinessResult {
    pub fn meets_bar(&self) -> bool {
        self.count >= self.bar
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionScore {
    pub id: &'static str,
    pub name: &'static str,
    /// 0..=100, or None when none of its items was answered.
    pub position: Option<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrongAxis {
    pub cross_team: u8,
    pub depth: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    pub readiness: ReadinessResult,
    pub dimensions: Vec<DimensionScore>,
    pub overall: Option<u8>,
    pub wrong_axis: Option<WrongAxis>,
    pub motivation: Option<u8>,
}

/// The mean of `values`, rounded half up; None for no values.
fn mean(values: &[u32]) -> Option<u8> {
    let n = u32::try_from(values.len()).ok().filter(|n| *n > 0)?;
    let sum: u32 = values.iter().sum();
    u8::try_from((sum * 2 + n) / (2 * n))
        .ok()
        .map(|v| v.min(100))
}

/// Scale point 1..=5 to 0..=100.
pub fn scale_position(point: u8) -> u32 {
    u32::from(point.clamp(SCALE_MIN, SCALE_MAX) - SCALE_MIN) * 100
        / u32::from(SCALE_MAX - SCALE_MIN)
}

pub fn score(content: &Content, answers: &Answers) -> Score {
    let mut yes = Vec::new();
    let mut not_yet = Vec::new();
    for r in content.readiness {
        if answers.readiness.get(r.id).copied().unwrap_or(false) {
            yes.push(r.id);
        } else {
            not_yet.push(r.id);
        }
    }
    let readiness = ReadinessResult {
        count: u8::try_from(yes.len()).unwrap_or(u8::MAX),
        total: u8::try_from(content.readiness.len()).unwrap_or(u8::MAX),
        bar: content.bar,
        yes,
        not_yet,
    };

    let dimensions: Vec<DimensionScore> = content
        .dimensions
        .iter()
        .map(|d| {
            let mut values: Vec<u32> = answers
                .scale
                .get(d.id)
                .map(|p| scale_position(*p))
                .into_iter()
                .collect();
            for f in content.figures.iter().filter(|f| f.dimension == d.id) {
                let chosen = answers
                    .figures
                    .get(f.id)
                    .and_then(|i| f.options.get(usize::from(*i)));
                if let Some(o) = chosen {
                    values.push(u32::from(o.position.min(100)));
                }
            }
            DimensionScore {
                id: d.id,
                name: d.name,
                position: mean(&values),
            }
        })
        .collect();

    let answered: Vec<u32> = dimensions
        .iter()
        .filter_map(|d| d.position.map(u32::from))
        .collect();
    let overall = mean(&answered);

    let group = |ids: &[&str]| -> Option<u8> {
        let values: Vec<u32> = dimensions
            .iter()
            .filter(|d| ids.contains(&d.id))
            .filter_map(|d| d.position.map(u32::from))
            .collect();
        mean(&values)
    };
    let wrong_axis = match (group(&CROSS_TEAM), group(&DEPTH_AND_DELIVERY)) {
        (Some(cross), Some(depth)) if cross < BAND_PATH && depth >= cross + WRONG_AXIS_GAP => {
            Some(WrongAxis {
                cross_team: cross,
                depth,
            })
        }
        _ => None,
    };

    let motivation_values: Vec<u32> = content
        .motivation
        .iter()
        .filter_map(|m| answers.motivation.get(m.id))
        .map(|p| scale_position(*p))
        .collect();

    Score {
        readiness,
        dimensions,
        overall,
        wrong_axis,
        motivation: mean(&motivation_values),
    }
}

impl Score {
    pub fn band(&self) -> Option<Band> {
        self.overall.map(Band::of)
    }

    pub fn motivation_fit(&self) -> Option<MotivationFit> {
        self.motivation.map(MotivationFit::of)
    }

    /// Answered dimensions, highest position first (content order breaks ties).
    fn ranked(&self) -> Vec<&DimensionScore> {
        let mut v: Vec<&DimensionScore> = self
            .dimensions
            .iter()
            .filter(|d| d.position.is_some())
            .collect();
        sort_by_key(&mut v, |d| std::cmp::Reverse(d.position));
        v
    }

    /// Up to `n` strongest dimensions that are at least on the path (position >= BAND_PATH).
    pub fn strengths(&self, n: usize) -> Vec<&DimensionScore> {
        self.ranked()
            .into_iter()
            .filter(|d| d.position >= Some(BAND_PATH))
            .take(n)
            .collect()
    }

    /// Up to `n` weakest dimensions below the Staff target, weakest first.
    pub fn gaps(&self, n: usize) -> Vec<&DimensionScore> {
        let mut v: Vec<&DimensionScore> = self
            .dimensions
            .iter()
            .filter(|d| d.position.is_some_and(|p| p < TARGET))
            .collect();
        sort_by_key(&mut v, |d| d.position);
        v.truncate(n);
        v
    }
}

/// The numbers of a score, as stored with an attempt and carried in share links.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub readiness: u8,
    pub readiness_total: u8,
    pub bar: u8,
    pub overall: Option<u8>,
    pub band: Option<Band>,
    pub motivation: Option<u8>,
    /// Dimension id -> position, for the answered dimensions.
    pub positions: std::collections::BTreeMap<String, u8>,
}

impl Score {
    pub fn summary(&self) -> Summary {
        Summary {
            readiness: self.readiness.count,
            readiness_total: self.readiness.total,
            bar: self.readiness.bar,
            overall: self.overall,
            band: self.band(),
            motivation: self.motivation,
            positions: {
                // Inserted one by one: `collect()` into a BTreeMap would compile a whole sort.
                let mut positions = std::collections::BTreeMap::new();
                for d in &self.dimensions {
                    if let Some(p) = d.position {
                        positions.insert(d.id.to_string(), p);
                    }
                }
                positions
            },
        }
    }
}
