//! localStorage, where the browser allows it.
//!
//! Every call re-checks, because access can throw (a sandboxed iframe, storage disabled)
//! and writes can fail later (a full quota). A failed write says which of the two it was
//! (`Fault`), so the user is told the truth; nothing here panics.

use wasm_bindgen::JsValue;

/// The autosave of the workspace's first assessment (`crate::store::Saved`), exact and
/// merged across tabs; the others' are beside it (`crate::store::keys`).
pub const SAVE_KEY: &str = "cermat.v2.save";
/// The autosave of earlier versions, a `crate::share` code: read when there is no
/// `SAVE_KEY` yet, never written.
pub const LEGACY_KEY: &str = "cermat.v1.assessment";
/// The language the user chose, `id` or `en`.
pub const LANG_KEY: &str = "cermat.lang";
/// Saved work that could not be read is kept under this prefix plus a timestamp, so a
/// second damaged save never overwrites the first.
pub const DAMAGED_PREFIX: &str = "cermat.v1.damaged.";

/// Why a write failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The browser's storage for this site is full.
    Full,
    /// Storage is off, refused, or gone.
    Unavailable,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The save key of the assessment this tab works on (`crate::store::keys`), as
/// web/boot.js found it before the app started (this tab's choice, else the last one
/// made in any tab, else the first) and wrote on `<html data-save>`: read there, it
/// costs the first load no session-storage code of its own.
pub fn current_save_key() -> String {
    let key = crate::ui::browser::dom::document()
        .and_then(|d| d.document_element()?.get_attribute("data-save"));
    key.unwrap_or_else(|| SAVE_KEY.to_string())
}

/// True when a value can be written and removed again.
pub fn probe() -> bool {
    const KEY: &str = "cermat.probe";
    storage().is_some_and(|s| s.set_item(KEY, "1").is_ok() && s.remove_item(KEY).is_ok())
}

pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Every key of this site's storage (the workspace lists its saves from them); empty
/// when the storage cannot be read.
pub fn keys() -> Vec<String> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let n = storage.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

/// Removes a value; `false` when the storage refused.
pub fn remove(key: &str) -> bool {
    storage().is_some_and(|s| s.remove_item(key).is_ok())
}

/// Writes a value, or says why it could not be kept.
pub fn set(key: &str, value: &str) -> Result<(), Fault> {
    let storage = storage().ok_or(Fault::Unavailable)?;
    storage.set_item(key, value).map_err(|e| fault(&e))
}

/// A `QuotaExceededError` (by name, as browsers differ in codes) is a full storage.
fn fault(error: &JsValue) -> Fault {
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string());
    match name.as_deref() {
        Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") => Fault::Full,
        _ => Fault::Unavailable,
    }
}

/// Keeps `value` under a new damaged-save key; `true` only once it is confirmed written.
pub fn keep_copy(value: &str, now: u64) -> bool {
    let key = [DAMAGED_PREFIX, &now.to_string()].concat();
    set(&key, value).is_ok() && get(&key).as_deref() == Some(value)
}
