//! One component per route.

pub mod attempt;
pub mod compare;
pub mod dimension;
pub mod embed_this;
pub mod explore;
pub mod history;
pub mod home;
pub mod how_scored;
pub mod levels;
pub mod not_found;
pub mod quiz;
pub mod results;
pub mod shared;
pub mod week;
