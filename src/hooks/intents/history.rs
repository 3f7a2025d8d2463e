//! One's own history: deleting (with undo), clearing and importing attempts.

use crate::domain::history::{Added, Imported};
use crate::domain::store::Envelope;
use crate::hooks::use_store::StoreHandle;
use crate::state::store::StoreAction;

impl StoreHandle {
    /// Deletes one attempt (undoable with `undo_delete`).
    pub fn delete(&self, id: String) {
        self.dispatch(StoreAction::Delete(id));
    }

    pub fn undo_delete(&self) {
        self.dispatch(StoreAction::UndoDelete);
    }

    /// Deletes every attempt and the self-check in progress.
    pub fn clear_all(&self) {
        self.dispatch(StoreAction::ClearAll);
    }

    /// Adds what an export file holds and is not here yet; returns how many attempts, evidence
    /// entries and people or check-ins that was.
    pub fn import(&self, imported: Imported) -> Added {
        let before = self.envelope.clone();
        self.dispatch(StoreAction::Import(imported));
        // Yew runs the reducer as the action is dispatched, and the handle reads the store as it
        // is now (not as it was at the last render): what the reducer's merge added shows here,
        // so the merge runs once, there.
        added(&before, &self.envelope)
    }
}

/// What an import added to `before` to make `after`, counted as `merge_imported` counts it: it only
/// ever adds attempts, evidence entries, people and check-ins, so the differences in their numbers
/// are what is new.
pub fn added(before: &Envelope, after: &Envelope) -> Added {
    let people = |e: &Envelope| -> usize { e.people.iter().map(|p| p.checkins.len() + 1).sum() };
    Added {
        attempts: after.attempts.len().saturating_sub(before.attempts.len()),
        evidence: after.evidence.len().saturating_sub(before.evidence.len()),
        people: people(after).saturating_sub(people(before)),
    }
}
