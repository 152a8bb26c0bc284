//! Every view is a Yew component: no markup is ever built from a string and inserted
//! into the page (issue 13). This test reads every Rust and JavaScript file under `src/`
//! and fails on any call that would insert markup from a string, so a newcomer cannot
//! bring back a second, hand-made UI framework beside Yew.

use std::fs;
use std::path::{Path, PathBuf};

/// Calls that parse a string as markup and put it in the page.
const FORBIDDEN: [&str; 6] = [
    "from_html_unchecked",
    "inner_html",
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "js" || e == "mjs")
        {
            out.push(path);
        }
    }
}

/// Every forbidden call in `text`, as `file:line: call`. This file's own list is not
/// under `src/`, so it never finds itself.
fn offences(path: &Path, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for call in FORBIDDEN {
            if line.contains(call) {
                found.push(format!("{}:{}: {call}", path.display(), n + 1));
            }
        }
    }
    found
}

#[test]
fn no_markup_is_inserted_from_a_string_anywhere_in_src() {
    let mut files = Vec::new();
    sources(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    assert!(files.len() > 50, "found only {} source files", files.len());
    let found: Vec<String> = files
        .iter()
        .flat_map(|f| offences(f, &fs::read_to_string(f).unwrap_or_default()))
        .collect();
    assert!(
        found.is_empty(),
        "markup inserted from a string (build the view with html! instead):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_what_it_looks_for() {
    let sample =
        "let x = 1;\nHtml::from_html_unchecked(AttrValue::from(s))\nel.set_inner_html(&s);";
    let found = offences(Path::new("sample.rs"), sample);
    assert_eq!(
        found,
        [
            "sample.rs:2: from_html_unchecked",
            "sample.rs:3: inner_html"
        ]
    );
}
