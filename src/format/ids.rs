//! Which item and criterion ids exist, read from `crate::content` so the format never
//! carries its own copy of the instruments.

use crate::content;
use crate::model::{InstrumentId, Item};

/// Every statement of a Likert instrument, in instrument order.
pub(crate) fn likert_items(instrument: InstrumentId) -> impl Iterator<Item = &'static Item> {
    content::likert(instrument)
        .elements
        .iter()
        .flat_map(|element| element.indicators.iter())
        .flat_map(|indicator| indicator.items.iter())
}

/// Every stage criterion id, stage 1 first.
pub(crate) fn stage_criteria() -> impl Iterator<Item = &'static str> {
    content::stages()
        .stages
        .iter()
        .flat_map(|stage| stage.criteria.iter())
        .map(|criterion| criterion.id)
}

pub(crate) fn likert_has(instrument: InstrumentId, id: &str) -> bool {
    likert_items(instrument).any(|item| item.id == id)
}

pub(crate) fn stage_has(id: &str) -> bool {
    stage_criteria().any(|c| c == id)
}

/// The instrument an id belongs to (`scv`, `ereadiness` or `stage`), to say where a
/// misplaced answer should go.
pub(crate) fn instrument_of(id: &str) -> Option<&'static str> {
    InstrumentId::ALL
        .into_iter()
        .find(|&i| likert_has(i, id))
        .map(InstrumentId::key)
        .or_else(|| stage_has(id).then_some(content::stages().key))
}

/// Every id evidence may be kept under, in questionnaire order: the indicators of the
/// Support/Capacity/Value instrument, then of e-readiness (element by element), then the
/// stage criteria.
pub(crate) fn evidence_ids() -> impl Iterator<Item = &'static str> {
    InstrumentId::ALL
        .into_iter()
        .flat_map(|i| content::likert(i).elements.iter())
        .flat_map(|element| element.indicators.iter())
        .map(|indicator| indicator.id)
        .chain(stage_criteria())
}

pub(crate) fn evidence_has(id: &str) -> bool {
    evidence_ids().any(|known| known == id)
}
