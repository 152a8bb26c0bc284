//! The instruments' content: statements, help texts, recommendations and band sets.
//!
//! This module is data, kept apart from all logic so that a researcher can review it
//! without reading code. `tests/content.rs` validates it: unique ids, both languages
//! present, weights summing to 1, a recommendation with its basis everywhere. Help and
//! recommendations are looked up by id (`Guidance`), apart from the statements.
//!
//! The statics the first-load app shows (the instruments and the band sets) write their
//! texts with `Text::content`: that app, built with the `lean-content` feature, carries
//! only their Indonesian and reads their English from the guidance file (`texts` lists
//! them for it; `tests/content.rs` checks that none is missing). The dimensions and the
//! source documents are shown by the views module only, so they keep `Text::new`; should
//! a first-load page show them, they become `Text::content` and join `texts`.

mod bands;
mod dimensions;
mod ereadiness;
mod ereadiness_guidance;
mod guidance;
mod scv;
mod scv_guidance;
mod sources;
mod stages;
mod stages_guidance;

pub use dimensions::{Dimension, DIMENSIONS};
pub use guidance::Guidance;

use crate::model::{
    BandSet, InstrumentId, LikertInstrument, Recommendation, SourceDocument, StageInstrument, Text,
};

/// Support / Capacity / Value success elements (Dukungan / Kapasitas / Nilai).
pub fn scv() -> &'static LikertInstrument {
    &scv::INSTRUMENT
}

/// E-readiness elements (Struktur, Infrastruktur, Suprastruktur, Budaya, Alam).
pub fn ereadiness() -> &'static LikertInstrument {
    &ereadiness::INSTRUMENT
}

pub fn likert(id: InstrumentId) -> &'static LikertInstrument {
    match id {
        InstrumentId::Scv => scv(),
        InstrumentId::Ereadiness => ereadiness(),
    }
}

/// The UN five-stage e-government checklist.
pub fn stages() -> &'static StageInstrument {
    &stages::INSTRUMENT
}

/// The band set used by default: SPBE index predicates with SPBE capability levels.
pub fn spbe_bands() -> &'static BandSet {
    &bands::SPBE
}

/// Every band set the app knows. A later national model is added here, as data.
pub fn band_sets() -> &'static [&'static BandSet] {
    static ALL: [&BandSet; 1] = [&bands::SPBE];
    &ALL
}

/// The documents the content was distilled from, for the methodology page.
pub fn sources() -> &'static [SourceDocument] {
    &sources::SOURCES
}

/// An indicator's or criterion's recommendations, from the texts compiled in (the
/// first-load app reads them from a file instead: `Guidance`).
pub fn recommendations(id: &str) -> &'static [Recommendation] {
    guidance::all_recommendations()
        .find(|(owner, _)| *owner == id)
        .map_or(&[], |(_, recs)| recs)
}

/// An item's or criterion's help text, from the texts compiled in.
pub fn help(id: &str) -> Option<Text> {
    guidance::all_help()
        .find(|(owner, _)| *owner == id)
        .map(|(_, text)| *text)
}

/// Every text written with `Text::content`: the instruments' names and sources, elements,
/// indicators, items, stages and criteria, and the band sets. Their English goes into the
/// guidance file, for the first-load app (`Guidance::for_first_load`).
pub fn texts() -> Vec<Text> {
    let mut out = Vec::new();
    for inst in [scv(), ereadiness()] {
        out.extend([inst.name, inst.source]);
        for element in inst.elements {
            out.push(element.name);
            for indicator in element.indicators {
                out.push(indicator.name);
                out.extend(indicator.items.iter().map(|item| item.statement));
            }
        }
    }
    let st = stages();
    out.extend([st.name, st.source]);
    for stage in st.stages {
        out.extend([stage.name, stage.description]);
        out.extend(stage.criteria.iter().map(|c| c.statement));
    }
    for set in band_sets() {
        out.extend([set.name, set.source]);
        for band in set.bands {
            out.extend([band.level_name, band.predicate]);
        }
    }
    out
}

/// The statement of an item (`S1.1`) or a stage criterion (`E1`).
pub fn statement(id: &str) -> Option<Text> {
    let items = [scv(), ereadiness()]
        .into_iter()
        .flat_map(|i| i.elements)
        .flat_map(|e| e.indicators)
        .flat_map(|i| i.items);
    let criteria = stages().stages.iter().flat_map(|s| s.criteria);
    items
        .map(|item| (item.id, item.statement))
        .chain(criteria.map(|c| (c.id, c.statement)))
        .find(|(known, _)| *known == id)
        .map(|(_, statement)| statement)
}

/// The name of a Likert element by its key (`support`, `structure`).
pub fn element_name(key: &str) -> Option<Text> {
    [scv(), ereadiness()]
        .into_iter()
        .flat_map(|i| i.elements)
        .find(|e| e.key == key)
        .map(|e| e.name)
}
