//! The frozen v1 order of `share` must be the content's order of items and criteria.
//! If this fails after a content change, do NOT edit `share::order_v1`: links already
//! sent depend on it. Add a share format v2 with the new order instead.

use cermat::content;
use cermat::model::LikertInstrument;
use cermat::share::order_v1::{CRITERIA, EREADINESS_ITEMS, SCV_ITEMS};

fn item_ids(instrument: &LikertInstrument) -> Vec<&'static str> {
    let indicators = instrument.elements.iter().flat_map(|e| e.indicators.iter());
    indicators
        .flat_map(|i| i.items.iter().map(|item| item.id))
        .collect()
}

#[test]
fn frozen_scv_order_matches_content() {
    assert_eq!(item_ids(content::scv()), SCV_ITEMS);
}

#[test]
fn frozen_ereadiness_order_matches_content() {
    assert_eq!(item_ids(content::ereadiness()), EREADINESS_ITEMS);
}

#[test]
fn frozen_criteria_order_matches_content() {
    let stages = content::stages().stages.iter();
    let ids: Vec<&str> = stages
        .flat_map(|s| s.criteria.iter().map(|c| c.id))
        .collect();
    assert_eq!(ids, CRITERIA);
}
