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

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
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
    let (first, count_first) = counter();
    let (second, count_second) = counter();
    save_timer::schedule(count_first);
    sleep(100).await;
    assert_eq!(first.get(), 0, "saved before the pause was over");
    save_timer::schedule(count_second);
    sleep(1000).await;
    assert_eq!(first.get(), 0, "the replaced save still ran");
    assert_eq!(second.get(), 1);
}

#[wasm_bindgen_test]
async fn a_cancelled_save_never_runs() {
    let (saved, count) = counter();
    save_timer::schedule(count);
    save_timer::cancel();
    sleep(1000).await;
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
