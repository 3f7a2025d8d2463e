//! staffcheck: a Senior -> Staff Engineer self-assessment widget.
//!
//! Imports run one way, each layer using only the layers before it:
//!
//! 1. `content`: the content model, compiled from `content/*.toml` by `build.rs`;
//! 2. `domain`: pure logic (no yew, web-sys or gloo), tested natively;
//! 3. `screens` (the screen manifest) and `route` (the `Route` enum derived from it);
//! 4. `state`: pure reducers;
//! 5. browser adapters, small and alone with their API: `storage` (the only module that touches
//!    localStorage), `storage_manager` (the Storage API: room, persistence), `boot`, `embed`,
//!    `env`, `events`, `focus`, `dates`, `navigator`, `clipboard`, `download`, `print`,
//!    `card_image`, `trig`;
//! 6. `hooks`: the store (state + storage) and its intent methods;
//! 7. `components`, then `pages` (no page imports another page);
//! 8. `app` (the router and `switch`, from the manifest) and `prerender` (native, build time).
//!
//! `scripts/import-loops.mjs` checks it (no loops, nothing against the flow); `scripts/test` runs it.

pub mod app;
pub mod boot;
pub mod card_image;
pub mod clipboard;
pub mod components;
pub mod content;
pub mod dates;
pub mod domain;
pub mod download;
pub mod embed;
pub mod env;
pub mod events;
pub mod file_read;
pub mod focus;
pub mod hooks;
pub mod navigator;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod print;
pub mod route;
pub mod screens;
pub mod state;
pub mod storage;
pub mod storage_manager;
pub mod trig;

pub use app::App;

/// Mounts the app into the page, with a panic hook that shows an error view instead of a blank page.
/// Browser work happens here, before the first render: the environment, embed mode and storage.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(app::show_panic));
    let host = boot::host();
    let env = boot::env();
    embed::init(&env.options);
    let props = app::AppProps {
        env,
        loaded: Some(storage::load()),
    };
    // The first render in a task of its own, after reading the page and storage: start-up is
    // two shorter tasks, not one long one.
    gloo_timers::callback::Timeout::new(0, move || {
        let app = match host {
            Some(host) => yew::Renderer::<App>::with_root_and_props(host, props).render(),
            None => yew::Renderer::<App>::with_props(props).render(),
        };
        boot::keep(move || app.destroy());
    })
    .forget();
}
