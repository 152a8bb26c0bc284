//! The first-load app (module `cermat`, `src/main.rs`): landing, profile, wizard,
//! results and shared results, within the first-load budget. Built with the
//! `lean-content` feature (index.html): the content's English is read from the guidance
//! file (`guidance_loader`), not compiled in. Pages of the on-demand views module are
//! loaded and fed by `views_host`.

mod app;
mod autosave;
mod guidance_loader;
pub mod hooks;
mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod views_host;

pub use app::App;
