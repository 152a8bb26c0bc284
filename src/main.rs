//! The browser app's entry point. Built for `wasm32` by Trunk (`trunk serve`); a
//! native build only prints how to run it, so `cargo build` works everywhere.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<cermat::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!(
        "Cermat runs in the browser: `trunk serve` (or `trunk build --release`, then serve dist/)."
    );
    println!("The command-line scorer is `cargo run --bin cermat-cli`.");
}
