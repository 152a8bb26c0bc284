//! The statistics as one JSON file, for machines and for the record.
//!
//! Shape (docs/methodology.md, "Survey statistics", names every field):
//!
//! ```text
//! { "format": "cermat-statistics", "version": 1,
//!   "thresholds": { "alpha": 0.6, "significance": 0.05,
//!                   "interpretation_upper_cents": [180, 260, 340, 420, 500] },
//!   "respondents": 100,
//!   "items": [ { "id", "group", "n", "not_answered", "out_of_range", "mean",
//!                "mean_cents", "sd", "median", "mode": { "value", "tied" },
//!                "distribution": { "points": [n1, n2, n3, n4, n5], "fractional" },
//!                "category": "very_low" | "low" | "moderate" | "high" | "very_high" } ],
//!   "reliability": [ { "group", "items", "respondents_used", "alpha", "alpha_undefined",
//!                      "reliable", "r_table",
//!                      "item_total": [ { "id", "r", "valid", "alpha_if_deleted" } ] } ],
//!   "profiles": [ { "header", "kind", "answered", "blank",
//!                   "categories": [ { "label", "age_range", "count", "percent" } ] } ] }
//! ```
//!
//! Keys are always present, in this order; an undefined figure is `null`. Numbers are
//! unrounded (the CSV tables round for print).

use super::interpretation::Interpretation;
use super::r_table::SIGNIFICANCE;
use super::reliability::ALPHA_THRESHOLD;
use super::SurveyStatistics;

/// The `format` field, naming what the file is.
pub const FORMAT: &str = "cermat-statistics";
/// The `version` field: raised when a field changes meaning or goes away.
pub const VERSION: u32 = 1;

#[derive(serde::Serialize)]
struct Thresholds {
    alpha: f64,
    significance: f64,
    interpretation_upper_cents: [u32; 5],
}

#[derive(serde::Serialize)]
struct File<'a> {
    format: &'static str,
    version: u32,
    thresholds: Thresholds,
    #[serde(flatten)]
    statistics: &'a SurveyStatistics,
}

/// The statistics as JSON on one line (see the module documentation for the shape); it
/// reads back into `SurveyStatistics` with `serde_json::from_str`.
pub fn to_json(statistics: &SurveyStatistics) -> String {
    let file = File {
        format: FORMAT,
        version: VERSION,
        thresholds: Thresholds {
            alpha: ALPHA_THRESHOLD,
            significance: SIGNIFICANCE,
            interpretation_upper_cents: Interpretation::ALL.map(Interpretation::upper_cents),
        },
        statistics,
    };
    // Serialising these plain structs cannot fail (no maps with non-string keys, and
    // serde_json writes a non-finite float as null); an empty object beats a panic.
    serde_json::to_string(&file).unwrap_or_else(|_| "{}".to_string())
}
