//! The workspace: many assessments kept in the browser at once (issue 10), one per
//! region, OPD unit or date, each a save of its own (`store::keys`).
//!
//! The browser shell keeps the saves; everything the workspace page computes from them is
//! here, in plain Rust tested natively, for the tools worker to run:
//!
//! - `file`: the workspace file, every assessment with its name in one JSON file, to
//!   export and import a whole workspace; each assessment is a response file's content,
//!   read by exactly the response file's rules;
//! - `import`: many files dropped at once (workspace files, response files, saves, survey
//!   CSVs, a survey of many regions or units giving one assessment each), told apart by
//!   content, with a message for each file that fails;
//! - `listing`: each save's label, progress and headline figures, the order the page
//!   sorts them in, and the lines that carry them from the worker to the page.
//!
//! Nothing here panics, whatever the input.

mod file;
mod import;
mod listing;

pub use file::{
    read_workspace, read_workspace_with_websites, workspace_json, workspace_json_with_websites,
    Entry, MAX_ASSESSMENTS, MAX_WORKSPACE_BYTES, WORKSPACE_FORMAT, WORKSPACE_VERSION,
};
pub use import::{
    import_files, Imported, ImportedAssessment, MAX_IMPORT_ASSESSMENTS, MAX_PROBLEM_LINES,
};
pub use listing::{decode_rows, encode_rows, label, list, listed, ranking, Listed, RankBy};
