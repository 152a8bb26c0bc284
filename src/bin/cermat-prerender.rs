//! What the build writes into `dist/` from the app's own code (scripts/prerender.mjs, a
//! Trunk hook, puts it there):
//! - `cermat-prerender`: the prerendered first wizard step for index.html
//!   (`cermat::ui::first_load::prerender`);
//! - `cermat-prerender guidance`: the guidance file the first-load app fetches
//!   (`cermat::content::Guidance`: help, recommendations and the content's English).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    match std::env::args_os().nth(1) {
        None => print!("{}", cermat::ui::first_load::prerender::first_step_html()),
        Some(arg) if arg == "guidance" => {
            print!("{}", cermat::content::Guidance::for_first_load().encode())
        }
        Some(arg) => {
            eprintln!("cermat-prerender: unknown argument {arg:?} (none, or `guidance`)");
            std::process::exit(64);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
