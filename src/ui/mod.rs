//! The browser shell: renders state and sends actions. Only compiled for `wasm32`.
//!
//! Split by when the code reaches the browser:
//!
//! - `first_load`: the app every visitor downloads first (module `cermat`, from
//!   `src/main.rs`): landing, profile, wizard, results and shared results. Its size is
//!   budgeted (150 KB gzip with the page), so it holds nothing the first screens do
//!   not need: built with the `lean-content` feature, it carries the content's
//!   Indonesian only, and the English comes with the guidance file
//!   (`first_load::guidance_loader`).
//! - `on_demand`: the views module (`cermat-views`, from `src/bin/cermat-views.rs`),
//!   fetched the first time one of its pages is opened: share and export, methodology,
//!   the printable report, and every page added later that the first screen does not
//!   need. It has its own Yew renderer on its own root (`#views`, beside the app's
//!   `#app`), and talks to the app through `crate::bridge`.
//! - The tools worker (`src/bin/cermat-tools.rs` over `crate::worker`) is not here: it
//!   has no UI. The views module starts it for work that grows with the input.
//!
//! Shared by both modules (each links only what it uses):
//! - `components`: display pieces (header, bars, radar chart, stage ladder,
//!   recommendations, the results dashboard), plain functions returning `Html`
//! - `browser`: the few direct browser calls, each failing softly
//!
//! Nothing here computes a score (that is `crate::scoring::evaluate`) or holds a
//! user-facing string (that is `crate::i18n`). Every view is built with `html!`: no
//! markup is ever inserted from a string (`tests/no_markup_strings.rs` fails the build
//! otherwise), so text from a user, a link or a file is always a text node.

pub mod browser;
pub mod components;
pub mod first_load;
pub mod on_demand;
