//! The on-demand views module (`cermat-views`, `src/bin/cermat-views.rs`): pages the
//! first screen does not need (share and export, methodology, the printable report, and
//! those added later), fetched the first time one is opened.
//!
//! It is a separate WebAssembly module with its own Yew renderer, mounted on `#views`, a
//! sibling of the first-load app's `#app` (never inside it, so neither renderer touches
//! the other's nodes). The app tells it what to show and it hands back what it cannot do
//! itself, through `crate::bridge`. Work that grows with the input goes to the tools
//! worker (`worker_client`).

mod app;
mod host_events;
mod pages;
mod websites_store;
mod websites_sync;
mod worker_client;
mod workspace_store;
mod workspace_sync;

use crate::bridge::VIEWS_ROOT_ID;
use crate::ui::browser::dom;

/// Mounts the views module on `#views` (the app creates it before loading this module).
pub fn run() {
    if let Some(root) = dom::document().and_then(|d| d.get_element_by_id(VIEWS_ROOT_ID)) {
        yew::Renderer::<app::ViewsApp>::with_root(root).render();
    }
}
