//! One region or unit over time: what changed between its assessments.
//!
//! The points are put in date order and laid out as a `Comparison` (one column per date),
//! so every figure is computed once and exactly as in a comparison. Changes are taken
//! between the values as shown (rounded half up to 0.01): a step from a shown 3.21 to a
//! shown 3.50 is +0.29, never a float's 0.2899999.

use super::comparison::{compare, shown_cents, Comparison, Measure};
use super::Labeled;
use crate::model::{is_real_date, Assessment, InstrumentId, Lang, Text};

/// An assessment with the day it describes (`YYYY-MM-DD`).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Dated {
    pub date: String,
    pub assessment: Assessment,
}

impl Dated {
    /// Dated by its own profile's date (empty when the assessor gave none).
    pub fn from_profile(assessment: Assessment) -> Dated {
        Dated {
            date: assessment.profile.date.clone(),
            assessment,
        }
    }
}

/// Why a point was left out of a trend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// No date: a trend cannot place it in time.
    NoDate,
    /// Not a real `YYYY-MM-DD` day.
    NotADate,
}

impl Rejection {
    pub fn message(self, lang: Lang) -> &'static str {
        let text = match self {
            Rejection::NoDate => Text::new(
                "tanpa tanggal, jadi tidak dapat ditempatkan dalam urutan waktu",
                "has no date, so it cannot be placed in time",
            ),
            Rejection::NotADate => Text::new(
                "tanggalnya bukan tanggal TTTT-BB-HH yang ada",
                "its date is not a real YYYY-MM-DD day",
            ),
        };
        text.get(lang)
    }
}

/// A point left out, by its position in the input.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejected {
    pub position: usize,
    pub date: String,
    pub reason: Rejection,
}

/// How one row changed.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RowChange {
    /// One per pair of consecutive points: later minus earlier, `None` when either has
    /// no value.
    pub steps: Vec<Option<f64>>,
    /// From the first point with a value to the last one with a value; `None` when fewer
    /// than two points have one.
    pub overall: Option<f64>,
    /// The first and last values that `overall` is taken between, as shown.
    pub first: Option<f64>,
    pub last: Option<f64>,
}

/// The achieved stage at one step.
#[derive(Clone, Debug, PartialEq)]
pub struct StageMove {
    pub from_date: String,
    pub to_date: String,
    /// `None` when that assessment answered no criterion.
    pub from: Option<u8>,
    pub to: Option<u8>,
}

/// An instrument's index at every date, for a line chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub instrument: InstrumentId,
    pub points: Vec<(String, Option<f64>)>,
}

/// The points in date order and what changed between them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Trend {
    /// One column per point, oldest first (equal dates in the order given), each labelled
    /// with its date.
    pub comparison: Comparison,
    /// Each column's position in the input.
    pub positions: Vec<usize>,
    pub rejected: Vec<Rejected>,
    /// One per row of `comparison`, in the same order.
    pub changes: Vec<RowChange>,
    /// One per pair of consecutive points.
    pub stage_moves: Vec<StageMove>,
    /// Support / Capacity / Value, then E-readiness.
    pub series: Vec<Series>,
}

/// Orders the dated points, leaves out the undated ones (with the reason) and works out
/// every change.
pub fn trend(points: &[Dated]) -> Trend {
    let mut kept: Vec<(usize, &Dated)> = Vec::new();
    let mut rejected = Vec::new();
    for (position, point) in points.iter().enumerate() {
        let reason = if point.date.trim().is_empty() {
            Some(Rejection::NoDate)
        } else if !is_real_date(&point.date) {
            Some(Rejection::NotADate)
        } else {
            None
        };
        match reason {
            Some(reason) => rejected.push(Rejected {
                position,
                date: point.date.clone(),
                reason,
            }),
            None => kept.push((position, point)),
        }
    }
    // `YYYY-MM-DD` sorts as text in date order; the sort is stable for equal dates.
    kept.sort_by(|a, b| a.1.date.cmp(&b.1.date));
    let labeled: Vec<Labeled> = kept
        .iter()
        .map(|(_, p)| Labeled::new(p.date.clone(), p.assessment.clone()))
        .collect();
    let comparison = compare(&labeled);
    let dates: Vec<&str> = kept.iter().map(|(_, p)| p.date.as_str()).collect();
    let changes = comparison
        .rows
        .iter()
        .map(|r| row_change(&r.values))
        .collect();
    let stage_moves = comparison
        .columns
        .windows(2)
        .zip(dates.windows(2))
        .map(|(pair, when)| StageMove {
            from_date: when[0].to_string(),
            to_date: when[1].to_string(),
            from: pair[0].stage,
            to: pair[1].stage,
        })
        .collect();
    let series = InstrumentId::ALL
        .into_iter()
        .map(|instrument| Series {
            instrument,
            points: comparison
                .columns
                .iter()
                .zip(&dates)
                .map(|(column, date)| (date.to_string(), column.likert(instrument).index))
                .collect(),
        })
        .collect();
    Trend {
        positions: kept.iter().map(|&(position, _)| position).collect(),
        rejected,
        changes,
        stage_moves,
        series,
        comparison,
    }
}

fn row_change(values: &[Option<f64>]) -> RowChange {
    let shown: Vec<Option<i64>> = values
        .iter()
        .map(|v| v.map(|v| i64::from(shown_cents(v))))
        .collect();
    let steps = shown
        .windows(2)
        .map(|pair| match (pair[0], pair[1]) {
            (Some(a), Some(b)) => Some(signed_value(b - a)),
            _ => None,
        })
        .collect();
    let present: Vec<i64> = shown.iter().flatten().copied().collect();
    let (first, last) = (present.first().copied(), present.last().copied());
    RowChange {
        steps,
        overall: match (first, last) {
            (Some(a), Some(b)) if present.len() >= 2 => Some(signed_value(b - a)),
            _ => None,
        },
        first: first.map(signed_value),
        last: last.map(signed_value),
    }
}

fn signed_value(cents: i64) -> f64 {
    cents as f64 / 100.0
}

/// An indicator that rose from its first to its last value.
#[derive(Clone, Debug, PartialEq)]
pub struct Improvement {
    /// The indicator's row in `Trend::comparison.rows`.
    pub row: usize,
    pub measure: Measure,
    pub name: Text,
    pub first: f64,
    pub last: f64,
    pub change: f64,
}

/// The `n` indicators that rose most from first to last, largest rise first, ties in
/// questionnaire order.
pub fn most_improved(trend: &Trend, n: usize) -> Vec<Improvement> {
    let mut rising: Vec<(i64, Improvement)> = indicator_changes(trend)
        .filter_map(|(row, change)| {
            let (first, last) = (change.first?, change.last?);
            let cents = overall_cents(change)?;
            (cents > 0).then(|| {
                let measure_row = &trend.comparison.rows[row];
                (
                    cents,
                    Improvement {
                        row,
                        measure: measure_row.measure,
                        name: measure_row.name,
                        first,
                        last,
                        change: signed_value(cents),
                    },
                )
            })
        })
        .collect();
    rising.sort_by_key(|&(cents, _)| std::cmp::Reverse(cents));
    rising.into_iter().take(n).map(|(_, i)| i).collect()
}

/// Why an indicator needs attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConcernKind {
    /// Its last value is below its first.
    Declined,
    /// It has not moved; listed lowest first, after every decline.
    NotImproved,
}

/// An indicator that fell, or stayed where it was.
#[derive(Clone, Debug, PartialEq)]
pub struct Concern {
    pub row: usize,
    pub measure: Measure,
    pub name: Text,
    pub kind: ConcernKind,
    pub first: f64,
    pub last: f64,
    /// Negative for a decline, 0 when unchanged.
    pub change: f64,
}

/// The `n` indicators most in need of attention: every decline first (largest fall
/// first), then the unchanged ones with the lowest last value first; ties in
/// questionnaire order. Indicators with a value at fewer than two dates are not judged.
pub fn areas_of_concern(trend: &Trend, n: usize) -> Vec<Concern> {
    let mut found: Vec<((u8, i64), Concern)> = indicator_changes(trend)
        .filter_map(|(row, change)| {
            let (first, last) = (change.first?, change.last?);
            let cents = overall_cents(change)?;
            let (kind, order) = match cents {
                c if c < 0 => (ConcernKind::Declined, (0, c)),
                0 => (ConcernKind::NotImproved, (1, (last * 100.0).round() as i64)),
                _ => return None,
            };
            let measure_row = &trend.comparison.rows[row];
            Some((
                order,
                Concern {
                    row,
                    measure: measure_row.measure,
                    name: measure_row.name,
                    kind,
                    first,
                    last,
                    change: signed_value(cents),
                },
            ))
        })
        .collect();
    found.sort_by_key(|&(order, _)| order);
    found.into_iter().take(n).map(|(_, c)| c).collect()
}

/// Every indicator row with its change.
fn indicator_changes(trend: &Trend) -> impl Iterator<Item = (usize, &RowChange)> {
    trend
        .comparison
        .rows
        .iter()
        .zip(&trend.changes)
        .enumerate()
        .filter(|(_, (row, _))| matches!(row.measure, Measure::Indicator { .. }))
        .map(|(index, (_, change))| (index, change))
}

/// The overall change in exact hundredths (it was made from them).
fn overall_cents(change: &RowChange) -> Option<i64> {
    change.overall.map(|v| (v * 100.0).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_use_shown_values() {
        let change = row_change(&[Some(3.214), None, Some(3.495), Some(3.0)]);
        assert_eq!(change.steps, vec![None, None, Some(-0.5)]);
        assert_eq!(change.overall, Some(-0.21));
        assert_eq!((change.first, change.last), (Some(3.21), Some(3.0)));
        let single = row_change(&[None, Some(2.0)]);
        assert_eq!(single.overall, None);
        assert_eq!(single.steps, vec![None]);
    }
}
