//! What the user decided when shown a file's mapping: a column taken as another item (or
//! left out), and a score for each answer label the reader did not know. Applied on top
//! of what was recognised, so a file is read the same way every time it is shown.
//!
//! As text (the worker's payload), one choice a line, tab-separated:
//! `column <header index> <S1.1 | E1 | profile:region | ignore>` and
//! `label <100-500 | na> <label as written>`. Unknown lines are skipped.

use super::columns::Column;
use super::values::{normalize, LikertCell};
use crate::model::ProfileField;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportChoices {
    /// A header's index and the column the user chose for it (`Ignored` leaves it out).
    pub columns: Vec<(usize, Column)>,
    /// An answer label, `normalize`d, and the score the user gave it.
    pub labels: Vec<(String, LikertCell)>,
}

const PROFILE_KEYS: [(&str, ProfileField); 5] = [
    ("profile:region", ProfileField::Region),
    ("profile:region_type", ProfileField::RegionType),
    ("profile:unit", ProfileField::Unit),
    ("profile:assessor", ProfileField::Assessor),
    ("profile:date", ProfileField::Date),
];

/// A column's key in the text form and in the mapping page's select.
pub fn column_key(column: Column) -> String {
    match column {
        Column::Likert(_, id) | Column::Criterion(id) => id.to_string(),
        Column::Profile(field) => PROFILE_KEYS
            .iter()
            .find(|(_, f)| *f == field)
            .map_or("ignore", |(k, _)| k)
            .to_string(),
        Column::Ignored => "ignore".to_string(),
    }
}

pub fn column_of_key(key: &str) -> Option<Column> {
    if key == "ignore" {
        return Some(Column::Ignored);
    }
    PROFILE_KEYS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, f)| Column::Profile(*f))
        .or_else(|| Column::of_id(key))
}

/// The column a user typed: a key (`S1.1`, `profile:unit`), a code in any spelling or
/// with its statement after it (`s1_1`, `S1.1 Pemda ...`); blank is `Ignored`.
pub fn typed_column(text: &str) -> Option<Column> {
    let text = text.trim();
    if text.is_empty() {
        return Some(Column::Ignored);
    }
    column_of_key(text).or_else(|| match super::columns::classify(text) {
        (column, super::columns::Match::Code) => Some(column),
        _ => None,
    })
}

impl ImportChoices {
    pub fn encode(&self) -> String {
        let columns = self
            .columns
            .iter()
            .map(|(at, c)| format!("column\t{at}\t{}", column_key(*c)));
        let labels = self.labels.iter().filter_map(|(label, cell)| {
            let score = match cell {
                LikertCell::Score(cents) => cents.to_string(),
                LikertCell::NotApplicable => "na".to_string(),
                LikertCell::Blank => return None,
            };
            Some(format!(
                "label\t{score}\t{}",
                label.replace(['\t', '\n', '\r'], " ")
            ))
        });
        columns.chain(labels).collect::<Vec<_>>().join("\n")
    }

    pub fn decode(text: &str) -> ImportChoices {
        let mut choices = ImportChoices::default();
        for line in text.lines() {
            match line.split('\t').collect::<Vec<_>>().as_slice() {
                ["column", at, key] => {
                    if let (Ok(at), Some(column)) = (at.parse(), column_of_key(key)) {
                        choices.set_column(at, column);
                    }
                }
                ["label", score, label] => {
                    if let Some(cell) = label_score(score) {
                        choices.set_label(label, cell);
                    }
                }
                _ => {}
            }
        }
        choices
    }

    /// The user's column for header `at`, replacing an earlier choice.
    pub fn set_column(&mut self, at: usize, column: Column) {
        self.columns.retain(|(i, _)| *i != at);
        self.columns.push((at, column));
    }

    pub fn set_label(&mut self, label: &str, cell: LikertCell) {
        let label = normalize(label);
        self.labels.retain(|(l, _)| *l != label);
        self.labels.push((label, cell));
    }

    pub fn column(&self, at: usize) -> Option<Column> {
        self.columns.iter().find(|(i, _)| *i == at).map(|(_, c)| *c)
    }
}

fn label_score(text: &str) -> Option<LikertCell> {
    match text {
        "na" => Some(LikertCell::NotApplicable),
        _ => text
            .parse::<u16>()
            .ok()
            .filter(|c| (100..=500).contains(c))
            .map(LikertCell::Score),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::InstrumentId;

    #[test]
    fn choices_round_trip_as_text() {
        let mut choices = ImportChoices::default();
        choices.set_column(3, Column::Likert(InstrumentId::Scv, "S1.1"));
        choices.set_column(4, Column::Ignored);
        choices.set_column(5, Column::Profile(ProfileField::Unit));
        choices.set_column(6, Column::Criterion("E1"));
        choices.set_label("Kurang  Setuju", LikertCell::Score(300));
        choices.set_label("tidak\tjelas", LikertCell::NotApplicable);
        let decoded = ImportChoices::decode(&choices.encode());
        assert_eq!(decoded.columns, choices.columns);
        assert_eq!(
            decoded.labels[0],
            ("kurang setuju".into(), LikertCell::Score(300))
        );
        assert_eq!(decoded.labels[1].1, LikertCell::NotApplicable);
        assert_eq!(
            ImportChoices::decode("column\tx\tS1.1\nlabel\t600\tx\nnonsense"),
            ImportChoices::default()
        );
    }

    #[test]
    fn typed_columns() {
        let scv = Column::Likert(InstrumentId::Scv, "S1.1");
        for typed in ["S1.1", " s1_1 ", "S1.1 Pemda kami ..."] {
            assert_eq!(typed_column(typed), Some(scv), "{typed:?}");
        }
        assert_eq!(typed_column(""), Some(Column::Ignored));
        assert_eq!(
            typed_column("profile:unit"),
            Some(Column::Profile(ProfileField::Unit))
        );
        assert_eq!(typed_column("S9.9"), None);
        assert_eq!(typed_column("wilayah"), None);
    }
}
