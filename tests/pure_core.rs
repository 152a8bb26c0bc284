//! The core is plain Rust: nothing outside the browser shell (`src/ui`) and the binaries
//! touches a web crate. The web crates are compiled natively too (the build prerenders the
//! first screens with Yew's server renderer), so this test, not the native build, is what
//! keeps scoring, formats, state and the worker's handlers free of them.

use std::fs;
use std::path::{Path, PathBuf};

const WEB_CRATES: [&str; 5] = ["yew", "web_sys", "wasm_bindgen", "js_sys", "gloo"];

fn core_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ is readable").flatten() {
        let path = entry.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.is_dir() {
            if name != "ui" && name != "bin" {
                core_sources(&path, out);
            }
        } else if name.ends_with(".rs") && name != "main.rs" {
            out.push(path);
        }
    }
}

#[test]
fn the_core_uses_no_web_crate() {
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let mut files = Vec::new();
    core_sources(src, &mut files);
    assert!(files.len() > 40, "found only {} core files", files.len());
    let mut found = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for krate in WEB_CRATES {
                if code.contains(&format!("{krate}::")) {
                    found.push(format!("{}:{}: {krate}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "web crates in the core:\n{}",
        found.join("\n")
    );
}
