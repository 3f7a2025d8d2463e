//! The evidence log: entries, the form's draft, deleting (with undo), the strongest projects.

use crate::content::CONTENT;
use crate::dates::now;
use crate::domain::evidence::{build, validate, Draft, Evidence, EvidenceDraft, FieldError};
use crate::hooks::use_store::StoreHandle;
use crate::state::store::StoreAction;

impl StoreHandle {
    /// Adds an evidence entry (`editing` is `None`) or saves the edit of `editing`, if the draft
    /// is valid on `today`; otherwise says what to fix and changes nothing.
    pub fn save_evidence(
        &self,
        draft: &Draft,
        editing: Option<&str>,
        today: &str,
    ) -> Result<Evidence, Vec<FieldError>> {
        validate(draft, today)?;
        let existing = editing.and_then(|id| self.envelope.evidence.iter().find(|e| e.id == id));
        let entry = build(&CONTENT, draft, existing, now());
        if self.envelope.evidence.is_empty() {
            self.keeping_something();
        }
        self.dispatch(StoreAction::SaveEvidence(entry.clone()));
        Ok(entry)
    }

    /// Keeps what the evidence form holds while it is typed (saved after a pause, like a note).
    pub fn keep_evidence_draft(&self, editing: Option<String>, draft: Draft) {
        let kept = EvidenceDraft { editing, draft };
        self.dispatch(StoreAction::EvidenceDraft(Some(Box::new(kept))));
    }

    /// The form was cancelled: its draft is dropped.
    pub fn drop_evidence_draft(&self) {
        self.dispatch(StoreAction::EvidenceDraft(None));
    }

    /// Deletes one evidence entry (undoable with `undo_delete_evidence`).
    pub fn delete_evidence(&self, id: String) {
        self.dispatch(StoreAction::DeleteEvidence(id));
    }

    pub fn undo_delete_evidence(&self) {
        self.dispatch(StoreAction::UndoDeleteEvidence);
    }

    /// Chooses an entry as one of the strongest projects for the packet, or not.
    pub fn mark_strong(&self, id: String, strong: bool) {
        self.dispatch(StoreAction::MarkStrong {
            id,
            strong,
            at: now(),
        });
    }
}
