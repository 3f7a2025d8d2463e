//! Hooks that glue pure state to the browser.

pub mod save_timer;
pub mod use_store;
