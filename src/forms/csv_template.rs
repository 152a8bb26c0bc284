//! The CSV template with the statements in its header, for typing answers in a
//! spreadsheet (and for paper questionnaires, one row each).
//!
//! It has no example row (a forgotten example would be counted as a respondent), and Indonesian uses `;` so Excel in an Indonesian locale
//! opens it in columns. Each header is "S1.1 statement", so a person typing sees what
//! each column asks and `crate::survey` still finds the code first.

use super::outline;
use crate::model::Lang;

/// `;` for Indonesian (Excel's list separator in that locale), `,` for English.
pub fn separator(lang: Lang) -> char {
    match lang {
        Lang::Id => ';',
        Lang::En => ',',
    }
}

/// The header cells, unquoted: profile columns, then every item and criterion.
pub fn header(lang: Lang) -> Vec<String> {
    let profile = outline::PROFILE
        .iter()
        .map(|q| q.column.get(lang).to_string());
    let questions = outline::questions(lang).into_iter().map(|q| q.title());
    profile.chain(questions).collect()
}

/// The header as one CSV line (without the line break).
pub fn header_line(lang: Lang) -> String {
    let sep = separator(lang);
    let cells: Vec<String> = header(lang).iter().map(|h| quote(h)).collect();
    cells.join(&sep.to_string())
}

/// The template: the header line and a CRLF, which Excel writes and every reader takes.
pub fn csv_template(lang: Lang) -> String {
    header_line(lang) + "\r\n"
}

/// A cell quoted when it holds a quote, a line break, or either separator the reader
/// may try: quoting a comma in a `;` file is harmless and keeps the header unambiguous
/// when it guesses the separator.
pub fn quote(cell: &str) -> String {
    if cell.contains([',', ';', '"', '\n', '\r', '\t']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(quote("wilayah"), "wilayah");
        assert_eq!(quote("S1.1 a, b"), "\"S1.1 a, b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
