//! The on-demand views module's entry point (see `cermat::ui::on_demand`). Built for
//! `wasm32` by Trunk and loaded by the first-load app when one of its pages is opened.

#[cfg(target_arch = "wasm32")]
fn main() {
    cermat::ui::on_demand::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("cermat-views is loaded by the browser app on demand; natively, use cermat-cli.");
}
