//! Many assessments at once (issue 10): regions side by side, one region over time, and
//! the OPD units of one pemda rolled up into one assessment.
//!
//! - `comparison`: every figure of each assessment in a column, one row per index,
//!   element, indicator and the stage, with the best and weakest columns marked; the
//!   indicators where the assessments differ most; a ranking by any row;
//! - `trend`: the same region or unit at several dates: changes per step and first to
//!   last, the most improved indicators, the areas of concern, stage moves, index series;
//! - `rollup`: the units' answers combined as a survey combines respondents (item means
//!   rounded half up to 0.01, criterion majorities with ties to the lower answer), with
//!   each item's spread across the units;
//! - `csv`: the comparison as a CSV table, one row per assessment, in either language.
//!
//! The rules are in docs/methodology.md, "Comparison, progress and roll-up". Everything
//! is scored by `scoring::evaluate` once per assessment and then only read, so the work
//! is O(assessments x indicators): 552 assessments (every province, regency and city of
//! Indonesia) compare in milliseconds. Nothing here panics, whatever the input.

mod comparison;
mod csv;
mod rollup;
mod trend;

pub use comparison::{
    compare, largest_differences, rank, rank_by_row, Column, Comparison, Difference,
    InstrumentSummary, Measure, Ranked, Row,
};
pub use csv::comparison_csv;
pub use rollup::{roll_up, CriterionSpread, ItemSpread, RollUp};
pub use trend::{
    areas_of_concern, most_improved, trend, Concern, ConcernKind, Dated, Improvement, Rejected,
    Rejection, RowChange, Series, StageMove, Trend,
};

use crate::model::Assessment;

/// An assessment with the name it is shown under: a region, an OPD unit or a file name.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Labeled {
    pub label: String,
    pub assessment: Assessment,
}

impl Labeled {
    pub fn new(label: impl Into<String>, assessment: Assessment) -> Labeled {
        Labeled {
            label: label.into(),
            assessment,
        }
    }
}
