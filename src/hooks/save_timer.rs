//! Browser timers and page-lifecycle events for coalescing saves (see `use_store`): one pending
//! save at a time, run after a pause in typing, and at once when a field loses focus or the page
//! is hidden or left.

use std::cell::Cell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How long typing may pause before what was typed is saved.
const PAUSE_MS: i32 = 700;

thread_local! {
    static TIMER: Cell<Option<i32>> = const { Cell::new(None) };
}

/// Runs `save` after a pause, replacing any save already waiting.
pub fn schedule(save: impl FnOnce() + 'static) {
    cancel();
    let Some(window) = web_sys::window() else {
        save();
        return;
    };
    let callback = Closure::once_into_js(move || {
        TIMER.with(|t| t.set(None));
        save();
    });
    match window
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), PAUSE_MS)
    {
        Ok(id) => TIMER.with(|t| t.set(Some(id))),
        // No timer: save now rather than risk losing it.
        Err(_) => {
            if let Ok(f) = callback.dyn_into::<js_sys::Function>() {
                let _ = f.call0(&wasm_bindgen::JsValue::NULL);
            }
        }
    }
}

/// Drops the waiting save's timer (the caller saves by other means).
pub fn cancel() {
    if let (Some(id), Some(window)) = (TIMER.with(|t| t.take()), web_sys::window()) {
        window.clear_timeout_with_handle(id);
    }
}

/// Calls `flush` whenever a field loses focus, the page is hidden (tab switch, app switch on a
/// phone) or left, or the reader build hands over to the full build; returns the clean-up that removes the listeners.
pub fn flush_on_leave(flush: impl Fn() + 'static) -> impl FnOnce() {
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if e.type_() != "visibilitychange" || hidden {
            flush();
        }
    });
    let window = web_sys::window();
    let targets: Vec<(web_sys::EventTarget, &str)> = match &window {
        Some(w) => {
            let mut t: Vec<(web_sys::EventTarget, &str)> = vec![
                (w.clone().into(), "pagehide"),
                (w.clone().into(), "beforeunload"),
                (w.clone().into(), crate::events::HAND_OFF),
            ];
            if let Some(d) = w.document() {
                t.push((d.clone().into(), "visibilitychange"));
                t.push((d.into(), "focusout"));
            }
            t
        }
        None => Vec::new(),
    };
    for (target, event) in &targets {
        let _ = target.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    move || {
        for (target, event) in &targets {
            let _ = target
                .remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
    }
}
