//! The self-check in progress and finished attempts (quick checks included).

use crate::domain::quiz::QuizAction;
use crate::domain::store::Attempt;
use crate::hooks::use_store::StoreHandle;
use crate::state::store::StoreAction;

impl StoreHandle {
    /// A step of the self-check in progress.
    pub fn quiz(&self, action: QuizAction) {
        self.dispatch(StoreAction::Quiz(action));
    }

    /// Keeps a finished self-check and drops the progress.
    pub fn finish(&self, attempt: Attempt) {
        self.dispatch(StoreAction::Finish(attempt));
    }

    /// Keeps a finished quick check; a self-check in progress stays as it is.
    pub fn finish_quick(&self, attempt: Attempt) {
        self.dispatch(StoreAction::Quick(attempt));
    }

    /// Starts the self-check again from its first section.
    pub fn retake(&self) {
        self.quiz(QuizAction::Restart);
        self.quiz(QuizAction::Next);
    }
}
