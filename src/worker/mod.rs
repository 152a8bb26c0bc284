//! What runs in the tools worker (`src/bin/cermat-tools.rs`), off the main thread and off
//! the first load: JSON import and export, templates, CSV survey aggregation and report
//! files.
//!
//! They weigh more than the first-load app (a JSON parser, a CSV reader), their work
//! grows with the input, and a user needs them only after answering, so the browser build
//! puts them in a Web Worker fetched the first time one is used. The views module and the
//! worker talk in plain text: `protocol` is that language, shared by both sides; `handle`
//! is the worker's side. Replies are data, never markup. All plain Rust, tested natively.

mod handle;
pub mod protocol;
pub mod records;
pub mod survey_summary;
mod workspace_ops;

pub use handle::{handle, handle_file, handle_files};
pub use protocol::{Op, Reply, Request};
pub use survey_summary::SurveySummary;
