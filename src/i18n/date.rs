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
    let (year, month, day) = (&iso[..4], &iso[5..7], &iso[8..10]);
    let month = month.parse::<usize>().unwrap_or(1).clamp(1, 12) - 1;
    let months = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    [day.trim_start_matches('0'), " ", months[month], " ", year].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

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
