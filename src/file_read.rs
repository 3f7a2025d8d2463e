//! Reading a file the visitor picked (adapter over gloo-file).

use std::cell::RefCell;

use gloo_file::callbacks::FileReader;

thread_local! {
    /// The read under way: dropping gloo-file's reader cancels it, so it is kept until the next.
    static READING: RefCell<Option<FileReader>> = const { RefCell::new(None) };
}

/// Reads `file` as text and calls `done` with it, or with `None` when the browser cannot read it.
/// One read at a time: starting another cancels the one before if it has not finished.
pub fn read_text(file: web_sys::File, done: impl FnOnce(Option<String>) + 'static) {
    let reader = gloo_file::callbacks::read_as_text(&file.into(), move |text| done(text.ok()));
    READING.with(|r| *r.borrow_mut() = Some(reader));
}
