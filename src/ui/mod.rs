//! The browser shell: renders `state::AppState` and sends `state::Action`s.
//!
//! Nothing here computes a score (that is `crate::scoring::evaluate`) or holds a
//! user-facing string (that is `crate::i18n`). Only compiled for `wasm32`.
//!
//! - `app`: the root component: reducer, hash route, autosave, language, focus
//! - `hooks`: `use_hash_route`, `use_autosave`
//! - `storage`, `dom`: the few browser calls, each failing softly
//! - `components`: reusable pieces (header, items, bars, chart, ladder, ...)
//! - `pages`: one component per route

mod app;
mod components;
mod dom;
mod hooks;
mod pages;
mod ptr;
mod storage;

pub use app::App;
