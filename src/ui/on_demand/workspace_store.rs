//! The workspace in the browser's storage (`store::keys`), as the workspace page reads
//! and changes it. Every change is one or two writes of whole values, checked: a write
//! that fails says why (`Fault`), and nothing is removed before its copy is written, so a
//! full storage never costs an answer. Opening another assessment reloads the page, so
//! the app starts on it with every rule of the autosave (tabs, damaged saves) as it
//! always does.

use crate::route::Route;
use crate::state::workspace::Written;
use crate::store::keys::{
    clean_id, id_of_save_key, new_id, save_key, CURRENT, NAME_PREFIX, TRASH_PREFIX,
};
use crate::store::Saved;
use crate::ui::browser::dom;
use crate::ui::browser::storage::{self, Fault};
use crate::worker::records::{ImportReply, SaveRecord};

/// Deleted assessments kept for an undo, at most; older ones are removed for good.
const TRASH_KEPT: usize = 20;

/// The id of the assessment this tab has open (web/boot.js wrote its key on `<html>`).
pub fn current_id() -> String {
    let key = dom::document()
        .and_then(|d| d.document_element()?.get_attribute("data-save"))
        .unwrap_or_default();
    id_of_save_key(&key).unwrap_or_default().to_string()
}

/// Every assessment of the workspace, in key order (the first one first), with the open
/// one even when it has not been written yet.
pub fn saves() -> Vec<SaveRecord> {
    saves_with(false)
}

/// `saves`, each with its website inventory riding along when `websites`
/// (`websites::attach`): what the workspace file is made of.
pub fn saves_with(websites: bool) -> Vec<SaveRecord> {
    let mut records = saves_only();
    if websites {
        for record in &mut records {
            let sites = super::websites_store::sites_of(&record.id);
            record.save = crate::websites::attach(&record.save, &sites);
        }
    }
    records
}

fn saves_only() -> Vec<SaveRecord> {
    let mut ids: Vec<String> = storage::keys()
        .iter()
        .filter_map(|k| id_of_save_key(k).map(str::to_string))
        .collect();
    let current = current_id();
    if !ids.contains(&current) {
        ids.push(current);
    }
    ids.sort();
    ids.into_iter()
        .map(|id| SaveRecord {
            name: name(&id),
            save: storage::get(&save_key(&id)).unwrap_or_default(),
            id,
        })
        .collect()
}

fn name(id: &str) -> String {
    storage::get(&[NAME_PREFIX, id].concat()).unwrap_or_default()
}

/// A new assessment with this save and name; its id.
pub fn add(save: &str, name: &str) -> Result<String, Fault> {
    let id = new_id(dom::now_millis(), random());
    storage::set(&save_key(&id), save)?;
    if !name.trim().is_empty() {
        // The save is in: a name that does not fit is no loss (the label stands in).
        let _ = storage::set(&[NAME_PREFIX, &id].concat(), name.trim());
    }
    Ok(id)
}

fn random() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Gives `id` this name (an empty one takes the name away: the label stands in).
pub fn rename(id: &str, name: &str) -> Result<(), Fault> {
    let key = [NAME_PREFIX, id].concat();
    if name.trim().is_empty() {
        storage::remove(&key);
        return Ok(());
    }
    storage::set(&key, name.trim())
}

/// A copy of `id` as a new assessment dated `today`, named `name`: "start next year's
/// from this one". Its id.
pub fn duplicate(id: &str, name: &str, today: &str) -> Result<String, Fault> {
    let text = storage::get(&save_key(id)).unwrap_or_default();
    let saved = Saved::decode(&text).unwrap_or_else(|_| Saved::decode_lenient(&text));
    let mut assessment = saved.assessment();
    assessment.profile.date = today.to_string();
    let now = dom::now_millis();
    let copy = Saved::default().record(&assessment, now);
    let new = add(&copy.encode(), name)?;
    super::websites_store::copy(id, &new, now);
    Ok(new)
}

/// Moves `id` to the trash (kept for an undo). The open assessment is never deleted:
/// this tab would write it straight back.
pub fn delete(id: &str) -> Result<(), Fault> {
    if id == current_id() {
        return Err(Fault::Unavailable);
    }
    let key = save_key(id);
    let save = storage::get(&key).unwrap_or_default();
    let kept = [&dom::now_millis().to_string(), "\n", save.as_str()].concat();
    // The copy first: when it does not fit, nothing is removed.
    storage::set(&[TRASH_PREFIX, id].concat(), &kept)?;
    storage::remove(&key);
    empty_old_trash();
    Ok(())
}

/// Puts a deleted assessment back, merged with whatever another tab wrote there since.
pub fn restore(id: &str) -> Result<(), Fault> {
    let trash_key = [TRASH_PREFIX, id].concat();
    let Some(kept) = storage::get(&trash_key) else {
        return Err(Fault::Unavailable);
    };
    let save = kept.split_once('\n').map_or("", |(_, save)| save);
    let key = save_key(id);
    let text = match (
        Saved::decode(save),
        storage::get(&key).map(|t| Saved::decode(&t)),
    ) {
        (Ok(old), Some(Ok(new))) => old.merge(&new).encode(),
        _ => save.to_string(),
    };
    storage::set(&key, &text)?;
    storage::remove(&trash_key);
    Ok(())
}

/// Keeps the `TRASH_KEPT` most recent deletions.
fn empty_old_trash() {
    let mut trash: Vec<(u64, String)> = storage::keys()
        .into_iter()
        .filter(|k| k.starts_with(TRASH_PREFIX))
        .map(|k| {
            let at = storage::get(&k)
                .and_then(|v| v.split_once('\n')?.0.parse().ok())
                .unwrap_or(0);
            (at, k)
        })
        .collect();
    trash.sort();
    let excess = trash.len().saturating_sub(TRASH_KEPT);
    for (_, key) in trash.into_iter().take(excess) {
        storage::remove(&key);
        // Its website inventory goes with it (never the first assessment's, whose id
        // is empty: a strange trash key names nothing).
        let id = key.strip_prefix(TRASH_PREFIX).unwrap_or_default();
        if !id.is_empty() && clean_id(id) == id {
            storage::remove(&crate::websites::storage_key(id));
        }
    }
}

/// Opens `id` in this tab (and makes it the one new tabs open) at `route`: the page
/// reloads, and the app starts on it.
pub fn open(id: &str, route: &Route) {
    let id = clean_id(id);
    let _ = storage::set(CURRENT, id);
    let Some(window) = dom::window() else { return };
    if let Ok(Some(session)) = window.session_storage() {
        let _ = session.set_item(CURRENT, id);
    }
    // Only the hash changes: the query (`?embed=1`, the language) stays.
    if let Ok(history) = window.history() {
        let hash = route.to_hash();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
    }
    let _ = window.location().reload();
}

/// Starts an empty assessment in this tab, at its profile page.
pub fn open_new() {
    open(&new_id(dom::now_millis(), random()), &Route::Profile);
}

/// Writes every assessment of an import the workspace does not hold yet (`known`: the
/// share codes it holds), until the storage is full.
pub fn write_import(reply: &ImportReply, known: &std::collections::BTreeSet<&str>) -> Written {
    let mut written = Written::default();
    let mut seen = std::collections::BTreeSet::new();
    for (at, (name, _, save, code)) in reply.added.iter().enumerate() {
        if known.contains(code.as_str()) || !seen.insert(code.as_str()) {
            written.skipped += 1;
            continue;
        }
        // A response (version 3) or workspace entry brings its website inventory.
        let (save, sites) = crate::websites::detach(save);
        match add(&save, name) {
            Ok(id) => {
                written.added += 1;
                super::websites_store::replace(&id, &sites, dom::now_millis());
            }
            Err(_) => {
                written.not_written = reply.added.len() - at;
                break;
            }
        }
    }
    written
}
