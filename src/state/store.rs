//! The app's one store: the storage envelope plus what the visitor must be told about it.
//! Saving happens in `hooks::use_store` after a change, never here.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::CONTENT;
use crate::domain::quiz::{Progress, QuizAction};
use crate::domain::store::{merge, Attempt, Envelope};
use crate::storage::{Loaded, Notice};

#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    pub envelope: Envelope,
    /// False when storage is blocked, read-only (newer data) or unsafe to write.
    pub writable: bool,
    pub notice: Option<Notice>,
    /// Bumped by every local change that should be saved.
    pub revision: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StoreAction {
    /// A step of the quiz in progress.
    Quiz(QuizAction),
    /// Finish the quiz: keep the attempt, drop the progress.
    Finish(Attempt),
    /// Saving failed: keep working in memory and say why.
    SaveFailed(Notice),
    /// Another tab saved (or our save merged in its attempts): take in what it adds.
    External(Envelope),
    DismissNotice,
}

impl Store {
    pub fn from_loaded(loaded: Loaded) -> Store {
        let mut envelope = loaded.envelope;
        envelope.in_progress = envelope.in_progress.map(|p| p.restored(&CONTENT));
        Store {
            envelope,
            writable: loaded.writable,
            notice: loaded.notice,
            revision: 0,
        }
    }

    /// The quiz in progress, or a fresh one.
    pub fn progress(&self) -> Progress {
        self.envelope.in_progress.clone().unwrap_or_default()
    }

    pub fn latest(&self) -> Option<&Attempt> {
        self.envelope
            .attempts
            .iter()
            .max_by(|a, b| a.finished_at.total_cmp(&b.finished_at))
    }
}

impl Reducible for Store {
    type Action = StoreAction;

    fn reduce(self: Rc<Self>, action: StoreAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            StoreAction::Quiz(action) => {
                next.envelope.in_progress = Some(self.progress().apply(&CONTENT, action));
                next.revision += 1;
            }
            StoreAction::Finish(attempt) => {
                if !next.envelope.attempts.iter().any(|a| a.id == attempt.id) {
                    next.envelope.attempts.push(attempt);
                }
                next.envelope.in_progress = None;
                next.revision += 1;
            }
            StoreAction::SaveFailed(notice) => next.notice = Some(notice),
            StoreAction::External(theirs) => {
                let merged = merge(&self.envelope, &theirs);
                if merged == self.envelope {
                    return self;
                }
                next.envelope = merged;
            }
            StoreAction::DismissNotice => next.notice = None,
        }
        Rc::new(next)
    }
}
