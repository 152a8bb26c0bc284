//! The direct browser calls both modules make, each failing softly: an API the browser
//! lacks or refuses gives a default, never a panic.

pub mod dom;
pub mod dropped;
pub mod embed;
pub mod ptr;
pub mod storage;
