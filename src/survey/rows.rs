//! Reading one respondent row against the header's columns.

use super::columns::Column;
use super::csv::Record;
use super::problems::RowIssue;
use super::values::{likert_cell, stage_cell, CellFault, LabelScores, LikertCell, StageCell};
use crate::model::ProfileField;

/// A row whose every cell was understood, not yet counted. Cells are in column order.
#[derive(Default)]
pub struct Row {
    /// Per answer column (`Column::Likert`) in header order.
    pub likert: Vec<LikertCell>,
    /// Per `Column::Criterion` in header order.
    pub stage: Vec<StageCell>,
    pub profile: Vec<(ProfileField, String)>,
}

impl Row {
    fn answers_something(&self) -> bool {
        self.likert.iter().any(|c| *c != LikertCell::Blank)
            || self.stage.iter().any(|c| *c != StageCell::Blank)
    }
}

/// Longest cell text quoted back in a problem message.
const SHOWN_VALUE_CHARS: usize = 40;

/// What reading a row noticed beyond its answers: labels nobody scored yet and
/// decimal answers, each with the column's index.
#[derive(Default)]
pub struct RowNotes<'a> {
    pub unknown_labels: Vec<&'a str>,
    pub decimals: Vec<(usize, &'a str)>,
}

/// `Ok(None)` for a blank row (spreadsheets append empty ones), `Err` for a bad one.
/// `columns` are the header's first columns (at most `super::MAX_READ_COLUMNS`);
/// `header_len` counts them all.
pub fn parse_row<'a>(
    record: &'a Record,
    columns: &[Column],
    header_len: usize,
    scored: &LabelScores,
    notes: &mut RowNotes<'a>,
) -> Result<Option<Row>, RowIssue> {
    if record.fields.iter().all(|f| f.trim().is_empty()) {
        return Ok(None);
    }
    if record.unclosed_quote {
        return Err(RowIssue::UnclosedQuote);
    }
    let extra = record.fields.get(header_len..).unwrap_or(&[]);
    if extra.iter().any(|f| !f.trim().is_empty()) {
        return Err(RowIssue::TooManyFields {
            expected: header_len,
            found: record.fields.len(),
        });
    }
    let mut row = Row::default();
    let mut bad: Vec<(&str, &str)> = Vec::new();
    for (i, column) in columns.iter().enumerate() {
        // Rows cut short by the exporter simply leave their last cells blank.
        let cell = record.fields.get(i).map_or("", String::as_str);
        match *column {
            Column::Likert(_, id) => match likert_cell(cell, scored) {
                Ok(c) => {
                    if c.is_decimal() {
                        notes.decimals.push((i, cell));
                    }
                    row.likert.push(c);
                }
                Err(fault) => {
                    if fault == CellFault::UnknownLabel {
                        notes.unknown_labels.push(cell);
                    }
                    bad.push((id, cell));
                }
            },
            Column::Criterion(id) => match stage_cell(cell) {
                Some(c) => row.stage.push(c),
                None => bad.push((id, cell)),
            },
            Column::Profile(field) => row.profile.push((field, cell.trim().to_string())),
            Column::Ignored => {}
        }
    }
    if let Some((column, value)) = bad.first() {
        return Err(RowIssue::InvalidValue {
            column: column.to_string(),
            value: shown(value),
            others: bad.len() - 1,
        });
    }
    if !row.answers_something() {
        return Err(RowIssue::NoAnswers);
    }
    Ok(Some(row))
}

fn shown(value: &str) -> String {
    let value = value.trim();
    let mut s: String = value.chars().take(SHOWN_VALUE_CHARS).collect();
    if value.chars().nth(SHOWN_VALUE_CHARS).is_some() {
        s.push('…');
    }
    s
}
