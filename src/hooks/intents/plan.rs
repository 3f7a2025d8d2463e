//! The 30 / 60 / 90-day plan.

use crate::dates::now;
use crate::hooks::use_store::StoreHandle;
use crate::state::store::StoreAction;

impl StoreHandle {
    /// Starts the 30 / 60 / 90-day plan on `day` (check-offs are kept).
    /// Returns false, changing nothing, when `day` is not a real day on or before `today`.
    pub fn start_plan(&self, day: &str, today: &str) -> bool {
        let ok = crate::domain::tracker::can_start(day, today);
        if ok {
            let day = day.trim().to_string();
            self.dispatch(StoreAction::StartPlan { day, at: now() });
        }
        ok
    }

    /// Checks a plan step off, or not; the plan starts `today` if it had not started.
    pub fn check_step(&self, step: String, done: bool, today: &str) {
        self.dispatch(StoreAction::CheckStep {
            step,
            done,
            at: now(),
            today: today.to_string(),
        });
    }
}
