//! One's own history: deleting (with undo), clearing and importing attempts.

use crate::domain::history::{merge_imported, Added, Imported};
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

    /// Adds what an export file holds and is not here yet; returns how many attempts and evidence
    /// entries that was.
    pub fn import(&self, imported: Imported) -> Added {
        let (_, added) = merge_imported(&self.envelope, &imported);
        self.dispatch(StoreAction::Import(imported));
        added
    }
}
