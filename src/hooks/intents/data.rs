//! Everything kept at once: deleting it all, and asking the browser to keep it.

use crate::hooks::use_store::StoreHandle;
use crate::state::store::StoreAction;

impl StoreHandle {
    /// Deletes everything kept in this browser: one's own attempts and the self-check in
    /// progress, the evidence log and its draft, the plan, the people and everything about them,
    /// and the copies of unreadable data set aside beside them.
    pub fn delete_everything(&self) {
        self.dispatch(StoreAction::DeleteEverything);
        crate::storage::remove_backups();
    }

    /// The visitor starts keeping something that matters (a first evidence entry, a first
    /// person): the browser is asked to keep the site's storage (its answer shows on the data
    /// screen). Asked once a visit, only when storage is working.
    pub(in crate::hooks) fn keeping_something(&self) {
        if self.writable && crate::storage_manager::asked().is_none() {
            crate::storage_manager::ask_to_persist();
        }
    }
}
