//! The versioned JSON files: responses (what was answered) and reports (the result).
//!
//! Both are documented in `docs/formats.md`. Responses are validated strictly: every
//! problem is listed with its JSON path, and no input, however malformed, makes the
//! reader panic. The same code runs in the browser (import and export) and in the CLI.

mod data_url;
mod ids;
mod json;
mod problem;
mod read;
mod report;
mod spreadsheet;
mod write;

pub use data_url::{data_url, data_url_bytes};
pub use problem::{Problem, ProblemKind};
pub use read::{
    parse_response, parse_response_bytes, parse_response_bytes_with_websites,
    parse_response_with_websites,
};
pub use report::{report_json, report_json_with_websites};
pub use spreadsheet::{file_text, SpreadsheetCsv};
pub use write::{response_json, response_json_with_websites, template_json};
// For the workspace file, which nests responses (`crate::workspace`).
pub(crate) use json::{unique_pairs, Json};
pub(crate) use read::{check_response_with_websites, read_tree};
pub(crate) use write::response_tree_with;

/// The `format` value of a response file.
pub const RESPONSE_FORMAT: &str = "cermat-response";
/// The `format` value of a report file.
pub const REPORT_FORMAT: &str = "cermat-report";
/// The report file's version, and the response file's when the assessment has no
/// evidence: such a response is written exactly as before evidence existed, so older
/// Cermat versions keep reading it.
pub const VERSION: i64 = 1;
/// The response file's version when it carries evidence (`"evidence"`, docs/formats.md,
/// "Response file v2"). Both 1 and 2 are read.
pub const EVIDENCE_VERSION: i64 = 2;
/// The response file's version when it carries a website inventory (`"websites"`,
/// docs/formats.md, "Response file v3"). 1, 2 and 3 are read.
pub const WEBSITES_VERSION: i64 = 3;
/// The most sites a file's inventory may list (the app's limit).
pub const MAX_WEBSITES: usize = crate::websites::MAX_SITES;
/// The longest evidence note, in characters: longer is refused, never cut.
pub const MAX_NOTE_CHARS: usize = 2_000;
/// The most references one indicator's or criterion's evidence may list.
pub const MAX_REFERENCES: usize = 50;
/// The longest field of a reference (title, number, year, link), in characters: the
/// profile's rule (`share::MAX_FIELD_CHARS`).
pub const MAX_REFERENCE_CHARS: usize = crate::share::MAX_FIELD_CHARS;
/// Larger input is refused before parsing. A complete response is about 4 KB; the cap
/// only keeps a wrong file (a video, a database dump) from freezing the browser tab.
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;
