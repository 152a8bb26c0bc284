//! Aggregating many respondents from a CSV export into one assessment (issues 4 and 9).
//!
//! A researcher surveys officials or citizens (Google Forms, KoboToolbox, LimeSurvey, an
//! Excel sheet, paper typed in) and imports the export here. One row is one respondent,
//! one column one item (`S1.1`) or criterion (`E1`); optional profile columns name the
//! region. The rules (docs/formats.md, "Survey CSV"):
//!
//! - The file is UTF-8, with or without a BOM. The separator (`,`, `;` as Excel writes in
//!   an Indonesian locale, or tab) is the one that splits the header into the most
//!   recognised columns; an Excel `sep=;` first line is honoured.
//! - Headers are matched by code in any spelling, by profile name, or by statement text
//!   (see `columns`); the user's `ImportChoices` (a column's item, a label's score) apply
//!   over that. Every header's reading is in `columns`.
//! - Likert cells are 1-5, a decimal typed at data entry (taken as given, and told), or
//!   a label (see `values`); N/A and blank are left out. Labels nobody scored are listed
//!   in `unknown_labels`. An item's value is the mean of its answers, rounded half up to
//!   0.01 (the precision of a result link); N/A when every answer was N/A; unanswered if
//!   blank. Each respondent's answers are kept (`responses`) for the statistics.
//! - A stage criterion takes the most frequent answer, ties going to the lower answer
//!   (No before Partly before Yes); "don't know" and blank are left out.
//! - A profile field is taken when every respondent who filled it wrote the same text
//!   (ignoring case and surrounding spaces); otherwise it stays empty.
//! - A row with any unrecognised cell, an unclosed quote, extra cells or no answer at all
//!   is skipped and reported with its line; the good rows are kept. Blank rows are
//!   skipped silently.
//!
//! Nothing here panics, whatever the input.

mod choices;
mod columns;
pub mod csv;
mod groups;
mod problems;
mod rows;
mod tally;
mod values;

pub use choices::{column_key, column_of_key, typed_column, ImportChoices};
pub use columns::{text_key, Column, Match};
pub use groups::{aggregate_csv_by_group, group_field, GroupedSurvey, MAX_GROUPS};
pub use problems::{RowIssue, RowProblem, SurveyError};
pub use tally::{CriterionDistribution, ItemDistribution};
pub use values::LikertCell;

use crate::model::{is_real_date, ProfileField};
use crate::model::{Assessment, InstrumentId, Profile};
use crate::share::order_v1::{CRITERIA, EREADINESS_ITEMS, SCV_ITEMS};
use rows::{Row, RowNotes};
use std::collections::BTreeMap;

/// Largest file accepted: 10 MB holds tens of thousands of respondents.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Row problems listed one by one; further ones are only counted.
pub const MAX_PROBLEMS: usize = 200;
/// Distinct unknown answer labels listed for the user to score; the rarest beyond are
/// only counted.
pub const MAX_UNKNOWN_LABELS: usize = 40;
/// Decimal answers quoted back one by one; further ones are only counted.
pub const MAX_DECIMAL_EXAMPLES: usize = 20;
/// Columns read from a header: a questionnaire has a few hundred; the rest of a wider
/// (hostile) file is counted and ignored, so it cannot make the reader hold gigabytes.
pub const MAX_READ_COLUMNS: usize = 2000;
/// Columns that are no answer kept for the statistics (the respondent profile).
pub const MAX_EXTRA_COLUMNS: usize = 200;
/// Profile text taken from the file is clipped like a result link would clip it.
const MAX_PROFILE_CHARS: usize = crate::share::MAX_FIELD_CHARS;

/// One aggregated survey.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyResult {
    /// Means per item, majorities per criterion, profile from consistent columns.
    pub assessment: Assessment,
    /// Rows counted (blank and bad rows are not).
    pub respondents: usize,
    /// Per item id present in the file, how the respondents answered.
    pub items: BTreeMap<String, ItemDistribution>,
    /// Per criterion id present in the file.
    pub criteria: BTreeMap<String, CriterionDistribution>,
    /// Skipped rows, in file order, at most `MAX_PROBLEMS`.
    pub problems: Vec<RowProblem>,
    /// Skipped rows beyond `MAX_PROBLEMS`.
    pub problems_omitted: usize,
    /// Header cells that are neither an id nor a profile field, or repeat an id.
    pub ignored_columns: Vec<String>,
    /// Item and criterion ids with no column in the file.
    pub missing_ids: Vec<&'static str>,
    /// The separator found: `,`, `;` or a tab.
    pub separator: char,
    /// Every header cell (the first `MAX_READ_COLUMNS`), what it was taken as and how
    /// that was found.
    pub columns: Vec<ColumnReport>,
    /// Header cells beyond `MAX_READ_COLUMNS`, ignored.
    pub columns_beyond: usize,
    /// Answer labels in Likert columns nobody scored ("kurang setuju"), most frequent
    /// first: the rows holding them were skipped until the user gives them a score.
    pub unknown_labels: Vec<UnknownLabel>,
    /// Answers between two points (`3,5`), taken as given.
    pub decimals: usize,
    /// The first `MAX_DECIMAL_EXAMPLES` of them, for the notice.
    pub decimal_examples: Vec<DecimalAnswer>,
    /// Each respondent's answers, for the statistics.
    pub responses: Responses,
}

/// One header cell and its meaning.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnReport {
    /// The header as written, trimmed.
    pub header: String,
    pub column: Column,
    pub how: Match,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UnknownLabel {
    /// The label as first written in the file, trimmed.
    pub label: String,
    /// Cells holding it (any spelling that `normalize`s alike).
    pub count: usize,
}

/// A decimal answer, quoted back to the user.
#[derive(Clone, Debug, PartialEq)]
pub struct DecimalAnswer {
    pub line: usize,
    pub id: &'static str,
    pub value: String,
}

/// Each counted respondent's answers, in questionnaire order, for the statistics.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Responses {
    pub items: Vec<ItemResponses>,
    /// Columns that are no answer (profile fields, ignored columns), in header order:
    /// the header and each respondent's text.
    pub extras: Vec<(String, Vec<String>)>,
}

impl Responses {
    /// The statistics a study reports of these answers, items grouped by their element.
    pub fn statistics(&self) -> crate::statistics::SurveyStatistics {
        use crate::statistics::{compute, element_of, ExtraColumn, ItemColumn};
        let items: Vec<ItemColumn> = self
            .items
            .iter()
            .map(|item| ItemColumn {
                id: item.id.to_string(),
                group: element_of(item.id).map_or("", |(_, e)| e).to_string(),
                values: item.values.clone(),
            })
            .collect();
        let extras: Vec<ExtraColumn> = self
            .extras
            .iter()
            .map(|(header, values)| ExtraColumn {
                header: header.clone(),
                values: values.clone(),
            })
            .collect();
        compute(&items, &extras)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ItemResponses {
    pub id: &'static str,
    pub instrument: InstrumentId,
    /// In hundredths, 100-500; `None` for blank and N/A.
    pub values: Vec<Option<u32>>,
}

/// A survey file's bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16
/// with one (Excel's "Unicode Text"). Anything else is `NotText`, never read with
/// replacement characters. Files over `MAX_BYTES` are `TooLarge`, with their true size.
pub fn decode_text(bytes: &[u8]) -> Result<String, SurveyError> {
    if bytes.len() > MAX_BYTES {
        let (bytes, max) = (bytes.len(), MAX_BYTES);
        return Err(SurveyError::TooLarge { bytes, max });
    }
    let utf16 = |bytes: &[u8], word: fn([u8; 2]) -> u16| {
        let words = bytes.chunks_exact(2).map(|p| word([p[0], p[1]]));
        (bytes.len() % 2 == 0)
            .then(|| {
                char::decode_utf16(words)
                    .collect::<Result<String, _>>()
                    .ok()
            })
            .flatten()
    };
    let text = match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => std::str::from_utf8(bytes).ok().map(str::to_string),
    };
    text.ok_or(SurveyError::NotText)
}

/// Aggregates a CSV export as recognised; `Err` only when nothing in it is usable.
pub fn aggregate_csv(text: &str) -> Result<SurveyResult, SurveyError> {
    aggregate_csv_with(text, &ImportChoices::default())
}

/// Aggregates a CSV export with the user's choices applied over what was recognised.
pub fn aggregate_csv_with(
    text: &str,
    choices: &ImportChoices,
) -> Result<SurveyResult, SurveyError> {
    let (separator, header, records) = header_and_records(text)?;
    let header_len = header.fields.len();
    let reports = map_columns(&header.fields, choices);
    let columns: Vec<Column> = reports.iter().map(|r| r.column).collect();
    if !columns.iter().any(|c| c.answer_id().is_some()) {
        return Err(SurveyError::NoItemColumns);
    }
    let mut acc = Accumulator::new(&reports);
    for record in &records {
        let mut notes = RowNotes::default();
        match rows::parse_row(record, &columns, header_len, &choices.labels, &mut notes) {
            Ok(Some(row)) => acc.add(row, &record.fields),
            Ok(None) => {}
            Err(issue) => acc.problem(RowProblem {
                line: record.line,
                issue,
            }),
        }
        acc.note(record.line, &columns, notes);
    }
    if acc.respondents == 0 {
        return Err(SurveyError::NoRespondents {
            problems: acc.problems,
        });
    }
    let mut result = acc.finish(reports, separator);
    result.columns_beyond = header_len.saturating_sub(MAX_READ_COLUMNS);
    Ok(result)
}

/// The header cells of a CSV export and what each was recognised as, with the user's
/// choices applied: what the mapping page shows, also for a file with no item column.
pub fn read_columns(text: &str, choices: &ImportChoices) -> Result<Vec<ColumnReport>, SurveyError> {
    let (_, header, _) = header_and_records(text)?;
    Ok(map_columns(&header.fields, choices))
}

/// The separator, the header record and the records after it, each numbered with its
/// line in the file.
fn header_and_records(text: &str) -> Result<(char, csv::Record, Vec<csv::Record>), SurveyError> {
    if text.len() > MAX_BYTES {
        return Err(SurveyError::TooLarge {
            bytes: text.len(),
            max: MAX_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (separator, body, skipped_lines) = separator_and_body(text);
    let mut records = csv::records(body, separator);
    for record in &mut records {
        record.line += skipped_lines;
    }
    let first = records
        .iter()
        .position(|r| r.fields.iter().any(|f| !f.trim().is_empty()))
        .ok_or(SurveyError::Empty)?;
    let rest = records.split_off(first + 1);
    let header = records.pop().ok_or(SurveyError::Empty)?;
    Ok((separator, header, rest))
}

/// The separator, the text after any `sep=` line, and how many lines that line took.
fn separator_and_body(text: &str) -> (char, &str, usize) {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let declared = first.trim().strip_prefix("sep=").and_then(|s| {
        let mut chars = s.chars();
        chars.next().filter(|_| chars.next().is_none())
    });
    match declared {
        Some(sep) => (sep, rest, 1),
        None => (detect_separator(text), text, 0),
    }
}

/// The candidate that splits the first non-blank line into the most recognised
/// columns, then into the most columns; a tie keeps the comma.
fn detect_separator(text: &str) -> char {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let score = |sep: char| {
        let parts = csv::split_line(header, sep);
        let known = parts
            .iter()
            .filter(|p| columns::classify(p.trim().trim_matches('"')).0 != Column::Ignored)
            .count();
        (known, parts.len())
    };
    let mut best = (',', score(','));
    for sep in [';', '\t'] {
        let s = score(sep);
        if s > best.1 {
            best = (sep, s);
        }
    }
    best.0
}

/// Each header cell's column, the user's choice first; a repeated answer id counts
/// once: at the column the user chose for it, else at its first column.
fn map_columns(headers: &[String], choices: &ImportChoices) -> Vec<ColumnReport> {
    let headers = &headers[..headers.len().min(MAX_READ_COLUMNS)];
    let mut taken: Vec<&str> = choices
        .columns
        .iter()
        .filter(|(at, _)| *at < headers.len())
        .filter_map(|(_, c)| c.answer_id())
        .collect();
    let reports = headers.iter().enumerate().map(|(at, header)| {
        let header = header.trim();
        let (column, how) = match choices.column(at) {
            Some(column) => {
                return ColumnReport {
                    header: header.to_string(),
                    column,
                    how: Match::Chosen,
                }
            }
            None => columns::classify(header),
        };
        let report = |column, how| ColumnReport {
            header: header.to_string(),
            column,
            how,
        };
        match column.answer_id() {
            Some(id) if taken.contains(&id) => report(Column::Ignored, Match::Repeated(id)),
            Some(id) => {
                taken.push(id);
                report(column, how)
            }
            None => report(column, how),
        }
    });
    reports.collect()
}

/// The counts and answers gathered row by row, per column in header order.
struct Accumulator {
    respondents: usize,
    likert: Vec<(
        InstrumentId,
        &'static str,
        ItemDistribution,
        Vec<Option<u32>>,
    )>,
    criteria: Vec<(&'static str, CriterionDistribution)>,
    /// Header index and each respondent's text, for every column that is no answer.
    extras: Vec<(usize, Vec<String>)>,
    profile: Vec<(ProfileField, String)>,
    problems: Vec<RowProblem>,
    problems_omitted: usize,
    /// Normalised label -> (first spelling, count).
    unknown_labels: BTreeMap<String, (String, usize)>,
    decimals: usize,
    decimal_examples: Vec<DecimalAnswer>,
}

impl Accumulator {
    fn new(reports: &[ColumnReport]) -> Self {
        let mut acc = Accumulator {
            respondents: 0,
            likert: Vec::new(),
            criteria: Vec::new(),
            extras: Vec::new(),
            profile: Vec::new(),
            problems: Vec::new(),
            problems_omitted: 0,
            unknown_labels: BTreeMap::new(),
            decimals: 0,
            decimal_examples: Vec::new(),
        };
        for (at, report) in reports.iter().enumerate() {
            match report.column {
                Column::Likert(instrument, id) => {
                    acc.likert
                        .push((instrument, id, ItemDistribution::default(), Vec::new()));
                }
                Column::Criterion(id) => acc.criteria.push((id, CriterionDistribution::default())),
                Column::Profile(_) | Column::Ignored => {
                    let named = !report.header.is_empty();
                    if named && acc.extras.len() < MAX_EXTRA_COLUMNS {
                        acc.extras.push((at, Vec::new()));
                    }
                }
            }
        }
        acc
    }

    fn add(&mut self, row: Row, fields: &[String]) {
        self.respondents += 1;
        for ((_, _, d, values), cell) in self.likert.iter_mut().zip(row.likert) {
            d.add(cell);
            values.push(match cell {
                LikertCell::Score(cents) => Some(u32::from(cents)),
                _ => None,
            });
        }
        for ((_, d), cell) in self.criteria.iter_mut().zip(row.stage) {
            d.add(cell);
        }
        for (at, values) in &mut self.extras {
            let text = fields.get(*at).map_or("", |f| f.trim());
            values.push(text.to_string());
        }
        self.profile
            .extend(row.profile.into_iter().filter(|(_, v)| !v.is_empty()));
    }

    fn problem(&mut self, problem: RowProblem) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.problems_omitted += 1;
        }
    }

    /// Unknown labels of any row, and decimals of counted rows.
    fn note(&mut self, line: usize, columns: &[Column], notes: RowNotes) {
        for label in notes.unknown_labels {
            let entry = self
                .unknown_labels
                .entry(values::normalize(label))
                .or_insert_with(|| (label.trim().to_string(), 0));
            entry.1 += 1;
        }
        for (at, value) in notes.decimals {
            self.decimals += 1;
            let id = columns.get(at).and_then(|c| c.answer_id());
            if let (Some(id), true) = (id, self.decimal_examples.len() < MAX_DECIMAL_EXAMPLES) {
                let value = value.trim().to_string();
                self.decimal_examples
                    .push(DecimalAnswer { line, id, value });
            }
        }
    }

    fn finish(self, reports: Vec<ColumnReport>, separator: char) -> SurveyResult {
        let columns: Vec<Column> = reports.iter().map(|r| r.column).collect();
        let mut assessment = Assessment {
            profile: self.profile_from_columns(),
            ..Default::default()
        };
        for (instrument, id, d, _) in &self.likert {
            if let Some(answer) = d.answer() {
                let answers = assessment.answers.likert_mut(*instrument);
                answers.insert(id.to_string(), answer);
            }
        }
        for (id, d) in &self.criteria {
            if let Some(answer) = d.majority() {
                assessment.answers.stage.insert(id.to_string(), answer);
            }
        }
        let ignored_columns = reports
            .iter()
            .filter(|r| r.column == Column::Ignored)
            .map(|r| r.header.clone())
            .collect();
        let mut unknown_labels: Vec<UnknownLabel> = self
            .unknown_labels
            .into_values()
            .map(|(label, count)| UnknownLabel { label, count })
            .collect();
        unknown_labels.sort_by_key(|l| std::cmp::Reverse(l.count));
        unknown_labels.truncate(MAX_UNKNOWN_LABELS);
        let mut items = self.likert;
        items.sort_by_key(|(_, id, _, _)| questionnaire_position(id));
        let responses = Responses {
            items: items
                .iter()
                .map(|(instrument, id, _, values)| ItemResponses {
                    id,
                    instrument: *instrument,
                    values: values.clone(),
                })
                .collect(),
            extras: self
                .extras
                .into_iter()
                .map(|(at, values)| (reports[at].header.clone(), values))
                .collect(),
        };
        SurveyResult {
            assessment,
            respondents: self.respondents,
            items: items
                .into_iter()
                .map(|(_, id, d, _)| (id.to_string(), d))
                .collect(),
            criteria: self
                .criteria
                .iter()
                .map(|(id, d)| (id.to_string(), *d))
                .collect(),
            problems: self.problems,
            problems_omitted: self.problems_omitted,
            ignored_columns,
            missing_ids: missing_ids(&columns),
            separator,
            columns: reports,
            unknown_labels,
            decimals: self.decimals,
            decimal_examples: self.decimal_examples,
            responses,
            columns_beyond: 0,
        }
    }

    fn profile_from_columns(&self) -> Profile {
        let values = |f: ProfileField| {
            self.profile
                .iter()
                .filter(move |(g, _)| *g == f)
                .map(|(_, v)| v.as_str())
        };
        let field = |f: ProfileField| consistent(values(f));
        let date = field(ProfileField::Date).filter(|d| is_real_date(d));
        // Types are compared once parsed: "kota" and "City" agree.
        let mut types = values(ProfileField::RegionType).map(values::region_type);
        let first_type = types.next().flatten();
        Profile {
            region: field(ProfileField::Region).unwrap_or_default(),
            region_type: first_type.filter(|t| types.all(|u| u == Some(*t))),
            unit: field(ProfileField::Unit).unwrap_or_default(),
            assessor: field(ProfileField::Assessor).unwrap_or_default(),
            date: date.unwrap_or_default(),
        }
    }
}

/// The common value when all values agree (ignoring case), clipped; else `None`.
fn consistent<'a>(mut values: impl Iterator<Item = &'a str>) -> Option<String> {
    let first = values.next()?;
    let lower = first.to_lowercase();
    values
        .all(|v| v.to_lowercase() == lower)
        .then(|| first.chars().take(MAX_PROFILE_CHARS).collect())
}

/// Every item and criterion id in questionnaire order: the instruments' order.
pub fn questionnaire_ids() -> impl Iterator<Item = &'static str> {
    SCV_ITEMS
        .iter()
        .chain(&EREADINESS_ITEMS)
        .chain(&CRITERIA)
        .copied()
}

/// Where an id comes in the questionnaire; unknown ids last.
pub fn questionnaire_position(id: &str) -> usize {
    questionnaire_ids()
        .position(|known| known == id)
        .unwrap_or(usize::MAX)
}

fn missing_ids(columns: &[Column]) -> Vec<&'static str> {
    let present: Vec<&str> = columns
        .iter()
        .filter_map(|c| match *c {
            Column::Likert(_, id) | Column::Criterion(id) => Some(id),
            _ => None,
        })
        .collect();
    let all = SCV_ITEMS.iter().chain(&EREADINESS_ITEMS).chain(&CRITERIA);
    all.copied().filter(|id| !present.contains(id)).collect()
}
