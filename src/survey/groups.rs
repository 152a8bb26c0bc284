//! A survey of several regions or units in one file, aggregated per region or unit
//! (issue 10: one survey sent to every OPD, or to every kabupaten/kota of a province).
//!
//! When the header has a column naming each respondent's region (`wilayah`,
//! `kabupaten/kota`, `pemda`, ...) or unit (`opd`, `instansi`, `satuan kerja`, ...), the
//! rows are split by that column's value and each group is aggregated exactly as
//! `aggregate_csv` aggregates a whole file: its CSV text is the file's own lines (the
//! header and the group's records, cut from the file as written, so quoting, separators
//! and an Excel `sep=` line are untouched) and the existing aggregation reads it. Line
//! numbers in its problems are the file's. A region column is preferred over a unit
//! column; values are compared ignoring case and spaces, and each group is named by the
//! value as first written.

use std::collections::HashMap;

use super::columns::{classify, Column};
use super::csv::Record;
use super::values::normalize;
use super::{
    aggregate_csv, header_and_records, map_columns, ImportChoices, RowProblem, SurveyError,
    SurveyResult, MAX_PROBLEMS, MAX_PROFILE_CHARS, MAX_READ_COLUMNS,
};
use crate::model::ProfileField;

/// Most groups aggregated from one file: more is refused (a column of respondent names
/// taken for a region would otherwise make thousands of one-person "regions").
pub const MAX_GROUPS: usize = 1_000;

/// A survey aggregated per region or unit.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupedSurvey {
    /// The header of the column the rows were grouped by, as written (trimmed).
    pub column: String,
    /// What that column names: `ProfileField::Region` or `ProfileField::Unit`.
    pub field: ProfileField,
    /// Each group's value (as first written, trimmed) and its aggregate, whose profile
    /// has the value as its region (or unit), in order of first appearance.
    pub groups: Vec<(String, SurveyResult)>,
    /// Groups with no usable respondent row, and why (`SurveyError::NoRespondents`).
    pub failed: Vec<(String, SurveyError)>,
    /// Rows (not blank) whose group cell is empty: in no group.
    pub ungrouped_rows: usize,
}

/// Header names of a region column beyond the profile names `columns` knows.
const REGION_NAMES: [&str; 14] = [
    "kabupaten/kota",
    "kabupaten kota",
    "kab/kota",
    "kab kota",
    "kota/kabupaten",
    "kota kabupaten",
    "kabupaten",
    "kota",
    "pemda",
    "nama pemda",
    "pemerintah daerah",
    "nama wilayah",
    "asal daerah",
    "asal wilayah",
];

/// Header names of a unit column beyond the profile names `columns` knows.
const UNIT_NAMES: [&str; 7] = [
    "satuan kerja",
    "satker",
    "skpd",
    "nama opd",
    "nama instansi",
    "nama unit kerja",
    "asal instansi",
];

/// The survey aggregated per region (or unit) when the header has such a column and at
/// least one row fills it; `None` otherwise (aggregate the whole file then).
pub fn aggregate_csv_by_group(text: &str) -> Result<Option<GroupedSurvey>, SurveyError> {
    let (_, header, records) = header_and_records(text)?;
    let Some((at, field)) = group_column(&header.fields) else {
        return Ok(None);
    };
    let reports = map_columns(&header.fields, &ImportChoices::default());
    if !reports.iter().any(|r| r.column.answer_id().is_some()) {
        return Err(SurveyError::NoItemColumns);
    }
    let column = header.fields[at].trim().to_string();
    let split = split_rows(&records, at, &column)?;
    if split.groups.is_empty() {
        return Ok(None);
    }
    let lines = Lines::of(text);
    let prefix_lines = records.first().map_or(0, |r| r.line.saturating_sub(1));
    let mut grouped = GroupedSurvey {
        column,
        field,
        groups: Vec::new(),
        failed: Vec::new(),
        ungrouped_rows: split.ungrouped_rows,
    };
    for (value, members) in split.groups {
        let (csv, line_of) = lines.group_text(prefix_lines, &records, &members);
        match aggregate_group(&csv, &line_of, field, &value) {
            Ok(result) => grouped.groups.push((value, result)),
            Err(error) => grouped.failed.push((value, error)),
        }
    }
    if grouped.groups.is_empty() {
        return Err(no_group_usable(&grouped.failed));
    }
    Ok(Some(grouped))
}

/// One group's CSV text aggregated, with the file's line numbers and the group's value
/// as its profile's region (or unit).
fn aggregate_group(
    csv: &str,
    line_of: &[usize],
    field: ProfileField,
    value: &str,
) -> Result<SurveyResult, SurveyError> {
    match aggregate_csv(csv) {
        Ok(mut result) => {
            renumber(&mut result, line_of);
            let value: String = value.chars().take(MAX_PROFILE_CHARS).collect();
            let profile = &mut result.assessment.profile;
            match field {
                ProfileField::Unit => profile.unit = value,
                _ => profile.region = value,
            }
            Ok(result)
        }
        Err(SurveyError::NoRespondents { mut problems }) => {
            renumber_problems(&mut problems, line_of);
            Err(SurveyError::NoRespondents { problems })
        }
        Err(other) => Err(other),
    }
}

/// The column to group by and what it names: the first region column, else the first
/// unit column.
fn group_column(headers: &[String]) -> Option<(usize, ProfileField)> {
    let headers = &headers[..headers.len().min(MAX_READ_COLUMNS)];
    let kinds: Vec<Option<ProfileField>> = headers.iter().map(|h| group_field(h)).collect();
    [ProfileField::Region, ProfileField::Unit]
        .into_iter()
        .find_map(|wanted| {
            let at = kinds.iter().position(|k| *k == Some(wanted))?;
            Some((at, wanted))
        })
}

/// Whether a header names a region or a unit: as `columns` reads profile names, or by a
/// further name (behind any group path: `profil/kab_kota`).
pub fn group_field(header: &str) -> Option<ProfileField> {
    let header = header.trim();
    match classify(header).0 {
        Column::Profile(field @ (ProfileField::Region | ProfileField::Unit)) => Some(field),
        Column::Ignored => {
            let starts = std::iter::once(0).chain(header.match_indices('/').map(|(at, _)| at + 1));
            starts.map(|at| &header[at..]).find_map(named_field)
        }
        _ => None,
    }
}

fn named_field(part: &str) -> Option<ProfileField> {
    let name = normalize(&part.replace(['_', '-'], " "));
    if REGION_NAMES.contains(&name.as_str()) {
        Some(ProfileField::Region)
    } else if UNIT_NAMES.contains(&name.as_str()) {
        Some(ProfileField::Unit)
    } else {
        None
    }
}

/// The records of each group, by position in `records`, groups in order of first
/// appearance.
struct Split {
    groups: Vec<(String, Vec<usize>)>,
    ungrouped_rows: usize,
}

fn split_rows(records: &[Record], at: usize, column: &str) -> Result<Split, SurveyError> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    let mut ungrouped_rows = 0;
    for (position, record) in records.iter().enumerate() {
        if record.fields.iter().all(|f| f.trim().is_empty()) {
            continue; // a blank row: skipped silently, as the aggregation does
        }
        let value = record.fields.get(at).map_or("", |f| f.trim());
        if value.is_empty() {
            ungrouped_rows += 1;
            continue;
        }
        let next = groups.len();
        let group = *index.entry(normalize(value)).or_insert(next);
        if group == next {
            groups.push((value.to_string(), Vec::new()));
        }
        groups[group].1.push(position);
    }
    if groups.len() > MAX_GROUPS {
        // The header is quoted in the message: a hostile one is abridged.
        let column = match column.char_indices().nth(60) {
            Some((at, _)) => [&column[..at], "…"].concat(),
            None => column.to_string(),
        };
        return Err(SurveyError::TooManyGroups {
            column,
            groups: groups.len(),
            max: MAX_GROUPS,
        });
    }
    Ok(Split {
        groups,
        ungrouped_rows,
    })
}

/// The file's physical lines, each with its line break, split where the CSV reader
/// counts lines (`\n`, `\r\n`, a lone `\r`).
struct Lines<'a> {
    lines: Vec<&'a str>,
}

impl<'a> Lines<'a> {
    fn of(text: &'a str) -> Lines<'a> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let bytes = text.as_bytes();
        let mut lines = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let end = match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => Some(i + 2),
                b'\r' | b'\n' => Some(i + 1),
                _ => None,
            };
            match end {
                Some(end) => {
                    lines.push(&text[start..end]);
                    start = end;
                    i = end;
                }
                None => i += 1,
            }
        }
        if start < text.len() {
            lines.push(&text[start..]);
        }
        Lines { lines }
    }

    /// Lines `from..to` (1-based, `to` excluded), as far as the file has them.
    fn span(&self, from: usize, to: usize) -> &[&'a str] {
        let len = self.lines.len();
        let (from, to) = (
            from.saturating_sub(1).min(len),
            to.saturating_sub(1).min(len),
        );
        &self.lines[from..to.max(from)]
    }

    /// The group's CSV text: the file's first `prefix_lines` lines (an Excel `sep=` line,
    /// the header), then each member record's lines; and for each of its lines, the
    /// file's line number.
    fn group_text(
        &self,
        prefix_lines: usize,
        records: &[Record],
        members: &[usize],
    ) -> (String, Vec<usize>) {
        let mut text = String::new();
        let mut line_of: Vec<usize> = (1..=prefix_lines).collect();
        for line in self.span(1, prefix_lines + 1) {
            text.push_str(line);
        }
        for &member in members {
            let from = records[member].line;
            let to = records
                .get(member + 1)
                .map_or(self.lines.len() + 1, |next| next.line);
            for (n, line) in self.span(from, to).iter().enumerate() {
                if !text.is_empty() && !text.ends_with(['\n', '\r']) {
                    text.push('\n');
                }
                text.push_str(line);
                line_of.push(from + n);
            }
        }
        (text, line_of)
    }
}

/// The group text's line numbers in `result` made the file's.
fn renumber(result: &mut SurveyResult, line_of: &[usize]) {
    renumber_problems(&mut result.problems, line_of);
    for example in &mut result.decimal_examples {
        example.line = file_line(example.line, line_of);
    }
}

fn renumber_problems(problems: &mut [RowProblem], line_of: &[usize]) {
    for problem in problems {
        problem.line = file_line(problem.line, line_of);
    }
}

fn file_line(line: usize, line_of: &[usize]) -> usize {
    line.checked_sub(1)
        .and_then(|at| line_of.get(at))
        .copied()
        .unwrap_or(line)
}

/// Every group failed: as a whole file with no usable row, with all groups' problems in
/// line order.
fn no_group_usable(failed: &[(String, SurveyError)]) -> SurveyError {
    let mut problems: Vec<RowProblem> = failed
        .iter()
        .flat_map(|(_, error)| match error {
            SurveyError::NoRespondents { problems } => problems.clone(),
            _ => Vec::new(),
        })
        .collect();
    problems.sort_by_key(|p| p.line);
    problems.truncate(MAX_PROBLEMS);
    SurveyError::NoRespondents { problems }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_and_unit_headers_are_recognised() {
        let region = Some(ProfileField::Region);
        let unit = Some(ProfileField::Unit);
        let cases = [
            ("Region", region),
            ("wilayah", region),
            (" Daerah ", region),
            ("Kabupaten/Kota", region),
            ("kab/kota", region),
            ("Kab / Kota", region),
            ("kab_kota", region),
            ("PEMDA", region),
            ("profile/region", region),
            ("group_profil/kabupaten_kota", region),
            ("unit", unit),
            ("OPD", unit),
            ("Perangkat Daerah", unit),
            ("instansi", unit),
            ("Satuan Kerja", unit),
            ("profil/satuan_kerja", unit),
            ("region type", None),
            ("jenis wilayah", None),
            ("S1.1", None),
            ("Nama", None),
            ("Timestamp", None),
        ];
        for (header, expected) in cases {
            assert_eq!(group_field(header), expected, "{header:?}");
        }
    }

    #[test]
    fn a_region_column_wins_over_a_unit_column() {
        let headers: Vec<String> = ["opd", "S1.1", "kab/kota", "wilayah"]
            .map(String::from)
            .to_vec();
        assert_eq!(group_column(&headers), Some((2, ProfileField::Region)));
        assert_eq!(group_column(&headers[..2]), Some((0, ProfileField::Unit)));
    }

    #[test]
    fn lines_split_as_the_csv_reader_counts_them() {
        let lines = Lines::of("\u{feff}a\r\nb\rc\n\nd");
        assert_eq!(lines.lines, ["a\r\n", "b\r", "c\n", "\n", "d"]);
        assert_eq!(lines.span(2, 4), ["b\r", "c\n"]);
        assert!(lines.span(9, 12).is_empty());
    }
}
