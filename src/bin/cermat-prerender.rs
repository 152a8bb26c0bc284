//! Prints the prerendered first screens for index.html (scripts/prerender.mjs, a Trunk
//! hook, puts them in the built page). See `cermat::ui::first_load::prerender`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", cermat::ui::first_load::prerender::first_step_html());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
