//! Embed mode: the app in a frame of a host page (a pemda's portal). web/embed.js builds
//! the frame's address; web/boot.js checks its options before the first paint and puts
//! what it accepted on `<html>` as attributes, which are read here. docs/embedding.md is
//! the host's side of it.

use super::dom;

fn root_attr(name: &str) -> Option<String> {
    dom::document()?.document_element()?.get_attribute(name)
}

/// The app is in embed mode (`<html data-embed>`).
pub fn embedded() -> bool {
    root_attr("data-embed").is_some()
}

/// The host origin that opted in to receive the host events (`ready`, `progress`,
/// `result`), checked by web/boot.js to be an origin; `None` unless the host named one.
pub fn events_origin() -> Option<String> {
    root_attr("data-events-origin").filter(|o| !o.is_empty())
}

/// The host page's address, on which result links made in the frame open.
pub fn share_base() -> Option<String> {
    root_attr("data-share-base").filter(|b| !b.is_empty())
}

/// The app's own page, without query or fragment: where "open in a full page" leads.
pub fn app_page() -> String {
    let href = dom::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split(['#', '?'])
        .next()
        .unwrap_or_default()
        .to_string()
}
