//! Aggregating many respondents from a CSV export into one assessment (issue 4 item 4).
//!
//! A researcher surveys officials or citizens (a Google Form, an Excel sheet) and imports
//! the export here. One row is one respondent, one column one item (`S1.1`) or criterion
//! (`E1`); optional profile columns name the region. The rules:
//!
//! - The file is UTF-8, with or without a BOM. The separator (`,`, `;` as Excel writes in
//!   an Indonesian locale, or tab) is the one that splits the header into the most
//!   recognised columns; an Excel `sep=;` first line is honoured.
//! - Headers may carry statement text around the id (see `columns`); other columns
//!   (Timestamp, Email, ...) are ignored and listed in `ignored_columns`.
//! - Likert cells are 1-5 or a label (see `values`); N/A and blank are left out.
//!   An item's value is the mean of its 1-5 answers, rounded half up to 0.01 (the
//!   precision of a result link); N/A when every answer was N/A; unanswered if blank.
//! - A stage criterion takes the most frequent answer, ties going to the lower answer
//!   (No before Partly before Yes); "don't know" and blank are left out.
//! - A profile field is taken when every respondent who filled it wrote the same text
//!   (ignoring case and surrounding spaces); otherwise it stays empty.
//! - A row with any unrecognised cell, an unclosed quote, extra cells or no answer at all
//!   is skipped and reported with its line; the good rows are kept. Blank rows are
//!   skipped silently.
//!
//! Nothing here panics, whatever the input.

mod columns;
mod csv;
mod problems;
mod rows;
mod tally;
mod values;

pub use problems::{RowIssue, RowProblem, SurveyError};
pub use tally::{CriterionDistribution, ItemDistribution};

use crate::model::{is_real_date, ProfileField};
use crate::model::{Assessment, InstrumentId, Lang, Profile};
use crate::share::order_v1::{CRITERIA, EREADINESS_ITEMS, SCV_ITEMS};
use columns::Column;
use rows::Row;
use std::collections::BTreeMap;

/// Largest file accepted: 10 MB holds tens of thousands of respondents.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Row problems listed one by one; further ones are only counted.
pub const MAX_PROBLEMS: usize = 200;
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

/// Aggregates a CSV export; `Err` only when nothing in it is usable.
pub fn aggregate_csv(text: &str) -> Result<SurveyResult, SurveyError> {
    if text.len() > MAX_BYTES {
        return Err(SurveyError::TooLarge {
            bytes: text.len(),
            max: MAX_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (separator, body, skipped_lines) = separator_and_body(text);
    let mut records = csv::records(body, separator).into_iter();
    let header = records
        .by_ref()
        .find(|r| r.fields.iter().any(|f| !f.trim().is_empty()));
    let header = header.ok_or(SurveyError::Empty)?;
    let (columns, ignored_columns) = map_columns(&header.fields);
    if !columns
        .iter()
        .any(|c| matches!(c, Column::Likert(..) | Column::Criterion(_)))
    {
        return Err(SurveyError::NoItemColumns);
    }
    let mut acc = Accumulator::new(&columns);
    for record in records {
        match rows::parse_row(&record, &columns) {
            Ok(Some(row)) => acc.add(row),
            Ok(None) => {}
            Err(issue) => acc.problem(RowProblem {
                line: record.line + skipped_lines,
                issue,
            }),
        }
    }
    if acc.respondents == 0 {
        return Err(SurveyError::NoRespondents {
            problems: acc.problems,
        });
    }
    Ok(acc.finish(&columns, ignored_columns, separator))
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
            .filter(|p| columns::classify(p.trim().trim_matches('"')) != Column::Ignored)
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

/// Each header cell's column; a repeated id counts once, at its first column.
fn map_columns(headers: &[String]) -> (Vec<Column>, Vec<String>) {
    let mut seen = Vec::new();
    let mut ignored = Vec::new();
    let columns = headers
        .iter()
        .map(|h| {
            let column = columns::classify(h);
            if column == Column::Ignored || seen.contains(&column) {
                ignored.push(h.trim().to_string());
                return Column::Ignored;
            }
            seen.push(column);
            column
        })
        .collect();
    (columns, ignored)
}

struct Accumulator {
    respondents: usize,
    items: BTreeMap<&'static str, (InstrumentId, ItemDistribution)>,
    criteria: BTreeMap<&'static str, CriterionDistribution>,
    profile: Vec<(ProfileField, String)>,
    problems: Vec<RowProblem>,
    problems_omitted: usize,
}

impl Accumulator {
    fn new(columns: &[Column]) -> Self {
        let mut acc = Accumulator {
            respondents: 0,
            items: BTreeMap::new(),
            criteria: BTreeMap::new(),
            profile: Vec::new(),
            problems: Vec::new(),
            problems_omitted: 0,
        };
        for column in columns {
            match *column {
                Column::Likert(instrument, id) => {
                    acc.items
                        .insert(id, (instrument, ItemDistribution::default()));
                }
                Column::Criterion(id) => {
                    acc.criteria.insert(id, CriterionDistribution::default());
                }
                _ => {}
            }
        }
        acc
    }

    fn add(&mut self, row: Row) {
        self.respondents += 1;
        for (_, id, cell) in row.likert {
            if let Some((_, d)) = self.items.get_mut(id) {
                d.add(cell);
            }
        }
        for (id, cell) in row.stage {
            if let Some(d) = self.criteria.get_mut(id) {
                d.add(cell);
            }
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

    fn finish(
        self,
        columns: &[Column],
        ignored_columns: Vec<String>,
        separator: char,
    ) -> SurveyResult {
        let mut assessment = Assessment {
            profile: self.profile_from_columns(),
            ..Default::default()
        };
        for (id, (instrument, d)) in &self.items {
            if let Some(answer) = d.answer() {
                assessment
                    .answers
                    .likert_mut(*instrument)
                    .insert(id.to_string(), answer);
            }
        }
        for (id, d) in &self.criteria {
            if let Some(answer) = d.majority() {
                assessment.answers.stage.insert(id.to_string(), answer);
            }
        }
        SurveyResult {
            assessment,
            respondents: self.respondents,
            items: self
                .items
                .iter()
                .map(|(id, (_, d))| (id.to_string(), *d))
                .collect(),
            criteria: self
                .criteria
                .iter()
                .map(|(id, d)| (id.to_string(), *d))
                .collect(),
            problems: self.problems,
            problems_omitted: self.problems_omitted,
            ignored_columns,
            missing_ids: missing_ids(columns),
            separator,
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

/// A CSV template: profile columns, then one column per item and criterion, in
/// instrument order, and no example row (a forgotten example would be counted as a
/// respondent). Indonesian uses `;` so Excel in an Indonesian locale opens it in
/// columns; English uses `,`. Both are read back by `aggregate_csv`.
pub fn csv_template(lang: Lang) -> String {
    let (sep, profile) = match lang {
        Lang::Id => (
            ";",
            [
                "wilayah",
                "jenis_wilayah",
                "unit_kerja",
                "penilai",
                "tanggal",
            ],
        ),
        Lang::En => (",", ["region", "region_type", "unit", "assessor", "date"]),
    };
    let ids = SCV_ITEMS.iter().chain(&EREADINESS_ITEMS).chain(&CRITERIA);
    let header: Vec<&str> = profile.into_iter().chain(ids.copied()).collect();
    header.join(sep) + "\r\n"
}
