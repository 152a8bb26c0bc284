//! Hooks that connect the pure state to the browser.

mod use_browser_sync;
mod use_hash_route;

pub use use_browser_sync::{use_browser_sync, Memory};
pub use use_hash_route::{current_route, navigate, use_hash_route};
