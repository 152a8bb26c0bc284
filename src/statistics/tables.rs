//! The statistics as CSV tables to open in a spreadsheet and paste into a report.
//!
//! One file per table: item statistics, reliability (each element's row followed by
//! its items' rows), and one file per kind of profile (two columns of one kind, e.g. two
//! unrecognised ones, share a file, each row naming its column). Indonesian files use
//! `;` and a decimal comma, as Excel in an Indonesian locale reads them; English files
//! `,` and a decimal point. Files start with a UTF-8 byte-order mark (without it Excel
//! reads UTF-8 as ANSI and garbles "≤" and names with accents) and end rows with CRLF.
//! Means, SDs, medians and modes have 2 decimals, r and alpha 3, the r table 4 (as
//! printed r tables do), percentages 1.

use super::profile::{ProfileBreakdown, ProfileKind};
use super::reliability::{ElementReliability, ItemTotal};
use super::{ItemStatistics, SurveyStatistics};
use crate::content;
use crate::format::{file_text, SpreadsheetCsv};
use crate::i18n::{fmt_cents, fmt_decimal};
use crate::model::{InstrumentId, Lang, Text};

/// The file stem of the item statistics table.
pub const ITEM_TABLE_STEM: Text = Text::new("statistik-butir", "item-statistics");
/// The file stem of the reliability table; profile tables use `ProfileKind::stem`.
pub const RELIABILITY_TABLE_STEM: Text = Text::new("reliabilitas", "reliability");

/// Every table of the statistics: (file stem, CSV text), items first, then reliability,
/// then the profile kinds in the order their first column appears.
pub fn tables_csv(statistics: &SurveyStatistics, lang: Lang) -> Vec<(&'static str, String)> {
    let mut files = vec![
        (
            ITEM_TABLE_STEM.get(lang),
            items_table(&statistics.items, lang),
        ),
        (
            RELIABILITY_TABLE_STEM.get(lang),
            reliability_table(&statistics.reliability, lang),
        ),
    ];
    let mut kinds: Vec<ProfileKind> = Vec::new();
    for profile in &statistics.profiles {
        if !kinds.contains(&profile.kind) {
            kinds.push(profile.kind);
        }
    }
    for kind in kinds {
        let of_kind = statistics.profiles.iter().filter(|p| p.kind == kind);
        files.push((kind.stem().get(lang), profile_table(of_kind, lang)));
    }
    files
}

/// A table's CSV, its header row written.
fn table(lang: Lang, header: &[Text]) -> SpreadsheetCsv {
    let mut csv = SpreadsheetCsv::new(lang);
    let cells: Vec<String> = header.iter().map(|h| h.get(lang).to_string()).collect();
    csv.row(&cells);
    csv
}

fn decimal(csv: &SpreadsheetCsv, value: Option<f64>, decimals: u32) -> String {
    value.map_or_else(String::new, |v| fmt_decimal(v, decimals, csv.lang))
}

fn yes_no(csv: &SpreadsheetCsv, value: Option<bool>) -> String {
    let text = match value {
        Some(true) => Text::new("Ya", "Yes"),
        Some(false) => Text::new("Tidak", "No"),
        None => return String::new(),
    };
    text.get(csv.lang).to_string()
}

/// An element key shown as the element's name when the app knows it (`support` ->
/// "Dukungan"); any other group as written.
fn group_label(group: &str, lang: Lang) -> String {
    let elements = InstrumentId::ALL
        .into_iter()
        .flat_map(|i| content::likert(i).elements);
    elements
        .into_iter()
        .find(|e| e.key == group)
        .map_or_else(|| file_text(group), |e| e.name.get(lang).to_string())
}

const ITEM_HEADER: [Text; 17] = [
    Text::new("Butir", "Item"),
    Text::new("Elemen", "Element"),
    Text::new("n", "n"),
    Text::new("Tidak dijawab", "Not answered"),
    Text::new("Di luar 1-5", "Outside 1-5"),
    Text::new("Rata-rata", "Mean"),
    Text::new("Simpangan baku", "Standard deviation"),
    Text::new("Median", "Median"),
    Text::new("Modus", "Mode"),
    Text::new("Modus ganda", "Tied mode"),
    Text::new("Jawaban 1", "Answer 1"),
    Text::new("Jawaban 2", "Answer 2"),
    Text::new("Jawaban 3", "Answer 3"),
    Text::new("Jawaban 4", "Answer 4"),
    Text::new("Jawaban 5", "Answer 5"),
    Text::new("Jawaban pecahan", "Fractional answers"),
    Text::new("Kategori", "Category"),
];

fn items_table(items: &[ItemStatistics], lang: Lang) -> String {
    let mut csv = table(lang, &ITEM_HEADER);
    for item in items {
        let mut cells = vec![
            file_text(&item.id),
            group_label(&item.group, lang),
            item.n.to_string(),
            item.not_answered.to_string(),
            item.out_of_range.to_string(),
            item.mean_cents
                .map_or_else(String::new, |c| fmt_cents(c, lang)),
            decimal(&csv, item.sd, 2),
            decimal(&csv, item.median, 2),
            decimal(&csv, item.mode.map(|m| m.value), 2),
            yes_no(&csv, item.mode.map(|m| m.tied)),
        ];
        let distribution = &item.distribution;
        cells.extend(distribution.points.iter().map(usize::to_string));
        cells.push(distribution.fractional.to_string());
        let category = item.category.map(|c| c.label().get(lang));
        cells.push(category.unwrap_or_default().to_string());
        csv.row(&cells);
    }
    csv.finish()
}

const RELIABILITY_HEADER: [Text; 10] = [
    Text::new("Elemen", "Element"),
    Text::new("Butir", "Item"),
    Text::new("n", "n"),
    Text::new("Jumlah butir", "Items"),
    Text::new("r tabel (5%)", "r table (5%)"),
    Text::new(
        "r hitung (butir-total terkoreksi)",
        "Corrected item-total r",
    ),
    Text::new("Valid", "Valid"),
    Text::new("Alpha jika butir dihapus", "Alpha if item deleted"),
    Text::new("Alpha Cronbach", "Cronbach's alpha"),
    Text::new("Keterangan", "Remark"),
];

fn reliability_table(elements: &[ElementReliability], lang: Lang) -> String {
    let mut csv = table(lang, &RELIABILITY_HEADER);
    for element in elements {
        let group = group_label(&element.group, lang);
        let remark = match (element.reliable, element.alpha_undefined) {
            (Some(true), _) => Text::new("Reliabel", "Reliable"),
            (Some(false), _) => Text::new("Tidak reliabel", "Not reliable"),
            (None, Some(why)) => why.label(),
            (None, None) => Text::new("", ""),
        };
        csv.row(&[
            group.clone(),
            String::new(),
            element.respondents_used.to_string(),
            element.items.to_string(),
            decimal(&csv, element.r_table, 4),
            String::new(),
            String::new(),
            String::new(),
            decimal(&csv, element.alpha, 3),
            remark.get(lang).to_string(),
        ]);
        for item in &element.item_total {
            let row = item_total_row(&csv, &group, item);
            csv.row(&row);
        }
    }
    csv.finish()
}

fn item_total_row(csv: &SpreadsheetCsv, group: &str, item: &ItemTotal) -> Vec<String> {
    let validity = match item.valid {
        Some(true) => Text::new("Valid", "Valid"),
        Some(false) => Text::new("Tidak valid", "Not valid"),
        None => Text::new("", ""),
    };
    vec![
        group.to_string(),
        file_text(&item.id),
        String::new(),
        String::new(),
        String::new(),
        decimal(csv, item.r, 3),
        validity.get(csv.lang).to_string(),
        decimal(csv, item.alpha_if_deleted, 3),
        String::new(),
        String::new(),
    ]
}

const PROFILE_HEADER: [Text; 4] = [
    Text::new("Kolom", "Column"),
    Text::new("Kategori", "Category"),
    Text::new("Jumlah", "Count"),
    Text::new("Persen (%)", "Percent (%)"),
];

/// Each column's categories, then its total (100 %) and its blanks (no percentage:
/// percentages are of those who answered).
fn profile_table<'a>(profiles: impl Iterator<Item = &'a ProfileBreakdown>, lang: Lang) -> String {
    let mut csv = table(lang, &PROFILE_HEADER);
    for profile in profiles {
        let column = file_text(&profile.header);
        for category in &profile.categories {
            let label = match category.age_range {
                Some(range) => range.label().get(lang).to_string(),
                None => file_text(&category.label),
            };
            let percent = decimal(&csv, Some(category.percent), 1);
            csv.row(&[column.clone(), label, category.count.to_string(), percent]);
        }
        let total = Text::new("Jumlah", "Total").get(lang).to_string();
        let hundred = decimal(&csv, Some(100.0), 1);
        csv.row(&[column.clone(), total, profile.answered.to_string(), hundred]);
        let blank = Text::new("Tidak dijawab", "Not answered")
            .get(lang)
            .to_string();
        csv.row(&[column, blank, profile.blank.to_string(), String::new()]);
    }
    csv.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_groups_show_element_names() {
        assert_eq!(group_label("support", Lang::Id), "Dukungan");
        assert_eq!(group_label("nature", Lang::En), "Nature");
        assert_eq!(group_label("mine", Lang::En), "mine");
    }
}
