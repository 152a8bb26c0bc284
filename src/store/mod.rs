//! What the app keeps in the browser's storage, and how tabs agree on it (issue 7).
//!
//! A save holds the assessment at full precision (a survey mean of 2.5949 comes back as
//! 2.5949, not 2.59 as a result link would carry it), as entries: one per answer, target
//! and profile field, each with the time it last changed. Two tabs that change different
//! items both keep their changes: `Saved::merge` takes, item by item, the latest change,
//! and a reset or an import (which replace the whole assessment) win over anything older
//! through the save's `epoch`. A tab writes only what it merged with what was stored, so it
//! can never write stale state over newer answers.
//!
//! The same exact text carries an assessment between the app, the views module and the
//! tools worker (`exact`, `from_exact`), so every path reproduces what `cermat-cli score`
//! computes. Everything here is plain Rust, tested natively.

mod entries;
pub mod keys;
mod saved;

pub use entries::{action as entry_action, evidence_entries, is_evidence_key};
pub use saved::{escape, unescape, SaveError, Saved};

use crate::model::Assessment;

/// The assessment as exact text (a save with no history): what the modules exchange.
pub fn exact(assessment: &Assessment) -> String {
    Saved::default().record(assessment, 0).encode()
}

/// `a` as the app's rules allow it (the form's, one rule per field): what any assessment
/// loaded from elsewhere (an import, a link, a merge) becomes. An impossible date, an
/// unknown id or an out-of-range value is left out.
pub fn normalized(a: &Assessment) -> Assessment {
    let entries = entries::entries(a);
    entries::assessment(entries.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Reads `exact`'s text (or any save) back.
pub fn from_exact(text: &str) -> Result<Assessment, SaveError> {
    Saved::decode(text).map(|s| s.assessment())
}
