//! Numbers as the user reads them: a decimal comma in Indonesian (`3,50`), a dot in
//! English (`3.50`).
//!
//! Everything goes through integers: the scores are rounded exactly as the core rounds
//! them for banding (`scoring::round_half_up_cents`), so the shown `3,50` is the number
//! that was banded; and it keeps float formatting code out of the WebAssembly.

use crate::model::Lang;
use crate::scoring::round_half_up_cents;

fn separator(lang: Lang) -> char {
    match lang {
        Lang::Id => ',',
        Lang::En => '.',
    }
}

/// A score in hundredths, rounded half-up as for banding.
pub fn score_cents(score: f64) -> u32 {
    round_half_up_cents(score)
}

/// Hundredths as a decimal with two places: `350` is `3,50` / `3.50`.
pub fn fmt_cents(cents: u32, lang: Lang) -> String {
    let mut out = (cents / 100).to_string();
    out.push(separator(lang));
    let frac = cents % 100;
    if frac < 10 {
        out.push('0');
    }
    out.push_str(&frac.to_string());
    out
}

/// A 1-5 score with two decimals in the user's language.
pub fn fmt_score(score: f64, lang: Lang) -> String {
    fmt_cents(score_cents(score), lang)
}

/// A 1-5 score with two decimals and a dot, for `data-value` attributes and machines.
pub fn score_dot(score: f64) -> String {
    fmt_cents(score_cents(score), Lang::En)
}

/// Any finite number rounded half-up (away from zero) to `decimals` places (at most 4),
/// with trailing zeros kept: `fmt_decimal(62.5, 1, Id)` is `62,5`. Non-finite or absurdly
/// large input gives `–` rather than a panic or a wrong cast.
pub fn fmt_decimal(value: f64, decimals: u32, lang: Lang) -> String {
    let decimals = decimals.min(4);
    let scale = 10u64.pow(decimals);
    let scaled = (value.abs() * scale as f64 + 0.5 + 1e-9).floor();
    if !scaled.is_finite() || scaled >= 1e15 {
        return "–".to_string();
    }
    let scaled = scaled as u64;
    let mut out = String::new();
    if value < 0.0 && scaled != 0 {
        out.push('-');
    }
    out.push_str(&(scaled / scale).to_string());
    if decimals > 0 {
        out.push(separator(lang));
        let frac = (scaled % scale).to_string();
        for _ in frac.len()..decimals as usize {
            out.push('0');
        }
        out.push_str(&frac);
    }
    out
}

/// A percentage with one decimal, dropping a trailing `,0`: `62,5 %`, `50 %`.
/// Indonesian and English style guides both accept the space before `%`.
pub fn fmt_percent(percent: f64, lang: Lang) -> String {
    let mut out = fmt_decimal(percent, 1, lang);
    for tail in [",0", ".0"] {
        if let Some(stripped) = out.strip_suffix(tail) {
            out = stripped.to_string();
        }
    }
    out.push_str(" %");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_use_the_languages_separator() {
        assert_eq!(fmt_score(3.5, Lang::Id), "3,50");
        assert_eq!(fmt_score(3.5, Lang::En), "3.50");
        assert_eq!(fmt_score(1.0, Lang::Id), "1,00");
        assert_eq!(fmt_score(5.0, Lang::En), "5.00");
        assert_eq!(fmt_score(2.05, Lang::En), "2.05");
    }

    #[test]
    fn scores_round_as_the_core_bands_them() {
        // 3.495 must show as 3.50, as it is banded, not 3.49.
        assert_eq!(fmt_score(3.495, Lang::En), "3.50");
        assert_eq!(fmt_score(10.49 / 3.0, Lang::En), "3.50");
        assert_eq!(fmt_score(3.4949, Lang::En), "3.49");
        assert_eq!(score_dot(3.2222), "3.22");
        assert_eq!(score_dot(2.0 + 2.0 / 3.0), "2.67");
    }

    #[test]
    fn decimals_and_percentages() {
        assert_eq!(fmt_decimal(62.5, 1, Lang::Id), "62,5");
        assert_eq!(fmt_decimal(62.5, 0, Lang::En), "63");
        assert_eq!(fmt_decimal(0.125, 2, Lang::En), "0.13");
        assert_eq!(fmt_decimal(1.05, 2, Lang::Id), "1,05");
        assert_eq!(fmt_decimal(-0.5, 1, Lang::En), "-0.5");
        assert_eq!(fmt_decimal(-0.00001, 1, Lang::En), "0.0");
        assert_eq!(fmt_decimal(100.0 / 3.0, 1, Lang::Id), "33,3");
        assert_eq!(fmt_percent(62.5, Lang::Id), "62,5 %");
        assert_eq!(fmt_percent(50.0, Lang::Id), "50 %");
        assert_eq!(fmt_percent(50.0, Lang::En), "50 %");
        assert_eq!(fmt_percent(0.0, Lang::En), "0 %");
    }

    #[test]
    fn bad_numbers_never_panic() {
        for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e300, -1e300] {
            assert_eq!(fmt_decimal(v, 2, Lang::En), "–");
            let _ = fmt_percent(v, Lang::Id);
            let _ = fmt_score(v, Lang::Id);
        }
        assert_eq!(fmt_decimal(1.5, 99, Lang::En), "1.5000");
    }

    #[test]
    fn cents_keep_leading_zeros() {
        assert_eq!(fmt_cents(305, Lang::Id), "3,05");
        assert_eq!(fmt_cents(0, Lang::En), "0.00");
    }
}
