//! Pure logic: no yew, web-sys or gloo. Tested natively.

pub mod answers;
pub mod attempt;
pub mod card;
pub mod case;
pub mod day;
pub mod embed;
pub mod evidence;
pub mod filter;
pub mod fingerprint;
pub mod history;
pub mod json;
pub mod kept;
pub mod packet;
pub mod people;
pub mod quick;
pub mod quiz;
pub mod radar;
pub mod scoring;
pub mod share;
pub mod sort;
pub mod store;
pub mod svg;
pub mod tracker;
pub mod week;
