//! The data of a printable paper questionnaire and of its data-entry sheet, for
//! respondents without internet. Only data: the page that lays it out is a component
//! of the shell, which draws boxes, numbers and page breaks as it sees fit.

use super::csv_template;
use super::outline::{self, Choice, FieldKind};
use super::words;
use crate::content;
use crate::model::Lang;
use serde::{Deserialize, Serialize};

/// Everything a printed questionnaire shows, in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaperQuestionnaire {
    pub title: String,
    pub introduction: String,
    /// How to tick, what 1-5 mean, when to tick "don't know".
    pub instructions: Vec<String>,
    pub profile_title: String,
    pub profile: Vec<PaperField>,
    /// The answer boxes of every Likert row, in order: 1..5 then "don't know".
    pub scale: Vec<PaperOption>,
    /// One section per element of both Likert instruments.
    pub sections: Vec<PaperSection>,
    pub checklist: PaperChecklist,
    pub data_entry: DataEntrySheet,
}

/// One box. `value` is what the data-entry sheet gets: print it beside the box, so the
/// person typing the forms copies it rather than translating the label.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaperOption {
    pub value: String,
    pub label: String,
    /// A short column heading for a table of boxes ("1", "TT").
    pub short: String,
}

/// A profile question: a line to write on when `options` is empty, boxes otherwise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaperField {
    /// Its column on the data-entry sheet.
    pub column: String,
    pub label: String,
    pub hint: String,
    pub options: Vec<PaperOption>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaperSection {
    pub heading: String,
    /// What the section belongs to: the instrument, or the stage's description.
    pub context: String,
    pub rows: Vec<PaperRow>,
}

/// One statement to answer. `number` runs through the whole questionnaire, so a
/// person typing the data can keep their place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaperRow {
    pub number: usize,
    pub code: String,
    pub statement: String,
}

/// The UN stage criteria, grouped by stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaperChecklist {
    pub heading: String,
    pub instructions: String,
    pub options: Vec<PaperOption>,
    pub stages: Vec<PaperSection>,
}

/// How to type the paper forms into the CSV template.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataEntrySheet {
    pub title: String,
    /// The template's header cells, in order (unquoted).
    pub columns: Vec<String>,
    /// The same header as the template's first line.
    pub header_line: String,
    pub separator: char,
    pub notes: Vec<String>,
}

/// The paper questionnaire in `lang`.
pub fn paper_questionnaire(lang: Lang) -> PaperQuestionnaire {
    let sections = likert_sections(lang);
    let first_criterion = sections.iter().map(|s| s.rows.len()).sum::<usize>() + 1;
    PaperQuestionnaire {
        title: words::TITLE.get(lang).to_string(),
        introduction: words::INTRO.get(lang).to_string(),
        instructions: all(lang, &words::PAPER_INSTRUCTIONS),
        profile_title: words::PROFILE_TITLE.get(lang).to_string(),
        profile: profile(lang),
        scale: options(lang, &outline::LIKERT),
        sections,
        checklist: checklist(lang, first_criterion),
        data_entry: data_entry(lang),
    }
}

fn all(lang: Lang, texts: &[crate::model::Text]) -> Vec<String> {
    texts.iter().map(|t| t.get(lang).to_string()).collect()
}

/// Boxes for a list; the "don't know" box is headed with its abbreviation.
fn options(lang: Lang, choices: &[Choice]) -> Vec<PaperOption> {
    choices
        .iter()
        .map(|c| {
            let value = c.name.get(lang).to_string();
            let short = match value.as_str() {
                "na" => words::NA_SHORT.get(lang).to_string(),
                v if v.len() == 1 => value.clone(),
                _ => c.label.get(lang).to_string(),
            };
            PaperOption {
                value,
                label: c.label.get(lang).to_string(),
                short,
            }
        })
        .collect()
}

fn profile(lang: Lang) -> Vec<PaperField> {
    outline::PROFILE
        .iter()
        .map(|q| PaperField {
            column: q.column.get(lang).to_string(),
            label: q.label.get(lang).to_string(),
            hint: q.hint.get(lang).to_string(),
            options: match q.kind {
                FieldKind::Choice { choices, .. } => options(lang, choices),
                FieldKind::Text | FieldKind::Number => Vec::new(),
            },
        })
        .collect()
}

fn likert_sections(lang: Lang) -> Vec<PaperSection> {
    let mut number = 0;
    outline::sections(lang)
        .into_iter()
        .filter(|s| s.kind == outline::SectionKind::Likert)
        .map(|s| PaperSection {
            heading: s.title,
            context: s.instrument.to_string(),
            rows: s
                .questions
                .iter()
                .map(|q| {
                    number += 1;
                    paper_row(number, q.code, q.statement)
                })
                .collect(),
        })
        .collect()
}

fn paper_row(number: usize, code: &str, statement: &str) -> PaperRow {
    PaperRow {
        number,
        code: code.to_string(),
        statement: statement.to_string(),
    }
}

/// Criteria numbered on from the last Likert row.
fn checklist(lang: Lang, first: usize) -> PaperChecklist {
    let instrument = content::stages();
    let mut number = first - 1;
    let stages = instrument
        .stages
        .iter()
        .map(|stage| PaperSection {
            heading: outline::stage_note(lang, stage.number, stage.name.get(lang)),
            context: stage.description.get(lang).to_string(),
            rows: stage
                .criteria
                .iter()
                .map(|c| {
                    number += 1;
                    paper_row(number, c.id, c.statement.get(lang))
                })
                .collect(),
        })
        .collect();
    PaperChecklist {
        heading: instrument.name.get(lang).to_string(),
        instructions: words::STAGE_INTRO.get(lang).to_string(),
        options: options(lang, &outline::STAGE),
        stages,
    }
}

fn data_entry(lang: Lang) -> DataEntrySheet {
    DataEntrySheet {
        title: words::DATA_ENTRY_TITLE.get(lang).to_string(),
        columns: csv_template::header(lang),
        header_line: csv_template::header_line(lang),
        separator: csv_template::separator(lang),
        notes: all(lang, &words::DATA_ENTRY_NOTES),
    }
}
