//! One finished self-check as stored: its id, the answers, and the summary scored when it was
//! finished.

use serde::{Deserialize, Serialize};

use crate::content::Content;
use crate::domain::answers::Answers;
use crate::domain::fingerprint::{answers_json, fnv1a};
use crate::domain::json::is_false;
use crate::domain::scoring::{score, Summary, SCORING_VERSION};

/// One finished self-check.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Stable identity: finish time and a fingerprint of the answers (import merges on it).
    pub id: String,
    /// Milliseconds since the Unix epoch.
    pub finished_at: f64,
    pub content_version: String,
    pub scoring_version: u32,
    pub answers: Answers,
    pub summary: Summary,
    /// Someone else's result, saved from a share link: never part of one's own packet.
    #[serde(default, skip_serializing_if = "is_false")]
    pub from_link: bool,
    /// A quick check (`#/check`): the readiness statements only, so no dimension scores, no
    /// overall position and no band (schema 5).
    #[serde(default, skip_serializing_if = "is_false")]
    pub quick: bool,
}

impl Attempt {
    pub fn new(content: &Content, answers: Answers, finished_at: f64) -> Attempt {
        let summary = score(content, &answers).summary();
        let fingerprint = fnv1a(&answers_json(&answers));
        Attempt {
            id: format!("{:x}-{fingerprint:08x}", finished_at.max(0.0) as u64),
            finished_at,
            content_version: content.version.to_string(),
            scoring_version: SCORING_VERSION,
            answers,
            summary,
            from_link: false,
            quick: false,
        }
    }

    /// A finished quick check: every readiness statement answered (one left open counts as
    /// "not yet", as in scoring), nothing else.
    pub fn quick(
        content: &Content,
        readiness: &std::collections::BTreeMap<String, bool>,
        finished_at: f64,
    ) -> Attempt {
        let answers = Answers {
            readiness: crate::domain::quick::completed(content, readiness),
            ..Answers::default()
        };
        Attempt {
            quick: true,
            ..Attempt::new(content, answers, finished_at)
        }
    }
}
