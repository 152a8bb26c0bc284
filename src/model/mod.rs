//! The vocabulary of an assessment: bilingual text, instrument definitions, answers.
//!
//! Everything here is plain data with no behaviour beyond lookups; scoring lives in
//! `crate::scoring`, the instrument content itself in `crate::content`.

mod answers;
mod date;
mod instrument;
mod text;

pub use answers::{
    Answers, Assessment, Evidence, InstrumentId, ItemMap, LikertAnswer, Profile, ProfileField,
    Reference, ReferenceField, RegionType, StageAnswer, Targets,
};
pub use date::is_real_date;
pub use instrument::{
    Band, BandSet, Criterion, Element, Indicator, Item, LikertInstrument, Recommendation,
    SourceDocument, Stage, StageInstrument,
};
#[cfg(feature = "lean-content")]
pub use text::set_content_english;
pub use text::{ContentEnglish, Lang, Text};
