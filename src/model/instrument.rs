//! Definitions of the three instruments and of band sets, as static data.
//! The content itself (statements, help, recommendations) is in `crate::content`; an
//! item's help and an indicator's or criterion's recommendations are looked up by id
//! (`content::Guidance`), so the first-load app need not carry them.

use super::Text;

/// A Likert instrument (Support/Capacity/Value, or E-readiness): elements of indicators
/// of statements, each statement answered 1-5 or N/A.
#[derive(Debug)]
pub struct LikertInstrument {
    /// `scv` or `ereadiness`: the key used in response and report files.
    pub key: &'static str,
    pub name: Text,
    /// Where the instrument comes from, shown on the landing and methodology pages.
    pub source: Text,
    pub elements: &'static [Element],
}

#[derive(Debug)]
pub struct Element {
    /// `support`, `capacity`, `value`, `structure`, ...: the key in report files.
    pub key: &'static str,
    pub name: Text,
    /// Weight of the element inside its instrument (the elements' weights sum to 1).
    pub weight: f64,
    pub indicators: &'static [Indicator],
}

#[derive(Debug)]
pub struct Indicator {
    /// `S1`, `C2`, `ST1`, ... as fixed by docs/methodology.md.
    pub id: &'static str,
    pub name: Text,
    /// Weight of the indicator inside its element (an element's weights sum to 1).
    pub weight: f64,
    pub items: &'static [Item],
}

/// One statement the assessor rates from 1 (strongly disagree) to 5 (strongly agree).
#[derive(Debug)]
pub struct Item {
    /// `<indicator id>.<n>`, numbered from 1: `S1.1`, `S1.2`, ...
    pub id: &'static str,
    pub statement: Text,
}

/// A concrete action with the regulation, programme or finding it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub text: Text,
    pub basis: Text,
}

/// The UN five-stage e-government checklist.
#[derive(Debug)]
pub struct StageInstrument {
    pub key: &'static str,
    pub name: Text,
    pub source: Text,
    pub stages: &'static [Stage],
}

#[derive(Debug)]
pub struct Stage {
    /// 1 (Emerging) to 5 (Connected).
    pub number: u8,
    pub name: Text,
    pub description: Text,
    pub criteria: &'static [Criterion],
}

/// A yes / partly / no question about the region's online presence.
#[derive(Debug)]
pub struct Criterion {
    /// `E1`, `N1`, `I1`, `T1`, `K1`, ... as fixed by docs/methodology.md.
    pub id: &'static str,
    pub statement: Text,
}

/// A table that turns a score into a maturity level and predicate.
/// Band sets are data so that a later national model can be added beside SPBE.
#[derive(Debug)]
pub struct BandSet {
    pub key: &'static str,
    pub name: Text,
    pub source: Text,
    /// Ordered by `lower`, starting at 1.00; each band runs up to the next one's lower bound.
    pub bands: &'static [Band],
}

#[derive(Debug)]
pub struct Band {
    pub level: u8,
    /// Inclusive lower bound of the rounded score, in hundredths (180 means 1.80), so
    /// comparisons are exact integers.
    pub lower_cents: u32,
    pub level_name: Text,
    pub predicate: Text,
}

/// A document the content rests on, with the short name that recommendation bases use.
#[derive(Debug)]
pub struct SourceDocument {
    pub short: Text,
    pub title: Text,
}
