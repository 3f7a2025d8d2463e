//! Pure reducers (`impl Reducible`): state transitions only, no I/O.

pub mod store;
