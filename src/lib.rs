//! Cermat: a smart-government maturity calculator.
//!
//! The crate is a pure core (everything but `ui`) and a thin browser shell (`ui`).
//! The core has no web dependency and is tested natively with `cargo test`; the shell
//! exists only on `wasm32` and renders state and sends events, never computing a score.
//!
//! - `model`: the vocabulary (instruments, answers, bilingual text)
//! - `content`: the instruments, recommendations and band sets, as reviewable data
//! - `scoring`: how every score, level, gap and stage is computed (docs/methodology.md rules 1-8)
//! - `format`: the versioned JSON response and report files, validated strictly
//! - `share`: the compact codec for result links and autosave
//! - `survey`: aggregating many respondents from a CSV export
//! - `statistics`: the survey statistics a kajian reports (descriptives, reliability, profile)
//! - `websites`: the inventory of agency websites and its share of active sites (issue 11)
//! - `compare`: many assessments: side by side, over time, and OPD units rolled up (issue 10)
//! - `forms`: questionnaires to hand out (Google Form script, XLSForm, CSV template)
//! - `i18n`: every user-facing string of the shell, in both languages
//! - `route`: the hash routes a user can bookmark
//! - `state`: the app's reducer, and the views module's (`state::views`)
//! - `store`: what is kept in the browser's storage, exact, and how tabs merge it
//! - `bridge`: the messages between the first-load app and the on-demand views module
//! - `worker`: what the tools worker does (imports, exports, surveys), off the main thread
//! - `ui`: the browser shell, split by when it loads (see `ui`); natively it only
//!   renders the prerendered first screens

pub mod bridge;
pub mod chart;
pub mod compare;
pub mod content;
pub mod embed_snippet;
pub mod format;
pub mod forms;
pub mod host_events;
pub mod i18n;
pub mod model;
pub mod narrative;
pub mod plan;
pub mod qr;
pub mod route;
pub mod scoring;
pub mod share;
pub mod state;
pub mod statistics;
pub mod store;
pub mod survey;
pub mod ui;
pub mod websites;
pub mod worker;
pub mod workspace;
