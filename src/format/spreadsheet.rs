//! CSV tables for a spreadsheet, as the statistics and comparison downloads write them:
//! `;` and the Indonesian locale's expectations in Indonesian, `,` in English, a UTF-8
//! byte-order mark (without it Excel reads UTF-8 as ANSI), CRLF, cells quoted as RFC
//! 4180 says, and text from a file defused so a spreadsheet never runs it as a formula.

use crate::model::Lang;

/// A CSV being written in one language.
pub struct SpreadsheetCsv {
    pub lang: Lang,
    separator: char,
    out: String,
}

impl SpreadsheetCsv {
    pub fn new(lang: Lang) -> SpreadsheetCsv {
        let separator = match lang {
            Lang::Id => ';',
            Lang::En => ',',
        };
        SpreadsheetCsv {
            lang,
            separator,
            out: String::from('\u{feff}'),
        }
    }

    pub fn row(&mut self, cells: &[String]) {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.out.push(self.separator);
            }
            push_cell(&mut self.out, cell, self.separator);
        }
        self.out.push_str("\r\n");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// Quotes a cell holding the separator, a quote, a line break or edge spaces, doubling
/// its quotes (RFC 4180).
fn push_cell(out: &mut String, cell: &str, separator: char) {
    let needs_quotes = cell.contains([separator, '"', '\n', '\r']) || cell.trim() != cell;
    if needs_quotes {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// Text that came from a file: a leading `=`, `+`, `-` or `@` would make a spreadsheet
/// run it as a formula, so such text gets a leading apostrophe, the usual guard (a lone
/// "-" is harmless and kept).
pub fn file_text(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@']) && text.chars().count() > 1;
    if risky {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_when_needed() {
        let mut out = String::new();
        push_cell(&mut out, "a;b", ';');
        push_cell(&mut out, "a,b", ';');
        push_cell(&mut out, "say \"hi\"", ',');
        push_cell(&mut out, " x", ',');
        assert_eq!(out, "\"a;b\"a,b\"say \"\"hi\"\"\"\" x\"");
    }

    #[test]
    fn formulas_from_the_file_are_defused() {
        assert_eq!(file_text("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(file_text("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(file_text("@x"), "'@x");
        assert_eq!(file_text("-"), "-");
        assert_eq!(file_text("S1.1"), "S1.1");
    }

    #[test]
    fn rows_use_the_languages_separator_after_a_bom() {
        let mut csv = SpreadsheetCsv::new(Lang::Id);
        csv.row(&["a".into(), "b;c".into()]);
        assert_eq!(csv.finish(), "\u{feff}a;\"b;c\"\r\n");
        let mut csv = SpreadsheetCsv::new(Lang::En);
        csv.row(&["a".into(), "b".into()]);
        assert_eq!(csv.finish(), "\u{feff}a,b\r\n");
    }
}
