//! Browser tests of the timers and listeners that clean up when dropped: the save timer (one
//! waiting save, replaced or cancelled), and the listeners whose clean-up removes them.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use staffcheck::events::{HAND_OFF, VIEWS};
use staffcheck::hooks::save_timer;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A save scheduled now, and a future that resolves when it runs, with the milliseconds it waited.
fn scheduled_save() -> (Rc<Cell<u32>>, JsFuture) {
    let runs = Rc::new(Cell::new(0));
    let counted = runs.clone();
    let start = js_sys::Date::now();
    let mut resolve_later = None;
    let promise = js_sys::Promise::new(&mut |resolve, _| resolve_later = Some(resolve));
    save_timer::schedule(move || {
        counted.set(counted.get() + 1);
        if let Some(resolve) = resolve_later {
            let waited = wasm_bindgen::JsValue::from(js_sys::Date::now() - start);
            let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &waited);
        }
    });
    (runs, JsFuture::from(promise))
}

/// Resolves when a timer set now with the save's own pause has run: the browser runs timers of
/// equal delay in the order they were set, so a save scheduled before this has run by then.
async fn a_pause_set_now_has_passed() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                save_timer::PAUSE_MS as i32,
            );
    });
    let _ = JsFuture::from(promise).await;
}

fn fire(event: &str) {
    let e = web_sys::Event::new(event).expect("an event");
    let _ = web_sys::window().expect("a window").dispatch_event(&e);
}

fn counter() -> (Rc<Cell<u32>>, impl Fn() + Clone + 'static) {
    let n = Rc::new(Cell::new(0));
    let m = n.clone();
    (n, move || m.set(m.get() + 1))
}

#[wasm_bindgen_test]
async fn a_save_waits_for_the_pause_and_a_newer_one_replaces_it() {
    let (first, _) = scheduled_save();
    assert_eq!(first.get(), 0, "saved before the pause");
    let (second, second_ran) = scheduled_save();
    let waited = second_ran
        .await
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    // Timers of equal delay run in order: had the first not been replaced, it would have run.
    assert_eq!(first.get(), 0, "the replaced save still ran");
    assert_eq!(second.get(), 1);
    assert!(
        waited >= f64::from(save_timer::PAUSE_MS) - 1.0,
        "saved after {waited} ms, before the pause was over"
    );
}

#[wasm_bindgen_test]
async fn a_cancelled_save_never_runs() {
    let (saved, _) = scheduled_save();
    save_timer::cancel();
    a_pause_set_now_has_passed().await;
    assert_eq!(saved.get(), 0);
}

#[wasm_bindgen_test]
fn flush_on_leave_listens_until_its_clean_up() {
    let (flushed, count) = counter();
    let clean_up = save_timer::flush_on_leave(count);
    fire(HAND_OFF);
    fire("pagehide");
    assert_eq!(flushed.get(), 2);
    clean_up();
    fire(HAND_OFF);
    assert_eq!(flushed.get(), 2, "still listening after the clean-up");
}

#[wasm_bindgen_test]
fn more_views_are_announced_until_the_clean_up() {
    let (changed, count) = counter();
    let clean_up = staffcheck::boot::on_more_views(count);
    fire(VIEWS);
    assert_eq!(changed.get(), 1);
    clean_up();
    fire(VIEWS);
    assert_eq!(changed.get(), 1, "still listening after the clean-up");
}

/// Types a note through the store, and in the render that shows it hands over to the full build,
/// as the reader build does on a screen it does not carry (its effect runs before the store's).
#[yew::component]
fn TypeThenHandOver() -> yew::Html {
    use yew::prelude::*;
    let store = staffcheck::hooks::use_store::use_store();
    let typed = store.as_ref().is_some_and(|s| s.revision > 0);
    use_effect_with((), move |_| {
        if let Some(store) = store {
            let id = staffcheck::content::CONTENT.readiness[0].id;
            store.quiz(staffcheck::domain::quiz::QuizAction::Note(
                id,
                "Led the payments RFC".into(),
            ));
        }
    });
    if typed {
        html! { <HandOver /> }
    } else {
        Html::default()
    }
}

/// What the reader build's `pages::handoff::Handoff` does (that build is not run here).
#[yew::component]
fn HandOver() -> yew::Html {
    use yew::prelude::*;
    let store = staffcheck::hooks::use_store::use_store();
    use_effect_with((), move |_| {
        if let Some(store) = store {
            store.hand_over();
        }
        staffcheck::boot::hand_off();
    });
    Html::default()
}

#[yew::component]
fn HandOverApp() -> yew::Html {
    use yew::prelude::*;
    let loaded = staffcheck::storage::load();
    html! {
        <staffcheck::hooks::use_store::StoreProvider loaded={Some(loaded)}>
            <TypeThenHandOver />
        </staffcheck::hooks::use_store::StoreProvider>
    }
}

/// The full build may fail to start after a hand-over: what was typed last is in storage by the
/// time the page is told to hand over, whether or not the store's own (waiting) save has run.
/// This listener is added before the store's, so it sees storage before the store's flush.
#[wasm_bindgen_test]
async fn what_was_typed_is_stored_before_the_hand_over_is_announced() {
    let window = web_sys::window().expect("a window");
    let storage = window.local_storage().ok().flatten().expect("localStorage");
    let _ = storage.remove_item(staffcheck::domain::store::KEY);
    let mut seen = None;
    let promise = js_sys::Promise::new(&mut |resolve, _| seen = Some(resolve));
    let resolve = seen.expect("a resolver");
    let listener = gloo_events::EventListener::once(&window, HAND_OFF, move |_| {
        let stored = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(staffcheck::domain::store::KEY).ok().flatten())
            .unwrap_or_default();
        let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &stored.into());
    });
    let document = window.document().expect("a document");
    let root = document.create_element("div").expect("a div");
    let _ = document.body().expect("a body").append_child(&root);
    let app = yew::Renderer::<HandOverApp>::with_root(root).render();
    let stored = JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_string());
    drop(listener);
    // The app's listeners go with it (a focus change would otherwise flush its saves, and cancel
    // the save timer the next test waits on); its clean-ups run in the scheduler, so wait a task.
    app.destroy();
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(tick).await;
    let _ = storage.remove_item(staffcheck::domain::store::KEY);
    assert!(
        stored
            .as_deref()
            .is_some_and(|s| s.contains("Led the payments RFC")),
        "stored when the hand-over was announced: {stored:?}"
    );
}
