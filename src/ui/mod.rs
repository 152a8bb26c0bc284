//! The browser shell: renders `state::AppState` and sends `state::Action`s.
//!
//! Nothing here computes a score (that is `crate::scoring::evaluate`) or holds a
//! user-facing string (that is `crate::i18n`). Only compiled for `wasm32`.
//!
//! - `app`: the root component: the reducer (route included), start-up, page choice
//! - `hooks`: `use_hash_route` (hashchange -> `Action::Navigate`) and
//!   `use_browser_sync` (autosave, `<html lang>` and title, focus after navigation)
//! - `storage`, `dom`: the few browser calls, each failing softly
//! - `components`: reusable pieces (header, question radio groups, bars, radar chart,
//!   stage ladder, recommendations, ...); only the radio group is a Yew component
//! - `pages`: one function per route
//! - `ptr`: hook dependencies compared by pointer
//! - `tools`: the client of the tools worker (import/export, CSV survey, QR codes),
//!   a second wasm module started on first use
//!
//! Size notes (the first load has a 150 KB gzip budget): display pieces are plain
//! functions, not components (a component costs 1-2 KB of WebAssembly); no `classes!`
//! (it brings a hashed set), state goes in `data-*` attributes instead; no JSON and no
//! router crate.

mod app;
mod components;
mod dom;
mod hooks;
mod pages;
mod ptr;
mod storage;
mod tools;

pub use app::App;
