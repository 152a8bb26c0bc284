//! What a respondent may write in a cell: numbers or the Indonesian / English labels that
//! questionnaires and Google Forms grids use. Matching is case-insensitive and ignores
//! surrounding and repeated spaces.

use crate::model::{RegionType, StageAnswer};

/// One Likert cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LikertCell {
    Blank,
    NotApplicable,
    /// In hundredths, 100-500: a respondent's 4 is 400; a decimal typed at data entry
    /// (`3,5`) is taken as given, 350.
    Score(u16),
}

impl LikertCell {
    /// A score between two points (`3,5`): counted as given, and told to the user.
    pub fn is_decimal(self) -> bool {
        matches!(self, LikertCell::Score(cents) if cents % 100 != 0)
    }
}

/// Why a Likert cell was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellFault {
    /// Words the reader does not know ("kurang setuju"): the user may give them a score.
    UnknownLabel,
    /// A number outside 1-5, or something that is no answer at all.
    NotAnAnswer,
}

/// Answer labels the user scored by hand, by their `normalize`d text.
pub type LabelScores = [(String, LikertCell)];

/// One stage-criterion cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageCell {
    Blank,
    Answer(StageAnswer),
}

/// The usual 5-point labels. "Kurang setuju" and "cukup setuju" are left out on purpose:
/// questionnaires use them for different points, and a wrong guess would be silent.
const LIKERT_LABELS: [(&str, u8); 19] = [
    ("sangat tidak setuju", 1),
    ("sts", 1),
    ("strongly disagree", 1),
    ("tidak setuju", 2),
    ("ts", 2),
    ("disagree", 2),
    ("netral", 3),
    ("ragu-ragu", 3),
    ("ragu ragu", 3),
    ("ragu", 3),
    ("rr", 3),
    ("neutral", 3),
    ("neither agree nor disagree", 3),
    ("setuju", 4),
    ("s", 4),
    ("agree", 4),
    ("sangat setuju", 5),
    ("ss", 5),
    ("strongly agree", 5),
];

/// "Tidak tahu / tidak berlaku" and its spellings; `/`-joined combinations also match.
const NOT_APPLICABLE: [&str; 14] = [
    "n/a",
    // Choice names of the XLSForm questionnaire (`forms`), as KoboToolbox exports them.
    "tidak_tahu",
    "tidak_berlaku",
    "na",
    "n.a.",
    "tidak tahu",
    "tidak berlaku",
    "tt",
    "tb",
    "not applicable",
    "don't know",
    "dont know",
    "do not know",
    "unknown",
];

const YES: [&str; 6] = ["ya", "yes", "y", "ada", "sudah", "1"];
const PARTLY: [&str; 7] = [
    "sebagian",
    "partly",
    "partial",
    "partially",
    "sebagian ada",
    "0.5",
    "0,5",
];
const NO: [&str; 9] = [
    "tidak",
    "no",
    "n",
    "t",
    "tidak ada",
    "belum",
    "belum ada",
    "none",
    "0",
];

/// Lowercase, trimmed, runs of whitespace as one space, no spaces around `/`.
pub fn normalize(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    words
        .join(" ")
        .to_lowercase()
        .replace(" /", "/")
        .replace("/ ", "/")
}

fn is_blank(norm: &str) -> bool {
    norm.is_empty() || norm == "-"
}

fn is_not_applicable(norm: &str) -> bool {
    NOT_APPLICABLE.contains(&norm) || norm.split('/').all(|part| NOT_APPLICABLE.contains(&part))
}

/// A Likert cell as written, with the labels the user scored taking precedence.
pub fn likert_cell(raw: &str, scored: &LabelScores) -> Result<LikertCell, CellFault> {
    let norm = normalize(raw);
    if let Some((_, cell)) = scored.iter().find(|(label, _)| *label == norm) {
        return Ok(*cell);
    }
    if is_blank(&norm) {
        return Ok(LikertCell::Blank);
    }
    if is_not_applicable(&norm) {
        return Ok(LikertCell::NotApplicable);
    }
    if let Some(number) = decimal_number(&norm) {
        return hundredths(number).ok_or(CellFault::NotAnAnswer);
    }
    match label_score(&norm).or_else(|| numbered_label(&norm)) {
        Some(point) => Ok(LikertCell::Score(u16::from(point) * 100)),
        None if norm.chars().any(char::is_alphabetic) => Err(CellFault::UnknownLabel),
        None => Err(CellFault::NotAnAnswer),
    }
}

/// `3`, `3.5` or `3,5` (a comma is the decimal mark in Indonesia); not `nan` or `1e0`.
fn decimal_number(norm: &str) -> Option<f64> {
    let plain = norm
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    let one_mark = norm.matches(['.', ',']).count() <= 1;
    (plain && one_mark && norm.starts_with(|c: char| c.is_ascii_digit()))
        .then(|| norm.replace(',', ".").parse().ok())
        .flatten()
}

/// A number 1-5 in hundredths, rounded half up (3.333 is 333).
fn hundredths(number: f64) -> Option<LikertCell> {
    (1.0..=5.0)
        .contains(&number)
        .then(|| LikertCell::Score((number * 100.0 + 0.5 + 1e-9).floor() as u16))
}

fn label_score(norm: &str) -> Option<u8> {
    LIKERT_LABELS
        .iter()
        .find(|(label, _)| *label == norm)
        .map(|(_, v)| *v)
}

/// "5 - sangat setuju", "5. sangat setuju", "5 (ss)": a point followed by its label,
/// which must agree with the point.
fn numbered_label(norm: &str) -> Option<u8> {
    let mut chars = norm.chars();
    let point = chars.next()?.to_digit(10).filter(|d| (1..=5).contains(d))? as u8;
    let rest = chars.as_str();
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let label = rest.trim_matches(|c: char| !c.is_alphanumeric());
    (label.is_empty() || label_score(label) == Some(point)).then_some(point)
}

/// `None` when the cell holds something that is not a stage answer. "Don't know" is
/// taken as unanswered: the criterion has no N/A.
pub fn stage_cell(raw: &str) -> Option<StageCell> {
    let norm = normalize(raw);
    if is_blank(&norm) || is_not_applicable(&norm) {
        return Some(StageCell::Blank);
    }
    let answer = if YES.contains(&norm.as_str()) {
        StageAnswer::Yes
    } else if PARTLY.contains(&norm.as_str()) {
        StageAnswer::Partly
    } else if NO.contains(&norm.as_str()) {
        StageAnswer::No
    } else {
        return None;
    };
    Some(StageCell::Answer(answer))
}

/// A region type written as the app's key or a common Indonesian / English word.
pub fn region_type(raw: &str) -> Option<RegionType> {
    let norm = normalize(raw);
    let t = match norm.as_str() {
        "province" | "provinsi" | "prov" | "prov." => RegionType::Province,
        "regency" | "kabupaten" | "kab" | "kab." => RegionType::Regency,
        "city" | "kota" => RegionType::City,
        "other" | "lainnya" | "lain-lain" => RegionType::Other,
        _ => return None,
    };
    Some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn likert_numbers_and_labels() {
        use CellFault::*;
        let score = |cents| Ok(LikertCell::Score(cents));
        let cases = [
            ("4", score(400)),
            (" 5.0 ", score(500)),
            ("4,5", score(450)),
            ("3.25", score(325)),
            ("3,333", score(333)),
            ("0", Err(NotAnAnswer)),
            ("6", Err(NotAnAnswer)),
            ("0,5", Err(NotAnAnswer)),
            ("1.2.3", Err(NotAnAnswer)),
            ("Sangat  Tidak Setuju", score(100)),
            ("STRONGLY AGREE", score(500)),
            ("Ragu-ragu", score(300)),
            ("5 - Sangat Setuju", score(500)),
            ("2. tidak setuju", score(200)),
            ("2. setuju", Err(UnknownLabel)),
            ("3)", score(300)),
            ("Tidak tahu / Tidak berlaku", Ok(LikertCell::NotApplicable)),
            ("N/A", Ok(LikertCell::NotApplicable)),
            ("", Ok(LikertCell::Blank)),
            ("-", Ok(LikertCell::Blank)),
            ("ya", Err(UnknownLabel)),
            ("kurang setuju", Err(UnknownLabel)),
            ("nan", Err(UnknownLabel)),
            ("inf", Err(UnknownLabel)),
            ("1e0", Err(UnknownLabel)),
        ];
        for (raw, expected) in cases {
            assert_eq!(likert_cell(raw, &[]), expected, "{raw:?}");
        }
    }

    #[test]
    fn labels_the_user_scored_are_taken() {
        let scored = [("kurang setuju".to_string(), LikertCell::Score(300))];
        assert_eq!(
            likert_cell(" Kurang  Setuju", &scored),
            Ok(LikertCell::Score(300))
        );
        assert_eq!(
            likert_cell("cukup setuju", &scored),
            Err(CellFault::UnknownLabel)
        );
    }

    #[test]
    fn stage_words() {
        let cases = [
            ("Ya", Some(StageCell::Answer(StageAnswer::Yes))),
            ("partly", Some(StageCell::Answer(StageAnswer::Partly))),
            ("SEBAGIAN", Some(StageCell::Answer(StageAnswer::Partly))),
            ("Belum", Some(StageCell::Answer(StageAnswer::No))),
            ("tidak tahu", Some(StageCell::Blank)),
            ("maybe", None),
        ];
        for (raw, expected) in cases {
            assert_eq!(stage_cell(raw), expected, "{raw:?}");
        }
    }
}
