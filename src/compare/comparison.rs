//! Assessments side by side: one column per assessment, one row per figure.
//!
//! Each assessment is scored once (`scoring::evaluate`); the rows are then filled by
//! walking every column once, so a comparison costs O(assessments x indicators).
//! Best and weakest are decided on the values as the app shows them (rounded half up to
//! 0.01, exactly as they are banded), so two columns both showing 3.50 tie.

use super::Labeled;
use crate::content;
use crate::model::{InstrumentId, Profile, Text};
use crate::scoring::{evaluate, round_half_up_cents, AssessmentResult, LikertResult};

/// What a row of a comparison measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// An instrument's index (rule 3).
    Index(InstrumentId),
    /// An element's score, by its key (`support`, `structure`).
    Element {
        instrument: InstrumentId,
        key: &'static str,
    },
    /// An indicator's score, by its id (`S1`, `ST1`).
    Indicator {
        instrument: InstrumentId,
        id: &'static str,
    },
    /// The achieved UN stage (rule 7), 0-5.
    Stage,
}

/// One Likert instrument's figures for one assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct InstrumentSummary {
    pub instrument: InstrumentId,
    pub index: Option<f64>,
    pub percent: Option<f64>,
    pub level: Option<u8>,
    pub level_name: Option<Text>,
    pub predicate: Option<Text>,
    /// Element scores, in instrument order.
    pub elements: Vec<Option<f64>>,
    /// Indicator scores, in instrument order.
    pub indicators: Vec<Option<f64>>,
}

/// One assessment's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub label: String,
    pub profile: Profile,
    pub scv: InstrumentSummary,
    pub ereadiness: InstrumentSummary,
    /// The achieved stage; `None` when no criterion is answered (no data, not stage 0).
    pub stage: Option<u8>,
    /// True while any item or criterion is unanswered.
    pub provisional: bool,
}

impl Column {
    pub fn likert(&self, instrument: InstrumentId) -> &InstrumentSummary {
        match instrument {
            InstrumentId::Scv => &self.scv,
            InstrumentId::Ereadiness => &self.ereadiness,
        }
    }
}

/// One figure across the assessments.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub measure: Measure,
    pub name: Text,
    /// One value per column, `None` where that assessment has no score.
    pub values: Vec<Option<f64>>,
    /// Columns with the highest shown value, all of them on a tie. Empty when fewer than
    /// two columns have a value, or when every value is the same (none stands out).
    pub best: Vec<usize>,
    /// Columns with the lowest shown value, on the same terms.
    pub weakest: Vec<usize>,
}

impl Row {
    pub fn is_best(&self, column: usize) -> bool {
        self.best.contains(&column)
    }

    pub fn is_weakest(&self, column: usize) -> bool {
        self.weakest.contains(&column)
    }
}

/// Every assessment's figures, as columns (in the order given) and as rows (Support /
/// Capacity / Value, then E-readiness, each as its index followed by every element and
/// that element's indicators; the stage last).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Comparison {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

impl Comparison {
    /// Where the row of `measure` is.
    pub fn row_index(&self, measure: Measure) -> Option<usize> {
        self.rows.iter().position(|row| row.measure == measure)
    }

    pub fn row(&self, measure: Measure) -> Option<&Row> {
        self.row_index(measure).map(|i| &self.rows[i])
    }
}

/// Scores every assessment once and lays the figures out as rows and columns.
pub fn compare(assessments: &[Labeled]) -> Comparison {
    let columns: Vec<Column> = assessments
        .iter()
        .map(|labeled| {
            column(
                &labeled.label,
                &labeled.assessment.profile,
                &evaluate(&labeled.assessment),
            )
        })
        .collect();
    let mut rows: Vec<Row> = layout()
        .into_iter()
        .map(|(measure, name)| Row {
            measure,
            name,
            values: Vec::with_capacity(columns.len()),
            best: Vec::new(),
            weakest: Vec::new(),
        })
        .collect();
    for column in &columns {
        // `column_values` walks the same order as `layout`, one value per row.
        for (row, value) in rows.iter_mut().zip(column_values(column)) {
            row.values.push(value);
        }
    }
    for row in &mut rows {
        (row.best, row.weakest) = marks(&row.values);
    }
    Comparison { columns, rows }
}

/// The hundredths a value is shown (and banded) with; the stage 0-5 becomes 0-500.
pub(super) fn shown_cents(value: f64) -> u32 {
    round_half_up_cents(value)
}

fn column(label: &str, profile: &Profile, result: &AssessmentResult) -> Column {
    Column {
        label: label.to_string(),
        profile: profile.clone(),
        scv: summary(InstrumentId::Scv, &result.scv),
        ereadiness: summary(InstrumentId::Ereadiness, &result.ereadiness),
        stage: (result.stage.answered > 0).then_some(result.stage.achieved),
        provisional: result.provisional(),
    }
}

fn summary(instrument: InstrumentId, result: &LikertResult) -> InstrumentSummary {
    InstrumentSummary {
        instrument,
        index: result.index,
        percent: result.percent,
        level: result.band.map(|b| b.level),
        level_name: result.band.map(|b| b.level_name),
        predicate: result.band.map(|b| b.predicate),
        elements: result.elements.iter().map(|e| e.score).collect(),
        indicators: result.indicators.iter().map(|i| i.score).collect(),
    }
}

const STAGE_ROW_NAME: Text = Text::new("Tahap tercapai", "Achieved stage");

/// The rows, in order: per instrument its index, then each element and its indicators.
fn layout() -> Vec<(Measure, Text)> {
    let mut rows = Vec::new();
    for instrument in InstrumentId::ALL {
        let definition = content::likert(instrument);
        rows.push((Measure::Index(instrument), definition.name));
        for element in definition.elements {
            let key = element.key;
            rows.push((Measure::Element { instrument, key }, element.name));
            for indicator in element.indicators {
                let id = indicator.id;
                rows.push((Measure::Indicator { instrument, id }, indicator.name));
            }
        }
    }
    rows.push((Measure::Stage, STAGE_ROW_NAME));
    rows
}

/// A column's values in the order of `layout`.
fn column_values(column: &Column) -> Vec<Option<f64>> {
    let mut values = Vec::new();
    for instrument in InstrumentId::ALL {
        let summary = column.likert(instrument);
        values.push(summary.index);
        let mut indicators = summary.indicators.iter().copied();
        let elements = content::likert(instrument).elements;
        for (element, score) in elements.iter().zip(&summary.elements) {
            values.push(*score);
            values.extend(indicators.by_ref().take(element.indicators.len()));
        }
    }
    values.push(column.stage.map(f64::from));
    values
}

/// The best and weakest columns of a row, decided on shown values.
fn marks(values: &[Option<f64>]) -> (Vec<usize>, Vec<usize>) {
    let shown: Vec<(usize, u32)> = values
        .iter()
        .enumerate()
        .filter_map(|(column, value)| value.map(|v| (column, shown_cents(v))))
        .collect();
    let highest = shown.iter().map(|&(_, c)| c).max();
    let lowest = shown.iter().map(|&(_, c)| c).min();
    match (highest, lowest) {
        (Some(high), Some(low)) if shown.len() >= 2 && high != low => {
            let at = |wanted: u32| {
                shown
                    .iter()
                    .filter(|&&(_, c)| c == wanted)
                    .map(|&(column, _)| column)
                    .collect()
            };
            (at(high), at(low))
        }
        _ => (Vec::new(), Vec::new()),
    }
}

/// An indicator on which the assessments differ.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// The indicator's row in `Comparison::rows`.
    pub row: usize,
    pub measure: Measure,
    pub name: Text,
    /// The highest and lowest shown values, and their difference (all to 0.01).
    pub highest: f64,
    pub lowest: f64,
    pub spread: f64,
    pub best: Vec<usize>,
    pub weakest: Vec<usize>,
}

/// The `n` indicators whose shown scores differ most between the assessments (highest
/// minus lowest), largest first, ties in questionnaire order. Indicators scored in fewer
/// than two assessments, or the same in all, are not differences.
pub fn largest_differences(comparison: &Comparison, n: usize) -> Vec<Difference> {
    let mut found: Vec<(u32, Difference)> = Vec::new();
    for (index, row) in comparison.rows.iter().enumerate() {
        if !matches!(row.measure, Measure::Indicator { .. }) {
            continue;
        }
        let shown = row.values.iter().flatten().map(|&v| shown_cents(v));
        let (Some(high), Some(low)) = (shown.clone().max(), shown.min()) else {
            continue;
        };
        if high == low {
            continue;
        }
        let spread = high - low;
        found.push((
            spread,
            Difference {
                row: index,
                measure: row.measure,
                name: row.name,
                highest: cents_value(high),
                lowest: cents_value(low),
                spread: cents_value(spread),
                best: row.best.clone(),
                weakest: row.weakest.clone(),
            },
        ));
    }
    // A stable sort keeps questionnaire order among equal spreads.
    found.sort_by_key(|&(spread, _)| std::cmp::Reverse(spread));
    found.into_iter().take(n).map(|(_, d)| d).collect()
}

pub(super) fn cents_value(cents: u32) -> f64 {
    f64::from(cents) / 100.0
}

/// One assessment's place in a ranking.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranked {
    /// The assessment's column (its position in the input).
    pub column: usize,
    /// 1 for the highest; equal shown values share a rank and the next rank is skipped
    /// (1, 2, 2, 4). `None` for an assessment without a value, listed last.
    pub rank: Option<usize>,
    pub value: Option<f64>,
}

/// The assessments ranked by an instrument's index, highest first, those with no index
/// last, equal ones in the order given.
pub fn rank(comparison: &Comparison, instrument: InstrumentId) -> Vec<Ranked> {
    match comparison.row_index(Measure::Index(instrument)) {
        Some(row) => rank_by_row(comparison, row),
        None => Vec::new(),
    }
}

/// The assessments ranked by any row (an element, an indicator, the stage), as `rank`.
/// A row that does not exist ranks nobody: every column unranked, in the order given.
pub fn rank_by_row(comparison: &Comparison, row: usize) -> Vec<Ranked> {
    let values = comparison.rows.get(row).map(|r| r.values.as_slice());
    let mut ranked: Vec<(Option<u32>, Ranked)> = (0..comparison.columns.len())
        .map(|column| {
            let value = values.and_then(|v| v.get(column).copied().flatten());
            let entry = Ranked {
                column,
                rank: None,
                value,
            };
            (value.map(shown_cents), entry)
        })
        .collect();
    // Stable: `Reverse(None)` sorts after every `Reverse(Some(_))`, and ties keep input order.
    ranked.sort_by_key(|&(cents, _)| std::cmp::Reverse(cents));
    let mut previous: Option<(u32, usize)> = None;
    for (position, (cents, entry)) in ranked.iter_mut().enumerate() {
        let Some(cents) = *cents else { break };
        let rank = match previous {
            Some((c, rank)) if c == cents => rank,
            _ => position + 1,
        };
        entry.rank = Some(rank);
        previous = Some((cents, rank));
    }
    ranked.into_iter().map(|(_, entry)| entry).collect()
}
