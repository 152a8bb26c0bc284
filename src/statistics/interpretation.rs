//! The interpretation of an item's mean: the class interval kajian reports use.
//!
//! Interval = (highest - lowest score) / classes = (5 - 1) / 5 = 0.80, giving
//! 1.00-1.80, >1.80-2.60, >2.60-3.40, >3.40-4.20, >4.20-5.00. Each class includes its
//! upper bound, as the published tables write them. The mean is first rounded half-up to
//! 0.01, the precision the table prints, so the category always agrees with the printed
//! mean (1.80 is Very low, 1.81 Low) and binary floating point cannot move a mean across
//! a bound.

use crate::model::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Interpretation {
    VeryLow,
    Low,
    Moderate,
    High,
    VeryHigh,
}

impl Interpretation {
    pub const ALL: [Interpretation; 5] = [
        Interpretation::VeryLow,
        Interpretation::Low,
        Interpretation::Moderate,
        Interpretation::High,
        Interpretation::VeryHigh,
    ];

    /// The class's inclusive upper bound, in hundredths.
    pub fn upper_cents(self) -> u32 {
        match self {
            Interpretation::VeryLow => 180,
            Interpretation::Low => 260,
            Interpretation::Moderate => 340,
            Interpretation::High => 420,
            Interpretation::VeryHigh => 500,
        }
    }

    /// The class of a mean already rounded to hundredths (345 = 3.45). Anything above
    /// 5.00, which a Likert mean cannot be, is still Very high rather than a panic.
    pub fn of_cents(cents: u32) -> Interpretation {
        Self::ALL
            .into_iter()
            .find(|class| cents <= class.upper_cents())
            .unwrap_or(Interpretation::VeryHigh)
    }

    /// The class of a mean, rounded half-up to 0.01 first as the scores are banded.
    pub fn of_mean(mean: f64) -> Interpretation {
        Self::of_cents(crate::scoring::round_half_up_cents(mean))
    }

    /// `very_low` ... `very_high`, as in the JSON file.
    pub fn key(self) -> &'static str {
        match self {
            Interpretation::VeryLow => "very_low",
            Interpretation::Low => "low",
            Interpretation::Moderate => "moderate",
            Interpretation::High => "high",
            Interpretation::VeryHigh => "very_high",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Interpretation::VeryLow => Text::new("Sangat rendah", "Very low"),
            Interpretation::Low => Text::new("Rendah", "Low"),
            Interpretation::Moderate => Text::new("Sedang", "Moderate"),
            Interpretation::High => Text::new("Tinggi", "High"),
            Interpretation::VeryHigh => Text::new("Sangat tinggi", "Very high"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Interpretation::*;
    use super::*;

    #[test]
    fn bounds_belong_to_the_lower_class() {
        let cases = [
            (100, VeryLow),
            (180, VeryLow),
            (181, Low),
            (260, Low),
            (261, Moderate),
            (340, Moderate),
            (341, High),
            (420, High),
            (421, VeryHigh),
            (500, VeryHigh),
            (0, VeryLow),
            (9999, VeryHigh),
        ];
        for (cents, class) in cases {
            assert_eq!(Interpretation::of_cents(cents), class, "{cents}");
        }
    }

    #[test]
    fn means_are_rounded_before_classing() {
        assert_eq!(Interpretation::of_mean(1.804), VeryLow);
        assert_eq!(Interpretation::of_mean(1.805), Low);
        assert_eq!(Interpretation::of_mean(4.2049), High);
        assert_eq!(Interpretation::of_mean(f64::NAN), VeryLow);
    }

    #[test]
    fn labels_are_bilingual() {
        for class in Interpretation::ALL {
            assert!(!class.label().id.is_empty() && !class.label().en.is_empty());
            assert_ne!(class.label().id, class.label().en);
        }
    }
}
