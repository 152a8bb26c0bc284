//! Reading one respondent row against the header's columns.

use super::columns::Column;
use super::csv::Record;
use super::problems::RowIssue;
use super::values::{likert_cell, stage_cell, LikertCell, StageCell};
use crate::model::InstrumentId;
use crate::model::ProfileField;

/// A row whose every cell was understood, not yet counted.
#[derive(Default)]
pub struct Row {
    pub likert: Vec<(InstrumentId, &'static str, LikertCell)>,
    pub stage: Vec<(&'static str, StageCell)>,
    pub profile: Vec<(ProfileField, String)>,
}

impl Row {
    fn answers_something(&self) -> bool {
        self.likert.iter().any(|(_, _, c)| *c != LikertCell::Blank)
            || self.stage.iter().any(|(_, c)| *c != StageCell::Blank)
    }
}

/// Longest cell text quoted back in a problem message.
const SHOWN_VALUE_CHARS: usize = 40;

/// `Ok(None)` for a blank row (spreadsheets append empty ones), `Err` for a bad one.
pub fn parse_row(record: &Record, columns: &[Column]) -> Result<Option<Row>, RowIssue> {
    if record.fields.iter().all(|f| f.trim().is_empty()) {
        return Ok(None);
    }
    if record.unclosed_quote {
        return Err(RowIssue::UnclosedQuote);
    }
    let extra = record.fields.get(columns.len()..).unwrap_or(&[]);
    if extra.iter().any(|f| !f.trim().is_empty()) {
        return Err(RowIssue::TooManyFields {
            expected: columns.len(),
            found: record.fields.len(),
        });
    }
    let mut row = Row::default();
    let mut bad: Vec<(&str, &str)> = Vec::new();
    for (i, column) in columns.iter().enumerate() {
        // Rows cut short by the exporter simply leave their last cells blank.
        let cell = record.fields.get(i).map_or("", String::as_str);
        match *column {
            Column::Likert(instrument, id) => match likert_cell(cell) {
                Some(c) => row.likert.push((instrument, id, c)),
                None => bad.push((id, cell)),
            },
            Column::Criterion(id) => match stage_cell(cell) {
                Some(c) => row.stage.push((id, c)),
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
