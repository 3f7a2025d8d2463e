//! Hooks that glue pure state to the browser.

pub mod intents;
pub mod save_timer;
pub mod use_store;
