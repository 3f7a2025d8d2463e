//! staffcheck: a Senior -> Staff Engineer self-assessment widget.
//!
//! `content` and `domain` are pure (no yew, web-sys or gloo) and tested natively;
//! `route`, `app`, `pages` and `components` are the Yew front end.

pub mod app;
pub mod clipboard;
pub mod components;
pub mod content;
pub mod dates;
pub mod domain;
pub mod download;
pub mod embed;
pub mod hooks;
pub mod pages;
pub mod route;
pub mod state;
pub mod storage;

pub use app::App;

/// Mounts the app into the page, with a panic hook that shows an error view instead of a blank page.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(app::show_panic));
    // The static "Loading…" line in index.html has done its job.
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    yew::Renderer::<App>::new().render();
}
