//! Dates as people write them: `5 Maret 2024` in Indonesian, `5 March 2024` in English,
//! never the ISO form the profile stores (`2024-03-05`). Text that is not a real
//! `YYYY-MM-DD` date (a link may carry anything) is shown as it is.

use crate::model::{is_real_date, Lang};

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `2024-03-05` as `5 Maret 2024` (id) or `5 March 2024` (en).
pub fn fmt_date(iso: &str, lang: Lang) -> String {
    if !is_real_date(iso) {
        return iso.to_string();
    }
    // `get`, not indexing: the date is checked, and the first load carries no panic path.
    let part = |range: std::ops::Range<usize>| iso.get(range).unwrap_or_default();
    let (year, month, day) = (part(0..4), part(5..7), part(8..10));
    let months = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    let month = month.parse::<usize>().unwrap_or(1);
    let month = months
        .get(month.wrapping_sub(1))
        .copied()
        .unwrap_or_default();
    [day.trim_start_matches('0'), " ", month, " ", year].concat()
}

/// The UTC day of `ms` milliseconds since 1970 as `YYYY-MM-DD` (the civil calendar from
/// a day count, after Howard Hinnant's `civil_from_days`).
pub fn date_of_millis(ms: u64) -> String {
    let days = (ms / 86_400_000) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_stamp_reads_as_its_day() {
        assert_eq!(date_of_millis(0), "1970-01-01");
        assert_eq!(date_of_millis(951_782_400_000), "2000-02-29");
        assert_eq!(date_of_millis(1_709_164_799_999), "2024-02-28");
        assert_eq!(date_of_millis(1_709_164_800_000), "2024-02-29");
        assert_eq!(date_of_millis(1_798_675_200_000), "2026-12-31");
    }

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(fmt_date("2024-03-05", Lang::Id), "5 Maret 2024");
        assert_eq!(fmt_date("2024-03-05", Lang::En), "5 March 2024");
        assert_eq!(fmt_date("2023-12-31", Lang::Id), "31 Desember 2023");
        assert_eq!(fmt_date("2024-02-29", Lang::Id), "29 Februari 2024");
    }

    #[test]
    fn anything_else_is_shown_as_it_is() {
        for text in ["", "2023-02-29", "kemarin", "2024-13-01", "<b>"] {
            assert_eq!(fmt_date(text, Lang::Id), text);
        }
    }
}
