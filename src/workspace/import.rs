//! Many files into the workspace at once: whatever the user drops, each file read by the
//! reader its content calls for (the file name is only a hint for the message when none
//! fits).
//!
//! - a workspace file (`"format": "cermat-workspace"`): its assessments, by their names;
//! - a response file (`format::parse_response_bytes`): one assessment;
//! - a save (`cermat-save`, `store::from_exact`): one assessment;
//! - a survey CSV: one assessment per region or unit when it has such a column
//!   (`survey::aggregate_csv_by_group`), else one (`survey::aggregate_csv`).
//!
//! A file that fails is a failure line with the message its reader gives (at most
//! `MAX_PROBLEM_LINES` problems, then how many more), in the user's language; the other
//! files are still imported. Nothing here panics, whatever the bytes.

use super::file::{check_workspace, is_workspace, MAX_WORKSPACE_BYTES};
use crate::format::{parse_response_bytes_with_websites, read_tree, Problem};
use crate::i18n::fill;
use crate::model::{Assessment, Lang, Text};
use crate::store;
use crate::survey::{self, SurveyError, SurveyResult};

/// Most assessments one import adds; the rest are left out and counted.
pub const MAX_IMPORT_ASSESSMENTS: usize = 5_000;
/// Problems of one file told one by one; further ones are only counted.
pub const MAX_PROBLEM_LINES: usize = 5;
/// Characters of one problem line (it may quote the file).
const MAX_LINE_CHARS: usize = 240;

const NOT_READ: Text = Text::new(
    "Berkas ini tidak dikenali: Cermat membaca berkas ruang kerja, berkas jawaban (.json), \
     simpanan Cermat dan CSV survei.",
    "This file is not recognised: Cermat reads workspace files, response files (.json), \
     Cermat saves and survey CSV files.",
);
const MORE_PROBLEMS: Text = Text::new("…dan {} masalah lagi", "…and {} more problems");
const LEFT_OUT: Text = Text::new(
    "{} penilaian tidak diimpor: paling banyak {} penilaian sekali impor.",
    "{} assessments were not imported: at most {} are imported at once.",
);
const UNGROUPED: Text = Text::new(
    "{} baris tanpa isian pada kolom \"{}\" tidak masuk penilaian mana pun.",
    "{} rows with no value in the column \"{}\" are in no assessment.",
);
const SKIPPED_ROWS: Text = Text::new(
    "{} baris dilewati. Yang pertama: {}",
    "{} rows were skipped. The first: {}",
);

/// One assessment read from a file.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedAssessment {
    /// The workspace entry's name, else the survey group's value, else empty (the page
    /// labels it from its profile).
    pub name: String,
    /// The file it came from.
    pub file: String,
    /// As the app keeps it (`store::normalized`).
    pub assessment: Assessment,
    /// Respondents aggregated, for a survey.
    pub respondents: Option<u32>,
    /// The website inventory of a response (version 3) or a workspace entry.
    pub websites: Vec<crate::websites::Website>,
}

/// What an import brought in, and what it could not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    /// In file order, then in each file's order.
    pub assessments: Vec<ImportedAssessment>,
    /// `(file name, message)`: a file that failed, or what was left out of one.
    pub failures: Vec<(String, String)>,
}

/// Reads every file `(name, bytes)`.
pub fn import_files(files: &[(String, Vec<u8>)], lang: Lang) -> Imported {
    let mut import = Import {
        lang,
        done: Imported::default(),
        left_out: 0,
        first_cut: None,
    };
    for (name, bytes) in files {
        import.file(name, bytes);
    }
    import.finish()
}

/// What a file's first bytes say it is.
#[derive(Debug, PartialEq)]
enum Kind {
    Save,
    Json,
    Csv,
}

fn kind(name: &str, bytes: &[u8]) -> Kind {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = body.iter().position(|b| !b.is_ascii_whitespace());
    let body = start.map_or(&[][..], |at| &body[at..]);
    if body.starts_with(b"cermat-save") {
        Kind::Save
    } else if body.starts_with(b"{") || body.starts_with(b"[") || extension(name) == "json" {
        Kind::Json
    } else {
        Kind::Csv
    }
}

fn extension(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((_, ext)) => ext.to_ascii_lowercase(),
        None => String::new(),
    }
}

struct Import {
    lang: Lang,
    done: Imported,
    /// Assessments beyond `MAX_IMPORT_ASSESSMENTS`, and the file where they began.
    left_out: usize,
    first_cut: Option<String>,
}

impl Import {
    fn file(&mut self, name: &str, bytes: &[u8]) {
        match kind(name, bytes) {
            Kind::Save => self.save(name, bytes),
            Kind::Json => self.json(name, bytes),
            Kind::Csv => self.csv(name, bytes),
        }
    }

    fn save(&mut self, file: &str, bytes: &[u8]) {
        let Ok(text) = std::str::from_utf8(bytes) else {
            return self.fail(file, SurveyError::NotText.message(self.lang));
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(text).trim_start();
        match store::from_exact(text) {
            Ok(assessment) => self.add(file, String::new(), &assessment, None),
            Err(e) => self.fail(file, e.message(self.lang)),
        }
    }

    /// A workspace file or a response file, told apart by their `format`.
    fn json(&mut self, file: &str, bytes: &[u8]) {
        let tree = std::str::from_utf8(bytes)
            .ok()
            .and_then(|text| read_tree(text, MAX_WORKSPACE_BYTES).ok());
        match tree {
            Some(root) if is_workspace(&root) => match check_workspace(&root) {
                Ok(entries) => {
                    for (name, assessment, websites) in entries {
                        self.add(file, name, &assessment, None);
                        self.with_websites(websites);
                    }
                }
                Err(problems) => self.problems(file, &problems),
            },
            _ => match parse_response_bytes_with_websites(bytes) {
                Ok((assessment, websites)) => {
                    self.add(file, String::new(), &assessment, None);
                    self.with_websites(websites);
                }
                Err(problems) => self.problems(file, &problems),
            },
        }
    }

    fn csv(&mut self, file: &str, bytes: &[u8]) {
        let text = match survey::decode_text(bytes) {
            Ok(text) => text,
            Err(SurveyError::NotText) if !is_table_name(file) => {
                return self.fail(file, NOT_READ.get(self.lang).to_string())
            }
            Err(e) => return self.fail(file, e.message(self.lang)),
        };
        match survey::aggregate_csv_by_group(&text) {
            Ok(Some(grouped)) => self.grouped(file, &grouped),
            Ok(None) => match survey::aggregate_csv(&text) {
                Ok(result) => self.survey(file, String::new(), &result),
                Err(e) => self.survey_error(file, e),
            },
            Err(e) => self.survey_error(file, e),
        }
    }

    /// A survey that gave nothing: a file with no answer column is "not recognised"
    /// unless its name says it is a table.
    fn survey_error(&mut self, file: &str, error: SurveyError) {
        match error {
            SurveyError::NoItemColumns | SurveyError::Empty if !is_table_name(file) => {
                self.fail(file, NOT_READ.get(self.lang).to_string())
            }
            e => self.fail(file, e.message(self.lang)),
        }
    }

    fn grouped(&mut self, file: &str, grouped: &survey::GroupedSurvey) {
        for (value, result) in &grouped.groups {
            self.survey(file, value.clone(), result);
        }
        for (value, error) in &grouped.failed {
            let message = [value.as_str(), ": ", &error.message(self.lang)].concat();
            self.fail(file, message);
        }
        if grouped.ungrouped_rows > 0 {
            let count = grouped.ungrouped_rows.to_string();
            let message = fill(UNGROUPED.get(self.lang), &[&count, &grouped.column]);
            self.fail(file, message);
        }
    }

    /// One aggregated survey, with a line for the rows it skipped.
    fn survey(&mut self, file: &str, name: String, result: &SurveyResult) {
        let respondents = u32::try_from(result.respondents).unwrap_or(u32::MAX);
        if let Some(first) = result.problems.first() {
            let count = (result.problems.len() + result.problems_omitted).to_string();
            let message = fill(
                SKIPPED_ROWS.get(self.lang),
                &[&count, &first.message(self.lang)],
            );
            let message = match name.is_empty() {
                true => message,
                false => [name.as_str(), ": ", &message].concat(),
            };
            self.fail(file, message);
        }
        self.add(file, name, &result.assessment, Some(respondents));
    }

    fn add(&mut self, file: &str, name: String, assessment: &Assessment, respondents: Option<u32>) {
        if self.done.assessments.len() >= MAX_IMPORT_ASSESSMENTS {
            self.left_out += 1;
            self.first_cut.get_or_insert_with(|| file.to_string());
            return;
        }
        self.done.assessments.push(ImportedAssessment {
            name,
            file: file.to_string(),
            assessment: store::normalized(assessment),
            respondents,
            websites: Vec::new(),
        });
    }

    /// The inventory of the assessment just added (none when it was left out).
    fn with_websites(&mut self, websites: Vec<crate::websites::Website>) {
        if self.left_out > 0 {
            return;
        }
        if let Some(last) = self.done.assessments.last_mut() {
            last.websites = websites;
        }
    }

    fn problems(&mut self, file: &str, problems: &[Problem]) {
        let mut lines: Vec<String> = problems
            .iter()
            .take(MAX_PROBLEM_LINES)
            .map(|p| clip(&p.message(self.lang)))
            .collect();
        if problems.len() > MAX_PROBLEM_LINES {
            let more = (problems.len() - MAX_PROBLEM_LINES).to_string();
            lines.push(fill(MORE_PROBLEMS.get(self.lang), &[&more]));
        }
        let message = lines.join("\n");
        self.done.failures.push((file.to_string(), message));
    }

    /// A failure told in one line.
    fn fail(&mut self, file: &str, message: String) {
        self.done.failures.push((file.to_string(), clip(&message)));
    }

    fn finish(mut self) -> Imported {
        if let Some(file) = self.first_cut.take() {
            let (count, max) = (
                self.left_out.to_string(),
                MAX_IMPORT_ASSESSMENTS.to_string(),
            );
            let message = fill(LEFT_OUT.get(self.lang), &[&count, &max]);
            self.fail(&file, message);
        }
        self.done
    }
}

/// A name a table is saved under: its reader's own message then says more than "not
/// recognised".
fn is_table_name(name: &str) -> bool {
    matches!(extension(name).as_str(), "csv" | "tsv" | "txt")
}

/// One line of a message: line breaks (a quoted cell may hold some) made spaces, and cut
/// to `MAX_LINE_CHARS`.
fn clip(text: &str) -> String {
    let line = text.replace(['\r', '\n'], " ");
    match line.char_indices().nth(MAX_LINE_CHARS) {
        Some((at, _)) => [&line[..at], "…"].concat(),
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LikertAnswer;

    #[test]
    fn files_are_told_apart_by_content() {
        assert_eq!(kind("a.txt", b"\xEF\xBB\xBF cermat-save 2\n"), Kind::Save);
        assert_eq!(kind("a.csv", b"\n  {\"format\": 1}"), Kind::Json);
        assert_eq!(kind("a.json", b"S1.1,S1.2\n"), Kind::Json);
        assert_eq!(kind("a", b"S1.1,S1.2\n"), Kind::Csv);
        assert_eq!(kind("a", b""), Kind::Csv);
    }

    #[test]
    fn a_save_and_a_response_are_one_assessment_each() {
        let mut a = Assessment::default();
        a.answers
            .scv
            .insert("S1.1".into(), LikertAnswer::Score(2.5949));
        let files = vec![
            ("a.save".to_string(), store::exact(&a).into_bytes()),
            (
                "b.json".to_string(),
                crate::format::response_json(&a).into_bytes(),
            ),
        ];
        let imported = import_files(&files, Lang::En);
        assert_eq!(imported.failures, vec![]);
        assert_eq!(imported.assessments.len(), 2);
        for (got, file) in imported.assessments.iter().zip(["a.save", "b.json"]) {
            assert_eq!((got.file.as_str(), got.name.as_str()), (file, ""));
            assert_eq!(got.assessment, a);
            assert_eq!(got.respondents, None);
        }
    }

    #[test]
    fn problems_are_cut_to_five_lines() {
        let bad = r#"{"format": "x", "version": 4, "a": 1, "b": 2, "c": 3, "d": 4, "e": 5}"#;
        let imported = import_files(&[("bad.json".into(), bad.as_bytes().to_vec())], Lang::En);
        let (file, message) = &imported.failures[0];
        assert_eq!(file, "bad.json");
        let lines: Vec<&str> = message.lines().collect();
        assert_eq!(lines.len(), 6, "{message}");
        assert_eq!(lines[5], "…and 2 more problems");
    }
}
