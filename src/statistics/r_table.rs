//! The r table (*tabel r*): the smallest Pearson r significant at 5 %, two-tailed, for
//! df = n - 2, computed exactly rather than copied from a printed table.
//!
//! Under the null hypothesis t = r·√df / √(1 - r²) follows Student's t with df degrees of
//! freedom, whose two-tailed p-value is the regularized incomplete beta
//! I_x(df/2, 1/2) with x = df / (df + t²). The critical t solves p = 0.05 (found by
//! bisection on x, where p is increasing), and r = t / √(df + t²).

/// The significance level of the r table kajian reports use: 5 %, two-tailed.
pub const SIGNIFICANCE: f64 = 0.05;

/// Above this df the t distribution is the normal one to far better than the table's
/// four decimals; the asymptotic series below avoids a slow continued fraction there.
const LARGE_DF: u64 = 1_000_000;
/// The normal distribution's two-tailed 5 % point, z(0.975).
const Z_975: f64 = 1.959_963_984_540_054;

/// The critical r at 5 %, two-tailed, for `df` degrees of freedom (n - 2 for n
/// respondents); `None` for df = 0.
pub fn r_table(df: u64) -> Option<f64> {
    let t = t_critical(df, SIGNIFICANCE)?;
    let df = df as f64;
    Some(t / (df + t * t).sqrt())
}

/// The two-tailed critical t of Student's distribution: P(|T| > t) = `significance`.
/// `None` for df = 0 or a significance outside (0, 1).
pub fn t_critical(df: u64, significance: f64) -> Option<f64> {
    if df == 0 || !(significance > 0.0 && significance < 1.0) {
        return None;
    }
    if df > LARGE_DF && significance == SIGNIFICANCE {
        return Some(cornish_fisher_t(df as f64));
    }
    let (a, b) = (df as f64 / 2.0, 0.5);
    // p(x) = I_x(a, b) rises from 0 at x = 0 (t infinite) to 1 at x = 1 (t = 0).
    let (mut low, mut high) = (0.0f64, 1.0f64);
    for _ in 0..200 {
        let mid = 0.5 * (low + high);
        if mid <= low || mid >= high {
            break;
        }
        if regularized_beta(a, b, mid) < significance {
            low = mid;
        } else {
            high = mid;
        }
    }
    let x = 0.5 * (low + high);
    Some((df as f64 * (1.0 - x) / x).sqrt())
}

/// Student's 5 % two-tailed t for a large df: z + g1/df + g2/df² (Cornish-Fisher), whose
/// next term is below 1e-17 for df above `LARGE_DF`.
fn cornish_fisher_t(df: f64) -> f64 {
    let z = Z_975;
    let g1 = (z.powi(3) + z) / 4.0;
    let g2 = (5.0 * z.powi(5) + 16.0 * z.powi(3) + 3.0 * z) / 96.0;
    z + g1 / df + g2 / (df * df)
}

/// I_x(a, b), the regularized incomplete beta function (Numerical Recipes, 6.4): the
/// continued fraction converges fast on the side of the mean, so the other side uses
/// the symmetry I_x(a, b) = 1 - I_{1-x}(b, a).
fn regularized_beta(a: f64, b: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let ln_front = ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln();
    let front = ln_front.exp();
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_fraction(a, b, x) / a
    } else {
        1.0 - front * beta_fraction(b, a, 1.0 - x) / b
    }
}

/// The continued fraction of the incomplete beta, by the modified Lentz method.
fn beta_fraction(a: f64, b: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    const EPS: f64 = 1e-15;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let guard = |v: f64| if v.abs() < TINY { TINY } else { v };
    let mut c = 1.0;
    let mut d = 1.0 / guard(1.0 - qab * x / qap);
    let mut h = d;
    for m in 1..=20_000 {
        let m = m as f64;
        let m2 = 2.0 * m;
        let even = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 / guard(1.0 + even * d);
        c = guard(1.0 + even / c);
        h *= d * c;
        let odd = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 / guard(1.0 + odd * d);
        c = guard(1.0 + odd / c);
        let step = d * c;
        h *= step;
        if (step - 1.0).abs() < EPS {
            break;
        }
    }
    h
}

/// ln Γ(x) for x > 0: Lanczos' approximation (g = 7, 9 terms), about 15 digits.
fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const COEF: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Reflection: Γ(x)Γ(1-x) = π / sin(πx). Only b = 1/2 comes here.
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut sum = COEF[0];
    for (i, coef) in COEF.iter().enumerate().skip(1) {
        sum += coef / (x + i as f64);
    }
    let t = x + G + 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ln_gamma_matches_factorials() {
        assert!((ln_gamma(1.0)).abs() < 1e-13);
        assert!((ln_gamma(5.0) - 24f64.ln()).abs() < 1e-12);
        assert!((ln_gamma(0.5) - std::f64::consts::PI.sqrt().ln()).abs() < 1e-12);
        assert!((ln_gamma(50.5) - 146.519_255_490_720_6).abs() < 1e-9);
    }

    #[test]
    fn t_critical_matches_published_t_tables() {
        // t(0.975; df) from any t table.
        let published = [
            (1, 12.706),
            (2, 4.303),
            (5, 2.571),
            (10, 2.228),
            (30, 2.042),
            (120, 1.980),
        ];
        for (df, t) in published {
            let got = t_critical(df, SIGNIFICANCE).unwrap();
            assert!((got - t).abs() < 5e-4, "df {df}: {got}");
        }
    }

    #[test]
    fn large_df_joins_the_series_smoothly() {
        let exact = t_critical(LARGE_DF, SIGNIFICANCE).unwrap();
        let series = cornish_fisher_t(LARGE_DF as f64);
        assert!((exact - series).abs() < 1e-9, "{exact} vs {series}");
        let r = r_table(u64::MAX).unwrap();
        assert!(r > 0.0 && r < 1e-9);
    }

    #[test]
    fn undefined_inputs() {
        assert_eq!(r_table(0), None);
        assert_eq!(t_critical(5, 0.0), None);
        assert_eq!(t_critical(5, 1.0), None);
        assert_eq!(t_critical(5, f64::NAN), None);
    }

    #[test]
    fn other_significance_levels() {
        // t(0.995; 10) = 3.169, t(0.95; 20) = 1.725.
        assert!((t_critical(10, 0.01).unwrap() - 3.169).abs() < 5e-4);
        assert!((t_critical(20, 0.10).unwrap() - 1.725).abs() < 5e-4);
    }
}
