//! One component per route.

pub mod dimension;
pub mod explore;
pub mod home;
pub mod levels;
pub mod not_found;
pub mod week;
