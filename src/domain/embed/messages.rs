//! The messages the widget posts to the page that embeds it.

/// `type` of the message the widget posts to its parent whenever its content height changes:
/// `{ type: "staffcheck:height", height: <whole CSS pixels> }`.
pub const HEIGHT_MESSAGE: &str = "staffcheck:height";
/// `type` of the opt-in message sent when a reader finishes the self-check or the quick check:
/// `{ type: "staffcheck:completed", verdict: "ready" | "not-yet", count: <n>, total: <12>,
/// check: "full" | "quick" }`.
pub const COMPLETED_MESSAGE: &str = "staffcheck:completed";

/// `verdict` of `staffcheck:completed`: whether the readiness count reached the bar.
pub fn verdict(meets_bar: bool) -> &'static str {
    if meets_bar {
        "ready"
    } else {
        "not-yet"
    }
}

/// Which check was completed (`check` of `staffcheck:completed`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// The full self-check (`#/quiz`).
    Full,
    /// The quick check (`#/check`): the readiness statements only.
    Quick,
}

impl Check {
    pub fn as_str(self) -> &'static str {
        match self {
            Check::Full => "full",
            Check::Quick => "quick",
        }
    }
}
