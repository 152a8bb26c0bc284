//! The questionnaire as an XLSForm workbook, for KoboToolbox and ODK Collect.
//!
//! Question names are the item codes with `_` for the dot (`S1_1`): XLSForm allows
//! dots in names, but statistics packages that researchers open the exports in
//! (SPSS, Stata, R) do not. Labels start with the code itself (`S1.1 ...`), so an
//! export with labels as headers is read by `crate::survey` as it is; the choice names
//! (`1`..`5`, `na`, `ya`/`sebagian`/`tidak`) are values the reader accepts too.

use super::outline::{self, Choice, FieldKind, ProfileQuestion, Section, SectionKind};
use super::words;
use super::xlsx::{self, Sheet};
use crate::model::Lang;

/// Bumped when the generated form changes shape, so a server holding an older
/// deployment of it sees a new version.
const VERSION: &str = "1";
const SURVEY_HEADER: [&str; 7] = [
    "type",
    "name",
    "label",
    "required",
    "hint",
    "constraint",
    "constraint_message",
];
const LIKERT_LIST: &str = "likert";
const STAGE_LIST: &str = "stage";

/// The workbook's bytes: sheets `survey`, `choices` and `settings`.
pub fn xlsform(lang: Lang) -> Vec<u8> {
    let sheets = [
        sheet("survey", survey_rows(lang)),
        sheet("choices", choice_rows(lang)),
        sheet("settings", settings_rows(lang)),
    ];
    xlsx::workbook(&sheets)
}

fn sheet(name: &str, rows: Vec<Vec<String>>) -> Sheet {
    Sheet {
        name: name.to_string(),
        rows,
    }
}

/// `S1.1` as an XLSForm name: `S1_1`.
pub fn question_name(code: &str) -> String {
    code.replace('.', "_")
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

fn survey_rows(lang: Lang) -> Vec<Vec<String>> {
    let mut rows = vec![row(&SURVEY_HEADER)];
    let profile_label = words::PROFILE_TITLE.get(lang);
    rows.push(row(&["begin_group", "profile", profile_label]));
    rows.push(row(&[
        "note",
        "profile_intro",
        words::PROFILE_INTRO.get(lang),
    ]));
    rows.extend(outline::PROFILE.iter().map(|q| profile_row(lang, q)));
    rows.push(row(&["end_group", "profile"]));
    for section in outline::sections(lang) {
        rows.extend(section_rows(lang, &section));
    }
    rows
}

fn profile_row(lang: Lang, q: &ProfileQuestion) -> Vec<String> {
    let (column, label, hint) = (q.column.get(lang), q.label.get(lang), q.hint.get(lang));
    match q.kind {
        FieldKind::Text => row(&["text", column, label, "", hint]),
        // People answering a government survey are adults; the bound catches typos.
        FieldKind::Number => row(&[
            "integer",
            column,
            label,
            "",
            hint,
            ". >= 15 and . <= 100",
            "15-100",
        ]),
        FieldKind::Choice { list, .. } => {
            row(&[&format!("select_one {list}"), column, label, "", hint])
        }
    }
}

/// A group per section, its introduction as a note, then one required question per
/// item: "don't know" is a choice, so requiring an answer loses nothing.
fn section_rows(lang: Lang, section: &Section) -> Vec<Vec<String>> {
    let (list, intro) = match section.kind {
        SectionKind::Likert => (LIKERT_LIST, words::LIKERT_INTRO.get(lang)),
        SectionKind::Stage => (STAGE_LIST, words::STAGE_INTRO.get(lang)),
    };
    let intro = format!(
        "{}: {}. {intro}",
        words::PART_OF.get(lang),
        section.instrument
    );
    let mut rows = vec![
        row(&["begin_group", section.key, &section.title]),
        row(&["note", &format!("{}_intro", section.key), &intro]),
    ];
    let select = format!("select_one {list}");
    for q in &section.questions {
        let name = question_name(q.code);
        rows.push(row(&[&select, &name, &q.title(), "yes", &q.note]));
    }
    rows.push(row(&["end_group", section.key]));
    rows
}

fn choice_rows(lang: Lang) -> Vec<Vec<String>> {
    let mut rows = vec![row(&["list_name", "name", "label"])];
    let mut add = |list: &str, choices: &[Choice]| {
        rows.extend(
            choices
                .iter()
                .map(|c| row(&[list, c.name.get(lang), c.label.get(lang)])),
        );
    };
    add(LIKERT_LIST, &outline::LIKERT);
    add(STAGE_LIST, &outline::STAGE);
    for q in &outline::PROFILE {
        if let FieldKind::Choice { list, choices } = q.kind {
            add(list, choices);
        }
    }
    rows
}

/// `default_language` names the language of the plain `label` column.
fn settings_rows(lang: Lang) -> Vec<Vec<String>> {
    let (form_id, language) = match lang {
        Lang::Id => ("cermat_id", "Indonesian (id)"),
        Lang::En => ("cermat_en", "English (en)"),
    };
    vec![
        row(&["form_title", "form_id", "version", "default_language"]),
        row(&[words::TITLE.get(lang), form_id, VERSION, language]),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// XLSForm names: a letter first, then letters, digits and underscores.
    fn valid_name(name: &str) -> bool {
        let mut chars = name.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
    }

    #[test]
    fn every_name_is_a_valid_xlsform_name() {
        for lang in Lang::ALL {
            for r in survey_rows(lang).iter().skip(1) {
                assert!(valid_name(&r[1]), "{:?}", r);
            }
            for r in choice_rows(lang).iter().skip(1) {
                let ok = valid_name(&r[1]) || r[1].chars().all(|c| c.is_ascii_digit());
                assert!(ok, "{:?}", r);
            }
        }
    }

    #[test]
    fn groups_are_balanced() {
        let rows = survey_rows(Lang::Id);
        let opened = rows.iter().filter(|r| r[0] == "begin_group").count();
        let closed = rows.iter().filter(|r| r[0] == "end_group").count();
        assert_eq!((opened, closed), (10, 10));
    }
}
