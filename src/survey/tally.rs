//! Counting answers and turning the counts into one aggregated answer per item.

use super::values::{LikertCell, StageCell};
use crate::model::{LikertAnswer, StageAnswer};

/// How the respondents answered one Likert item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ItemDistribution {
    /// `counts[0]` is the number of 1s, ..., `counts[4]` the number of 5s.
    pub counts: [u32; 5],
    /// Answers between two points (`3,5`), counted in the mean as given.
    pub decimal: u32,
    pub not_applicable: u32,
    pub blank: u32,
    /// Every 1-5 answer added up, in hundredths.
    pub sum_cents: u64,
}

impl ItemDistribution {
    pub fn add(&mut self, cell: LikertCell) {
        match cell {
            LikertCell::Score(cents) if (100..=500).contains(&cents) => {
                self.sum_cents += u64::from(cents);
                match self.counts.get_mut(usize::from(cents / 100 - 1)) {
                    Some(n) if cents % 100 == 0 => *n += 1,
                    _ => self.decimal += 1,
                }
            }
            LikertCell::Score(_) => {}
            LikertCell::NotApplicable => self.not_applicable += 1,
            LikertCell::Blank => self.blank += 1,
        }
    }

    /// Respondents who answered 1-5.
    pub fn scored(&self) -> u32 {
        self.counts.iter().sum::<u32>() + self.decimal
    }

    /// The mean of the 1-5 answers in hundredths, rounded half up, exactly (integers
    /// only): 0.01 is the precision a result link carries, so a shared survey result
    /// scores the same on every screen.
    pub fn mean_cents(&self) -> Option<u64> {
        let n = u64::from(self.scored());
        (n > 0).then(|| (2 * self.sum_cents + n) / (2 * n))
    }

    /// The item's aggregated answer: the mean; N/A if every answer was N/A; none if blank.
    pub fn answer(&self) -> Option<LikertAnswer> {
        match self.mean_cents() {
            Some(cents) => Some(LikertAnswer::Score(cents as f64 / 100.0)),
            None if self.not_applicable > 0 => Some(LikertAnswer::NotApplicable),
            None => None,
        }
    }
}

/// How the respondents answered one stage criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct CriterionDistribution {
    pub yes: u32,
    pub partly: u32,
    pub no: u32,
    pub blank: u32,
}

impl CriterionDistribution {
    pub fn add(&mut self, cell: StageCell) {
        match cell {
            StageCell::Answer(StageAnswer::Yes) => self.yes += 1,
            StageCell::Answer(StageAnswer::Partly) => self.partly += 1,
            StageCell::Answer(StageAnswer::No) => self.no += 1,
            StageCell::Blank => self.blank += 1,
        }
    }

    /// The most frequent answer; a tie goes to the lower answer (No, then Partly), so a
    /// divided panel never claims a stage it has not clearly met. None if all blank.
    pub fn majority(&self) -> Option<StageAnswer> {
        let ranked = [
            (StageAnswer::No, self.no),
            (StageAnswer::Partly, self.partly),
            (StageAnswer::Yes, self.yes),
        ];
        let mut best: Option<(StageAnswer, u32)> = None;
        for (answer, count) in ranked {
            if count > best.map_or(0, |(_, c)| c) {
                best = Some((answer, count));
            }
        }
        best.map(|(answer, _)| answer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_rounds_half_up_exactly() {
        // (1 + 2) / 2 = 1.5; (4 + 4 + 5) / 3 = 4.333.. -> 4.33; (1+1+1+1+1+1+1+2) / 8 = 1.125 -> 1.13
        let d = |cells: &[u16]| {
            let mut d = ItemDistribution::default();
            cells.iter().for_each(|&c| d.add(LikertCell::Score(c)));
            d
        };
        assert_eq!(d(&[100, 200]).mean_cents(), Some(150));
        assert_eq!(d(&[400, 400, 500]).mean_cents(), Some(433));
        assert_eq!(
            d(&[100, 100, 100, 100, 100, 100, 100, 200]).mean_cents(),
            Some(113)
        );
        assert_eq!(d(&[]).mean_cents(), None);
        // A decimal answer counts as given: (3.5 + 4) / 2 = 3.75.
        let with_decimal = d(&[350, 400]);
        assert_eq!(with_decimal.mean_cents(), Some(375));
        assert_eq!(
            (with_decimal.counts, with_decimal.decimal),
            ([0, 0, 0, 1, 0], 1)
        );
    }

    #[test]
    fn all_not_applicable_is_not_applicable() {
        let d = ItemDistribution {
            not_applicable: 3,
            blank: 1,
            ..Default::default()
        };
        assert_eq!(d.answer(), Some(LikertAnswer::NotApplicable));
        assert_eq!(
            ItemDistribution {
                blank: 2,
                ..Default::default()
            }
            .answer(),
            None
        );
    }

    #[test]
    fn majority_with_ties_to_the_lower_answer() {
        let d = |yes, partly, no| CriterionDistribution {
            yes,
            partly,
            no,
            blank: 0,
        };
        assert_eq!(d(3, 1, 1).majority(), Some(StageAnswer::Yes));
        assert_eq!(d(2, 2, 0).majority(), Some(StageAnswer::Partly));
        assert_eq!(d(2, 0, 2).majority(), Some(StageAnswer::No));
        assert_eq!(d(0, 0, 0).majority(), None);
    }
}
