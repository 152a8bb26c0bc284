//! The website inventory in the browser's storage (`crate::websites::storage_key`): one
//! save per assessment, beside its name, merged with whatever another tab wrote before
//! every write, so no tab writes over rows it has not seen. A copy that cannot be read
//! whole is kept aside before anything is written over it.

use crate::store::Saved;
use crate::ui::browser::storage;
use crate::ui::on_demand::workspace_store::current_id;
use crate::websites::{entries, row_id, rows, storage_key, Website};

/// Where the open assessment's inventory is kept.
pub fn key() -> String {
    storage_key(&current_id())
}

/// What is stored under `key`, and whether it was damaged (then the original is kept
/// under `key` + `.damaged`, once, and what can be read of it is returned).
pub fn read(key: &str) -> (Saved, bool) {
    let Some(text) = storage::get(key) else {
        return (Saved::default(), false);
    };
    match Saved::decode(&text) {
        Ok(saved) => (saved, false),
        Err(_) => {
            let aside = [key, ".damaged"].concat();
            if storage::get(&aside).is_none() {
                let _ = storage::set(&aside, &text);
            }
            (Saved::decode_lenient(&text), true)
        }
    }
}

/// Writes `ours` merged with what is stored now; the merged save, or `None` when it could
/// not be written (the storage is full or refused).
pub fn write(key: &str, ours: &Saved) -> Option<Saved> {
    let (stored, _) = read(key);
    let merged = ours.merge(&stored);
    storage::set(key, &merged.encode()).ok()?;
    Some(merged)
}

/// The sites of assessment `id`'s inventory.
pub fn sites_of(id: &str) -> Vec<Website> {
    let (saved, _) = read(&storage_key(id));
    rows(saved.values()).into_iter().map(|r| r.site).collect()
}

/// Makes `sites` the inventory of assessment `id` (an imported file's), merged as an
/// edit: the rows there before are removed, so another tab learns of it. No sites: the
/// inventory stays as it was (a file without one says nothing of it). `false` when it
/// could not be written.
pub fn replace(id: &str, sites: &[Website], now: u64) -> bool {
    if sites.is_empty() {
        return true;
    }
    let key = storage_key(id);
    let (saved, _) = read(&key);
    let fresh: Vec<crate::websites::Row> = sites
        .iter()
        .enumerate()
        .map(|(seq, site)| crate::websites::Row {
            id: row_id(now, seq, 0),
            site: site.clone(),
        })
        .collect();
    let next = saved.record_entries(&entries(&fresh), now);
    write(&key, &next).is_some()
}

/// Copies the inventory of assessment `from` to assessment `to` (a copy made "to start
/// next year's from this one"); nothing when there is none.
pub fn copy(from: &str, to: &str, now: u64) {
    let (saved, _) = read(&storage_key(from));
    let rows = crate::websites::rows(saved.values());
    if rows.is_empty() {
        return;
    }
    let copy = Saved::default().record_entries(&crate::websites::entries(&rows), now);
    let _ = storage::set(&storage_key(to), &copy.encode());
}
