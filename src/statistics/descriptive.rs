//! Per-item descriptive statistics: n, mean, sample SD, median, mode, distribution.
//!
//! Answers are hundredths in 100..=500, so one pass fills a 401-bucket histogram and
//! every figure comes from it: no sorting, and sums are exact integers (the variance
//! is `(n·Σx² - (Σx)²) / (n(n-1))`, computed in integers, so it has no cancellation).

use super::interpretation::Interpretation;
use super::ItemColumn;

/// Lowest answer, 1.00, in hundredths.
pub const MIN_CENTS: u32 = 100;
/// Highest answer, 5.00, in hundredths.
pub const MAX_CENTS: u32 = 500;
const BUCKETS: usize = (MAX_CENTS - MIN_CENTS + 1) as usize;

/// One item's descriptive statistics. Figures over no answer (or, for the SD, fewer
/// than two) are `None`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ItemStatistics {
    pub id: String,
    pub group: String,
    /// Answers scored 1.00-5.00.
    pub n: usize,
    /// Blank or N/A (including respondents past the end of a short column).
    pub not_answered: usize,
    /// Values outside 100..=500, which a caller should not send: left out of everything.
    pub out_of_range: usize,
    pub mean: Option<f64>,
    /// The mean rounded half-up to hundredths (345 = 3.45): what the tables print and
    /// what `category` is read from.
    pub mean_cents: Option<u32>,
    /// Sample standard deviation (divisor n - 1), as SPSS and Excel's STDEV.S give.
    pub sd: Option<f64>,
    /// The middle answer, or the mean of the two middle answers for an even n.
    pub median: Option<f64>,
    pub mode: Option<Mode>,
    pub distribution: Distribution,
    pub category: Option<Interpretation>,
}

/// The most frequent answer; with a tie, the smallest of the tied answers.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Mode {
    pub value: f64,
    /// Another answer is just as frequent.
    pub tied: bool,
}

/// How many answered each whole point, and how many gave a fraction (3,5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Distribution {
    /// Counts of 1, 2, 3, 4 and 5, in that order.
    pub points: [usize; 5],
    pub fractional: usize,
}

/// Answer counts per hundredth, 1.00 at index 0.
struct Histogram {
    counts: Vec<usize>,
    n: usize,
}

/// Describes one item over `respondents` rows (a shorter column is unanswered at its end).
pub fn describe_item(column: &ItemColumn, respondents: usize) -> ItemStatistics {
    let mut counts = vec![0usize; BUCKETS];
    let (mut blank, mut out_of_range) = (0, 0);
    for value in &column.values {
        match value.and_then(bucket) {
            Some(index) => counts[index] += 1,
            None if value.is_some() => out_of_range += 1,
            None => blank += 1,
        }
    }
    let n = counts.iter().sum();
    let hist = Histogram { counts, n };
    let (sum, sum_sq) = hist.sums();
    let beyond_end = respondents.saturating_sub(column.values.len());
    ItemStatistics {
        id: column.id.clone(),
        group: column.group.clone(),
        n,
        not_answered: blank + beyond_end,
        out_of_range,
        mean: (n > 0).then(|| sum as f64 / (100.0 * n as f64)),
        mean_cents: rounded_mean_cents(sum, n),
        sd: sample_sd(n, sum, sum_sq),
        median: hist.median(),
        mode: hist.mode(),
        distribution: hist.distribution(),
        category: rounded_mean_cents(sum, n).map(Interpretation::of_cents),
    }
}

/// The histogram index of an answer, `None` outside 1.00-5.00.
fn bucket(cents: u32) -> Option<usize> {
    (MIN_CENTS..=MAX_CENTS)
        .contains(&cents)
        .then(|| (cents - MIN_CENTS) as usize)
}

fn cents_at(index: usize) -> u128 {
    index as u128 + MIN_CENTS as u128
}

/// sum / n rounded half-up to an integer, in integers: exact, whatever n is.
fn rounded_mean_cents(sum: u128, n: usize) -> Option<u32> {
    let n = n as u128;
    (n > 0).then(|| ((2 * sum + n) / (2 * n)) as u32)
}

/// Sample SD in points from the sums of hundredths.
fn sample_sd(n: usize, sum: u128, sum_sq: u128) -> Option<f64> {
    if n < 2 {
        return None;
    }
    let nn = n as u128;
    // n·Σx² ≥ (Σx)² always (Cauchy-Schwarz); saturating keeps that true in the code.
    let spread = (nn * sum_sq).saturating_sub(sum * sum);
    let variance = spread as f64 / (nn * (nn - 1)) as f64;
    Some(variance.sqrt() / 100.0)
}

impl Histogram {
    /// Σx and Σx² in hundredths.
    fn sums(&self) -> (u128, u128) {
        let mut sums = (0u128, 0u128);
        for (index, &count) in self.counts.iter().enumerate() {
            let (x, c) = (cents_at(index), count as u128);
            sums.0 += x * c;
            sums.1 += x * x * c;
        }
        sums
    }

    /// The k-th smallest answer (0-based) in hundredths; k < n.
    fn nth(&self, k: usize) -> u128 {
        let mut seen = 0;
        for (index, &count) in self.counts.iter().enumerate() {
            seen += count;
            if seen > k {
                return cents_at(index);
            }
        }
        MAX_CENTS as u128
    }

    fn median(&self) -> Option<f64> {
        let n = self.n;
        if n == 0 {
            return None;
        }
        let (low, high) = (self.nth((n - 1) / 2), self.nth(n / 2));
        Some((low + high) as f64 / 200.0)
    }

    fn mode(&self) -> Option<Mode> {
        let top = self.counts.iter().copied().max().filter(|&c| c > 0)?;
        let first = self.counts.iter().position(|&c| c == top)?;
        let tied = self.counts.iter().filter(|&&c| c == top).count() > 1;
        Some(Mode {
            value: cents_at(first) as f64 / 100.0,
            tied,
        })
    }

    fn distribution(&self) -> Distribution {
        let mut points = [0; 5];
        for (point, slot) in points.iter_mut().enumerate() {
            *slot = self.counts[point * 100];
        }
        let whole: usize = points.iter().sum();
        Distribution {
            points,
            fractional: self.n - whole,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(values: &[Option<u32>]) -> ItemColumn {
        ItemColumn {
            id: "S1.1".into(),
            group: "support".into(),
            values: values.to_vec(),
        }
    }

    #[test]
    fn odd_and_even_medians() {
        let odd = describe_item(&column(&[Some(500), Some(100), Some(300)]), 3);
        assert_eq!(odd.median, Some(3.0));
        let even = describe_item(&column(&[Some(400), Some(100), Some(350), Some(500)]), 4);
        assert_eq!(even.median, Some(3.75));
    }

    #[test]
    fn tied_modes_give_the_smallest() {
        let stats = describe_item(&column(&[Some(500), Some(200), Some(500), Some(200)]), 4);
        assert_eq!(
            stats.mode,
            Some(Mode {
                value: 2.0,
                tied: true
            })
        );
        let single = describe_item(&column(&[Some(450)]), 1);
        assert_eq!(
            single.mode,
            Some(Mode {
                value: 4.5,
                tied: false
            })
        );
    }

    #[test]
    fn distribution_counts_points_fractions_and_blanks() {
        let values = [Some(100), Some(350), Some(500), None, Some(500), Some(700)];
        let stats = describe_item(&column(&values), 8);
        assert_eq!(stats.distribution.points, [1, 0, 0, 0, 2]);
        assert_eq!(stats.distribution.fractional, 1);
        assert_eq!((stats.n, stats.not_answered, stats.out_of_range), (4, 3, 1));
    }

    #[test]
    fn nothing_answered_gives_no_figures() {
        for values in [vec![], vec![None, None], vec![Some(0), Some(u32::MAX)]] {
            let stats = describe_item(&column(&values), values.len());
            assert_eq!(stats.n, 0);
            assert!(stats.mean.is_none() && stats.median.is_none() && stats.mode.is_none());
            assert!(stats.sd.is_none() && stats.category.is_none());
        }
    }

    #[test]
    fn one_answer_has_a_mean_but_no_sd() {
        let stats = describe_item(&column(&[Some(420)]), 1);
        assert_eq!(stats.mean, Some(4.2));
        assert_eq!(stats.mean_cents, Some(420));
        assert_eq!(stats.sd, None);
        assert_eq!(stats.category, Some(Interpretation::High));
    }

    #[test]
    fn constant_answers_have_zero_sd() {
        let stats = describe_item(&column(&[Some(300); 7]), 7);
        assert_eq!(stats.sd, Some(0.0));
    }

    #[test]
    fn rounded_mean_is_half_up_and_exact() {
        // 1.805 exactly: (100 + 261) / 2 hundredths = 180.5 -> 181.
        assert_eq!(rounded_mean_cents(361, 2), Some(181));
        assert_eq!(rounded_mean_cents(1000, 3), Some(333));
        assert_eq!(rounded_mean_cents(0, 0), None);
    }
}
