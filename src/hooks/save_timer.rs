//! Browser timers and page-lifecycle events for coalescing saves (see `use_store`): one pending
//! save at a time, run after a pause in typing, and at once when a field loses focus or the page
//! is hidden or left.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;

/// How long typing may pause before what was typed is saved.
pub const PAUSE_MS: u32 = 700;

thread_local! {
    /// The waiting save (dropping it cancels it).
    static TIMER: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

/// Runs `save` after a pause, replacing any save already waiting.
pub fn schedule(save: impl FnOnce() + 'static) {
    let timeout = Timeout::new(PAUSE_MS, save);
    // The save this replaces, if still waiting, is cancelled as it is dropped.
    drop(TIMER.with(|t| t.borrow_mut().replace(timeout)));
}

/// Drops the waiting save's timer (the caller saves by other means).
pub fn cancel() {
    drop(TIMER.with(|t| t.borrow_mut().take()));
}

/// Calls `flush` whenever a field loses focus, the page is hidden (tab switch, app switch on a
/// phone) or left, or the reader build hands over to the full build; returns the clean-up that
/// removes the listeners.
pub fn flush_on_leave(flush: impl Fn() + 'static) -> impl FnOnce() {
    let flush = Rc::new(flush);
    let on = |target: &web_sys::EventTarget, event: &'static str| {
        let flush = flush.clone();
        EventListener::new(target, event, move |e| {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
            if e.type_() != "visibilitychange" || hidden {
                flush();
            }
        })
    };
    let mut listeners = Vec::new();
    if let Some(w) = web_sys::window() {
        for event in ["pagehide", "beforeunload", crate::events::HAND_OFF] {
            listeners.push(on(&w, event));
        }
        if let Some(d) = w.document() {
            listeners.push(on(&d, "visibilitychange"));
            listeners.push(on(&d, "focusout"));
        }
    }
    // Dropping the listeners removes them.
    move || drop(listeners)
}
