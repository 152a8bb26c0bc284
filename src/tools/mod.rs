//! The tools that run in a Web Worker, off the first page load: JSON import/export,
//! CSV survey aggregation, QR codes and report files.
//!
//! They weigh more than the rest of the app put together (a JSON parser, a CSV reader,
//! a QR encoder), and a user needs them only after answering, so the browser build puts
//! them in a second wasm module that is fetched the first time one is used. The main app
//! and the worker talk in plain text: `protocol` is that language, shared by both sides;
//! `handle` is the worker's side; `page` draws the panels the app shows from the worker
//! (the share page's sections, the report's cover), so that their code and words stay
//! off the first load too. All plain Rust, tested natively.

mod handle;
pub mod page;
pub mod protocol;

pub use handle::handle;
pub use protocol::{Op, Reply, Request, SurveySummary};
