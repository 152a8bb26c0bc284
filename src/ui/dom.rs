//! The few direct browser calls the shell makes. Each one fails softly: an API the
//! browser lacks or refuses gives a default, never a panic.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, Window};

pub fn window() -> Option<Window> {
    web_sys::window()
}

pub fn document() -> Option<Document> {
    window()?.document()
}

/// `location.hash`, or empty.
pub fn hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// `location.search` (`?lang=en`), or empty.
pub fn search() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Goes to a hash route; the `hashchange` listener then renders it.
pub fn set_hash(hash: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(hash);
    }
}

/// `navigator.languages`, falling back to `navigator.language`.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// `<html lang>`, so screen readers pronounce the page in the right language.
pub fn set_html_lang(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Removes the "loading" text that index.html shows until the app is running.
pub fn remove_boot_text() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("boot")) {
        el.remove();
    }
}

fn html_element(id: &str) -> Option<HtmlElement> {
    document()?
        .get_element_by_id(id)?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Moves keyboard and screen-reader focus to the page's main heading, so that after
/// a route change the reader starts at the new page, not at a link that is gone.
pub fn focus_page_heading() {
    if let Some(h1) = document().and_then(|d| d.query_selector("main h1").ok().flatten()) {
        if let Ok(h1) = h1.dyn_into::<HtmlElement>() {
            let _ = h1.focus();
        }
    }
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Focuses the first radio of an item's fieldset (`q-<id>`); the browser scrolls it
/// into view. Returns whether the item was on the page.
pub fn focus_item(id: &str) -> bool {
    let Some(fieldset) = html_element(&item_dom_id(id)) else {
        return false;
    };
    let radio = fieldset
        .query_selector("input")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    match radio {
        Some(radio) => radio.focus().is_ok(),
        None => fieldset.focus().is_ok(),
    }
}

/// Focuses `<main>`, for the skip link.
pub fn focus_main() {
    if let Some(main) = html_element("main") {
        let _ = main.focus();
    }
}

/// The DOM id of an item's fieldset.
pub fn item_dom_id(id: &str) -> String {
    ["q-", id].concat()
}

/// `window.confirm`; `false` when dialogs are blocked (a sandboxed iframe).
pub fn confirm(message: &str) -> bool {
    window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

/// Milliseconds since the epoch, for naming backup keys.
pub fn now_millis() -> u64 {
    let ms = js_sys::Date::now();
    if ms.is_finite() && ms > 0.0 {
        ms as u64
    } else {
        0
    }
}
