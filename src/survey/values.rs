//! What a respondent may write in a cell: numbers or the Indonesian / English labels that
//! questionnaires and Google Forms grids use. Matching is case-insensitive and ignores
//! surrounding and repeated spaces.

use crate::model::{RegionType, StageAnswer};

/// One Likert cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LikertCell {
    Blank,
    NotApplicable,
    Score(u8),
}

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
const NOT_APPLICABLE: [&str; 12] = [
    "n/a",
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

/// `None` when the cell holds something that is not a Likert answer.
pub fn likert_cell(raw: &str) -> Option<LikertCell> {
    let norm = normalize(raw);
    if is_blank(&norm) {
        return Some(LikertCell::Blank);
    }
    if is_not_applicable(&norm) {
        return Some(LikertCell::NotApplicable);
    }
    if let Ok(n) = norm.replace(',', ".").parse::<f64>() {
        // A respondent answers a whole point; 4.5 is a typo or a mean, not an answer.
        let whole = n.fract() == 0.0 && (1.0..=5.0).contains(&n);
        return whole.then_some(LikertCell::Score(n as u8));
    }
    label_score(&norm)
        .or_else(|| numbered_label(&norm))
        .map(LikertCell::Score)
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
        let cases = [
            ("4", Some(LikertCell::Score(4))),
            (" 5.0 ", Some(LikertCell::Score(5))),
            ("4,5", None),
            ("0", None),
            ("6", None),
            ("Sangat  Tidak Setuju", Some(LikertCell::Score(1))),
            ("STRONGLY AGREE", Some(LikertCell::Score(5))),
            ("Ragu-ragu", Some(LikertCell::Score(3))),
            ("5 - Sangat Setuju", Some(LikertCell::Score(5))),
            ("2. tidak setuju", Some(LikertCell::Score(2))),
            ("2. setuju", None),
            ("3)", Some(LikertCell::Score(3))),
            (
                "Tidak tahu / Tidak berlaku",
                Some(LikertCell::NotApplicable),
            ),
            ("N/A", Some(LikertCell::NotApplicable)),
            ("", Some(LikertCell::Blank)),
            ("-", Some(LikertCell::Blank)),
            ("ya", None),
            ("nan", None),
            ("inf", None),
        ];
        for (raw, expected) in cases {
            assert_eq!(likert_cell(raw), expected, "{raw:?}");
        }
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
