//! The one rule for a date, used by the form, the autosave, imports, surveys and the CLI:
//! `YYYY-MM-DD` naming a day that exists (2024-02-29 does, 2023-02-30 does not).

/// True for `YYYY-MM-DD` naming a real day of a year from 1 to 9999.
pub fn is_real_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    // Digit by digit: `str::parse` would accept a `+`, and costs the first load bytes.
    let number = |from: usize, to: usize| {
        b.get(from..to)?.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    match (number(0, 4), number(5, 7), number(8, 10)) {
        (Some(year), Some(month), Some(day)) => {
            year >= 1
                && (1..=12).contains(&month)
                && (1..=days_in_month(year, month)).contains(&day)
        }
        _ => false,
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_days_that_exist() {
        for ok in [
            "2024-02-29",
            "2000-02-29",
            "2023-12-31",
            "0001-01-01",
            "2024-04-30",
        ] {
            assert!(is_real_date(ok), "{ok}");
        }
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2023-02-30",
            "2024-04-31",
            "2024-13-01",
            "2024-00-10",
            "2024-01-00",
            "0000-01-01",
            "2024-1-01",
            "+024-01-01",
            "2024/01/01",
            "",
            "2024-01-011",
        ] {
            assert!(!is_real_date(bad), "{bad}");
        }
    }
}
