//! Slovin's formula, n = N / (1 + N·e²): the sample size the Palembang 2023 study used
//! (population 1,143,754, margin of error 10 %: n = 99.99, so 100 respondents).

/// How close to a whole number a quotient must be to count as that number: N·e² goes
/// through binary floating point (0.1² is 0.010000000000000002), which can push an exact
/// quotient such as 24,000 / (1 + 24,000 · 0.015²) = 3,750 a hair above 3,750, and ceil
/// would then ask for one respondent too many.
const WHOLE_TOLERANCE: f64 = 1e-9;

/// The sample size for a population and a margin of error (0.10 for 10 %), rounded up;
/// `None` for an empty population or a margin outside (0, 1).
pub fn slovin(population: u64, margin: f64) -> Option<u64> {
    if population == 0 || !(margin > 0.0 && margin < 1.0) {
        return None;
    }
    let n = population as f64;
    let exact = n / (1.0 + n * margin * margin);
    let nearest = exact.round();
    let size = if (exact - nearest).abs() <= WHOLE_TOLERANCE * nearest.max(1.0) {
        nearest
    } else {
        exact.ceil()
    };
    // Never more than the population itself, and at least one respondent.
    Some((size as u64).clamp(1, population))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn palembang_sample() {
        assert_eq!(slovin(1_143_754, 0.10), Some(100));
    }

    #[test]
    fn exact_quotients_are_not_rounded_up() {
        // 400 / (1 + 400 x 0.0025) = 400 / 2 = 200; 1000 / (1 + 1000 x 0.01) = 90.9 -> 91.
        assert_eq!(slovin(400, 0.05), Some(200));
        assert_eq!(slovin(100, 0.10), Some(50));
        assert_eq!(slovin(1000, 0.10), Some(91));
        // 24000 / (1 + 24000 x 0.000225) = 24000 / 6.4 = 3750, which floating point
        // computes as 3750.0000000000005: a plain ceil would say 3751.
        let naive = 24_000f64 / (1.0 + 24_000f64 * 0.015 * 0.015);
        assert!(naive > 3750.0);
        assert_eq!(slovin(24_000, 0.015), Some(3750));
    }

    #[test]
    fn bad_inputs_give_none() {
        assert_eq!(slovin(0, 0.05), None);
        for margin in [0.0, 1.0, -0.1, 1.5, f64::NAN, f64::INFINITY] {
            assert_eq!(slovin(100, margin), None, "{margin}");
        }
        assert_eq!(slovin(1, 0.99), Some(1));
        assert_eq!(slovin(u64::MAX, 0.05), Some(400));
    }
}
