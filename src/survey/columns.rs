//! Which header cell means which item, criterion or profile field, and how we know.
//!
//! Real exports name a column in many ways, all recognised here:
//! - by code, in any common spelling: `S1.1`, `s1_1`, `S1-1`, `S1.1. Pemda ...`,
//!   `[S1.1] Pemda ...`, a Google Forms grid's `Dukungan [S1.1 Pemda ...]`, a LimeSurvey
//!   array's `SCV[S1_1]`, or behind a KoboToolbox group path (`group_scv/S1_1`,
//!   `Dukungan/S1.1 Pemda ...`);
//! - by the statement itself, in either language, as a researcher who typed the
//!   questions into a form by hand exports them: case, spacing, punctuation and a
//!   leading question number (`12.`, `Q12`) do not matter. A header that holds two
//!   statements equally well is `Ambiguous`, never guessed;
//! - profile fields by name (`wilayah`, `unit kerja`, ...).
//!
//! Anything else (Timestamp, Email, ...) is `Ignored`; the user may map it by hand.

use super::values::normalize;
use crate::content;
use crate::model::{InstrumentId, Lang, ProfileField};
use crate::share::order_v1::{CRITERIA, EREADINESS_ITEMS, SCV_ITEMS};
use std::sync::OnceLock;

/// What one column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Likert(InstrumentId, &'static str),
    Criterion(&'static str),
    Profile(ProfileField),
    Ignored,
}

impl Column {
    /// The item or criterion id, for an answer column.
    pub fn answer_id(self) -> Option<&'static str> {
        match self {
            Column::Likert(_, id) | Column::Criterion(id) => Some(id),
            _ => None,
        }
    }

    /// The column of an item or criterion id, exact (`S1.1`, `E1`).
    pub fn of_id(id: &str) -> Option<Column> {
        lookup(id)
    }
}

/// How a column's meaning was found: shown to the user beside the mapping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Match {
    /// The header holds the code.
    Code,
    /// The header is the statement's text.
    Statement,
    /// The header names a profile field.
    ProfileName,
    /// The user chose it.
    Chosen,
    /// The header fits these ids equally well; left unmapped.
    Ambiguous(Vec<&'static str>),
    /// An id already taken by an earlier column: counted once, at its first column.
    Repeated(&'static str),
    /// Nothing recognised.
    Unknown,
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

/// The column a header names, and how that was found.
pub fn classify(header: &str) -> (Column, Match) {
    let parts = header_parts(header);
    if let Some(column) = parts.iter().find_map(|p| code_column(p)) {
        return (column, Match::Code);
    }
    if let Some(field) = parts.iter().find_map(|p| profile_field(p)) {
        return (Column::Profile(field), Match::ProfileName);
    }
    match statement_column(header) {
        StatementMatch::One(column) => (column, Match::Statement),
        StatementMatch::Several(ids) => (Column::Ignored, Match::Ambiguous(ids)),
        StatementMatch::None => (Column::Ignored, Match::Unknown),
    }
}

/// The header, then each part after a group path's `/` (KoboToolbox writes
/// `group/question`) or `-` (ODK Central writes `group-question`). A statement may hold
/// either too, which is harmless: its parts simply match no code or profile name.
fn header_parts(header: &str) -> Vec<&str> {
    let mut parts = vec![header];
    parts.extend(
        header
            .match_indices(['/', '-'])
            .map(|(at, _)| &header[at + 1..]),
    );
    parts
}

fn code_column(part: &str) -> Option<Column> {
    let bracketed = part
        .split(['[', '('])
        .skip(1)
        .map(|inner| inner.split([']', ')']).next().unwrap_or(""));
    std::iter::once(part).chain(bracketed).find_map(|p| {
        let token = code_spelling(leading_token(p));
        lookup(&token).or_else(|| lookup(&dotless_code(&token)?))
    })
}

/// `S1.1` from `S11`, `ST4.2` from `ST42`: LimeSurvey allows letters and digits only in
/// a code, and every indicator and item number of the instruments is a single digit,
/// so two digits after the letters read back one way.
fn dotless_code(token: &str) -> Option<String> {
    let digits_at = token.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = token.split_at(digits_at);
    let all_digits = digits.len() == 2 && digits.chars().all(|c| c.is_ascii_digit());
    (all_digits && !letters.is_empty()).then(|| [letters, &digits[..1], ".", &digits[1..]].concat())
}

fn profile_field(part: &str) -> Option<ProfileField> {
    let name = normalize(&part.replace(['_', '-'], " "));
    PROFILE_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

/// `S1_1` from ` S1_1. Pemda ...`: letters, digits and the separators a code is written
/// with, without trailing dots.
fn leading_token(s: &str) -> &str {
    let s = s.trim_start();
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
        .unwrap_or(s.len());
    s[..end].trim_end_matches(['.', '_', '-'])
}

/// `S1_1` and `S1-1` as `S1.1`: form builders forbid dots in question names.
fn code_spelling(token: &str) -> String {
    token.replace(['_', '-'], ".")
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

enum StatementMatch {
    One(Column),
    Several(Vec<&'static str>),
    None,
}

/// Shortest header taken as a statement cut short by the exporter (some tools clip long
/// headers): shorter beginnings are too common to identify a statement.
const MIN_CLIPPED_KEY_CHARS: usize = 40;

/// The statement a header holds: the longest statement key found whole in the header's
/// key, or else the one statement that begins with a long enough header.
fn statement_column(header: &str) -> StatementMatch {
    let key = text_key(header);
    if key.is_empty() {
        return StatementMatch::None;
    }
    let padded = format!(" {key} ");
    let contained = statement_keys()
        .iter()
        .filter(|(k, _)| padded.contains(&format!(" {k} ")));
    let longest = contained.clone().map(|(k, _)| k.len()).max();
    let mut best: Vec<Column> = contained
        .filter(|(k, _)| Some(k.len()) == longest)
        .map(|(_, c)| *c)
        .collect();
    if best.is_empty() && key.len() >= MIN_CLIPPED_KEY_CHARS {
        best = statement_keys()
            .iter()
            .filter(|(k, _)| k.starts_with(&key))
            .map(|(_, c)| *c)
            .collect();
    }
    best.dedup();
    match best.as_slice() {
        [] => StatementMatch::None,
        [one] => StatementMatch::One(*one),
        many => StatementMatch::Several(many.iter().filter_map(|c| c.answer_id()).collect()),
    }
}

/// Lowercase words of letters and digits, one space apart, without a leading question
/// number (`12.`, `12)`, `Q12`, `No. 12`).
pub fn text_key(text: &str) -> String {
    let lower = text.to_lowercase();
    let spaced: String = lower
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut words: Vec<&str> = spaced.split_whitespace().collect();
    let is_number = |w: &str| {
        let digits = w.strip_prefix('q').unwrap_or(w);
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
    };
    if words.first() == Some(&"no") && words.get(1).is_some_and(|w| is_number(w)) {
        words.drain(..2);
    } else if words.first().is_some_and(|w| is_number(w)) && words.len() > 1 {
        words.remove(0);
    }
    words.join(" ")
}

/// Every item's and criterion's statement key in both languages.
fn statement_keys() -> &'static [(String, Column)] {
    static KEYS: OnceLock<Vec<(String, Column)>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys = Vec::new();
        for instrument in [InstrumentId::Scv, InstrumentId::Ereadiness] {
            let items = content::likert(instrument)
                .elements
                .iter()
                .flat_map(|e| e.indicators)
                .flat_map(|i| i.items);
            for item in items {
                for text in [item.statement.id, item.statement.get(Lang::En)] {
                    keys.push((text_key(text), Column::Likert(instrument, item.id)));
                }
            }
        }
        let criteria = content::stages().stages.iter().flat_map(|s| s.criteria);
        for criterion in criteria {
            for text in [criterion.statement.id, criterion.statement.get(Lang::En)] {
                keys.push((text_key(text), Column::Criterion(criterion.id)));
            }
        }
        keys
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(header: &str) -> Column {
        classify(header).0
    }

    #[test]
    fn codes_in_every_spelling() {
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
            ("S1_1", scv("S1.1")),
            ("s1-2", scv("S1.2")),
            ("group_scv/S1_3", scv("S1.3")),
            ("group_scv/S1.3", scv("S1.3")),
            ("Dukungan/S2.1 Pemda ...", scv("S2.1")),
            ("SCV[S1_1]", scv("S1.1")),
            ("Dukungan[S11]", scv("S1.1")),
            (
                "Struktur[ST42]",
                Column::Likert(InstrumentId::Ereadiness, "ST4.2"),
            ),
            ("Q12", Column::Ignored),
            ("Timestamp", Column::Ignored),
            ("Email Address", Column::Ignored),
            ("S1.10", Column::Ignored),
            ("S1", Column::Ignored),
            ("Jenis_Wilayah", Column::Profile(ProfileField::RegionType)),
            (" Tanggal ", Column::Profile(ProfileField::Date)),
            (
                "group_profil/wilayah",
                Column::Profile(ProfileField::Region),
            ),
        ];
        for (header, expected) in cases {
            assert_eq!(column(header), expected, "{header:?}");
        }
    }

    #[test]
    fn statements_in_either_language_however_typed() {
        let item = &content::scv().elements[0].indicators[0].items[0];
        let expected = Column::Likert(InstrumentId::Scv, item.id);
        let id = item.statement.id;
        let en = item.statement.en;
        let sloppy = format!("12.  {}?", id.to_uppercase().replace(' ', "  "));
        for header in [id, en, &sloppy, &format!("Dukungan/{id}")] {
            assert_eq!(classify(header), (expected, Match::Statement), "{header:?}");
        }
        let clipped: String = id.chars().take(60).collect();
        assert_eq!(column(&clipped), expected);
        assert_eq!(column("Pemda kami"), Column::Ignored);
    }

    #[test]
    fn leading_numbers_go_but_words_stay() {
        assert_eq!(text_key("12. Pemda, kami!"), "pemda kami");
        assert_eq!(text_key("Q3) Visi"), "visi");
        assert_eq!(text_key("No. 4 Visi"), "visi");
        assert_eq!(text_key("2024"), "2024");
    }

    #[test]
    fn every_statement_is_told_apart_from_the_others() {
        for (key, column) in statement_keys() {
            let (found, how) = classify(key);
            assert_eq!((found, how), (*column, Match::Statement), "{key:?}");
        }
    }
}
