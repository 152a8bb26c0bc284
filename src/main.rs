//! The first-load app's entry point (`cermat::ui::first_load`). Built for `wasm32` by
//! Trunk (`trunk serve`); a native build only prints how to run it, so `cargo build`
//! works everywhere.

#[cfg(target_arch = "wasm32")]
fn main() {
    // Into index.html's `#app`, replacing the static header there; the static landing
    // beside it is adopted by the app (`cermat::ui` pages, `landing`). A page without it
    // (a host that rewrote index.html) gets the app in its body.
    let document = web_sys::window().and_then(|w| w.document());
    let root = document.as_ref().and_then(|d| {
        d.get_element_by_id("app")
            .or_else(|| d.body().map(Into::into))
    });
    if let Some(root) = root {
        yew::Renderer::<cermat::ui::first_load::App>::with_root(root).render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!(
        "Cermat runs in the browser: `trunk serve` (or `trunk build --release`, then serve dist/)."
    );
    println!("The command-line scorer is `cargo run --bin cermat-cli`.");
}
