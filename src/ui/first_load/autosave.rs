//! The autosave, and tabs that agree (issue 7).
//!
//! Every change is written as a `store::Saved`: this tab's save, recorded with the new
//! assessment, merged with whatever is stored (another tab may have written since), so a
//! tab never writes stale state over newer answers. When the merge brought in another
//! tab's changes, the app is given the merged assessment. Another tab's write reaches this
//! one as a `storage` event, which only asks for a sync (`Action::StorageChanged`): the
//! merge itself always runs here, with the assessment as it is now, so an answer given a
//! moment before the event is never lost.
//!
//! Nothing is written while the storage is off or full, nor over a damaged save whose
//! copy is not yet safe.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use yew::Callback;

use crate::model::Assessment;
use crate::state::{Action, Recovery, Storage};
use crate::store::Saved;
use crate::ui::browser::dom;
use crate::ui::browser::storage::{self, Fault};

#[derive(Default)]
struct Tab {
    /// This tab's view of the save: what it last wrote or merged.
    save: Saved,
    /// The assessment and the storage tick last synced.
    synced: Option<(Rc<Assessment>, u32)>,
    /// The last time stamp given, so stamps only grow within a tab.
    clock: u64,
    listener: Option<EventListener>,
}

thread_local! {
    static TAB: RefCell<Tab> = RefCell::default();
}

/// At start-up: the save the tab starts from.
pub fn start(save: Saved) {
    TAB.with_borrow_mut(|tab| tab.save = save);
}

/// Once the app is there: other tabs' writes of the save ask for a sync.
pub fn listen(on_action: &Callback<Action>) {
    let on_action = on_action.clone();
    let listener = dom::window().map(|w| {
        EventListener::new(&w, "storage", move |event| {
            let key = js_sys::Reflect::get(event, &"key".into()).ok();
            // `key` is null when the whole storage was cleared: that is news too. Any
            // assessment's save counts (a sync that finds this tab's unchanged does
            // nothing), which spares the first load a comparison with this tab's key.
            if key
                .and_then(|k| k.as_string())
                .is_none_or(|k| k.starts_with(storage::SAVE_KEY))
            {
                on_action.emit(Action::StorageChanged);
            }
        })
    });
    TAB.with_borrow_mut(|tab| tab.listener = listener);
}

/// True when the unreadable `stored` text may be written over.
fn safe(stored: &str, recovery: Option<&Recovery>, now: u64) -> bool {
    recovery.is_some_and(|r| r.kept && *r.raw == *stored) || storage::keep_copy(stored, now)
}

/// After a render: writes the assessment when it changed (or another tab wrote), merged
/// with what is stored; hands the app the merged assessment when it differs.
pub fn sync(
    assessment: &Rc<Assessment>,
    tick: u32,
    status: Storage,
    recovery: Option<&Recovery>,
    on_action: &Callback<Action>,
) {
    let unchanged = TAB.with_borrow(|tab| {
        tab.synced
            .as_ref()
            .is_some_and(|(a, t)| Rc::ptr_eq(a, assessment) && *t == tick)
    });
    let held = recovery.is_some_and(|r| !r.kept);
    // A full storage is tried again at the next change: the user may have made room.
    if unchanged || status == Storage::Unavailable || held {
        return;
    }
    let now = dom::now_millis();
    let (merged, outcome) = TAB.with_borrow_mut(|tab| {
        tab.clock = now.max(tab.clock + 1);
        let mine = tab.save.record(assessment, tab.clock);
        let mine_text = mine.encode();
        // This tab's assessment's key (fixed for the tab's life: a switch to another
        // assessment of the workspace reloads the page).
        let key = storage::current_save_key();
        let stored = storage::get(&key);
        let merged = match stored.as_deref().map(Saved::decode) {
            Some(Ok(theirs)) => mine.merge(&theirs),
            // Not readable: replaced only once a copy is safe (the one the user downloaded
            // from the recovery notice, or a copy confirmed kept now), else left alone.
            Some(Err(_)) if !safe(stored.as_deref().unwrap_or_default(), recovery, now) => {
                return (None, Err(Fault::Unavailable));
            }
            _ => mine,
        };
        let text = merged.encode();
        // Compared as text: map equality would cost the first load code of its own.
        let news = (text != mine_text).then(|| merged.assessment());
        let outcome = if stored.as_deref() == Some(text.as_str()) {
            Ok(())
        } else {
            storage::set(&key, &text)
        };
        tab.save = merged;
        tab.synced = Some((Rc::clone(assessment), tick));
        (news, outcome)
    });
    match outcome {
        Err(Fault::Full) => on_action.emit(Action::StorageFull),
        Err(Fault::Unavailable) => on_action.emit(Action::StorageUnavailable),
        Ok(()) if status == Storage::Full => on_action.emit(Action::StorageWritable),
        Ok(()) => {}
    }
    // Another tab's changes came in: the app shows the merged assessment.
    if let Some(merged) = merged {
        on_action.emit(Action::Load(merged));
    }
}
