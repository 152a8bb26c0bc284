//! Questionnaires a researcher hands out, shaped so that what comes back is read by
//! `crate::survey` exactly (issue 9):
//!
//! - `google_apps_script`: a script that builds the questionnaire as a Google Form;
//! - `xlsform`: an XLSForm workbook for KoboToolbox and ODK Collect;
//! - `csv_template`: the CSV template with each statement in its column header;
//! - `paper_questionnaire`: the data of a printable form and its data-entry sheet.
//!
//! All four come from one outline (`outline`): the same profile questions, the same
//! answer lists, the instruments' items in instrument order, and every question titled
//! "S1.1 statement" so its code is the first token of the export's header.
//! Pure Rust: the files are written here byte by byte (`zip`, `xlsx`).

mod apps_script;
mod csv_template;
mod outline;
mod paper;
mod words;
mod xlsform;
mod xlsx;
mod zip;

pub use apps_script::google_apps_script;
pub use csv_template::csv_template;
pub use paper::{
    paper_questionnaire, DataEntrySheet, PaperChecklist, PaperField, PaperOption,
    PaperQuestionnaire, PaperRow, PaperSection,
};
pub use xlsform::xlsform;
