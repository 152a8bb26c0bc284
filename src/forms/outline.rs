//! The one questionnaire every output is generated from: profile questions, answer
//! lists, and the instruments' items in instrument order (the order of share format v1
//! and of the CSV template), so the four outputs cannot drift apart.
//!
//! Header texts and choice values are chosen so that `crate::survey` reads an export
//! as it is: a profile question's label is its column name with spaces (the reader
//! treats `_` and space alike), and every answer label and value is one the reader
//! accepts (tests/forms.rs checks both through `aggregate_csv`).

use super::words;
use crate::content;
use crate::model::{Lang, Text};

/// One answer of a closed question: `name` is what a data file holds (XLSForm choice
/// name, the value typed from a paper form), `label` what the respondent reads.
#[derive(Clone, Copy, Debug)]
pub struct Choice {
    pub name: Text,
    pub label: Text,
}

const fn choice(name: Text, label: Text) -> Choice {
    Choice { name, label }
}

/// What kind of answer a profile question takes.
#[derive(Clone, Copy, Debug)]
pub enum FieldKind {
    Text,
    /// A whole number (age).
    Number,
    /// One of a list; `list` is the XLSForm list name.
    Choice {
        list: &'static str,
        choices: &'static [Choice],
    },
}

/// One question about the region or the respondent.
#[derive(Clone, Copy, Debug)]
pub struct ProfileQuestion {
    /// The column header and XLSForm name: `wilayah` / `region`.
    pub column: Text,
    /// The question as asked; the column name with spaces, so a Google Forms export
    /// (whose headers are the question titles) names the same column.
    pub label: Text,
    pub hint: Text,
    pub kind: FieldKind,
}

/// Region, its type and the unit are read by `crate::survey` into the assessment's
/// profile; the respondent's own profile is left for the statistics of a kajian.
pub const PROFILE: [ProfileQuestion; 8] = [
    field(
        words::REGION,
        words::REGION_LABEL,
        words::REGION_HINT,
        FieldKind::Text,
    ),
    field(
        words::REGION_TYPE,
        words::REGION_TYPE_LABEL,
        words::NO_HINT,
        choices("region_type", &words::REGION_TYPES),
    ),
    field(
        words::UNIT,
        words::UNIT_LABEL,
        words::UNIT_HINT,
        FieldKind::Text,
    ),
    field(
        words::AGE,
        words::AGE_LABEL,
        words::AGE_HINT,
        FieldKind::Number,
    ),
    field(
        words::GENDER,
        words::GENDER_LABEL,
        words::NO_HINT,
        choices("gender", &words::GENDERS),
    ),
    field(
        words::EDUCATION,
        words::EDUCATION_LABEL,
        words::EDUCATION_HINT,
        choices("education", &words::EDUCATIONS),
    ),
    field(
        words::OCCUPATION,
        words::OCCUPATION_LABEL,
        words::NO_HINT,
        choices("occupation", &words::OCCUPATIONS),
    ),
    field(
        words::DISTRICT,
        words::DISTRICT_LABEL,
        words::DISTRICT_HINT,
        FieldKind::Text,
    ),
];

const fn field(column: Text, label: Text, hint: Text, kind: FieldKind) -> ProfileQuestion {
    ProfileQuestion {
        column,
        label,
        hint,
        kind,
    }
}

const fn choices(list: &'static str, choices: &'static [Choice]) -> FieldKind {
    FieldKind::Choice { list, choices }
}

/// The Likert answers. Every point carries its label ("4 - Setuju") because a
/// respondent on a phone sees only the choices; the reader takes "4 - Setuju" as 4
/// (a point followed by its own label). The middle point is "Ragu-ragu", not the app's
/// "Ragu-ragu (netral)": the reader knows the former, not the latter.
pub const LIKERT: [Choice; 6] = [
    choice(
        Text::new("1", "1"),
        Text::new("1 - Sangat tidak setuju", "1 - Strongly disagree"),
    ),
    choice(
        Text::new("2", "2"),
        Text::new("2 - Tidak setuju", "2 - Disagree"),
    ),
    choice(
        Text::new("3", "3"),
        Text::new("3 - Ragu-ragu", "3 - Neutral"),
    ),
    choice(Text::new("4", "4"), Text::new("4 - Setuju", "4 - Agree")),
    choice(
        Text::new("5", "5"),
        Text::new("5 - Sangat setuju", "5 - Strongly agree"),
    ),
    choice(
        Text::new("na", "na"),
        Text::new("Tidak tahu / tidak berlaku", "Don't know / not applicable"),
    ),
];

/// The stage answers. "Don't know" is `na`, which the reader takes as unanswered for a
/// criterion (`tidak_tahu` would be the natural name, but the reader does not know it).
pub const STAGE: [Choice; 4] = [
    choice(Text::new("ya", "yes"), Text::new("Ya", "Yes")),
    choice(
        Text::new("sebagian", "partly"),
        Text::new("Sebagian", "Partly"),
    ),
    choice(Text::new("tidak", "no"), Text::new("Tidak", "No")),
    choice(Text::new("na", "na"), Text::new("Tidak tahu", "Don't know")),
];

/// Likert items or stage criteria.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionKind {
    Likert,
    Stage,
}

/// One statement to answer.
#[derive(Clone, Debug)]
pub struct Question {
    /// `S1.1`, `E1`: every output puts it first in the question's title.
    pub code: &'static str,
    pub statement: &'static str,
    /// The criterion's stage ("Tahap 1: ..."); empty for Likert items.
    pub note: String,
}

impl Question {
    /// "S1.1 Pemda kami ...": the title and column header every output uses, so the
    /// reader finds the code as the header's first token.
    pub fn title(&self) -> String {
        format!("{} {}", self.code, self.statement)
    }
}

/// One page of the questionnaire: an element of a Likert instrument, or the checklist.
#[derive(Clone, Debug)]
pub struct Section {
    /// `support`, ..., `stage`: a stable XLSForm group name.
    pub key: &'static str,
    pub title: String,
    /// The instrument the section belongs to.
    pub instrument: &'static str,
    pub kind: SectionKind,
    pub questions: Vec<Question>,
}

/// Every element of both Likert instruments, then the stage checklist.
pub fn sections(lang: Lang) -> Vec<Section> {
    let likert = [content::scv(), content::ereadiness()];
    let mut out: Vec<Section> = likert
        .iter()
        .flat_map(|instrument| {
            instrument.elements.iter().map(move |element| Section {
                key: element.key,
                title: element.name.get(lang).to_string(),
                instrument: instrument.name.get(lang),
                kind: SectionKind::Likert,
                questions: element
                    .indicators
                    .iter()
                    .flat_map(|i| i.items)
                    .map(|item| Question {
                        code: item.id,
                        statement: item.statement.get(lang),
                        note: String::new(),
                    })
                    .collect(),
            })
        })
        .collect();
    out.push(stage_section(lang));
    out
}

fn stage_section(lang: Lang) -> Section {
    let stages = content::stages();
    let questions = stages
        .stages
        .iter()
        .flat_map(|stage| {
            let note = stage_note(lang, stage.number, stage.name.get(lang));
            stage.criteria.iter().map(move |c| Question {
                code: c.id,
                statement: c.statement.get(lang),
                note: note.clone(),
            })
        })
        .collect();
    Section {
        key: stages.key,
        title: stages.name.get(lang).to_string(),
        instrument: stages.name.get(lang),
        kind: SectionKind::Stage,
        questions,
    }
}

/// "Tahap 1: Kehadiran awal (Emerging)".
pub fn stage_note(lang: Lang, number: u8, name: &str) -> String {
    format!("{} {number}: {name}", words::STAGE_WORD.get(lang))
}

/// Every question of every section, in order.
pub fn questions(lang: Lang) -> Vec<Question> {
    sections(lang)
        .into_iter()
        .flat_map(|s| s.questions)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::order_v1::{CRITERIA, EREADINESS_ITEMS, SCV_ITEMS};

    #[test]
    fn questions_follow_the_template_order() {
        let expected: Vec<&str> = SCV_ITEMS
            .iter()
            .chain(&EREADINESS_ITEMS)
            .chain(&CRITERIA)
            .copied()
            .collect();
        for lang in Lang::ALL {
            let codes: Vec<&str> = questions(lang).iter().map(|q| q.code).collect();
            assert_eq!(codes, expected);
        }
    }

    /// A form whose export names columns by question title names them as the template.
    #[test]
    fn profile_labels_are_their_column_names_with_spaces() {
        for lang in Lang::ALL {
            for q in &PROFILE {
                let column = q.column.get(lang).replace('_', " ");
                assert_eq!(q.label.get(lang).to_lowercase(), column);
            }
        }
    }
}
