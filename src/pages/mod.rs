//! One component per route.

pub mod dimension;
pub mod explore;
pub mod home;
pub mod how_scored;
pub mod levels;
pub mod not_found;
pub mod quiz;
pub mod results;
pub mod week;
