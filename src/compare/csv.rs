//! The comparison as a CSV table: one row per assessment, for a spreadsheet or a report.
//!
//! The conventions of the survey statistics tables (`statistics::tables`): Indonesian
//! files use `;` and a decimal comma, as Excel in an Indonesian locale reads them; English
//! files `,` and a decimal point; a UTF-8 byte-order mark (without it Excel reads UTF-8 as
//! ANSI and garbles accented names) and CRLF row ends; cells quoted per RFC 4180; text
//! from the files starting like a formula gets a leading apostrophe. Scores have the two
//! decimals the app shows, rounded half up exactly as they are banded.

use super::comparison::{Column, Comparison};
use crate::content;
use crate::format::{file_text, SpreadsheetCsv};
use crate::i18n::fmt_cents;
use crate::model::{InstrumentId, Lang, Text};
use crate::scoring::round_half_up_cents;

/// Label, region, unit, date; per instrument its index, level and predicate; every
/// element's score (Support / Capacity / Value, then E-readiness); the achieved stage
/// and its name. Cells with no value are empty.
pub fn comparison_csv(comparison: &Comparison, lang: Lang) -> String {
    let mut csv = SpreadsheetCsv::new(lang);
    csv.row(&header(lang));
    for column in &comparison.columns {
        csv.row(&cells(column, lang));
    }
    csv.finish()
}

const FIRST_HEADERS: [Text; 4] = [
    Text::new("Label", "Label"),
    Text::new("Daerah", "Region"),
    Text::new("Unit kerja", "Unit"),
    Text::new("Tanggal", "Date"),
];

/// Index, level and predicate headers of each instrument.
fn instrument_headers(instrument: InstrumentId) -> [Text; 3] {
    match instrument {
        InstrumentId::Scv => [
            Text::new(
                "Indeks Dukungan/Kapasitas/Nilai",
                "Support/Capacity/Value index",
            ),
            Text::new(
                "Tingkat Dukungan/Kapasitas/Nilai",
                "Support/Capacity/Value level",
            ),
            Text::new(
                "Predikat Dukungan/Kapasitas/Nilai",
                "Support/Capacity/Value predicate",
            ),
        ],
        InstrumentId::Ereadiness => [
            Text::new("Indeks e-readiness", "E-readiness index"),
            Text::new("Tingkat e-readiness", "E-readiness level"),
            Text::new("Predikat e-readiness", "E-readiness predicate"),
        ],
    }
}

const STAGE_HEADERS: [Text; 2] = [
    Text::new("Tahap tercapai", "Achieved stage"),
    Text::new("Nama tahap", "Stage name"),
];

const STAGE_ZERO: Text = Text::new("Belum mencapai tahap 1", "Not yet at stage 1");

fn header(lang: Lang) -> Vec<String> {
    let mut texts: Vec<Text> = FIRST_HEADERS.to_vec();
    for instrument in InstrumentId::ALL {
        texts.extend(instrument_headers(instrument));
    }
    for instrument in InstrumentId::ALL {
        texts.extend(content::likert(instrument).elements.iter().map(|e| e.name));
    }
    texts.extend(STAGE_HEADERS);
    texts.iter().map(|t| t.get(lang).to_string()).collect()
}

fn cells(column: &Column, lang: Lang) -> Vec<String> {
    let profile = &column.profile;
    let mut cells = vec![
        file_text(&column.label),
        file_text(&profile.region),
        file_text(&profile.unit),
        file_text(&profile.date),
    ];
    let score = |value: Option<f64>| {
        value.map_or_else(String::new, |v| fmt_cents(round_half_up_cents(v), lang))
    };
    for instrument in InstrumentId::ALL {
        let summary = column.likert(instrument);
        cells.push(score(summary.index));
        cells.push(summary.level.map_or_else(String::new, |l| l.to_string()));
        let predicate = summary.predicate.map(|p| p.get(lang));
        cells.push(predicate.unwrap_or_default().to_string());
    }
    for instrument in InstrumentId::ALL {
        cells.extend(column.likert(instrument).elements.iter().map(|&e| score(e)));
    }
    cells.push(column.stage.map_or_else(String::new, |s| s.to_string()));
    cells.push(
        column
            .stage
            .map_or_else(String::new, |s| stage_name(s, lang)),
    );
    cells
}

fn stage_name(stage: u8, lang: Lang) -> String {
    let name = match stage {
        0 => Some(STAGE_ZERO),
        n => content::stages()
            .stages
            .iter()
            .find(|s| s.number == n)
            .map(|s| s.name),
    };
    name.map_or_else(String::new, |t| t.get(lang).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_names_in_both_languages() {
        assert_eq!(stage_name(0, Lang::En), "Not yet at stage 1");
        assert_eq!(stage_name(2, Lang::En), "Enhanced");
        assert_eq!(stage_name(9, Lang::Id), "");
    }
}
