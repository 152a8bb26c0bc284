//! Rule 4: a score is banded after rounding half-up to two decimals, exactly.

use crate::model::{Band, BandSet};

/// How far below a half-hundredth a computed score may land and still count as it.
///
/// Scores are means of answers, so they are rationals with small denominators; binary
/// floating point can leave such a value a few ulps (~1e-15) under its true value: the
/// Support element of S1 = 3.21 and S2 = 3.78 computes as 3.4949999999999997, not 3.495
/// (tests/scoring_examples.rs builds such cases). A distinct rational p/q lies at least
/// 1/(200q) from any half-hundredth, which exceeds this tolerance for every q below
/// 5 * 10^6: far beyond any denominator a survey of real respondents produces.
const HALF_CENT_TOLERANCE: f64 = 1e-9;

/// The score in hundredths, rounded half-up: 3.495 -> 350, 3.4949 -> 349.
pub fn round_half_up_cents(score: f64) -> u32 {
    let hundredths = score * 100.0;
    // Clamped to the Likert range so no input can make the cast misbehave.
    (hundredths + 0.5 + HALF_CENT_TOLERANCE * 100.0)
        .floor()
        .clamp(0.0, 500.0) as u32
}

/// The band a score falls in: the last band whose lower bound the rounded score reaches.
pub fn band_for(score: f64, set: &'static BandSet) -> &'static Band {
    let cents = round_half_up_cents(score);
    set.bands
        .iter()
        .rev()
        .find(|band| cents >= band.lower_cents)
        .unwrap_or(&set.bands[0])
}

/// Percent of the way from 1 (0 %) to 5 (100 %).
pub fn percent(score: f64) -> f64 {
    (score - 1.0) / 4.0 * 100.0
}
