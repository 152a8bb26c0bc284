//! Respondent profile (*profil responden*): which extra columns describe respondents,
//! and how many respondents fall in each category.
//!
//! A column is a profile when its header names one (Indonesian or English, ignoring
//! case, spacing and punctuation), or when it has few distinct answers (at most
//! `MAX_PROFILE_VALUES`, and fewer than half the respondents who filled it in), unless
//! its header says it identifies a person or a moment (timestamp, e-mail, name, phone).
//! Numeric ages are grouped into the ranges the Palembang 2023 study reports; other
//! answers are grouped ignoring case and surrounding or repeated spaces, labelled with
//! the first spelling seen, and sorted by count, then label.

pub use super::age::AgeRange;
pub use super::headers::profile_kind;

use super::age::age_years;
use super::headers::unnamed_candidate;
use super::ExtraColumn;
use crate::model::Text;
use std::collections::HashMap;

/// The most distinct answers an unnamed column may have to count as a profile.
pub const MAX_PROFILE_VALUES: usize = 12;

/// What a profile column describes; `Other` is an unnamed column with few values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileKind {
    Age,
    Gender,
    Education,
    Occupation,
    Position,
    District,
    Village,
    Agency,
    Other,
}

impl ProfileKind {
    pub fn key(self) -> &'static str {
        match self {
            ProfileKind::Age => "age",
            ProfileKind::Gender => "gender",
            ProfileKind::Education => "education",
            ProfileKind::Occupation => "occupation",
            ProfileKind::Position => "position",
            ProfileKind::District => "district",
            ProfileKind::Village => "village",
            ProfileKind::Agency => "agency",
            ProfileKind::Other => "other",
        }
    }

    pub fn label(self) -> Text {
        match self {
            ProfileKind::Age => Text::new("Usia", "Age"),
            ProfileKind::Gender => Text::new("Jenis kelamin", "Gender"),
            ProfileKind::Education => Text::new("Pendidikan terakhir", "Education"),
            ProfileKind::Occupation => Text::new("Pekerjaan", "Occupation"),
            ProfileKind::Position => Text::new("Jabatan", "Position"),
            ProfileKind::District => Text::new("Kecamatan", "District"),
            ProfileKind::Village => Text::new("Kelurahan/desa", "Village"),
            ProfileKind::Agency => Text::new("Perangkat daerah/unit kerja", "Agency"),
            ProfileKind::Other => Text::new("Lainnya", "Other"),
        }
    }

    /// The CSV file stem of this kind's table (`tables_csv`).
    pub fn stem(self) -> Text {
        match self {
            ProfileKind::Age => Text::new("profil-usia", "profile-age"),
            ProfileKind::Gender => Text::new("profil-jenis-kelamin", "profile-gender"),
            ProfileKind::Education => Text::new("profil-pendidikan", "profile-education"),
            ProfileKind::Occupation => Text::new("profil-pekerjaan", "profile-occupation"),
            ProfileKind::Position => Text::new("profil-jabatan", "profile-position"),
            ProfileKind::District => Text::new("profil-kecamatan", "profile-district"),
            ProfileKind::Village => Text::new("profil-kelurahan", "profile-village"),
            ProfileKind::Agency => Text::new("profil-instansi", "profile-agency"),
            ProfileKind::Other => Text::new("profil-lainnya", "profile-other"),
        }
    }
}

/// One profile column's breakdown.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProfileBreakdown {
    /// The column's header, trimmed.
    pub header: String,
    pub kind: ProfileKind,
    /// Respondents with a non-blank answer: the base of the percentages.
    pub answered: usize,
    /// Respondents who left it blank.
    pub blank: usize,
    pub categories: Vec<ProfileCategory>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProfileCategory {
    /// The first spelling seen (trimmed), or an age range's key.
    pub label: String,
    /// Set for the age ranges, which are labelled in the reader's language.
    pub age_range: Option<AgeRange>,
    pub count: usize,
    /// count / answered x 100.
    pub percent: f64,
}

/// Every extra column that is a respondent profile, in file order. Columns nobody
/// filled in have nothing to break down and are left out.
pub fn profiles(extras: &[ExtraColumn], respondents: usize) -> Vec<ProfileBreakdown> {
    extras
        .iter()
        .filter_map(|column| breakdown(column, respondents))
        .collect()
}

fn breakdown(column: &ExtraColumn, respondents: usize) -> Option<ProfileBreakdown> {
    let named = profile_kind(&column.header);
    let limit = match named {
        Some(_) => None,
        None if unnamed_candidate(&column.header) => Some(MAX_PROFILE_VALUES),
        None => return None,
    };
    let kind = named.unwrap_or(ProfileKind::Other);
    let tally = Tally::count(&column.values, kind == ProfileKind::Age, limit)?;
    let answered = tally.answered;
    if answered == 0 || (named.is_none() && 2 * tally.distinct() >= answered) {
        return None;
    }
    Some(ProfileBreakdown {
        header: column.header.trim().to_string(),
        kind,
        answered,
        blank: respondents.max(column.values.len()) - answered,
        categories: tally.categories(),
    })
}

/// Counts per category of one column.
struct Tally {
    answered: usize,
    ages: Option<[usize; 5]>,
    /// Normalised answer, first spelling, count.
    texts: Vec<(String, String, usize)>,
}

impl Tally {
    /// `None` when more than `limit` distinct answers turn up (checked as it goes, so a
    /// free-text column of 10,000 answers is abandoned early).
    fn count(values: &[String], ages: bool, limit: Option<usize>) -> Option<Tally> {
        let mut tally = Tally {
            answered: 0,
            ages: None,
            texts: Vec::new(),
        };
        let mut index: HashMap<String, usize> = HashMap::new();
        for value in values {
            let trimmed = value.trim();
            if trimmed.is_empty() {
                continue;
            }
            tally.answered += 1;
            if let Some(years) = ages.then(|| age_years(trimmed)).flatten() {
                tally.ages.get_or_insert([0; 5])[AgeRange::of(years) as usize] += 1;
                continue;
            }
            let key = normalise(trimmed);
            match index.get(&key) {
                Some(&i) => tally.texts[i].2 += 1,
                None => {
                    index.insert(key.clone(), tally.texts.len());
                    tally.texts.push((key, trimmed.to_string(), 1));
                    if limit.is_some_and(|max| tally.distinct() > max) {
                        return None;
                    }
                }
            }
        }
        Some(tally)
    }

    fn distinct(&self) -> usize {
        let ranges = self
            .ages
            .map_or(0, |a| a.iter().filter(|&&c| c > 0).count());
        ranges + self.texts.len()
    }

    /// Age ranges first, all five in order; then texts by count, then label.
    fn categories(mut self) -> Vec<ProfileCategory> {
        let answered = self.answered;
        let percent = |count: usize| count as f64 * 100.0 / answered as f64;
        let ranges = self.ages.into_iter().flat_map(|counts| {
            AgeRange::ALL.into_iter().map(move |range| ProfileCategory {
                label: range.key().to_string(),
                age_range: Some(range),
                count: counts[range as usize],
                percent: percent(counts[range as usize]),
            })
        });
        let mut out: Vec<ProfileCategory> = ranges.collect();
        self.texts
            .sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        out.extend(
            self.texts
                .into_iter()
                .map(|(_, label, count)| ProfileCategory {
                    label,
                    age_range: None,
                    count,
                    percent: percent(count),
                }),
        );
        out
    }
}

/// Lowercase with runs of whitespace made one space: "Laki  Laki" = "laki laki".
fn normalise(value: &str) -> String {
    value
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(header: &str, values: &[&str]) -> ExtraColumn {
        ExtraColumn {
            header: header.into(),
            values: values.iter().map(|v| v.to_string()).collect(),
        }
    }

    #[test]
    fn unnamed_columns_need_few_values() {
        let values = [
            "III/a", "III/b", "iii/a ", "IV/a", "III/b", "III/a", "", "IV/a",
        ];
        let few = column("Golongan", &values);
        let taken = profiles(&[few], 8);
        assert_eq!(taken.len(), 1);
        assert_eq!(taken[0].kind, ProfileKind::Other);
        assert_eq!(taken[0].categories[0].label, "III/a");
        assert_eq!((taken[0].answered, taken[0].blank), (7, 1));
        // 3 distinct answers of 6: not fewer than half.
        let six = column("Golongan", &values[..6]);
        assert!(profiles(&[six], 6).is_empty());
        let many = column("Golongan", &["a", "b", "c", "d", "a"]);
        assert!(profiles(&[many], 5).is_empty());
        let names = column("Nama", &["Ani", "Budi", "Ani", "Ani", "Budi"]);
        assert!(profiles(&[names], 5).is_empty());
        let thirteen: Vec<String> = (0..13)
            .flat_map(|i| [i.to_string(), i.to_string(), i.to_string()])
            .collect();
        let wide = ExtraColumn {
            header: "Kode".into(),
            values: thirteen,
        };
        assert!(profiles(&[wide], 39).is_empty());
    }

    #[test]
    fn empty_columns_are_left_out() {
        let blank = column("Jenis kelamin", &["", "  "]);
        assert!(profiles(&[blank], 2).is_empty());
        assert!(profiles(&[column("", &[])], 0).is_empty());
    }
}
