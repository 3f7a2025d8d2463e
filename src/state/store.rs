//! The app's one store: the storage envelope plus what the visitor must be told about it.
//! Saving happens in `hooks::use_store` after a change, never here.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::CONTENT;
use crate::domain::evidence::{Evidence, EvidenceDraft};
use crate::domain::history::Imported;
use crate::domain::people::Person;
use crate::domain::quiz::{Progress, QuizAction};
use crate::domain::store::{merge, Attempt, Envelope, Loaded, Notice, Prefer};

#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    pub envelope: Envelope,
    /// False when storage is blocked, read-only (newer data) or unsafe to write.
    pub writable: bool,
    pub notice: Option<Notice>,
    /// Bumped by every local change that should be saved.
    pub revision: u64,
    /// The last change was typing (a note): saving may wait for a pause, a blur or leaving the page
    /// (`hooks::use_store`); every other change is saved at once.
    pub typing: bool,
    /// The attempt deleted last, until the visitor undoes or moves on.
    pub last_deleted: Option<Attempt>,
    /// The evidence entry deleted last, until the visitor undoes or moves on.
    pub last_deleted_evidence: Option<Evidence>,
    /// The person deleted last, until the visitor undoes or moves on.
    pub last_deleted_person: Option<Person>,
    /// The last merge of two people, until the visitor undoes it or merges again.
    pub last_merged: Option<Merged>,
    /// The last change took back something that merging with storage would bring in again
    /// (deleting everything: the plan keeps no tombstone; undoing a merge: the check-ins that
    /// moved): its save writes this copy as it is (`hooks::use_store`) instead of merging.
    pub overwrite: bool,
    /// False while what storage holds is unknown (a prerendered page): screens that depend on it
    /// show a skeleton.
    pub ready: bool,
}

/// Two people merged, as they were before: what undoing the merge puts back.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The person kept, before the other's check-ins and notes moved to them.
    pub into: Person,
    /// The person merged away.
    pub from: Person,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StoreAction {
    /// A step of the quiz in progress.
    Quiz(QuizAction),
    /// Finish the quiz: keep the attempt, drop the progress.
    Finish(Attempt),
    /// Keep a finished quick check (`Attempt::quick`); a self-check in progress stays.
    Quick(Attempt),
    /// Saving failed: keep working in memory and say why.
    SaveFailed(Notice),
    /// Another tab saved (or our save merged in its attempts): take in what it adds.
    External(Envelope),
    DismissNotice,
    /// Delete one attempt (undoable).
    Delete(String),
    UndoDelete,
    /// Delete every attempt and the quiz in progress.
    ClearAll,
    /// Add what an export file holds and is not here yet.
    Import(Imported),
    /// Add an evidence entry, or replace the one with its id (the draft is done with).
    SaveEvidence(Evidence),
    /// Keep what the evidence form holds while it is typed (`None`: done with it).
    EvidenceDraft(Option<Box<EvidenceDraft>>),
    /// Delete one evidence entry (undoable).
    DeleteEvidence(String),
    UndoDeleteEvidence,
    /// Choose an entry as one of the strongest projects for the packet, or not.
    MarkStrong {
        id: String,
        strong: bool,
        at: f64,
    },
    /// Start (or restart) the plan on a day: check-offs are kept.
    StartPlan {
        day: String,
        at: f64,
    },
    /// Add a person, or replace the one with their id (a new check-in, a rating, a rename, notes).
    PutPerson(Person),
    /// Delete a person and everything kept about them (undoable).
    DeletePerson(String),
    UndoDeletePerson,
    /// `into` (already holding `from`'s check-ins and notes) replaces its old copy; `from` goes
    /// (undoable).
    MergePeople {
        into: Person,
        from: String,
    },
    /// Puts both people of the last merge back as they were.
    UndoMergePeople,
    /// Delete everything kept: attempts, the quiz in progress, evidence and its draft, the plan,
    /// people (the deleted ids stay as tombstones).
    DeleteEverything,
    /// One of one's own attempts was someone else's: it leaves the history for `person`.
    MoveAttempt {
        attempt: String,
        person: Person,
    },
    /// Check a plan step off, or not (starting the plan on `today` if it has not started).
    CheckStep {
        step: String,
        done: bool,
        at: f64,
        today: String,
    },
}

impl StoreAction {
    /// Whether only the full build reduces this action: history, the case and people. Their
    /// screens are in the full build, so the reader build carries none of their reducers; a
    /// reader screen that dispatched one would be ignored, and in a debug build (the tests) that
    /// panics (`Store::reduce_more`). No wildcard: a new action must be placed in one build or both.
    pub fn full_build_only(&self) -> bool {
        match self {
            StoreAction::Quiz(_)
            | StoreAction::Finish(_)
            | StoreAction::Quick(_)
            | StoreAction::SaveFailed(_)
            | StoreAction::External(_)
            | StoreAction::DismissNotice => false,
            StoreAction::Delete(_)
            | StoreAction::UndoDelete
            | StoreAction::ClearAll
            | StoreAction::Import(_)
            | StoreAction::SaveEvidence(_)
            | StoreAction::EvidenceDraft(_)
            | StoreAction::DeleteEvidence(_)
            | StoreAction::UndoDeleteEvidence
            | StoreAction::MarkStrong { .. }
            | StoreAction::StartPlan { .. }
            | StoreAction::PutPerson(_)
            | StoreAction::DeletePerson(_)
            | StoreAction::UndoDeletePerson
            | StoreAction::MergePeople { .. }
            | StoreAction::UndoMergePeople
            | StoreAction::DeleteEverything
            | StoreAction::MoveAttempt { .. }
            | StoreAction::CheckStep { .. } => true,
        }
    }
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
            typing: false,
            last_deleted: None,
            last_deleted_evidence: None,
            last_deleted_person: None,
            last_merged: None,
            overwrite: false,
            ready: true,
        }
    }

    /// Before storage has been read (build time): nothing to show, nothing to save.
    pub fn unknown() -> Store {
        Store {
            envelope: Envelope::default(),
            writable: false,
            notice: None,
            revision: 0,
            typing: false,
            last_deleted: None,
            last_deleted_evidence: None,
            last_deleted_person: None,
            last_merged: None,
            overwrite: false,
            ready: false,
        }
    }

    /// The quiz in progress, or a fresh one.
    pub fn progress(&self) -> Progress {
        self.envelope.in_progress.clone().unwrap_or_default()
    }

    /// The latest full self-check (a quick check has no dimension scores to show as results).
    pub fn latest(&self) -> Option<&Attempt> {
        self.envelope
            .attempts
            .iter()
            .filter(|a| !a.quick)
            .max_by(|a, b| a.finished_at.total_cmp(&b.finished_at))
    }
}

impl Reducible for Store {
    type Action = StoreAction;

    fn reduce(self: Rc<Self>, action: StoreAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.typing = matches!(
            action,
            StoreAction::Quiz(QuizAction::Note(..)) | StoreAction::EvidenceDraft(Some(_))
        );
        next.overwrite = matches!(
            action,
            StoreAction::DeleteEverything | StoreAction::UndoMergePeople
        );
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
            StoreAction::Quick(attempt) => {
                if !next.envelope.attempts.iter().any(|a| a.id == attempt.id) {
                    next.envelope.attempts.push(attempt);
                }
                next.revision += 1;
            }
            StoreAction::SaveFailed(notice) => next.notice = Some(notice),
            StoreAction::External(theirs) => {
                let merged = merge(&self.envelope, &theirs, Prefer::Theirs);
                if merged == self.envelope {
                    return self;
                }
                next.envelope = merged;
            }
            StoreAction::DismissNotice => next.notice = None,
            other => {
                debug_assert!(
                    other.full_build_only(),
                    "{other:?} is placed in both builds, but `reduce` leaves it to the full build's reducer"
                );
                return self.reduce_more(next, other);
            }
        }
        Rc::new(next)
    }
}

impl Store {
    /// The reader build dispatches none of the other actions (`StoreAction::full_build_only`:
    /// history, the case, people; their screens are in the full build), so it carries none of
    /// their code. Dispatching one is a bug that would silently lose the visitor's change: a debug
    /// build (the native tests, a build without `--release`) panics; in a release build the check
    /// is compiled out and the state stays as it is.
    #[cfg(feature = "reader")]
    fn reduce_more(self: Rc<Self>, _: Store, action: StoreAction) -> Rc<Self> {
        if cfg!(debug_assertions) {
            panic!("the reader build does not reduce {action:?}: its screen is in the full build");
        }
        self
    }

    /// History, the case and people.
    #[cfg(not(feature = "reader"))]
    fn reduce_more(self: Rc<Self>, mut next: Store, action: StoreAction) -> Rc<Self> {
        use crate::domain::history::{merge_import, merge_imported};
        use crate::domain::store::{remove_with_tombstone, sort_evidence, tombstone};
        use crate::domain::tracker::PlanProgress;
        match action {
            StoreAction::Delete(id) => {
                let envelope = &mut next.envelope;
                let removed = remove_with_tombstone(
                    &mut envelope.attempts,
                    &mut envelope.deleted,
                    &id,
                    |a| &a.id,
                );
                let Some(a) = removed else {
                    return self;
                };
                next.last_deleted = Some(a);
                next.revision += 1;
            }
            StoreAction::UndoDelete => {
                let Some(a) = next.last_deleted.take() else {
                    return self;
                };
                next.envelope.deleted.retain(|id| id != &a.id);
                let (merged, _) = merge_import(&next.envelope, std::slice::from_ref(&a));
                next.envelope = merged;
                next.revision += 1;
            }
            StoreAction::ClearAll => {
                let ids: Vec<String> = next.envelope.attempts.drain(..).map(|a| a.id).collect();
                next.envelope.deleted.extend(ids);
                next.envelope.in_progress = None;
                next.last_deleted = None;
                next.revision += 1;
            }
            StoreAction::Import(imported) => {
                let (merged, _) = merge_imported(&next.envelope, &imported);
                if merged == self.envelope {
                    return self;
                }
                next.envelope = merged;
                next.revision += 1;
            }
            StoreAction::EvidenceDraft(draft) => {
                if next.envelope.evidence_draft == draft {
                    return self;
                }
                next.envelope.evidence_draft = draft;
                next.revision += 1;
            }
            StoreAction::SaveEvidence(entry) => {
                next.envelope.evidence_draft = None;
                let log = &mut next.envelope.evidence;
                match log.iter_mut().find(|e| e.id == entry.id) {
                    Some(e) => *e = entry,
                    None => {
                        next.envelope.evidence_deleted.retain(|id| id != &entry.id);
                        log.push(entry);
                    }
                }
                sort_evidence(&mut next.envelope.evidence);
                next.revision += 1;
            }
            StoreAction::DeleteEvidence(id) => {
                let envelope = &mut next.envelope;
                let removed = remove_with_tombstone(
                    &mut envelope.evidence,
                    &mut envelope.evidence_deleted,
                    &id,
                    |e| &e.id,
                );
                let Some(e) = removed else {
                    return self;
                };
                next.last_deleted_evidence = Some(e);
                next.revision += 1;
            }
            StoreAction::UndoDeleteEvidence => {
                let Some(e) = next.last_deleted_evidence.take() else {
                    return self;
                };
                next.envelope.evidence_deleted.retain(|id| id != &e.id);
                if !next.envelope.evidence.iter().any(|x| x.id == e.id) {
                    next.envelope.evidence.push(e);
                    sort_evidence(&mut next.envelope.evidence);
                }
                next.revision += 1;
            }
            StoreAction::MarkStrong { id, strong, at } => {
                let Some(e) = next.envelope.evidence.iter_mut().find(|e| e.id == id) else {
                    return self;
                };
                e.strong = strong;
                e.updated_at = at;
                next.revision += 1;
            }
            StoreAction::StartPlan { day, at } => {
                let checks = next
                    .envelope
                    .plan
                    .take()
                    .map(|p| p.checks)
                    .unwrap_or_default();
                next.envelope.plan = Some(PlanProgress {
                    checks,
                    ..PlanProgress::new(&day, at)
                });
                next.revision += 1;
            }
            StoreAction::PutPerson(person) => {
                put_person(&mut next.envelope, person);
                next.revision += 1;
            }
            StoreAction::DeletePerson(id) => {
                let envelope = &mut next.envelope;
                let removed = remove_with_tombstone(
                    &mut envelope.people,
                    &mut envelope.people_deleted,
                    &id,
                    |p| &p.id,
                );
                let Some(p) = removed else {
                    return self;
                };
                next.last_deleted_person = Some(p);
                next.revision += 1;
            }
            StoreAction::UndoDeletePerson => {
                let Some(p) = next.last_deleted_person.take() else {
                    return self;
                };
                put_person(&mut next.envelope, p);
                next.revision += 1;
            }
            StoreAction::MergePeople { into, from } => {
                let (Some(before), Some(gone)) = (
                    next.envelope.person(&into.id).cloned(),
                    next.envelope.person(&from).cloned(),
                ) else {
                    return self;
                };
                put_person(&mut next.envelope, into);
                next.envelope.people.retain(|p| p.id != from);
                tombstone(&mut next.envelope.people_deleted, &from);
                next.last_merged = Some(Merged {
                    into: before,
                    from: gone,
                });
                next.revision += 1;
            }
            StoreAction::UndoMergePeople => {
                let Some(Merged { into, from }) = next.last_merged.take() else {
                    return self;
                };
                put_person(&mut next.envelope, into);
                put_person(&mut next.envelope, from);
                next.revision += 1;
            }
            StoreAction::DeleteEverything => {
                let envelope = &mut next.envelope;
                for a in envelope.attempts.drain(..) {
                    tombstone(&mut envelope.deleted, &a.id);
                }
                for e in envelope.evidence.drain(..) {
                    tombstone(&mut envelope.evidence_deleted, &e.id);
                }
                for p in envelope.people.drain(..) {
                    tombstone(&mut envelope.people_deleted, &p.id);
                }
                envelope.in_progress = None;
                envelope.evidence_draft = None;
                envelope.plan = None;
                next.last_deleted = None;
                next.last_deleted_evidence = None;
                next.last_deleted_person = None;
                next.last_merged = None;
                next.revision += 1;
            }
            StoreAction::MoveAttempt { attempt, person } => {
                next.envelope.attempts.retain(|a| a.id != attempt);
                tombstone(&mut next.envelope.deleted, &attempt);
                put_person(&mut next.envelope, person);
                next.revision += 1;
            }
            StoreAction::CheckStep {
                step,
                done,
                at,
                today,
            } => {
                let plan = next
                    .envelope
                    .plan
                    .get_or_insert_with(|| PlanProgress::new(&today, at));
                plan.set(&step, done, at);
                next.revision += 1;
            }
            // Both builds' actions, reduced by `reduce` (never passed here).
            StoreAction::Quiz(_)
            | StoreAction::Finish(_)
            | StoreAction::Quick(_)
            | StoreAction::SaveFailed(_)
            | StoreAction::External(_)
            | StoreAction::DismissNotice => return self,
        }
        Rc::new(next)
    }
}

/// Adds `person` or replaces the copy with their id, and lifts any tombstone.
#[cfg(not(feature = "reader"))]
fn put_person(envelope: &mut Envelope, person: Person) {
    envelope.people_deleted.retain(|id| id != &person.id);
    envelope.people.retain(|p| p.id != person.id);
    envelope.people = crate::domain::people::merge_people(&envelope.people, &[person], &[]);
}
