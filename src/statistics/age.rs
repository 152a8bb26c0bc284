//! Respondents' ages: read as years and grouped into the ranges the Palembang 2023
//! study reports.

use crate::model::Text;

/// The age ranges of the Palembang 2023 study, in completed years.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum AgeRange {
    #[serde(rename = "<=20")]
    UpTo20,
    #[serde(rename = "21-30")]
    From21To30,
    #[serde(rename = "31-40")]
    From31To40,
    #[serde(rename = "41-50")]
    From41To50,
    #[serde(rename = ">50")]
    Over50,
}

impl AgeRange {
    pub const ALL: [AgeRange; 5] = [
        AgeRange::UpTo20,
        AgeRange::From21To30,
        AgeRange::From31To40,
        AgeRange::From41To50,
        AgeRange::Over50,
    ];

    /// The range of an age in completed years (a decimal age is truncated).
    pub fn of(years: u32) -> AgeRange {
        match years {
            0..=20 => AgeRange::UpTo20,
            21..=30 => AgeRange::From21To30,
            31..=40 => AgeRange::From31To40,
            41..=50 => AgeRange::From41To50,
            _ => AgeRange::Over50,
        }
    }

    /// Language-neutral key, as in the JSON file: `<=20`, `21-30`, ..., `>50`.
    pub fn key(self) -> &'static str {
        match self {
            AgeRange::UpTo20 => "<=20",
            AgeRange::From21To30 => "21-30",
            AgeRange::From31To40 => "31-40",
            AgeRange::From41To50 => "41-50",
            AgeRange::Over50 => ">50",
        }
    }

    /// The years word keeps spreadsheets from reading "41-50" as a date.
    pub fn label(self) -> Text {
        match self {
            AgeRange::UpTo20 => Text::new("≤ 20 tahun", "≤ 20 years"),
            AgeRange::From21To30 => Text::new("21-30 tahun", "21-30 years"),
            AgeRange::From31To40 => Text::new("31-40 tahun", "31-40 years"),
            AgeRange::From41To50 => Text::new("41-50 tahun", "41-50 years"),
            AgeRange::Over50 => Text::new("> 50 tahun", "> 50 years"),
        }
    }
}

/// An age written as a number of years ("34", "34,5", "34 tahun"), truncated to whole
/// years; `None` for text or an implausible number.
pub(super) fn age_years(value: &str) -> Option<u32> {
    let lower = value.to_lowercase();
    let number = ["tahun", "thn", "th", "years", "year", "yrs", "y.o."]
        .iter()
        .find_map(|unit| lower.strip_suffix(unit))
        .unwrap_or(&lower)
        .trim()
        .replace(',', ".");
    let years: f64 = number.parse().ok()?;
    (years.is_finite() && (0.0..=130.0).contains(&years)).then_some(years as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_are_read_as_years() {
        assert_eq!(age_years("34"), Some(34));
        assert_eq!(age_years("34,9"), Some(34));
        assert_eq!(age_years("41 Tahun"), Some(41));
        assert_eq!(age_years("21-30 tahun"), None);
        assert_eq!(age_years("-3"), None);
        assert_eq!(age_years("NaN"), None);
        assert_eq!(AgeRange::of(20), AgeRange::UpTo20);
        assert_eq!(AgeRange::of(21), AgeRange::From21To30);
        assert_eq!(AgeRange::of(50), AgeRange::From41To50);
        assert_eq!(AgeRange::of(51), AgeRange::Over50);
    }
}
