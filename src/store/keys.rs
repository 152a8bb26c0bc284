//! Where the workspace lives in the browser's storage (issue 10).
//!
//! Every assessment of the workspace is a save of its own (`super::Saved`) under its own
//! key, so each keeps the autosave's rules (merged across tabs, never written stale,
//! damaged copies kept): the first one under `FIRST_SAVE`, where every earlier version
//! kept its one assessment, and the others under `FIRST_SAVE` + `.` + an id. A tab edits
//! one of them, its *current* one: the id in `CURRENT` in the tab's session storage (so
//! two tabs can work on two assessments), else the last one chosen in any tab (the same
//! key in local storage). The workspace's list is the set of save keys present: there is
//! no index that could disagree with the saves. A name given to an assessment sits under
//! `NAME_PREFIX` + id, and a deleted one under `TRASH_PREFIX` + id until it is restored.

/// The first assessment's save, and the prefix of the others' (`ui::browser::storage::
/// SAVE_KEY`, which web/boot.js also knows: `tests/shell.rs` checks all three agree).
pub const FIRST_SAVE: &str = "cermat.v2.save";
/// The current assessment's id (empty for the first), in session and local storage.
pub const CURRENT: &str = "cermat.ws.current";
/// An assessment's name, when the user gave one.
pub const NAME_PREFIX: &str = "cermat.ws.name.";
/// A deleted assessment's save, until it is restored or the trash is emptied.
pub const TRASH_PREFIX: &str = "cermat.ws.trash.";
/// The longest id read back: ids are made by `new_id`, so anything longer is not one.
const MAX_ID: usize = 24;

/// The save key of the assessment `id` (`""`: the first one).
pub fn save_key(id: &str) -> String {
    if id.is_empty() {
        FIRST_SAVE.to_string()
    } else {
        [FIRST_SAVE, ".", id].concat()
    }
}

/// `id` when it is one `new_id` could have made (lower-case letters and digits), else
/// the first assessment's: a hand-edited or foreign value never names a strange key.
pub fn clean_id(id: &str) -> &str {
    let valid = id.len() <= MAX_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    if valid {
        id
    } else {
        ""
    }
}

/// The id of the assessment whose save `key` is, if it is a save key.
pub fn id_of_save_key(key: &str) -> Option<&str> {
    if key == FIRST_SAVE {
        return Some("");
    }
    let id = key.strip_prefix(FIRST_SAVE)?.strip_prefix('.')?;
    (!id.is_empty() && clean_id(id) == id).then_some(id)
}

/// A new id: the time in base 36 and a random tail, so two tabs creating at the same
/// millisecond still differ.
pub fn new_id(now_ms: u64, random: u32) -> String {
    [base36(now_ms), base36(u64::from(random % 1_679_616))].join("")
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_ids_round_trip() {
        assert_eq!(save_key(""), "cermat.v2.save");
        let id = new_id(1_764_000_000_000, 12_345);
        assert_eq!(clean_id(&id), id);
        assert_eq!(id_of_save_key(&save_key(&id)), Some(id.as_str()));
        assert_eq!(id_of_save_key("cermat.v2.save"), Some(""));
        assert_ne!(new_id(1, 2), new_id(1, 3));
    }

    #[test]
    fn strange_keys_and_ids_name_nothing() {
        for key in [
            "cermat.v2.saved",
            "cermat.v2.save.",
            "cermat.v2.save.ABC",
            "cermat.v2.save.a/b",
            "cermat.v1.assessment",
            "cermat.ws.name.abc",
        ] {
            assert_eq!(id_of_save_key(key), None, "{key}");
        }
        assert_eq!(clean_id("../x"), "");
        assert_eq!(clean_id(&"a".repeat(25)), "");
        assert_eq!(clean_id("k3x9"), "k3x9");
    }
}
