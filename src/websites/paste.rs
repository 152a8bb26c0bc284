//! Rows pasted from a spreadsheet or a study's table into the inventory: one site a line,
//! columns `name, address, status[, updated]`, separated by tabs (what Excel, Google
//! Sheets and LibreOffice copy), or by `;` or `,` (a CSV file opened as text). A leading
//! row number (`1.`) and a header row are left out; an address written `-` means the
//! agency has no site (the Soppeng table's RSUD). Every line that cannot be read is
//! named with why, and the others still come in.

use super::{Website, MAX_SITES};
use crate::model::{Lang, Text};
use crate::survey::csv::records;

/// What a paste gives.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Pasted {
    pub sites: Vec<Website>,
    /// Lines not read, with why.
    pub skipped: Vec<Skipped>,
    /// Sites with an address and no status: taken as not active, for the user to check.
    pub without_status: usize,
    /// Sites left out because the inventory would hold more than `MAX_SITES`.
    pub over_limit: usize,
}

/// A line not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// 1-based, as the user counts the pasted lines.
    pub line: usize,
    /// The status word that is neither active nor inactive.
    pub word: String,
}

impl Skipped {
    pub fn message(&self, lang: Lang) -> String {
        let text = Text::new(
            "Baris {0} dilewati: status \"{1}\" tidak dikenali (tulis Aktif atau Tidak aktif).",
            "Line {0} skipped: status \"{1}\" not recognised (write Active or Inactive).",
        );
        text.get(lang)
            .replace("{0}", &self.line.to_string())
            .replace("{1}", &self.word)
    }
}

/// Reads `text` into sites, at most `room` of them.
pub fn parse_pasted(text: &str, room: usize) -> Pasted {
    let mut out = Pasted::default();
    let room = room.min(MAX_SITES);
    let records = records(text, separator(text));
    let lines: Vec<(usize, Vec<&str>)> = records
        .iter()
        .map(|record| {
            let mut fields: Vec<&str> = record.fields.iter().map(|f| f.trim()).collect();
            while fields.last() == Some(&"") {
                fields.pop();
            }
            (record.line, fields)
        })
        .filter(|(_, fields)| !fields.is_empty())
        .collect();
    let start = usize::from(lines.first().is_some_and(|(_, f)| is_header(f)));
    let lines = lines.get(start..).unwrap_or_default();
    // A table numbers its rows in the first column, and leaves it empty on the second
    // site of the same agency (Soppeng's Dinas Sosial).
    let numbered = lines
        .iter()
        .filter(|(_, f)| f.len() >= 3 && is_row_number(f[0]))
        .count();
    let numbered = numbered * 2 >= lines.len() && numbered > 0;
    for (line, fields) in lines {
        let fields = if numbered && fields.len() >= 3 {
            &fields[1..]
        } else {
            &fields[..]
        };
        match site_of(fields) {
            Ok((site, has_status)) => {
                if out.sites.len() >= room {
                    out.over_limit += 1;
                    continue;
                }
                out.without_status += usize::from(site.has_site() && !has_status);
                out.sites.push(site);
            }
            Err(word) => out.skipped.push(Skipped {
                line: *line,
                word: word.to_string(),
            }),
        }
    }
    out
}

/// The site of one line's fields, and whether it gave a status; else the status word
/// that is not one.
fn site_of<'a>(fields: &[&'a str]) -> Result<(Website, bool), &'a str> {
    let (name, address) = match fields {
        [one] if looks_like_address(one) => ("", *one),
        [one] => (*one, ""),
        [name, address, ..] => (*name, *address),
        [] => ("", ""),
    };
    let address = if is_dash(address) { "" } else { address };
    let status = fields.get(2).copied().filter(|s| !s.is_empty());
    let updated = fields.get(3).copied().filter(|s| !s.is_empty());
    let active = match status {
        // No site: its status (often `-`) says nothing.
        _ if address.is_empty() => false,
        Some(word) => flag(word).ok_or(word)?,
        None => false,
    };
    let updated = match updated {
        _ if address.is_empty() => false,
        Some(word) => flag(word).ok_or(word)?,
        None => false,
    };
    let has_status = status.is_some();
    Ok((Website::new(name, address, active, updated), has_status))
}

/// Tabs when the text has any (a spreadsheet's copy), else `;` when a line has one
/// (Excel's CSV in the Indonesian locale), else `,`.
fn separator(text: &str) -> char {
    if text.contains('\t') {
        '\t'
    } else if text.contains(';') {
        ';'
    } else {
        ','
    }
}

/// A yes/no word in either language, as a status or an "updated" column writes it.
fn flag(word: &str) -> Option<bool> {
    const YES: [&str; 12] = [
        "aktif", "active", "ya", "yes", "y", "1", "v", "✓", "✔", "true", "benar", "sudah",
    ];
    const NO: [&str; 16] = [
        "tidak aktif",
        "tidak",
        "nonaktif",
        "non aktif",
        "non-aktif",
        "inactive",
        "not active",
        "no",
        "n",
        "0",
        "x",
        "✗",
        "false",
        "mati",
        "belum",
        "-",
    ];
    let word = word.trim().trim_end_matches('.').to_lowercase();
    let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
    if YES.contains(&word.as_str()) {
        Some(true)
    } else if NO.contains(&word.as_str()) {
        Some(false)
    } else {
        None
    }
}

fn is_row_number(field: &str) -> bool {
    let digits = field.trim_end_matches('.');
    !digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit())
}

fn is_dash(field: &str) -> bool {
    matches!(field, "-" | "–" | "—" | "")
}

fn looks_like_address(field: &str) -> bool {
    field.contains('.') && !field.contains(' ')
}

/// A first line naming its columns: two of them a column header's word, and no status.
fn is_header(fields: &[&str]) -> bool {
    const WORDS: [&str; 12] = [
        "nama", "name", "alamat", "address", "link", "url", "situs", "website", "status", "skpd",
        "opd", "no",
    ];
    let named = fields
        .iter()
        .filter(|f| {
            let f = f.to_lowercase();
            WORDS
                .iter()
                .any(|w| f.split_whitespace().any(|part| part == *w))
        })
        .count();
    named >= 2 && fields.get(2).is_none_or(|s| flag(s).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::websites::Tally;

    #[test]
    fn a_spreadsheet_copy_with_numbers_a_header_and_an_agency_without_a_site() {
        let text = "No\tNama SKPD\tLink\tStatus\n\
                    1.\tSekretariat Daerah\tsetda.example.go.id\tTidak aktif\n\
                    3.\tInspektorat Daerah\tinspektorat.example.go.id\tAktif\tYa\n\
                    11.\tRSUD Latemmamala\t-\t-\n";
        let pasted = parse_pasted(text, MAX_SITES);
        assert!(pasted.skipped.is_empty(), "{:?}", pasted.skipped);
        assert_eq!(pasted.sites.len(), 3);
        assert_eq!(
            pasted.sites[1],
            Website::new(
                "Inspektorat Daerah",
                "inspektorat.example.go.id",
                true,
                true
            )
        );
        assert_eq!(
            pasted.sites[2],
            Website::new("RSUD Latemmamala", "", false, false)
        );
        let tally = Tally::of(&pasted.sites);
        assert_eq!((tally.sites, tally.active, tally.without_site), (2, 1, 1));
    }

    #[test]
    fn csv_in_either_locale_with_quotes_and_english_words() {
        let semicolon = "Dinas Sosial;dinsos.example.go.id;aktif\r\n\"Dinas A; B\";a.example.go.id;Inactive\r\n";
        let pasted = parse_pasted(semicolon, MAX_SITES);
        assert_eq!(pasted.sites.len(), 2);
        assert_eq!(pasted.sites[1].name, "Dinas A; B");
        assert!(pasted.sites[0].active && !pasted.sites[1].active);
        let comma = "Dinas Sosial,dinsos.example.go.id,Active,no\n";
        assert!(parse_pasted(comma, MAX_SITES).sites[0].active);
    }

    #[test]
    fn unknown_status_words_are_named_and_the_rest_still_come_in() {
        let text = "A\ta.go.id\tkadang\nB\tb.go.id\tAktif\nC\tc.go.id\n";
        let pasted = parse_pasted(text, MAX_SITES);
        assert_eq!(pasted.sites.len(), 2);
        assert_eq!(pasted.without_status, 1, "C has no status");
        assert_eq!(
            pasted.skipped,
            [Skipped {
                line: 1,
                word: "kadang".into()
            }]
        );
        assert!(pasted.skipped[0].message(Lang::Id).contains("\"kadang\""));
        assert!(pasted.skipped[0].message(Lang::En).starts_with("Line 1"));
    }

    #[test]
    fn the_limit_is_counted_not_silently_cut() {
        let text: String = (0..10)
            .map(|i| format!("D{i}\td{i}.go.id\tAktif\n"))
            .collect();
        let pasted = parse_pasted(&text, 4);
        assert_eq!((pasted.sites.len(), pasted.over_limit), (4, 6));
        assert_eq!(parse_pasted("", 4), Pasted::default());
        assert_eq!(parse_pasted(" \n\t\n", 4), Pasted::default());
    }

    #[test]
    fn one_column_is_a_name_or_an_address() {
        let pasted = parse_pasted("disdik.example.go.id\nDinas Pendidikan\n", MAX_SITES);
        assert_eq!(pasted.sites[0].address, "disdik.example.go.id");
        assert_eq!(pasted.sites[1].name, "Dinas Pendidikan");
        assert_eq!(pasted.without_status, 1);
    }
}
