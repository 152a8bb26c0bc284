//! localStorage, where the browser allows it.
//!
//! Every call re-checks, because access can throw (a sandboxed iframe, storage disabled)
//! and writes can fail later (private mode quotas, a full disk). A failure is reported
//! as `false` / `None` so the app keeps working and tells the user.

/// The autosaved assessment, as a `crate::share` code. The version in the key is the
/// storage layout's, so a future layout can read this one and migrate it.
pub const ASSESSMENT_KEY: &str = "cermat.v1.assessment";
/// The language the user chose, `id` or `en`.
pub const LANG_KEY: &str = "cermat.lang";
/// Saved work that could not be read is kept under this prefix plus a timestamp, so a
/// second damaged save never overwrites the first.
pub const DAMAGED_PREFIX: &str = "cermat.v1.damaged.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// True when a value can be written and removed again.
pub fn probe() -> bool {
    const KEY: &str = "cermat.probe";
    storage().is_some_and(|s| s.set_item(KEY, "1").is_ok() && s.remove_item(KEY).is_ok())
}

pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes a value; `false` when it could not be kept.
pub fn set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}
