//! A minimal SpreadsheetML (.xlsx) writer: sheets of text cells, nothing else.
//!
//! Cells are inline strings (`t="inlineStr"`), so no shared-string table is needed;
//! Excel, LibreOffice and openpyxl (which KoboToolbox's pyxform uses) read them. A
//! small `styles.xml` is included because some Excel versions repair a workbook
//! without one, and it lets the header row be bold.

use super::zip::ZipWriter;

/// One worksheet: rows of text cells; the first row is the header, drawn bold.
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
/// Column widths, in characters: wide enough to read, narrow enough to fit a screen.
const MIN_WIDTH: usize = 8;
const MAX_WIDTH: usize = 60;

/// The workbook's bytes.
pub fn workbook(sheets: &[Sheet]) -> Vec<u8> {
    let mut zip = ZipWriter::new();
    zip.add(
        "[Content_Types].xml",
        content_types(sheets.len()).as_bytes(),
    );
    zip.add("_rels/.rels", root_rels().as_bytes());
    zip.add("xl/workbook.xml", workbook_xml(sheets).as_bytes());
    zip.add(
        "xl/_rels/workbook.xml.rels",
        workbook_rels(sheets.len()).as_bytes(),
    );
    zip.add("xl/styles.xml", STYLES.as_bytes());
    for (i, sheet) in sheets.iter().enumerate() {
        let name = format!("xl/worksheets/sheet{}.xml", i + 1);
        zip.add(&name, worksheet_xml(sheet).as_bytes());
    }
    zip.finish()
}

fn content_types(sheets: usize) -> String {
    let ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    let mut xml = format!(
        "{XML_DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Override PartName=\"/xl/workbook.xml\" ContentType=\"{ct}.sheet.main+xml\"/>\
         <Override PartName=\"/xl/styles.xml\" ContentType=\"{ct}.styles+xml\"/>"
    );
    for n in 1..=sheets {
        xml += &format!(
            "<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"{ct}.worksheet+xml\"/>"
        );
    }
    xml + "</Types>"
}

fn root_rels() -> String {
    format!(
        "{XML_DECL}<Relationships xmlns=\"{PACKAGE_REL_NS}\">\
         <Relationship Id=\"rId1\" Type=\"{REL_NS}/officeDocument\" Target=\"xl/workbook.xml\"/>\
         </Relationships>"
    )
}

fn workbook_xml(sheets: &[Sheet]) -> String {
    let mut xml = format!("{XML_DECL}<workbook xmlns=\"{MAIN_NS}\" xmlns:r=\"{REL_NS}\"><sheets>");
    for (i, sheet) in sheets.iter().enumerate() {
        let n = i + 1;
        let name = escape(&sheet.name);
        xml += &format!("<sheet name=\"{name}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>");
    }
    xml + "</sheets></workbook>"
}

/// Sheets are `rId1`..`rIdN`; the styles come after them.
fn workbook_rels(sheets: usize) -> String {
    let mut xml = format!("{XML_DECL}<Relationships xmlns=\"{PACKAGE_REL_NS}\">");
    for n in 1..=sheets {
        xml += &format!(
            "<Relationship Id=\"rId{n}\" Type=\"{REL_NS}/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>"
        );
    }
    let styles = sheets + 1;
    xml += &format!(
        "<Relationship Id=\"rId{styles}\" Type=\"{REL_NS}/styles\" Target=\"styles.xml\"/>"
    );
    xml + "</Relationships>"
}

/// Style 0 is the default, style 1 the bold header.
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>\
<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>\
<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>\
<fill><patternFill patternType=\"gray125\"/></fill></fills>\
<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\
<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>\
<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>\
<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>\
</styleSheet>";

fn worksheet_xml(sheet: &Sheet) -> String {
    let mut xml = format!("{XML_DECL}<worksheet xmlns=\"{MAIN_NS}\">");
    xml += &cols_xml(&sheet.rows);
    xml += "<sheetData>";
    for (r, row) in sheet.rows.iter().enumerate() {
        xml += &row_xml(r, row);
    }
    xml + "</sheetData></worksheet>"
}

/// Column widths from the longest text in each column.
fn cols_xml(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    if columns == 0 {
        return String::new();
    }
    let mut xml = String::from("<cols>");
    for c in 0..columns {
        let longest = rows
            .iter()
            .filter_map(|row| row.get(c))
            .map(|cell| cell.chars().count())
            .max()
            .unwrap_or(0);
        let width = longest.clamp(MIN_WIDTH, MAX_WIDTH) + 2;
        let n = c + 1;
        xml += &format!("<col min=\"{n}\" max=\"{n}\" width=\"{width}\" customWidth=\"1\"/>");
    }
    xml + "</cols>"
}

/// Empty cells are left out, as spreadsheets do.
fn row_xml(r: usize, row: &[String]) -> String {
    let number = r + 1;
    let style = if r == 0 { " s=\"1\"" } else { "" };
    let mut xml = format!("<row r=\"{number}\">");
    for (c, cell) in row.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
        let reference = format!("{}{number}", column_letters(c));
        let space = if cell.trim() != cell {
            " xml:space=\"preserve\""
        } else {
            ""
        };
        xml += &format!(
            "<c r=\"{reference}\" t=\"inlineStr\"{style}><is><t{space}>{}</t></is></c>",
            escape(cell)
        );
    }
    xml + "</row>"
}

/// `A`, ..., `Z`, `AA`, ...: spreadsheet column names, from a 0-based index.
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// Text as XML character data or an attribute value. Characters XML 1.0 forbids
/// (control characters other than tab and line breaks) are dropped: a parser would
/// reject the whole sheet for one of them.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names() {
        let names: Vec<String> = [0, 25, 26, 51, 52, 701, 702]
            .into_iter()
            .map(column_letters)
            .collect();
        assert_eq!(names, ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape("a<b & \"c\" 'd'>\u{1}"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;"
        );
    }

    #[test]
    fn cells_are_inline_strings_and_blanks_are_left_out() {
        let row = vec!["type".to_string(), String::new(), " x ".to_string()];
        let xml = row_xml(1, &row);
        assert_eq!(
            xml,
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>type</t></is></c>\
             <c r=\"C2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> x </t></is></c></row>"
        );
    }
}
