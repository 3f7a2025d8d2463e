//! staffcheck: a Senior -> Staff Engineer self-assessment widget.
//!
//! `content` and `domain` are pure (no yew, web-sys or gloo) and tested natively;
//! `route`, `app`, `pages` and `components` are the Yew front end.

pub mod app;
pub mod boot;
pub mod clipboard;
pub mod components;
pub mod content;
pub mod dates;
pub mod domain;
pub mod download;
pub mod embed;
pub mod env;
pub mod events;
pub mod focus;
pub mod hooks;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod print;
pub mod route;
pub mod state;
pub mod storage;

pub use app::App;

/// Mounts the app into the page, with a panic hook that shows an error view instead of a blank page.
/// Browser work happens here, before the first render: the environment, embed mode and storage.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(app::show_panic));
    let env = boot::env();
    embed::init(&env.options);
    let props = app::AppProps {
        env,
        loaded: Some(storage::load()),
    };
    let app = match boot::host() {
        Some(host) => yew::Renderer::<App>::with_root_and_props(host, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
    boot::keep(move || app.destroy());
}
