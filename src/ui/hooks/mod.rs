//! Hooks that connect the pure state to the browser.

mod use_autosave;
mod use_hash_route;

pub use use_autosave::use_autosave;
pub use use_hash_route::{navigate, use_hash_route};
