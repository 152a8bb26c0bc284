//! Survey statistics for a kajian (issue 9): what an Indonesian research report prints
//! about a respondent-by-item table of Likert answers.
//!
//! - `descriptive`: per item n, mean, sample SD, median, mode, distribution and the
//!   class-interval interpretation of the mean (`interpretation`);
//! - `reliability`: per element Cronbach's alpha and corrected item-total correlations,
//!   judged against the r table (`r_table`, computed from Student's t);
//! - `profile`: respondent-profile breakdowns (age ranges, gender, education, ...),
//!   with `headers` deciding which columns are profiles and `age` the age ranges;
//! - `slovin`: Slovin's sample size, as the Palembang 2023 study used;
//! - `json` and `tables`: the JSON file and the CSV tables to paste into a report.
//!
//! The formulas, thresholds and their basis are in docs/methodology.md, "Survey
//! statistics". Nothing here panics, whatever the input: an undefined figure is `None`
//! (with a reason where one helps), never NaN.

mod age;
mod descriptive;
mod headers;
mod interpretation;
mod json;
mod lines;
mod profile;
mod r_table;
mod reliability;
mod slovin;
mod tables;

pub use descriptive::{describe_item, Distribution, ItemStatistics, Mode, MAX_CENTS, MIN_CENTS};
pub use interpretation::Interpretation;
pub use json::{to_json, FORMAT, VERSION};
pub use lines::{from_lines, to_lines};
pub use profile::{
    profile_kind, profiles, AgeRange, ProfileBreakdown, ProfileCategory, ProfileKind,
    MAX_PROFILE_VALUES,
};
pub use r_table::{r_table, t_critical, SIGNIFICANCE};
pub use reliability::{
    element_reliability, reliability, AlphaUndefined, ElementReliability, ItemTotal,
    ALPHA_THRESHOLD,
};
pub use slovin::slovin;
pub use tables::{tables_csv, ITEM_TABLE_STEM, RELIABILITY_TABLE_STEM};

use crate::content;
use crate::model::InstrumentId;

/// One Likert item's answers, one entry per respondent, in hundredths: 100..=500 (a
/// respondent may type a decimal like 3,5 = 350); `None` = blank or N/A.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemColumn {
    pub id: String,
    /// The element key the item belongs to, e.g. `support` (see `element_of`). Items
    /// with an empty group are described but belong to no reliability group.
    pub group: String,
    pub values: Vec<Option<u32>>,
}

/// An extra (non-item) column from the file: its header and each respondent's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtraColumn {
    pub header: String,
    pub values: Vec<String>,
}

/// Everything `compute` finds, in questionnaire order (the order of the columns given).
/// It reads back from `to_json`'s output (`serde_json::from_str`), fields missing
/// there being empty, so a worker can send it to the page as text.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SurveyStatistics {
    /// The longest column's length: a shorter column counts as unanswered at its end.
    pub respondents: usize,
    pub items: Vec<ItemStatistics>,
    /// One entry per non-empty group, in order of the group's first item.
    pub reliability: Vec<ElementReliability>,
    pub profiles: Vec<ProfileBreakdown>,
}

/// All the statistics of a survey: descriptives per item, reliability per element,
/// respondent profile. Linear in respondents x columns.
pub fn compute(items: &[ItemColumn], extras: &[ExtraColumn]) -> SurveyStatistics {
    let respondents = respondent_count(items, extras);
    SurveyStatistics {
        respondents,
        items: items
            .iter()
            .map(|c| describe_item(c, respondents))
            .collect(),
        reliability: reliability(items),
        profiles: profiles(extras, respondents),
    }
}

/// Respondents in the table: columns built from one file have one length, but a caller's
/// ragged columns must not make anything index out of bounds, so the longest wins.
pub fn respondent_count(items: &[ItemColumn], extras: &[ExtraColumn]) -> usize {
    let item_rows = items.iter().map(|c| c.values.len());
    let extra_rows = extras.iter().map(|c| c.values.len());
    item_rows.chain(extra_rows).max().unwrap_or(0)
}

/// The instrument and element key of one of the app's item ids (`S1.1` -> Support /
/// Capacity / Value, `support`), to fill `ItemColumn::group`. Surrounding spaces and
/// letter case are ignored; `None` for an id the app does not know.
pub fn element_of(item_id: &str) -> Option<(InstrumentId, &'static str)> {
    let wanted = item_id.trim();
    InstrumentId::ALL.into_iter().find_map(|instrument| {
        content::likert(instrument)
            .elements
            .iter()
            .find(|element| {
                let items = element.indicators.iter().flat_map(|i| i.items);
                items
                    .into_iter()
                    .any(|item| item.id.eq_ignore_ascii_case(wanted))
            })
            .map(|element| (instrument, element.key))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn element_of_finds_both_instruments() {
        assert_eq!(element_of("S1.1"), Some((InstrumentId::Scv, "support")));
        assert_eq!(element_of(" c2.1 "), Some((InstrumentId::Scv, "capacity")));
        assert_eq!(
            element_of("ST4.2"),
            Some((InstrumentId::Ereadiness, "structure"))
        );
        assert_eq!(element_of("AL3.1").map(|e| e.1), Some("nature"));
        assert_eq!(element_of("E1"), None);
        assert_eq!(element_of(""), None);
    }

    #[test]
    fn every_content_item_has_an_element() {
        for instrument in InstrumentId::ALL {
            for element in content::likert(instrument).elements {
                for item in element.indicators.iter().flat_map(|i| i.items) {
                    assert_eq!(element_of(item.id), Some((instrument, element.key)));
                }
            }
        }
    }

    #[test]
    fn ragged_columns_count_the_longest() {
        let items = [ItemColumn {
            values: vec![Some(300); 2],
            ..ItemColumn::default()
        }];
        let extras = [ExtraColumn {
            header: "x".into(),
            values: vec![String::new(); 4],
        }];
        assert_eq!(respondent_count(&items, &extras), 4);
        assert_eq!(respondent_count(&[], &[]), 0);
        let stats = compute(&items, &extras);
        assert_eq!(stats.items[0].not_answered, 2);
    }
}
