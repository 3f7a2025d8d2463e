//! A visitor's answers, keyed by content ids so they survive content changes.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The points of the 5-point scales (1 = the Senior description, 5 = the Staff description).
pub const SCALE_MIN: u8 = 1;
pub const SCALE_MAX: u8 = 5;
/// The longest private note kept per readiness statement, in characters.
pub const NOTE_MAX: usize = 500;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// Readiness statement id -> yes (true) / not yet (false).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub readiness: BTreeMap<String, bool>,
    /// Readiness statement id -> a private "when I did this" note.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
    /// Dimension id -> 1..=5 between the Senior and the Staff description.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub scale: BTreeMap<String, u8>,
    /// Figure id -> index of the chosen option.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub figures: BTreeMap<String, u8>,
    /// Motivation id -> 1..=5 (disagree .. agree).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub motivation: BTreeMap<String, u8>,
}

/// One item of the quiz, for setting, clearing and listing answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Readiness(&'static str),
    Scale(&'static str),
    Figure(&'static str),
    Motivation(&'static str),
}

impl Answers {
    /// Whether `item` has an answer.
    pub fn has(&self, item: &Item) -> bool {
        match item {
            Item::Readiness(id) => self.readiness.contains_key(*id),
            Item::Scale(id) => self.scale.contains_key(*id),
            Item::Figure(id) => self.figures.contains_key(*id),
            Item::Motivation(id) => self.motivation.contains_key(*id),
        }
    }

    /// Removes the answer to `item` (the visitor skipped it after all).
    pub fn clear(&mut self, item: &Item) {
        match item {
            Item::Readiness(id) => {
                self.readiness.remove(*id);
            }
            Item::Scale(id) => {
                self.scale.remove(*id);
            }
            Item::Figure(id) => {
                self.figures.remove(*id);
            }
            Item::Motivation(id) => {
                self.motivation.remove(*id);
            }
        }
    }

    /// Sets a note, trimmed to `NOTE_MAX` characters; an empty note is removed.
    pub fn set_note(&mut self, id: &str, note: &str) {
        let note: String = note.chars().take(NOTE_MAX).collect();
        if note.trim().is_empty() {
            self.notes.remove(id);
        } else {
            self.notes.insert(id.to_string(), note);
        }
    }

    /// Drops answers outside their ranges (e.g. from edited storage), so scoring never sees them.
    pub fn sanitised(mut self) -> Self {
        self.scale
            .retain(|_, v| (SCALE_MIN..=SCALE_MAX).contains(v));
        self.motivation
            .retain(|_, v| (SCALE_MIN..=SCALE_MAX).contains(v));
        self.notes.retain(|_, n| n.chars().count() <= NOTE_MAX);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.readiness.is_empty()
            && self.scale.is_empty()
            && self.figures.is_empty()
            && self.motivation.is_empty()
            && self.notes.is_empty()
    }
}
