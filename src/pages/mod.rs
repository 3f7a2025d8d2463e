//! One component per route.

pub mod agenda;
pub mod attempt;
pub mod check;
pub mod compare;
pub mod data;
// Static screens (`first: Static`): shown from their prerendered HTML in the browser, whose build
// does not carry the content only they read (the content compiler keeps it native).
#[cfg(not(target_arch = "wasm32"))]
pub mod dimension;
pub mod embed_this;
pub mod evidence;
pub mod explore;
#[cfg(feature = "reader")]
pub mod handoff;
pub mod history;
pub mod home;
pub mod how_scored;
#[cfg(not(target_arch = "wasm32"))]
pub mod levels;
pub mod packet;
pub mod people;
pub mod person;
pub mod plan;
pub mod quiz;
pub mod results;
pub mod shared;
pub mod week;
