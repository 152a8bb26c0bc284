//! What can be wrong with a response file, said in both languages.

use std::fmt;

use super::json::Json;
use crate::model::Lang;

/// One thing wrong with an input file, at a JSON path such as `answers.scv.S1.1`.
/// The path is empty for problems with the file as a whole (not JSON, too large).
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

/// Every kind of problem. Values found in the file are kept as short JSON text
/// (`7`, `"4"`, `true`, `[…]`) so messages can quote them.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The input is larger than `limit` bytes.
    TooLarge {
        limit: usize,
    },
    /// The input is empty or only whitespace.
    Empty,
    /// The bytes are not UTF-8 text.
    NotUtf8,
    /// Not JSON; line and column are 1-based.
    NotJson {
        line: usize,
        column: usize,
    },
    /// Nested more deeply than any Cermat file is.
    TooDeep,
    /// A required key (`format`, `version`) is absent.
    Missing,
    /// A key this format does not have.
    UnknownKey,
    /// The same key twice in one object.
    DuplicateKey,
    /// An item or criterion id the instrument does not have; `belongs_to` names the
    /// instrument (`scv`, `ereadiness`, `stage`) it does belong to, if any.
    UnknownItem {
        belongs_to: Option<&'static str>,
    },
    /// An `evidence` key that is not an indicator id (`S1`, `ST2`) or a stage criterion id
    /// (`E1`): evidence is kept per indicator and per criterion, not per statement.
    UnknownEvidenceId,
    /// More references under one evidence id than are read (`max`).
    TooManyReferences {
        count: usize,
        max: usize,
    },
    /// An object was expected (the whole file, `profile`, `answers`, ...).
    NotObject {
        found: String,
    },
    /// A text value was expected (`region`, `unit`, `assessor`).
    NotText {
        found: String,
    },
    /// A profile text, evidence note or reference field longer than the app keeps (`max`
    /// characters; it has `chars`): refused rather than cut silently, the same rule as the
    /// form, the autosave and the link.
    TextTooLong {
        chars: usize,
        max: usize,
    },
    WrongFormat {
        found: String,
    },
    WrongVersion {
        found: String,
    },
    /// A Likert answer that is not a number 1-5 or `"na"`.
    BadLikert {
        found: String,
    },
    /// A stage answer that is not `"yes"`, `"partly"` or `"no"`.
    BadStage {
        found: String,
    },
    BadRegionType {
        found: String,
    },
    /// Not a real calendar date written `YYYY-MM-DD`.
    BadDate {
        found: String,
    },
    /// A target level that is not a whole number 1-5.
    BadTarget {
        found: String,
    },
    /// Read as a workspace file, but its `format` is not `"cermat-workspace"`.
    NotWorkspace,
    /// A list `[...]` was expected (a workspace file's `assessments`, evidence `references`).
    NotList {
        found: String,
    },
    /// A workspace file with more assessments than are read (`max`).
    TooManyAssessments {
        count: usize,
        max: usize,
    },
    /// A response's website inventory with more sites than are read (`max`).
    TooManyWebsites {
        count: usize,
        max: usize,
    },
    /// `true` or `false` was expected (a website's `active`).
    NotBool {
        found: String,
    },
}

impl Problem {
    pub(crate) fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// `path: message`, or the message alone for problems with the whole file.
    pub fn message(&self, lang: Lang) -> String {
        let text = self.kind.message(lang);
        if self.path.is_empty() {
            text
        } else {
            format!("{}: {}", self.path, text)
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Problem {}

impl ProblemKind {
    /// The message without the path.
    pub fn message(&self, lang: Lang) -> String {
        let (id, en) = self.texts();
        match lang {
            Lang::Id => id,
            Lang::En => en,
        }
    }

    fn texts(&self) -> (String, String) {
        use ProblemKind::*;
        match self {
            TooLarge { limit } => (
                format!("berkas lebih besar dari {} KB", limit / 1024),
                format!("file is larger than {} KB", limit / 1024),
            ),
            Empty => ("berkas kosong".into(), "file is empty".into()),
            NotUtf8 => (
                "berkas bukan teks UTF-8".into(),
                "file is not UTF-8 text".into(),
            ),
            NotJson { line, column } => (
                format!("bukan JSON yang sah (baris {line}, kolom {column})"),
                format!("not valid JSON (line {line}, column {column})"),
            ),
            TooDeep => (
                "JSON bersarang terlalu dalam".into(),
                "JSON is nested too deeply".into(),
            ),
            Missing => ("wajib ada".into(), "is required".into()),
            UnknownKey => ("kunci tidak dikenal".into(), "unknown key".into()),
            DuplicateKey => ("kunci muncul dua kali".into(), "key appears twice".into()),
            UnknownItem { belongs_to } => unknown_item(*belongs_to),
            UnknownEvidenceId => (
                "bukan id indikator (mis. S1, ST2) atau kriteria tahap (mis. E1)".into(),
                "not an indicator id (such as S1, ST2) or a stage criterion id (such as E1)"
                    .into(),
            ),
            TooManyReferences { count, max } => (
                format!("{count} rujukan, paling banyak {max} per indikator atau kriteria"),
                format!("{count} references, at most {max} per indicator or criterion"),
            ),
            NotObject { found } => (
                format!("{found} bukan objek {{...}}"),
                format!("{found} is not an object {{...}}"),
            ),
            NotText { found } => (
                format!("{found} bukan teks"),
                format!("{found} is not text"),
            ),
            TextTooLong { chars, max } => (
                format!("teks {chars} karakter, paling panjang {max} karakter"),
                format!("the text has {chars} characters, at most {max} are kept"),
            ),
            WrongFormat { found } => (
                format!("{found} bukan \"cermat-response\""),
                format!("{found} is not \"cermat-response\""),
            ),
            // One kind for both files that have a version: each message names both.
            WrongVersion { found } => (
                format!(
                    "{found} bukan versi yang didukung (berkas jawaban: 1, 2 atau 3; berkas ruang kerja: 1)"
                ),
                format!(
                    "{found} is not a supported version (response files: 1, 2 or 3; workspace files: 1)"
                ),
            ),
            BadLikert { found } => (
                format!("{found} bukan 1-5 atau \"na\""),
                format!("{found} is not 1-5 or \"na\""),
            ),
            BadStage { found } => (
                format!("{found} bukan \"yes\", \"partly\" atau \"no\""),
                format!("{found} is not \"yes\", \"partly\" or \"no\""),
            ),
            BadRegionType { found } => (
                format!("{found} bukan \"province\", \"regency\", \"city\" atau \"other\""),
                format!("{found} is not \"province\", \"regency\", \"city\" or \"other\""),
            ),
            BadDate { found } => (
                format!("{found} bukan tanggal yang sah dengan format YYYY-MM-DD"),
                format!("{found} is not a real date written YYYY-MM-DD"),
            ),
            BadTarget { found } => (
                format!("{found} bukan bilangan bulat 1-5"),
                format!("{found} is not a whole number 1-5"),
            ),
            NotWorkspace => (
                "bukan berkas ruang kerja Cermat (\"format\" bukan \"cermat-workspace\")".into(),
                "not a Cermat workspace file (\"format\" is not \"cermat-workspace\")".into(),
            ),
            NotList { found } => (
                format!("{found} bukan daftar [...]"),
                format!("{found} is not a list [...]"),
            ),
            TooManyAssessments { count, max } => (
                format!("{count} penilaian, paling banyak {max} dibaca"),
                format!("{count} assessments, at most {max} are read"),
            ),
            TooManyWebsites { count, max } => (
                format!("{count} situs, paling banyak {max} dibaca"),
                format!("{count} sites, at most {max} are read"),
            ),
            NotBool { found } => (
                format!("{found} bukan true atau false"),
                format!("{found} is not true or false"),
            ),
        }
    }
}

fn unknown_item(belongs_to: Option<&'static str>) -> (String, String) {
    match belongs_to {
        Some(other) => (
            format!("id butir tidak dikenal di sini (milik instrumen \"{other}\")"),
            format!("item id not in this instrument (it belongs to \"{other}\")"),
        ),
        None => ("id butir tidak dikenal".into(), "unknown item id".into()),
    }
}

/// A value quoted in a message: short JSON text, long strings and containers abridged.
pub(crate) fn quote(value: &Json) -> String {
    const MAX_CHARS: usize = 40;
    match value {
        Json::Arr(_) => "[…]".into(),
        Json::Obj(_) => "{…}".into(),
        Json::Str(s) if s.chars().count() > MAX_CHARS => {
            let head: String = s.chars().take(MAX_CHARS).collect();
            format!(
                "{}…\"",
                serde_json::to_string(&head)
                    .unwrap_or_default()
                    .trim_end_matches('"')
            )
        }
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}
