//! The few direct browser calls the shell makes. Each one fails softly: an API the
//! browser lacks or refuses gives a default, never a panic.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Document, HtmlElement, Window};

pub fn window() -> Option<Window> {
    web_sys::window()
}

pub fn document() -> Option<Document> {
    window()?.document()
}

/// The `content` of `<meta name="{name}">`: the build names files the app loads there.
pub fn meta_content(name: &str) -> Option<String> {
    let selector = ["meta[name=", name, "]"].concat();
    document()?
        .query_selector(&selector)
        .ok()??
        .get_attribute("content")
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
    let Some(doc) = document() else { return };
    if let Some(el) = doc.get_element_by_id("boot") {
        el.remove();
    }
    // The start-failure message goes too, unless it says the frame is sandboxed: the app
    // runs there but can keep nothing, which the message explains (web/boot.js).
    let sandboxed = doc
        .document_element()
        .and_then(|e| e.get_attribute("data-failure"))
        .is_some_and(|f| f == "sandbox");
    if let (Some(el), false) = (doc.get_element_by_id("boot-failure"), sandboxed) {
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

/// The same for a page drawn inside the element `root_id` (the views module's).
pub fn focus_heading_in(root_id: &str) {
    let selector = ["#", root_id, " h1"].concat();
    if let Some(h1) = document().and_then(|d| d.query_selector(&selector).ok().flatten()) {
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

/// The value of the checked radio of the item `id` inside `root` (a CSS selector).
pub fn checked_value(root: &str, id: &str) -> Option<String> {
    let query = [root, " fieldset[data-item=\"", id, "\"] input:checked"].concat();
    let input = document()?.query_selector(&query).ok()??;
    Some(input.dyn_into::<web_sys::HtmlInputElement>().ok()?.value())
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

/// Focuses an element (a button of an in-page question, say).
pub fn focus(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
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

/// The address of a shared result: this page without its query or hash, then the code
/// in the fragment, which browsers never send to a server.
pub fn result_link(code: &str) -> String {
    // In a frame whose host named its own page, the link opens there (web/embed.js
    // hands the code to the frame).
    let page = super::embed::share_base()
        .map(|base| base.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_else(super::embed::app_page);
    [page.as_str(), "#/r/", code].concat()
}

/// The address of a page of the app (`#/compare/...`): this page without its query or
/// hash, then `hash`. Unlike a result link it always opens the app itself.
pub fn page_link(hash: &str) -> String {
    [super::embed::app_page().as_str(), hash].concat()
}

/// Today as `YYYY-MM-DD` (UTC).
pub fn today() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.get(..10).unwrap_or_default().to_string()
}

type Then = Box<dyn FnOnce(Option<JsValue>)>;

/// Calls `then` once `promise` settles: with its value, or `None` when it is rejected
/// (which is thus always handled: no console error).
pub fn settle(promise: &js_sys::Promise, then: Then) {
    let slot = Rc::new(Cell::new(Some(then)));
    let (ok, err) = (settler(Rc::clone(&slot), true), settler(slot, false));
    let _ = promise.then2(&ok, &err);
    // Each is called at most once, by the promise; leaving them to it costs a few bytes.
    ok.forget();
    err.forget();
}

/// One side of `settle`: both sides are the same closure type, compiled once.
fn settler(slot: Rc<Cell<Option<Then>>>, ok: bool) -> Closure<dyn FnMut(JsValue)> {
    Closure::own_aborting(move |v: JsValue| {
        if let Some(then) = slot.take() {
            then(ok.then_some(v))
        }
    })
}

/// Reads a chosen or dropped file as UTF-8 text; `None` when it cannot be read.
pub fn read_file(file: &web_sys::File, then: impl FnOnce(Option<String>) + 'static) {
    settle(
        &file.text(),
        Box::new(move |v| then(v.and_then(|v| v.as_string()))),
    );
}

/// Saves `text` as the file `name` through a `Blob` (a workspace of hundreds of
/// assessments is megabytes: too much for a `data:` address in the page); `false` when
/// the browser refused.
pub fn save_file(name: &str, mime: &str, text: &str) -> bool {
    let save = || -> Option<()> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement =
            wasm_bindgen::JsCast::dyn_into(document()?.create_element("a").ok()?).ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // The download has started from the click; the address is no longer needed.
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    save().is_some()
}

/// The first file of a file input's or a drop's list.
pub fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files?.get(0)
}

/// `navigator[name]` when the browser has it (`clipboard`, `share`).
fn navigator_has(name: &str) -> Option<web_sys::Navigator> {
    let navigator = window()?.navigator();
    let has = js_sys::Reflect::has(&navigator, &JsValue::from_str(name)).unwrap_or(false);
    has.then_some(navigator)
}

/// Copies `text` to the clipboard; `then(true)` once it is there, `then(false)` when the
/// browser has no clipboard access or refuses it.
pub fn copy_text(text: &str, then: impl FnOnce(bool) + 'static) {
    match navigator_has("clipboard") {
        Some(n) => settle(
            &n.clipboard().write_text(text),
            Box::new(move |v| then(v.is_some())),
        ),
        None => then(false),
    }
}

/// True on a touch screen without a fine pointer (a phone): no Ctrl+C, no dragging.
pub fn is_touch() -> bool {
    window()
        .and_then(|w| w.match_media("(pointer: coarse)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// True where the Web Share API exists (phones, some desktops).
pub fn can_share() -> bool {
    navigator_has("share").is_some()
}

/// Opens the device's share sheet for a link (WhatsApp is one tap from there).
pub fn share_link(title: &str, url: &str) {
    if let Some(n) = navigator_has("share") {
        // `{ title, url }`, built with Reflect: fewer bindings than `ShareData`'s setters.
        let data = js_sys::Object::new();
        for (key, value) in [("title", title), ("url", url)] {
            let _ = js_sys::Reflect::set(&data, &key.into(), &value.into());
        }
        // Cancelling the sheet rejects the promise: nothing to do then.
        settle(&n.share_with_data(data.unchecked_ref()), Box::new(|_| ()));
    }
}

/// Selects the text of an input (the copy fallback: the user presses Ctrl+C).
pub fn select_input(id: &str) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
    }
}

/// Selects the text inside the element `id` (where the clipboard is refused, the user
/// copies it by hand: Ctrl+C, or the long-press menu on a phone).
pub fn select_contents(id: &str) {
    let (Some(w), Some(el)) = (window(), document().and_then(|d| d.get_element_by_id(id))) else {
        return;
    };
    if let Ok(Some(selection)) = w.get_selection() {
        let _ = selection.select_all_children(&el);
    }
}

/// Copies what is selected, as the browser copies a selection (a table stays a table
/// when pasted into a word processor); false where the browser refuses.
pub fn copy_selection() -> bool {
    document()
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}

/// The browser's print dialog (and its "Save as PDF").
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}
