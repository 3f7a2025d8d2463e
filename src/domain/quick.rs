//! The quick check (`#/check`): the readiness statements alone, yes or not yet, and its verdict at
//! once. Its answers carry over into the full self-check ("go deeper"), never asked twice.

use std::collections::BTreeMap;

use crate::content::model::{Dimension, Readiness};
use crate::content::Content;
use crate::domain::answers::Answers;
use crate::domain::scoring::{score, ReadinessResult};

/// Every readiness statement of `content` answered: a "yes" stays yes, anything else (not yet, or
/// left open) is "not yet". Ids the content does not have are dropped.
pub fn completed(content: &Content, readiness: &BTreeMap<String, bool>) -> BTreeMap<String, bool> {
    let mut out = BTreeMap::new();
    for r in content.readiness {
        out.insert(
            r.id.to_string(),
            readiness.get(r.id).copied().unwrap_or(false),
        );
    }
    out
}

/// A statement answered "not yet", with the dimension it belongs to (whose practice is the one
/// thing to practise).
#[derive(Debug, PartialEq)]
pub struct NotYet {
    pub statement: &'static Readiness,
    pub dimension: Option<&'static Dimension>,
}

/// The quick check's verdict: the readiness count against the bar, and what decided it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuickVerdict {
    pub readiness: ReadinessResult,
}

impl QuickVerdict {
    /// The verdict of these answers (unanswered statements count as "not yet").
    pub fn of(content: &Content, readiness: &BTreeMap<String, bool>) -> QuickVerdict {
        let answers = Answers {
            readiness: readiness.clone(),
            ..Answers::default()
        };
        QuickVerdict {
            readiness: score(content, &answers).readiness,
        }
    }

    pub fn meets_bar(&self) -> bool {
        self.readiness.meets_bar()
    }

    /// How many more "yes" answers would reach the bar (0 once it is met).
    pub fn short_by(&self) -> u8 {
        self.readiness.bar.saturating_sub(self.readiness.count)
    }

    /// The statements that decided the verdict, in content order: those answered yes when it
    /// meets the bar, else those not yet true (any of them would have moved it).
    pub fn decided(&self) -> &[&'static str] {
        if self.meets_bar() {
            &self.readiness.yes
        } else {
            &self.readiness.not_yet
        }
    }

    /// Each statement not yet true, with its dimension, in content order.
    pub fn not_yet(&self, content: &Content) -> Vec<NotYet> {
        self.readiness
            .not_yet
            .iter()
            .filter_map(|id| content.readiness_statement(id))
            .map(|statement| NotYet {
                statement,
                dimension: content.dimension(statement.dimension),
            })
            .collect()
    }
}
