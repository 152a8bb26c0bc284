//! What went wrong in a survey file, told to the user in their language.

use crate::model::Lang;

/// A data row that was left out of the aggregate, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// 1-based line of the file where the row starts, as a text editor counts.
    pub line: usize,
    pub issue: RowIssue,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowIssue {
    /// A cell that is not an answer. `value` is clipped for display; `others` counts the
    /// row's further bad cells.
    InvalidValue {
        column: String,
        value: String,
        others: usize,
    },
    /// More cells than header columns, the extra ones not empty: usually an unquoted
    /// separator inside a text answer shifted the row.
    TooManyFields { expected: usize, found: usize },
    /// A quote opened and never closed: the row ran to the end of the file.
    UnclosedQuote,
    /// No item or criterion answered at all.
    NoAnswers,
}

impl RowProblem {
    pub fn message(&self, lang: Lang) -> String {
        let line = self.line;
        match (lang, &self.issue) {
            (Lang::Id, RowIssue::InvalidValue { column, value, others }) => format!(
                "Baris {line}: isian \"{value}\" pada kolom {column} tidak dikenali (gunakan 1-5, \
                 label seperti \"setuju\", atau \"tidak tahu\"; untuk tahapan: ya, sebagian, tidak){}. \
                 Baris ini dilewati.",
                if *others > 0 { format!("; {others} isian lain di baris ini juga tidak dikenali") } else { String::new() }
            ),
            (Lang::En, RowIssue::InvalidValue { column, value, others }) => format!(
                "Line {line}: value \"{value}\" in column {column} is not recognised (use 1-5, a \
                 label such as \"agree\", or \"don't know\"; for stages: yes, partly, no){}. \
                 The row was skipped.",
                if *others > 0 { format!("; {others} more values in this row are not recognised") } else { String::new() }
            ),
            (Lang::Id, RowIssue::TooManyFields { expected, found }) => format!(
                "Baris {line}: ada {found} kolom, padahal judul kolom hanya {expected}. Mungkin ada \
                 pemisah (koma atau titik koma) di dalam jawaban teks yang tidak diberi tanda kutip. \
                 Baris ini dilewati."
            ),
            (Lang::En, RowIssue::TooManyFields { expected, found }) => format!(
                "Line {line}: {found} columns, but the header has only {expected}. A text answer may \
                 hold an unquoted separator (comma or semicolon). The row was skipped."
            ),
            (Lang::Id, RowIssue::UnclosedQuote) => format!(
                "Baris {line}: tanda kutip dibuka tetapi tidak ditutup sampai akhir berkas. \
                 Baris ini dilewati."
            ),
            (Lang::En, RowIssue::UnclosedQuote) => format!(
                "Line {line}: a quote is opened and never closed before the end of the file. \
                 The row was skipped."
            ),
            (Lang::Id, RowIssue::NoAnswers) => {
                format!("Baris {line}: tidak ada satu pun pernyataan yang dijawab. Baris ini dilewati.")
            }
            (Lang::En, RowIssue::NoAnswers) => {
                format!("Line {line}: no statement is answered. The row was skipped.")
            }
        }
    }
}

/// Why a file gave no aggregate at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SurveyError {
    /// No header row: the file is empty or blank.
    Empty,
    /// Larger than a survey export could reasonably be.
    TooLarge { bytes: usize, max: usize },
    /// The header names no item or criterion id (`S1.1`, `E1`, ...).
    NoItemColumns,
    /// Not one usable respondent row; `problems` says what was wrong with each.
    NoRespondents { problems: Vec<RowProblem> },
    /// The bytes are neither UTF-8 nor UTF-16 with a byte-order mark (a Latin-1 export,
    /// say): refused rather than read with replacement characters.
    NotText,
    /// The region or unit column (`column`) holds more different values than are
    /// aggregated separately (`groups::MAX_GROUPS`).
    TooManyGroups {
        column: String,
        groups: usize,
        max: usize,
    },
}

impl SurveyError {
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Id, SurveyError::NotText) => {
                "Berkas bukan teks UTF-8 (simpan CSV sebagai \"CSV UTF-8\"). Tidak ada yang diimpor."
                    .into()
            }
            (Lang::En, SurveyError::NotText) => {
                "The file is not UTF-8 text (save the CSV as \"CSV UTF-8\"). Nothing was imported."
                    .into()
            }
            (Lang::Id, SurveyError::Empty) => {
                "Berkas CSV kosong: tidak ada baris judul kolom.".into()
            }
            (Lang::En, SurveyError::Empty) => "The CSV file is empty: it has no header row.".into(),
            (Lang::Id, SurveyError::TooLarge { bytes, max }) => format!(
                "Berkas CSV terlalu besar ({} KB, paling besar {} KB).",
                bytes / 1024,
                max / 1024
            ),
            (Lang::En, SurveyError::TooLarge { bytes, max }) => format!(
                "The CSV file is too large ({} KB, at most {} KB).",
                bytes / 1024,
                max / 1024
            ),
            (Lang::Id, SurveyError::NoItemColumns) => {
                "Baris judul CSV tidak memuat kode pernyataan \
                 (misalnya S1.1, ST1.1 atau E1). Unduh templat CSV dan gunakan judul kolomnya."
                    .into()
            }
            (Lang::En, SurveyError::NoItemColumns) => {
                "The CSV header holds no statement id \
                 (such as S1.1, ST1.1 or E1). Download the CSV template and use its column headers."
                    .into()
            }
            (Lang::Id, SurveyError::NoRespondents { problems }) => format!(
                "Tidak ada baris responden yang dapat dipakai ({} baris bermasalah).",
                problems.len()
            ),
            (Lang::En, SurveyError::NoRespondents { problems }) => format!(
                "No usable respondent row ({} rows with problems).",
                problems.len()
            ),
            (Lang::Id, SurveyError::TooManyGroups { column, groups, max }) => format!(
                "Kolom \"{column}\" memuat {groups} nilai berbeda: paling banyak {max} wilayah \
                 atau unit dihitung terpisah. Periksa apakah kolom itu benar-benar nama wilayah \
                 atau unit."
            ),
            (Lang::En, SurveyError::TooManyGroups { column, groups, max }) => format!(
                "The column \"{column}\" holds {groups} different values: at most {max} regions \
                 or units are aggregated separately. Check that the column really names the \
                 region or unit."
            ),
        }
    }
}

impl std::fmt::Display for SurveyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for SurveyError {}
