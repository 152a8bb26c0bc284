//! The questionnaires to hand out (`cermat::forms`) come back in a shape the survey
//! reader takes exactly: every item and criterion, with its code first in the title,
//! and answers the reader accepts. The .xlsx is read back with a small ZIP reader of
//! our own, independent of the writer (a bitwise CRC, not the writer's table).

use cermat::content;
use cermat::forms::{csv_template, google_apps_script, paper_questionnaire, xlsform};
use cermat::model::Lang;
use cermat::share::order_v1::{CRITERIA, EREADINESS_ITEMS, SCV_ITEMS};
use cermat::survey::aggregate_csv;

/// Every (code, statement) in instrument order.
fn statements(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    for instrument in [content::scv(), content::ereadiness()] {
        for element in instrument.elements {
            for item in element.indicators.iter().flat_map(|i| i.items) {
                out.push((item.id, item.statement.get(lang)));
            }
        }
    }
    for stage in content::stages().stages {
        for c in stage.criteria {
            out.push((c.id, c.statement.get(lang)));
        }
    }
    out
}

fn all_codes() -> Vec<&'static str> {
    SCV_ITEMS
        .iter()
        .chain(&EREADINESS_ITEMS)
        .chain(&CRITERIA)
        .copied()
        .collect()
}

// ---------------------------------------------------------------- Apps Script

/// A JavaScript string literal, as JSON writes it (JSON strings are JS literals).
fn literal(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

#[test]
fn the_apps_script_holds_every_code_with_its_statement() {
    for lang in Lang::ALL {
        let js = google_apps_script(lang);
        for (code, statement) in statements(lang) {
            let entry = format!("[{}, {},", literal(code), literal(statement));
            assert!(js.contains(&entry), "{lang:?}: {entry}");
        }
        assert!(js.contains(".setTitle(item[0] + \" \" + item[1])"));
        assert!(js.contains("Logger.log(LOG_EDIT + form.getEditUrl());"));
        assert!(js.contains("Logger.log(LOG_RESPOND + form.getPublishedUrl());"));
        assert!(js.contains("function createCermatForm()"));
        assert!(js.lines().next().unwrap().starts_with("// "));
        assert!(js.contains("script.google.com"));
    }
}

/// Brackets balance and every string and comment closes, outside strings and comments.
fn javascript_shape(js: &str) -> Result<(), String> {
    let mut stack = Vec::new();
    let mut chars = js.chars().peekable();
    let mut line = 1;
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '"' | '\'' => loop {
                match chars.next() {
                    Some('\\') => {
                        chars.next();
                    }
                    Some(q) if q == c => break,
                    Some('\n') | Some('\u{2028}') | Some('\u{2029}') | None => {
                        return Err(format!("line {line}: string not closed"))
                    }
                    Some(_) => {}
                }
            },
            '/' if chars.peek() == Some(&'/') => {
                for d in chars.by_ref() {
                    if d == '\n' {
                        line += 1;
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                let mut last = ' ';
                loop {
                    match chars.next() {
                        Some('/') if last == '*' => break,
                        Some(d) => last = d,
                        None => return Err("comment not closed".into()),
                    }
                }
            }
            '(' | '[' | '{' => stack.push(c),
            ')' | ']' | '}' => {
                let open = stack.pop();
                let expected = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                if open != Some(expected) {
                    return Err(format!("line {line}: {c} closes {open:?}"));
                }
            }
            _ => {}
        }
    }
    match stack.is_empty() {
        true => Ok(()),
        false => Err(format!("unclosed: {stack:?}")),
    }
}

#[test]
fn the_apps_script_is_well_formed() {
    for lang in Lang::ALL {
        assert_eq!(
            javascript_shape(&google_apps_script(lang)),
            Ok(()),
            "{lang:?}"
        );
    }
    assert!(javascript_shape("var a = [\"x\", 'y'];").is_ok());
    assert!(javascript_shape("var a = [\"x];").is_err());
    assert!(javascript_shape("f(a[1)];").is_err());
    assert!(javascript_shape("var a = \"line\u{2028}\";").is_err());
}

/// The labels of a `var NAME = [...];` line of the script.
fn script_list(js: &str, name: &str) -> Vec<String> {
    let start = format!("var {name} = ");
    let line = js.lines().find(|l| l.starts_with(&start)).unwrap();
    serde_json::from_str(line[start.len()..].trim_end_matches(';')).unwrap()
}

/// The `title: "..."` of each profile entry of the script.
fn script_profile_titles(js: &str) -> Vec<String> {
    js.lines()
        .filter_map(|l| l.trim().strip_prefix("{title: "))
        .map(|rest| {
            let end = rest.find("\", help:").unwrap() + 1;
            serde_json::from_str(&rest[..end]).unwrap()
        })
        .collect()
}

fn csv_cell(cell: &str) -> String {
    format!("\"{}\"", cell.replace('"', "\"\""))
}

/// A Google Forms export: "Timestamp", the question titles as headers, the chosen
/// choices' texts as cells. Every answer the form offers occurs.
#[test]
fn a_google_forms_export_of_the_script_is_read_whole() {
    for lang in Lang::ALL {
        let js = google_apps_script(lang);
        let likert = script_list(&js, "LIKERT");
        let stage = script_list(&js, "STAGE");
        assert_eq!((likert.len(), stage.len()), (6, 4));
        let profile = script_profile_titles(&js);
        assert_eq!(profile.len(), 8);
        let mut header = vec!["Timestamp".to_string()];
        header.extend(profile.iter().cloned());
        header.extend(statements(lang).iter().map(|(c, s)| format!("{c} {s}")));
        let mut text = join_row(&header);
        let region_type = match lang {
            Lang::Id => "Kota",
            Lang::En => "City",
        };
        for r in 0..6 {
            let mut row = vec!["2025/01/02 10:00:00".to_string(), "Kota Palembang".into()];
            row.push(region_type.into());
            row.extend(["Diskominfo", "34", "x", "x", "x", "Ilir Barat I"].map(String::from));
            for (i, (code, _)) in statements(lang).iter().enumerate() {
                let list = if CRITERIA.contains(code) {
                    &stage
                } else {
                    &likert
                };
                row.push(list[(i + r) % list.len()].clone());
            }
            text += &join_row(&row);
        }
        let result = aggregate_csv(&text).unwrap();
        assert_eq!(result.respondents, 6, "{lang:?}: {:?}", result.problems);
        assert!(result.problems.is_empty(), "{:?}", result.problems);
        assert!(result.missing_ids.is_empty(), "{:?}", result.missing_ids);
        let p = &result.assessment.profile;
        assert_eq!(p.region, "Kota Palembang");
        assert_eq!(p.unit, "Diskominfo");
        assert_eq!(p.region_type, Some(cermat::model::RegionType::City));
    }
}

fn join_row(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
    cells.join(",") + "\r\n"
}

// ---------------------------------------------------------------- XLSForm

/// The bitwise CRC-32 of ZIP, written apart from the writer's table-driven one.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn u16_at(b: &[u8], at: usize) -> usize {
    usize::from(u16::from_le_bytes([b[at], b[at + 1]]))
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// The entries of a stored (uncompressed) ZIP, through its central directory, each
/// checked against its local header and CRC.
fn unzip(zip: &[u8]) -> Vec<(String, Vec<u8>)> {
    let end = zip.len() - 22;
    assert_eq!(u32_at(zip, end), 0x0605_4b50, "end record");
    let count = u16_at(zip, end + 10);
    let mut at = u32_at(zip, end + 16) as usize;
    let mut out = Vec::new();
    for _ in 0..count {
        assert_eq!(u32_at(zip, at), 0x0201_4b50, "central header");
        assert_eq!(u16_at(zip, at + 10), 0, "stored");
        let crc = u32_at(zip, at + 16);
        let size = u32_at(zip, at + 24) as usize;
        assert_eq!(u32_at(zip, at + 20) as usize, size);
        let name_len = u16_at(zip, at + 28);
        let skip = name_len + u16_at(zip, at + 30) + u16_at(zip, at + 32);
        let local = u32_at(zip, at + 42) as usize;
        let name = String::from_utf8(zip[at + 46..at + 46 + name_len].to_vec()).unwrap();
        assert_eq!(u32_at(zip, local), 0x0403_4b50, "local header");
        assert_eq!(u32_at(zip, local + 14), crc, "{name}: local CRC");
        let data_at = local + 30 + u16_at(zip, local + 26) + u16_at(zip, local + 28);
        let data = zip[data_at..data_at + size].to_vec();
        assert_eq!(crc32(&data), crc, "{name}: CRC");
        out.push((name, data));
        at += 46 + skip;
    }
    out
}

fn unescape(xml: &str) -> String {
    xml.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// A worksheet's rows of inline-string cells, placed by their column letter.
fn sheet_rows(xml: &str) -> Vec<Vec<String>> {
    xml.split("<row ")
        .skip(1)
        .map(|row| {
            let mut cells = Vec::new();
            for cell in row.split("<c r=\"").skip(1) {
                let letters: String = cell.chars().take_while(char::is_ascii_uppercase).collect();
                let column = letters
                    .bytes()
                    .fold(0, |n, b| n * 26 + usize::from(b - b'A') + 1)
                    - 1;
                let text = cell.split("<t").nth(1).unwrap();
                let text = &text[text.find('>').unwrap() + 1..text.find("</t>").unwrap()];
                cells.resize(column + 1, String::new());
                cells[column] = unescape(text);
            }
            cells
        })
        .collect()
}

fn xlsform_sheets(lang: Lang) -> Vec<(String, Vec<u8>)> {
    unzip(&xlsform(lang))
}

fn sheet(entries: &[(String, Vec<u8>)], n: usize) -> Vec<Vec<String>> {
    let name = format!("xl/worksheets/sheet{n}.xml");
    let (_, data) = entries.iter().find(|(e, _)| *e == name).unwrap();
    sheet_rows(std::str::from_utf8(data).unwrap())
}

#[test]
fn the_xlsform_workbook_reads_back() {
    for lang in Lang::ALL {
        let entries = xlsform_sheets(lang);
        let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
        for part in [
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/worksheets/sheet1.xml",
            "xl/worksheets/sheet2.xml",
            "xl/worksheets/sheet3.xml",
        ] {
            assert!(names.contains(&part), "{part}");
        }
        let (_, workbook) = entries
            .iter()
            .find(|(n, _)| n == "xl/workbook.xml")
            .unwrap();
        let workbook = String::from_utf8(workbook.clone()).unwrap();
        for sheet in ["survey", "choices", "settings"] {
            assert!(workbook.contains(&format!("name=\"{sheet}\"")));
        }
        let survey = sheet(&entries, 1);
        assert_eq!(
            survey[0][..5],
            ["type", "name", "label", "required", "hint"]
        );
        for (code, statement) in statements(lang) {
            let name = code.replace('.', "_");
            let row = survey.iter().find(|r| r.get(1) == Some(&name)).unwrap();
            assert_eq!(row[2], format!("{code} {statement}"));
            assert!(row[0] == "select_one likert" || row[0] == "select_one stage");
            assert_eq!(row[3], "yes");
        }
        let settings = sheet(&entries, 3);
        assert_eq!(settings[0][..3], ["form_title", "form_id", "version"]);
    }
}

/// A KoboToolbox export with labels as headers, each answer written as its choice name
/// ("XML values") or as its label: both are read whole.
#[test]
fn a_kobo_export_of_the_xlsform_is_read_whole() {
    for lang in Lang::ALL {
        let entries = xlsform_sheets(lang);
        let survey = sheet(&entries, 1);
        let choices = sheet(&entries, 2);
        let list = |name: &str, column: usize| -> Vec<String> {
            choices
                .iter()
                .filter(|r| r[0] == name)
                .map(|r| r[column].clone())
                .collect()
        };
        let questions: Vec<&Vec<String>> = survey
            .iter()
            .filter(|r| r[0] == "select_one likert" || r[0] == "select_one stage")
            .collect();
        assert_eq!(questions.len(), all_codes().len());
        for column in [1, 2] {
            let header: Vec<String> = questions.iter().map(|r| r[2].clone()).collect();
            let mut text = join_row(&header);
            let (likert, stage) = (list("likert", column), list("stage", column));
            for r in 0..6 {
                let row: Vec<String> = questions
                    .iter()
                    .enumerate()
                    .map(|(i, q)| {
                        let answers = if q[0].ends_with("likert") {
                            &likert
                        } else {
                            &stage
                        };
                        answers[(i + r) % answers.len()].clone()
                    })
                    .collect();
                text += &join_row(&row);
            }
            let result = aggregate_csv(&text).unwrap();
            assert_eq!(result.respondents, 6, "{lang:?}: {:?}", result.problems);
            assert!(result.missing_ids.is_empty());
        }
    }
}

/// A KoboToolbox export with "XML values and headers" and groups in the headers:
/// `support/S1_1`, `profile/jenis_wilayah`, answers as choice names.
#[test]
fn a_kobo_export_with_names_as_headers_is_read_whole() {
    for lang in Lang::ALL {
        let entries = xlsform_sheets(lang);
        let survey = sheet(&entries, 1);
        let choices = sheet(&entries, 2);
        let first_name = |list: &str| {
            let row = choices.iter().find(|r| r[0] == list).unwrap();
            row[1].clone()
        };
        let mut group = String::new();
        let (mut header, mut row) = (vec!["_uuid".to_string()], vec!["u1".to_string()]);
        for r in survey.iter().skip(1) {
            match r[0].as_str() {
                "begin_group" => group = r[1].clone(),
                "note" | "end_group" => {}
                kind => {
                    header.push(format!("{group}/{}", r[1]));
                    row.push(match kind.strip_prefix("select_one ") {
                        Some(list) => first_name(list),
                        None => "7".to_string(),
                    });
                }
            }
        }
        let text = join_row(&header) + &join_row(&row);
        let result = aggregate_csv(&text).unwrap();
        assert_eq!(result.respondents, 1, "{lang:?}: {:?}", result.problems);
        assert!(result.missing_ids.is_empty(), "{:?}", result.missing_ids);
        let profile = &result.assessment.profile;
        assert_eq!(
            profile.region_type,
            Some(cermat::model::RegionType::Province)
        );
    }
}

// ---------------------------------------------------------------- CSV template

#[test]
fn the_csv_template_reads_back_with_one_respondent() {
    for lang in Lang::ALL {
        let template = csv_template(lang);
        assert!(template.ends_with("\r\n") && template.lines().count() == 1);
        let sep = match lang {
            Lang::Id => ";",
            Lang::En => ",",
        };
        let (yes, partly) = match lang {
            Lang::Id => ("ya", "sebagian"),
            Lang::En => ("yes", "partly"),
        };
        let mut row = vec!["Kota Palembang", "kota", "Bappeda", "41", "", "", "", ""];
        for (i, code) in all_codes().iter().enumerate() {
            let likert = ["1", "2", "3", "4", "5", "na"][i % 6];
            let criterion = [yes, partly, "na"][i % 3];
            row.push(if CRITERIA.contains(code) {
                criterion
            } else {
                likert
            });
        }
        let text = template.clone() + &row.join(sep) + "\r\n";
        let result = aggregate_csv(&text).unwrap();
        assert_eq!(result.respondents, 1, "{lang:?}: {:?}", result.problems);
        assert!(result.missing_ids.is_empty(), "{:?}", result.missing_ids);
        assert_eq!(result.separator.to_string(), sep);
        assert_eq!(result.assessment.profile.region, "Kota Palembang");
        for (code, statement) in statements(lang) {
            assert!(template.contains(&format!("{code} {statement}")), "{code}");
        }
    }
}

// ---------------------------------------------------------------- Paper

#[test]
fn the_paper_questionnaire_has_every_item_once_numbered_in_order() {
    for lang in Lang::ALL {
        let paper = paper_questionnaire(lang);
        let rows: Vec<_> = paper
            .sections
            .iter()
            .chain(&paper.checklist.stages)
            .flat_map(|s| &s.rows)
            .collect();
        let codes: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
        assert_eq!(codes, all_codes());
        let numbers: Vec<usize> = rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, (1..=all_codes().len()).collect::<Vec<_>>());
        for (row, (code, statement)) in rows.iter().zip(statements(lang)) {
            assert_eq!(
                (row.code.as_str(), row.statement.as_str()),
                (code, statement)
            );
        }
        assert_eq!(paper.scale.len(), 6);
        assert_eq!(paper.checklist.options.len(), 4);
        let entry = &paper.data_entry;
        assert_eq!(format!("{}\r\n", entry.header_line), csv_template(lang));
        assert_eq!(entry.columns.len(), paper.profile.len() + all_codes().len());
        assert!(!paper.instructions.is_empty() && !entry.notes.is_empty());
    }
}
