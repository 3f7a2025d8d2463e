//! The store handle's intent methods, one file per domain (`impl StoreHandle` blocks): what a page
//! may ask of the store. Each turns a request into `StoreAction`s; saving is `use_store`'s business.

mod data;
mod evidence;
pub mod history;
pub mod people;
mod plan;
mod quiz;
