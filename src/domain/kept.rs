//! What this browser keeps, in plain words for the data screen (`#/data`): one's own self-checks,
//! the case (evidence, plan), the people a mentor follows; whether storage is working; sizes.

use crate::content::{fill, ui::data_page as text};
use crate::domain::store::{Envelope, Notice};

/// Counts of everything the envelope holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Kept {
    /// One's own finished self-checks.
    pub attempts: usize,
    /// A self-check started and not finished.
    pub in_progress: bool,
    pub evidence: usize,
    /// An evidence entry being written, not saved yet.
    pub evidence_draft: bool,
    /// The plan's start day and how many steps are checked off, once it has started.
    pub plan: Option<(String, usize)>,
    pub people: usize,
    /// The people's self-checks, all together.
    pub checkins: usize,
    /// How many people have private notes.
    pub notes: usize,
    /// Copies of data that could not be read, set aside beside the entry (`BACKUP_PREFIX`
    /// keys; not in the envelope: the page counts them).
    pub backups: usize,
}

impl Kept {
    pub fn of(envelope: &Envelope) -> Kept {
        Kept {
            attempts: envelope.attempts.len(),
            in_progress: envelope.in_progress.is_some(),
            evidence: envelope.evidence.len(),
            evidence_draft: envelope.evidence_draft.is_some(),
            plan: envelope.plan.as_ref().map(|p| {
                let done = p.checks.iter().filter(|c| c.done).count();
                (p.started.clone(), done)
            }),
            people: envelope.people.len(),
            checkins: envelope.people.iter().map(|p| p.checkins.len()).sum(),
            notes: envelope
                .people
                .iter()
                .filter(|p| !p.notes.trim().is_empty())
                .count(),
            backups: 0,
        }
    }

    /// Whether an export would hold anything: own self-checks, evidence, the plan or people (work
    /// in progress is not exported).
    pub fn exportable(&self) -> bool {
        self.attempts > 0 || self.evidence > 0 || self.plan.is_some() || self.people > 0
    }

    /// Whether nothing at all is kept, work in progress and unreadable copies included.
    pub fn is_empty(&self) -> bool {
        !self.exportable() && !self.in_progress && !self.evidence_draft && self.backups == 0
    }

    /// One line per kind of thing kept, in words ("3 self-checks of your own"); empty when nothing
    /// is kept.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.attempts > 0 {
            out.push(count(self.attempts, text::ONE_ATTEMPT, text::ATTEMPTS));
        }
        if self.in_progress {
            out.push(text::IN_PROGRESS.to_string());
        }
        if self.evidence > 0 {
            out.push(count(self.evidence, text::ONE_ENTRY, text::ENTRIES));
        }
        if self.evidence_draft {
            out.push(text::DRAFT.to_string());
        }
        if let Some((day, done)) = &self.plan {
            let steps = count(*done, text::ONE_STEP, text::STEPS);
            out.push(fill(text::PLAN, &[("day", day), ("steps", &steps)]));
        }
        if self.people > 0 {
            let people = count(self.people, text::ONE_PERSON, text::PEOPLE);
            if self.checkins == 0 {
                out.push(people);
            } else {
                let checkins = count(self.checkins, text::ONE_CHECKIN, text::CHECKINS);
                out.push(fill(
                    text::PEOPLE_LINE,
                    &[("people", &people), ("checkins", &checkins)],
                ));
            }
        }
        if self.notes > 0 {
            out.push(count(self.notes, text::ONE_NOTES, text::NOTES));
        }
        if self.backups > 0 {
            out.push(count(self.backups, text::ONE_BACKUP, text::BACKUPS));
        }
        out
    }
}

/// `one` for 1, else `many` with `{n}` filled in.
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        one.to_string()
    } else {
        fill(many, &[("n", &n.to_string())])
    }
}

/// Whether storage is keeping what the visitor does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Health {
    /// Every change is saved.
    Working,
    /// The browser lets nothing be stored: everything lasts only for this page.
    Blocked,
    /// Storage holds data of a newer version: shown, never written over.
    ReadOnly { schema: u32 },
    /// The last save did not fit; what was saved before is intact.
    Full,
    /// The last save failed for another reason.
    Failing(String),
    /// Saving is off in this tab (unreadable data left in place, or a notice dismissed).
    NotSaving,
}

impl Health {
    /// From the store's `writable` and its notice (the notice wins: it says why).
    pub fn of(writable: bool, notice: Option<&Notice>) -> Health {
        match notice {
            Some(Notice::Unavailable) => Health::Blocked,
            Some(Notice::Newer { schema }) => Health::ReadOnly { schema: *schema },
            Some(Notice::QuotaExceeded) => Health::Full,
            Some(Notice::SaveFailed(reason)) => Health::Failing(reason.clone()),
            Some(Notice::Corrupt { .. }) | None if writable => Health::Working,
            Some(Notice::Corrupt { .. }) | None => Health::NotSaving,
        }
    }

    /// A short name for tests and styles.
    pub fn kind(&self) -> &'static str {
        match self {
            Health::Working => "working",
            Health::Blocked => "blocked",
            Health::ReadOnly { .. } => "read-only",
            Health::Full => "full",
            Health::Failing(_) => "failing",
            Health::NotSaving => "not-saving",
        }
    }

    /// What to tell the visitor.
    pub fn message(&self) -> String {
        match self {
            Health::Working => text::WORKING.to_string(),
            Health::Blocked => text::BLOCKED.to_string(),
            Health::ReadOnly { schema } => {
                fill(text::READ_ONLY, &[("schema", &schema.to_string())])
            }
            Health::Full => text::FULL.to_string(),
            Health::Failing(reason) => fill(text::FAILING, &[("reason", reason)]),
            Health::NotSaving => text::NOT_SAVING.to_string(),
        }
    }
}

/// A size in bytes in words: "640 bytes", "12.3 kB", "4.9 MB", "1.2 GB" (decimal units, one
/// decimal from kB on, as browsers' own settings pages show them).
pub fn size(bytes: f64) -> String {
    let bytes = if bytes.is_finite() {
        bytes.max(0.0).round()
    } else {
        0.0
    };
    if bytes < 1000.0 {
        let n = bytes as u64;
        return if n == 1 {
            text::ONE_BYTE.to_string()
        } else {
            fill(text::BYTES, &[("n", &n.to_string())])
        };
    }
    // The larger unit once the smaller one would round to 1000.0.
    let (scale, unit) = [(1e9, text::GB), (1e6, text::MB)]
        .into_iter()
        .find(|(scale, _)| bytes >= *scale * 0.99995)
        .unwrap_or((1e3, text::KB));
    // Tenths as a whole number: formatting a float would link float printing into the wasm.
    let tenths = (bytes * 10.0 / scale).round() as u64;
    let n = format!("{}.{}", tenths / 10, tenths % 10);
    fill(unit, &[("n", &n)])
}

/// Room used against room allowed ("12.3 kB of 1.2 GB"), from the Storage API's estimate.
pub fn room(usage: f64, quota: f64) -> String {
    fill(
        text::ROOM,
        &[("used", &size(usage)), ("quota", &size(quota))],
    )
}
