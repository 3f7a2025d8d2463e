//! Hooks that glue pure state to the browser.

pub mod use_store;
