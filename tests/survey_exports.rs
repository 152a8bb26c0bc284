//! The survey exports researchers really bring, each built from the instruments' content
//! with 100 respondents whose answers come from a seeded PRNG, aggregated by
//! `aggregate_csv` and checked mean by mean against a computation here (see
//! `support/survey_exports.rs`). Nothing is checked in: every fixture is built in the test.

#[path = "support/survey_exports.rs"]
mod support;

use cermat::forms::paper_questionnaire;
use cermat::model::{Lang, LikertAnswer, ProfileField, StageAnswer};

/// A profile column of a fixture: header, what it is taken as, each respondent's cell.
type ProfileColumn = (&'static str, Extra, fn(usize) -> String);
use cermat::survey::{aggregate_csv, decode_text, RowIssue, SurveyError};
use support::{
    check, criterion_columns, csv, csv_text, extra, item_columns, utf16le, Column, Dialect, Extra,
    Likert, Rates, Survey, Verdict, RESPONDENTS,
};

/// Google Sheets' CSV download: commas, quotes only where needed.
const GOOGLE: Dialect = Dialect {
    sep: ',',
    quote_all: false,
    line_end: "\r\n",
    bom: false,
};

/// KoboToolbox's CSV export (formpack `to_csv`): `;` and every cell quoted.
const KOBO: Dialect = Dialect {
    sep: ';',
    quote_all: true,
    line_end: "\r\n",
    bom: false,
};

/// LimeSurvey's "CSV" export: commas and every cell quoted.
const LIMESURVEY: Dialect = Dialect {
    sep: ',',
    quote_all: true,
    line_end: "\r\n",
    bom: false,
};

const ID_LABELS: [&str; 5] = [
    "Sangat tidak setuju",
    "Tidak setuju",
    "Netral",
    "Setuju",
    "Sangat setuju",
];
const EN_LABELS: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neutral",
    "Agree",
    "Strongly agree",
];

fn point(answer: Likert) -> Option<u8> {
    match answer {
        Likert::Point(v) => Some(v),
        _ => None,
    }
}

/// A Likert cell as a label, a number, or the given N/A text; blank as empty.
fn likert_label(
    labels: [&'static str; 5],
    not_applicable: &'static str,
) -> impl Fn(Likert) -> String {
    move |answer| match answer {
        Likert::Point(v) => labels[usize::from(v) - 1].to_string(),
        Likert::NotApplicable => not_applicable.to_string(),
        Likert::Blank => String::new(),
        Likert::Cents(c) => panic!("no label for {c} hundredths"),
    }
}

fn likert_number(not_applicable: &'static str) -> impl Fn(Likert) -> String {
    move |answer| match answer {
        Likert::Point(v) => v.to_string(),
        Likert::NotApplicable => not_applicable.to_string(),
        Likert::Blank => String::new(),
        // A decimal as typed in an Indonesian locale: "3,5", "3,25".
        Likert::Cents(c) => {
            let fraction = format!("{:02}", c % 100);
            format!("{},{}", c / 100, fraction.trim_end_matches('0'))
        }
    }
}

fn verdict(words: [&'static str; 3]) -> impl Fn(Verdict) -> String {
    move |v| match v {
        Verdict::Answer(StageAnswer::Yes) => words[0].to_string(),
        Verdict::Answer(StageAnswer::Partly) => words[1].to_string(),
        Verdict::Answer(StageAnswer::No) => words[2].to_string(),
        Verdict::Blank => String::new(),
    }
}

/// "2024/03/05 10:21:33 AM GMT+7", as Google Sheets writes a form's timestamp.
fn google_timestamp(r: usize) -> String {
    let (day, minute) = (1 + r / 10, 7 * r % 60);
    let hour = 8 + r % 9;
    let h12 = if hour > 12 { hour - 12 } else { hour };
    let half = if hour < 12 { "AM" } else { "PM" };
    format!(
        "2024/03/{day:02} {h12}:{minute:02}:{:02} {half} GMT+7",
        r % 60
    )
}

/// The columns KoboToolbox puts before the questions (the `start` / `end` metadata).
fn kobo_leading() -> Vec<Column> {
    vec![
        extra("start", Extra::Ignored, |r| {
            format!("2024-03-{:02}T09:{:02}:10.512+07:00", 1 + r / 10, r % 60)
        }),
        extra("end", Extra::Ignored, |r| {
            format!("2024-03-{:02}T09:{:02}:55.004+07:00", 1 + r / 10, r % 60)
        }),
    ]
}

/// The columns KoboToolbox appends after the questions.
fn kobo_trailing() -> Vec<Column> {
    vec![
        extra("_id", Extra::Ignored, |r| (310_245_001 + r).to_string()),
        extra("_uuid", Extra::Ignored, |r| {
            format!("5b1f0c3e-8d2a-4c7e-9f10-{:012x}", 0xa11ce + r * 7919)
        }),
        extra("_submission_time", Extra::Ignored, |r| {
            format!("2024-03-{:02}T02:{:02}:41", 1 + r / 10, r % 60)
        }),
        extra("_validation_status", Extra::Ignored, |_| String::new()),
        extra("_notes", Extra::Ignored, |_| String::new()),
        extra("_status", Extra::Ignored, |_| "submitted_via_web".into()),
        extra("_submitted_by", Extra::Ignored, |_| String::new()),
        extra("__version__", Extra::Ignored, |_| "vGf7mQ2sXkLp9cN4".into()),
        extra("_tags", Extra::Ignored, |_| String::new()),
        extra("_index", Extra::Ignored, |r| (r + 1).to_string()),
    ]
}

fn check_csv(shape: &str, text: &str, survey: &Survey, columns: &[Column]) {
    check(shape, aggregate_csv(text), survey, columns);
}

/// Shape 1: Google Forms, questions typed by hand in Indonesian: each header is exactly the
/// statement, no code. Multiple-choice questions export their labels, linear scales
/// their numbers; optional questions are sometimes skipped.
#[test]
fn google_forms_with_indonesian_statements_as_headers() {
    let survey = Survey::generate(
        1,
        Rates {
            blank: 20,
            not_applicable: 0,
        },
        true,
    );
    let labels = likert_label(ID_LABELS, "");
    let numbers = likert_number("");
    let mut columns = vec![
        extra("Timestamp", Extra::Ignored, google_timestamp),
        extra("Alamat email", Extra::Ignored, |r| {
            format!("responden{r}@palembang.go.id")
        }),
        extra(
            "Instansi",
            Extra::MaybeProfile(ProfileField::Unit, "Diskominfo"),
            |_| "Diskominfo".into(),
        ),
        extra("Jabatan", Extra::Ignored, |r| {
            ["Kepala Bidang", "Staf, pelaksana", "Sekretaris"][r % 3].into()
        }),
    ];
    // SCV as multiple-choice questions (labels), e-readiness as linear scales (1-5).
    columns.extend(item_columns(
        &survey,
        |item, _| item.statement.get(Lang::Id).to_string(),
        |item, answer| match item.instrument {
            cermat::model::InstrumentId::Scv => labels(answer),
            cermat::model::InstrumentId::Ereadiness => numbers(answer),
        },
    ));
    columns.extend(criterion_columns(
        &survey,
        |c, _| c.statement.get(Lang::Id).to_string(),
        verdict(["Ya", "Sebagian", "Tidak"]),
    ));
    check_csv(
        "Google Forms (id)",
        &csv(&columns, GOOGLE),
        &survey,
        &columns,
    );
}

/// Shape 2: The same form in English: English statements as headers, English labels.
#[test]
fn google_forms_with_english_statements_as_headers() {
    let survey = Survey::generate(
        2,
        Rates {
            blank: 20,
            not_applicable: 0,
        },
        true,
    );
    let labels = likert_label(EN_LABELS, "");
    let numbers = likert_number("");
    let mut columns = vec![
        extra("Timestamp", Extra::Ignored, |r| {
            format!(
                "3/{}/2024 {}:{:02}:{:02}",
                1 + r / 10,
                8 + r % 9,
                r % 60,
                r * 7 % 60
            )
        }),
        extra("Email Address", Extra::Ignored, |r| {
            format!("respondent{r}@example.org")
        }),
        extra(
            "Region",
            Extra::MaybeProfile(ProfileField::Region, "Palembang City"),
            |_| "Palembang City".into(),
        ),
        extra("Position", Extra::Ignored, |r| {
            ["Head of division", "Staff", "Secretary"][r % 3].into()
        }),
    ];
    // Here SCV is the linear scale and e-readiness the multiple choice.
    columns.extend(item_columns(
        &survey,
        |item, _| item.statement.get(Lang::En).to_string(),
        |item, answer| match item.instrument {
            cermat::model::InstrumentId::Scv => numbers(answer),
            cermat::model::InstrumentId::Ereadiness => labels(answer),
        },
    ));
    columns.extend(criterion_columns(
        &survey,
        |c, _| c.statement.get(Lang::En).to_string(),
        verdict(["Yes", "Partly", "No"]),
    ));
    check_csv(
        "Google Forms (en)",
        &csv(&columns, GOOGLE),
        &survey,
        &columns,
    );
}

/// A statement as a researcher retyped it, numbered: "12. pemda kami memiliki visi ...",
/// with its first letter lowercased, doubled spaces, the final period dropped or a "?"
/// or a required-marker "*" added.
fn sloppy(number: usize, statement: &str) -> String {
    let lower_first = |s: &str| {
        let mut chars = s.chars();
        chars.next().map_or(String::new(), |c| {
            c.to_lowercase().collect::<String>() + chars.as_str()
        })
    };
    let no_period = statement.trim_end_matches('.');
    match number % 5 {
        0 => format!("{number}. {}", lower_first(no_period)),
        1 => format!("{number}. {}", statement.replacen(' ', "  ", 3)),
        2 => format!("{number}. {}?", lower_first(no_period)),
        3 => format!("{number}. {statement} *"),
        _ => format!("{number}.  {} ", no_period.replacen(' ', "  ", 1)),
    }
}

/// Shape 3: Google Forms with numbered, sloppily retyped statements as headers.
#[test]
fn google_forms_with_numbered_sloppy_statements() {
    let survey = Survey::generate(
        3,
        Rates {
            blank: 20,
            not_applicable: 0,
        },
        true,
    );
    let items = survey.items.len();
    let mut columns = vec![
        extra("Cap waktu", Extra::Ignored, |r| {
            format!(
                "{:02}/03/2024 {}.{:02}.{:02}",
                1 + r / 10,
                8 + r % 9,
                r % 60,
                r * 7 % 60
            )
        }),
        extra("Alamat email", Extra::Ignored, |r| format!("r{r}@mail.id")),
    ];
    columns.extend(item_columns(
        &survey,
        |item, k| sloppy(k + 1, item.statement.get(Lang::Id)),
        |_, answer| likert_label(ID_LABELS, "")(answer),
    ));
    columns.extend(criterion_columns(
        &survey,
        |c, k| sloppy(items + k + 1, c.statement.get(Lang::Id)),
        verdict(["Ya", "Sebagian", "Tidak"]),
    ));
    check_csv(
        "Google Forms (numbered, sloppy)",
        &csv(&columns, GOOGLE),
        &survey,
        &columns,
    );
}

/// Shape 4: A Google Forms grid per element: "Dukungan [S1.1 Pemda kami ...]"; the rows of a
/// grid are the statements with their code, the columns the labels.
#[test]
fn google_forms_grid_with_codes_in_brackets() {
    let survey = Survey::generate(
        4,
        Rates {
            blank: 20,
            not_applicable: 0,
        },
        true,
    );
    let mut columns = vec![
        extra("Timestamp", Extra::Ignored, google_timestamp),
        extra(
            "Nama OPD",
            Extra::MaybeProfile(ProfileField::Unit, "Bappeda"),
            |_| "Bappeda".into(),
        ),
    ];
    columns.extend(item_columns(
        &survey,
        |item, _| {
            format!(
                "{} [{} {}]",
                item.element.name.get(Lang::Id),
                item.id,
                item.statement.get(Lang::Id)
            )
        },
        |_, answer| likert_label(ID_LABELS, "")(answer),
    ));
    columns.extend(criterion_columns(
        &survey,
        |c, _| {
            format!(
                "{} [{} {}]",
                c.stage.name.get(Lang::Id),
                c.id,
                c.statement.get(Lang::Id)
            )
        },
        verdict(["Ya", "Sebagian", "Tidak"]),
    ));
    check_csv(
        "Google Forms grid",
        &csv(&columns, GOOGLE),
        &survey,
        &columns,
    );
}

const KOBO_RATES: Rates = Rates {
    blank: 15,
    not_applicable: 40,
};

/// A KoboToolbox export with "XML values and headers": group paths `group/name`,
/// choice names as cells ("1".."5", "na"; "ya", "sebagian", "tidak").
fn kobo_xml(seed: u64, name: impl Fn(&str) -> String) -> (Survey, Vec<Column>) {
    let survey = Survey::generate(seed, KOBO_RATES, true);
    let mut columns = kobo_leading();
    columns.push(extra(
        "group_profil/wilayah",
        Extra::MaybeProfile(ProfileField::Region, "Kota Palembang"),
        |_| "Kota Palembang".into(),
    ));
    columns.extend(item_columns(
        &survey,
        |item, _| format!("group_{}/{}", item.instrument.key(), name(item.id)),
        |_, answer| likert_number("na")(answer),
    ));
    columns.extend(criterion_columns(
        &survey,
        |c, _| format!("group_tahapan/{}", name(c.id)),
        verdict(["ya", "sebagian", "tidak"]),
    ));
    columns.extend(kobo_trailing());
    (survey, columns)
}

/// Shape 5a: KoboToolbox, XML headers with groups; the question names have `_` for the dot
/// (`group_scv/S1_1`).
#[test]
fn kobo_group_paths_with_underscore_names() {
    let (survey, columns) = kobo_xml(51, |id| id.replace('.', "_"));
    check_csv(
        "Kobo group_scv/S1_1",
        &csv(&columns, KOBO),
        &survey,
        &columns,
    );
}

/// Shape 5b: KoboToolbox, XML headers with groups; XLSForm names may hold dots
/// (`group_scv/S1.1`).
#[test]
fn kobo_group_paths_with_dotted_names() {
    let (survey, columns) = kobo_xml(52, str::to_string);
    check_csv(
        "Kobo group_scv/S1.1",
        &csv(&columns, KOBO),
        &survey,
        &columns,
    );
}

/// Shape 5c: KoboToolbox, "Labels" export: `Group label/Question label`, the question label
/// being "S1.1 <statement>" (statements themselves hold `/`: "e-government/Smart
/// City"); cells are the choice labels.
#[test]
fn kobo_group_labels_with_code_and_statement() {
    let survey = Survey::generate(53, KOBO_RATES, true);
    let mut columns = kobo_leading();
    columns.push(extra(
        "Profil/Wilayah",
        Extra::MaybeProfile(ProfileField::Region, "Kota Palembang"),
        |_| "Kota Palembang".into(),
    ));
    columns.extend(item_columns(
        &survey,
        |item, _| {
            format!(
                "{}/{} {}",
                item.element.name.get(Lang::Id),
                item.id,
                item.statement.get(Lang::Id)
            )
        },
        |_, answer| likert_label(ID_LABELS, "Tidak tahu")(answer),
    ));
    columns.extend(criterion_columns(
        &survey,
        |c, _| {
            format!(
                "{}/{} {}",
                c.stage.name.get(Lang::Id),
                c.id,
                c.statement.get(Lang::Id)
            )
        },
        verdict(["Ya", "Sebagian", "Tidak"]),
    ));
    columns.extend(kobo_trailing());
    check_csv(
        "Kobo labels Dukungan/S1.1 ...",
        &csv(&columns, KOBO),
        &survey,
        &columns,
    );
}

/// Shape 6: KoboToolbox without groups: question names `S1_1`, `S1_2`, ... (once accepted
/// with every item left out, only the criteria read).
#[test]
fn kobo_without_groups_underscore_names() {
    let survey = Survey::generate(6, KOBO_RATES, true);
    let mut columns = kobo_leading();
    columns.push(extra(
        "wilayah",
        Extra::MaybeProfile(ProfileField::Region, "Kota Palembang"),
        |_| "Kota Palembang".into(),
    ));
    columns.extend(item_columns(
        &survey,
        |item, _| item.id.replace('.', "_"),
        |_, answer| likert_number("na")(answer),
    ));
    columns.extend(criterion_columns(
        &survey,
        |c, _| c.id.to_string(),
        verdict(["ya", "sebagian", "tidak"]),
    ));
    columns.extend(kobo_trailing());
    check_csv("Kobo S1_1", &csv(&columns, KOBO), &survey, &columns);
}

/// LimeSurvey's response columns before the questions.
fn limesurvey_leading() -> Vec<Column> {
    vec![
        extra("id", Extra::Ignored, |r| (r + 1).to_string()),
        extra("submitdate", Extra::Ignored, |r| {
            format!("2024-03-{:02} 10:{:02}:33", 1 + r / 10, r % 60)
        }),
        extra("lastpage", Extra::Ignored, |_| "9".into()),
        extra("startlanguage", Extra::Ignored, |_| "id".into()),
        extra("seed", Extra::Ignored, |r| {
            (1_048_576 + 7919 * r).to_string()
        }),
        extra("startdate", Extra::Ignored, |r| {
            format!("2024-03-{:02} 10:{:02}:01", 1 + r / 10, r % 60)
        }),
        extra("datestamp", Extra::Ignored, |r| {
            format!("2024-03-{:02} 10:{:02}:33", 1 + r / 10, r % 60)
        }),
    ]
}

/// Shape 7: LimeSurvey, "Question code" headers. LimeSurvey allows only letters and digits in
/// question codes (starting with a letter) and in subquestion codes (its validation:
/// "Subquestion codes may only contain alphanumeric characters"), so neither `S1.1` nor
/// `S1_1` can be typed. The realistic build is one array question per element, coded
/// by the element's name (`Dukungan`, `Struktur`, ...), whose subquestions are the item
/// codes without the dot (`S11` for S1.1, `ST42` for ST4.2: indicators and items are
/// numbered 1-9, so this is unambiguous); arrays export as `QCODE[SQCODE]`. Answer
/// codes are the researcher's 1-5 (not LimeSurvey's default A1..A5); "no answer" is
/// blank. Stage criteria are left out: a yes/partly/no array would need answer codes
/// of at most five letters and digits that no convention names.
#[test]
fn limesurvey_array_per_element_with_dotless_codes() {
    let survey = Survey::generate(
        7,
        Rates {
            blank: 25,
            not_applicable: 0,
        },
        false,
    );
    let mut columns = limesurvey_leading();
    columns.extend(item_columns(
        &survey,
        |item, _| {
            format!(
                "{}[{}]",
                item.element.name.get(Lang::Id),
                item.id.replace('.', "")
            )
        },
        |_, answer| likert_number("")(answer),
    ));
    check_csv(
        "LimeSurvey Dukungan[S11]",
        &csv(&columns, LIMESURVEY),
        &survey,
        &columns,
    );
}

/// Shape 7b: The LimeSurvey shape with `_` in the subquestion codes (`SCV[S1_1]`,
/// `EREADINESS[ST1_1]`): the editor refuses it, but a survey imported from an .lss file
/// keeps such codes, and other tools write the same `QCODE[SUB_CODE]` form.
#[test]
fn limesurvey_array_per_instrument_with_underscore_codes() {
    let survey = Survey::generate(
        71,
        Rates {
            blank: 25,
            not_applicable: 0,
        },
        false,
    );
    let mut columns = limesurvey_leading();
    columns.extend(item_columns(
        &survey,
        |item, _| {
            format!(
                "{}[{}]",
                item.instrument.key().to_uppercase(),
                item.id.replace('.', "_")
            )
        },
        |_, answer| likert_number("")(answer),
    ));
    check_csv(
        "LimeSurvey SCV[S1_1]",
        &csv(&columns, LIMESURVEY),
        &survey,
        &columns,
    );
}

/// Shape 8: Excel in an Indonesian locale, from the app's own template: `;`, a UTF-8 BOM,
/// CRLF, the template's headers (codes and profile columns); one respondent typed a
/// decimal "3,5", which must count as 3.5 in that item's mean, not drop the respondent.
#[test]
fn excel_indonesian_template_with_a_typed_decimal() {
    let mut survey = Survey::generate(
        8,
        Rates {
            blank: 20,
            not_applicable: 0,
        },
        true,
    );
    let k = survey.item_index("C2.1");
    survey.respondents[41].likert[k] = Likert::Cents(350);
    // The template's header cells, as `forms::csv_template` writes them.
    let headers = paper_questionnaire(Lang::Id).data_entry.columns;
    let profile: [ProfileColumn; 8] = [
        (
            "wilayah",
            Extra::Profile(ProfileField::Region, "Kota Palembang"),
            |_| "Kota Palembang".into(),
        ),
        (
            "jenis_wilayah",
            Extra::Profile(ProfileField::RegionType, "city"),
            |r| ["kota", "Kota", "KOTA "][r % 3].into(),
        ),
        ("unit_kerja", Extra::Profile(ProfileField::Unit, ""), |r| {
            ["Diskominfo", "Bappeda", "BKPSDM", "Dinas Dukcapil"][r % 4].into()
        }),
        ("usia", Extra::Ignored, |r| (20 + r % 40).to_string()),
        ("jenis_kelamin", Extra::Ignored, |r| {
            ["Perempuan", "Laki-laki"][r % 2].into()
        }),
        ("pendidikan", Extra::Ignored, |r| {
            ["SMA", "S1", "S2"][r % 3].into()
        }),
        ("pekerjaan", Extra::Ignored, |r| {
            ["PNS", "Wiraswasta"][r % 2].into()
        }),
        ("kecamatan", Extra::Ignored, |r| {
            ["Ilir Timur II", "Kertapati", "Gandus"][r % 3].into()
        }),
    ];
    let mut columns: Vec<Column> = profile
        .into_iter()
        .map(|(h, role, cell)| extra(h, role, cell))
        .collect();
    columns.extend(item_columns(
        &survey,
        |item, _| format!("{} {}", item.id, item.statement.get(Lang::Id)),
        |_, answer| likert_number("")(answer),
    ));
    columns.extend(criterion_columns(
        &survey,
        |c, _| format!("{} {}", c.id, c.statement.get(Lang::Id)),
        verdict(["ya", "sebagian", "tidak"]),
    ));
    let built: Vec<&str> = columns.iter().map(|c| c.header.as_str()).collect();
    assert_eq!(built, headers, "the fixture follows the template's columns");
    let excel = Dialect {
        sep: ';',
        quote_all: false,
        line_end: "\r\n",
        bom: true,
    };
    let text = csv(&columns, excel);
    assert!(
        text.contains(";3,5;"),
        "the fixture holds the typed decimal"
    );
    let text = decode_text(text.as_bytes()).expect("UTF-8 with a BOM is text");
    check(
        "Excel (id) with 3,5",
        aggregate_csv(&text),
        &survey,
        &columns,
    );
}

/// Shape 9: Excel's "Unicode Text": UTF-16 LE with a BOM, tab separated, CRLF; headers are
/// code and statement; "Tidak tahu" for N/A.
#[test]
fn excel_unicode_text_utf16_tabs() {
    let survey = Survey::generate(
        9,
        Rates {
            blank: 20,
            not_applicable: 30,
        },
        true,
    );
    let mut columns = vec![
        extra("No", Extra::Ignored, |r| (r + 1).to_string()),
        extra("Nama responden", Extra::Ignored, |r| {
            format!("Responden \"{}\"", r + 1)
        }),
    ];
    columns.extend(item_columns(
        &survey,
        |item, _| format!("{} {}", item.id, item.statement.get(Lang::Id)),
        |_, answer| likert_number("Tidak tahu")(answer),
    ));
    columns.extend(criterion_columns(
        &survey,
        |c, _| format!("{} {}", c.id, c.statement.get(Lang::Id)),
        verdict(["Ya", "Sebagian", "Belum"]),
    ));
    let tabs = Dialect {
        sep: '\t',
        quote_all: false,
        line_end: "\r\n",
        bom: false,
    };
    let bytes = utf16le(&csv(&columns, tabs));
    let text = match decode_text(&bytes) {
        Ok(text) => text,
        Err(err) => panic!("Unicode Text: decode_text refused UTF-16 LE: {err:?}"),
    };
    check(
        "Excel Unicode Text",
        aggregate_csv(&text),
        &survey,
        &columns,
    );
}

/// Shape 10: A header that names nothing (`Q1`..`Q87`, the codes left out) is refused, never
/// "accepted" with every item empty.
#[test]
fn headers_that_match_nothing_are_refused() {
    let survey = Survey::generate(
        10,
        Rates {
            blank: 0,
            not_applicable: 0,
        },
        true,
    );
    let mut columns = vec![extra("Timestamp", Extra::Ignored, google_timestamp)];
    columns.extend(item_columns(
        &survey,
        |_, k| format!("Q{}", k + 1),
        |_, answer| likert_number("")(answer),
    ));
    let items = survey.items.len();
    columns.extend(criterion_columns(
        &survey,
        |_, k| format!("Q{}", items + k + 1),
        verdict(["Ya", "Sebagian", "Tidak"]),
    ));
    assert_eq!(columns.last().map(|c| c.header.as_str()), Some("Q87"));
    match aggregate_csv(&csv(&columns, GOOGLE)) {
        Err(SurveyError::NoItemColumns) => {}
        Err(other) => panic!("Q1..Q87: expected NoItemColumns, found {other:?}"),
        Ok(r) => panic!(
            "Q1..Q87: accepted with {} respondents, {} items and {} criteria read; ignored {:?}",
            r.respondents,
            r.items.len(),
            r.criteria.len(),
            &r.ignored_columns[..r.ignored_columns.len().min(5)]
        ),
    }
}

/// "Kurang setuju" (and "cukup setuju") mean different points in different
/// questionnaires: such a cell must not be given a score silently. It is reported
/// (today as a row problem naming the value), and the item's mean counts only the
/// answers that were understood.
#[test]
fn kurang_setuju_is_reported_not_scored() {
    let survey = Survey::generate(
        11,
        Rates {
            blank: 0,
            not_applicable: 0,
        },
        false,
    );
    let ids = ["S1.1", "S1.2", "S1.3"];
    let ks: Vec<usize> = ids.iter().map(|id| survey.item_index(id)).collect();
    let kurang = |r: usize| r % 7 == 3; // 14 respondents
    let rows: Vec<Vec<String>> = (0..RESPONDENTS)
        .map(|r| {
            ks.iter()
                .enumerate()
                .map(|(j, &k)| {
                    if j == 1 && kurang(r) {
                        "Kurang setuju".to_string()
                    } else {
                        point(survey.respondents[r].likert[k])
                            .expect("no blanks")
                            .to_string()
                    }
                })
                .collect()
        })
        .collect();
    let headers: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
    let text = csv_text(&headers, &rows, GOOGLE);
    let result = match aggregate_csv(&text) {
        Ok(result) => result,
        Err(err) => panic!("kurang setuju: refused the whole file: {err:?}"),
    };
    // S1.2's mean from the understood answers only.
    let understood: Vec<u64> = (0..RESPONDENTS)
        .filter(|r| !kurang(*r))
        .map(|r| u64::from(point(survey.respondents[r].likert[ks[1]]).unwrap_or(0)))
        .collect();
    let (sum, n) = (understood.iter().sum::<u64>(), understood.len() as u64);
    let expected = LikertAnswer::Score(((200 * sum + n) / (2 * n)) as f64 / 100.0);
    let found = result.assessment.answers.scv.get("S1.2").copied();
    assert_eq!(
        found,
        Some(expected),
        "S1.2: the mean must leave the \"Kurang setuju\" cells out"
    );
    let scored = result.items.get("S1.2").map(|d| d.scored());
    assert_eq!(
        scored,
        Some(n as u32),
        "S1.2: only the {n} understood answers are scored"
    );
    let reported = result.problems.iter().any(|p| {
        matches!(&p.issue, RowIssue::InvalidValue { value, .. }
                 if value.eq_ignore_ascii_case("kurang setuju"))
    }) || format!("{result:?}")
        .to_lowercase()
        .contains("kurang setuju");
    assert!(
        reported,
        "\"Kurang setuju\" is reported nowhere in the result: {:?}",
        result.problems
    );
    // Neither way of reporting it drops an understood respondent's other answers
    // silently: every row is either counted or listed as a problem.
    assert!(
        result.respondents + result.problems.len() + result.problems_omitted >= RESPONDENTS,
        "every row is counted or reported: {} counted, {} reported",
        result.respondents,
        result.problems.len() + result.problems_omitted
    );
}
