//! Random Likert answers and the items they go to, shared by the property tests
//! (`tests/scoring_properties.rs`, `tests/plan_properties.rs`).

use cermat::content;
use cermat::model::{InstrumentId, LikertAnswer};
use proptest::prelude::*;

/// An answer as a survey could give it: N/A, unanswered (`None`), or 1.00-5.00 in
/// hundredths (a mean of respondents), whole numbers being the most common.
pub fn answer() -> impl Strategy<Value = Option<LikertAnswer>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(LikertAnswer::NotApplicable)),
        4 => (1u32..=5).prop_map(|v| Some(LikertAnswer::Score(f64::from(v)))),
        2 => (100u32..=500).prop_map(|c| Some(LikertAnswer::Score(f64::from(c) / 100.0))),
    ]
}

pub fn item_ids(instrument: InstrumentId) -> Vec<&'static str> {
    content::likert(instrument)
        .elements
        .iter()
        .flat_map(|e| e.indicators.iter())
        .flat_map(|i| i.items.iter().map(|item| item.id))
        .collect()
}
