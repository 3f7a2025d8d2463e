//! The names of the DOM events the app and the boot script (`boot/pick.js`) send each other on
//! `window`, in one place (browser adapter: `dispatch`).

/// Sent by the boot script when it has added the deferred views to the page.
pub const VIEWS: &str = "staffcheck:views";
/// Sent by the reader build just before it hands over: save what typing left unsaved
/// (`hooks::save_timer::flush_on_leave` listens).
pub const HAND_OFF: &str = "staffcheck:handoff";
/// Asks the boot script to start the full build.
pub const FULL: &str = "staffcheck:full";
/// Asks the boot script to make the full build ready for a hand-over: fetched and compiled.
pub const PREFETCH: &str = "staffcheck:prefetch";
/// Asks the boot script to keep the screen as it is for the hand-over that follows at once, and
/// to show it until the full build takes over.
pub const HOLD: &str = "staffcheck:hold";

/// Dispatches the event `name` on `window`.
pub fn dispatch(name: &str) {
    if let (Some(w), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = w.dispatch_event(&event);
    }
}
