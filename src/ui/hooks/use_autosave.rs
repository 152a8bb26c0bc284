//! Saves the assessment on every change, as a compact `crate::share` code (no JSON in
//! the browser bundle).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::Assessment;
use crate::share;
use crate::state::{Action, Storage};
use crate::ui::ptr::Shared;
use crate::ui::storage;

/// Writes the assessment whenever it is replaced (a language switch keeps the same
/// `Rc`, so it writes nothing). A failed write switches the app to "not saved" mode.
#[hook]
pub fn use_autosave(assessment: Rc<Assessment>, status: Storage, on_action: Callback<Action>) {
    use_effect_with(Shared(assessment), move |assessment| {
        if status == Storage::Available
            && !storage::set(storage::ASSESSMENT_KEY, &share::encode(assessment))
        {
            on_action.emit(Action::StorageUnavailable);
        }
    });
}
