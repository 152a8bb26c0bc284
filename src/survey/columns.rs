//! Which header cell means which item, criterion or profile field.
//!
//! Real exports put statement text around the id: `S1.1`, `S1.1 Pemda memiliki visi`,
//! `S1.1. Pemda ...`, `[S1.1] Pemda ...`, or a Google Forms grid's `Dukungan [S1.1 Pemda
//! ...]`. The id is recognised as the first token of the header or of a bracketed
//! part, case-insensitively; anything else (Timestamp, Email, ...) is ignored.

use super::values::normalize;
use crate::model::{InstrumentId, ProfileField};
use crate::share::order_v1::{CRITERIA, EREADINESS_ITEMS, SCV_ITEMS};

/// What one column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Likert(InstrumentId, &'static str),
    Criterion(&'static str),
    Profile(ProfileField),
    Ignored,
}

/// Profile column names, as the templates write them and as people type them.
const PROFILE_NAMES: [(&str, ProfileField); 20] = [
    ("region", ProfileField::Region),
    ("wilayah", ProfileField::Region),
    ("daerah", ProfileField::Region),
    ("nama daerah", ProfileField::Region),
    ("region type", ProfileField::RegionType),
    ("jenis wilayah", ProfileField::RegionType),
    ("jenis daerah", ProfileField::RegionType),
    ("tipe wilayah", ProfileField::RegionType),
    ("unit", ProfileField::Unit),
    ("unit kerja", ProfileField::Unit),
    ("opd", ProfileField::Unit),
    ("instansi", ProfileField::Unit),
    ("perangkat daerah", ProfileField::Unit),
    ("assessor", ProfileField::Assessor),
    ("penilai", ProfileField::Assessor),
    ("nama penilai", ProfileField::Assessor),
    ("date", ProfileField::Date),
    ("tanggal", ProfileField::Date),
    ("tanggal penilaian", ProfileField::Date),
    ("assessment date", ProfileField::Date),
];

pub fn classify(header: &str) -> Column {
    if let Some(column) = id_column(header) {
        return column;
    }
    let name = normalize(&header.replace(['_', '-'], " "));
    PROFILE_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(Column::Ignored, |(_, f)| Column::Profile(*f))
}

fn id_column(header: &str) -> Option<Column> {
    let bracketed = header
        .split(['[', '('])
        .skip(1)
        .map(|part| part.split([']', ')']).next().unwrap_or(""));
    std::iter::once(header)
        .chain(bracketed)
        .find_map(|part| lookup(leading_token(part)))
}

/// `S1.1` from ` S1.1. Pemda ...`: letters, digits and dots, without trailing dots.
fn leading_token(s: &str) -> &str {
    let s = s.trim_start();
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .unwrap_or(s.len());
    s[..end].trim_end_matches('.')
}

fn lookup(token: &str) -> Option<Column> {
    let same = |id: &&str| id.eq_ignore_ascii_case(token);
    if let Some(id) = SCV_ITEMS.into_iter().find(same) {
        return Some(Column::Likert(InstrumentId::Scv, id));
    }
    if let Some(id) = EREADINESS_ITEMS.into_iter().find(same) {
        return Some(Column::Likert(InstrumentId::Ereadiness, id));
    }
    CRITERIA.into_iter().find(same).map(Column::Criterion)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_with_statement_text() {
        let scv = |id| Column::Likert(InstrumentId::Scv, id);
        let cases = [
            ("S1.1", scv("S1.1")),
            ("s1.2 Pemda memiliki visi", scv("S1.2")),
            ("S1.3. Pemda ...", scv("S1.3")),
            ("[V2.1] Warga dapat ...", scv("V2.1")),
            ("Dukungan [C2.3 Jaringan menjangkau OPD]", scv("C2.3")),
            ("(K5) Terhubung dengan warga", Column::Criterion("K5")),
            ("ST4.2", Column::Likert(InstrumentId::Ereadiness, "ST4.2")),
            ("E1 Situs resmi", Column::Criterion("E1")),
            ("Timestamp", Column::Ignored),
            ("Email Address", Column::Ignored),
            ("S1.10", Column::Ignored),
            ("S1", Column::Ignored),
            ("Jenis_Wilayah", Column::Profile(ProfileField::RegionType)),
            (" Tanggal ", Column::Profile(ProfileField::Date)),
        ];
        for (header, expected) in cases {
            assert_eq!(classify(header), expected, "{header:?}");
        }
    }
}
