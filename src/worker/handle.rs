//! The worker's side: one request in, one reply out, never a panic.

use super::protocol::{clip, Reply, Request, CLIP_CHARS, LIST_LIMIT};
use super::survey_summary::{ColumnLine, ItemLine, SurveySummary, COLUMN_LIMIT};
use super::{workspace_ops, Op};
use crate::i18n::fill;
use crate::model::{Lang, Text};
use crate::{format, forms, scoring, share, statistics, store, survey};
use std::cell::RefCell;

const UNREADABLE_REQUEST: Text = Text::new(
    "Permintaan ke alat tidak terbaca.",
    "The request to the tools could not be read.",
);
const NO_SURVEY_KEPT: Text = Text::new(
    "Berkas survei tidak lagi tersimpan di alat. Pilih berkasnya sekali lagi.",
    "The survey file is no longer kept by the tools. Choose the file once more.",
);
const MORE_PROBLEMS: Text = Text::new("…dan {} masalah lagi", "…and {} more problems");
/// A problem message quotes the file (a cell, a key): longer than a column's clip, since
/// the message's own words come first.
const PROBLEM_CHARS: usize = 2 * CLIP_CHARS;

/// Answers a request whose payload is a file's bytes (`head` is the encoded request
/// without its payload): read as the CLI reads it, so a file that is not text is refused
/// with a message, never read with replacement characters.
pub fn handle_file(head: &str, bytes: &[u8]) -> String {
    let Some(request) = Request::decode(head) else {
        let result = Err(UNREADABLE_REQUEST.get(Lang::Id).to_string());
        return Reply { id: 0, result }.encode();
    };
    let lang = request.lang;
    let result = match request.op {
        Op::ImportJson | Op::CompareJson if bytes.starts_with(b"cermat-save") => {
            match std::str::from_utf8(bytes) {
                Ok(text) => import_json(text, lang),
                Err(_) => Err(survey::SurveyError::NotText.message(lang)),
            }
        }
        Op::ImportJson | Op::CompareJson => format::parse_response_bytes_with_websites(bytes)
            .map(|(a, websites)| crate::websites::attach(&store::exact(&a), &websites))
            .map_err(|problems| problem_lines(&problems, lang)),
        Op::ImportCsv => survey::decode_text(bytes)
            .map_err(|e| e.message(lang))
            .and_then(|text| import_csv(text, lang)),
        op => match std::str::from_utf8(bytes) {
            Ok(text) => run(op, lang, text),
            Err(_) => Err(UNREADABLE_REQUEST.get(lang).to_string()),
        },
    };
    Reply {
        id: request.id,
        result,
    }
    .encode()
}

/// Answers one encoded `Request` with an encoded `Reply`.
pub fn handle(request: &str) -> String {
    let Some(request) = Request::decode(request) else {
        let result = Err(UNREADABLE_REQUEST.get(Lang::Id).to_string());
        return Reply { id: 0, result }.encode();
    };
    let result = run(request.op, request.lang, &request.payload);
    Reply {
        id: request.id,
        result,
    }
    .encode()
}

fn run(op: Op, lang: Lang, payload: &str) -> Result<String, String> {
    match op {
        // The payload may carry the inventory (`websites::attach`).
        Op::ExportJson => {
            let (exact, websites) = crate::websites::detach(payload);
            decoded(&exact, lang).map(|a| format::response_json_with_websites(&a, &websites))
        }
        Op::ImportJson | Op::CompareJson => import_json(payload, lang),
        Op::TemplateJson => Ok(format::template_json()),
        Op::TemplateCsv => Ok(forms::csv_template(lang)),
        Op::ImportCsv => import_csv(payload.to_string(), lang),
        Op::RemapCsv => remap_csv(&survey::ImportChoices::decode(payload), lang),
        Op::Questionnaire => questionnaire(payload, lang),
        Op::ReportJson => {
            let (exact, websites) = crate::websites::detach(payload);
            decoded(&exact, lang)
                .map(|a| format::report_json_with_websites(&scoring::evaluate(&a), &a, &websites))
        }
        Op::WorkspaceList => Ok(workspace_ops::list(payload)),
        Op::WorkspaceExport => Ok(workspace_ops::export(payload)),
        Op::WorkspaceCsv => Ok(workspace_ops::comparison(payload, lang)),
        // Files come through `handle_files`; as text there is nothing to import.
        Op::WorkspaceImport => Ok(workspace_ops::import(&[], lang, 0)),
    }
}

/// Answers a request whose payload is many files `(name, bytes)` (`head` as in
/// `handle_file`), read at `now` (ms): the workspace's import.
pub fn handle_files(head: &str, files: &[(String, Vec<u8>)], now: u64) -> String {
    let Some(request) = Request::decode(head) else {
        let result = Err(UNREADABLE_REQUEST.get(Lang::Id).to_string());
        return Reply { id: 0, result }.encode();
    };
    let result = match request.op {
        Op::WorkspaceImport => Ok(workspace_ops::import(files, request.lang, now)),
        _ => Err(UNREADABLE_REQUEST.get(request.lang).to_string()),
    };
    Reply {
        id: request.id,
        result,
    }
    .encode()
}

/// The assessment of a request: exact text (`store::exact`).
fn decoded(text: &str, lang: Lang) -> Result<crate::model::Assessment, String> {
    store::from_exact(text).map_err(|e| e.message(lang))
}

/// A response file, or a save downloaded from the app (`store::exact` text), to the exact
/// text the app takes in: at full precision, so the app scores what the CLI scores.
fn import_json(json: &str, lang: Lang) -> Result<String, String> {
    if json.starts_with("cermat-save") {
        return decoded(json, lang).map(|a| store::exact(&a));
    }
    format::parse_response_with_websites(json)
        .map(|(a, websites)| crate::websites::attach(&store::exact(&a), &websites))
        .map_err(|problems| problem_lines(&problems, lang))
}

/// A file's problems, one a line, cut to what can be read.
fn problem_lines(problems: &[format::Problem], lang: Lang) -> String {
    let mut lines: Vec<String> = problems
        .iter()
        .take(LIST_LIMIT)
        .map(|p| clip(&p.message(lang), PROBLEM_CHARS))
        .collect();
    if problems.len() > LIST_LIMIT {
        let more = (problems.len() - LIST_LIMIT).to_string();
        lines.push(fill(MORE_PROBLEMS.get(lang), &[&more]));
    }
    lines.join("\n")
}

/// A questionnaire to hand out, as `<kind>\n<file>`: the kind says which the reply is.
fn questionnaire(kind: &str, lang: Lang) -> Result<String, String> {
    let file = match kind {
        "forms-gas" => forms::google_apps_script(lang),
        "forms-xlsform" => format::data_url_bytes(XLSX, &forms::xlsform(lang)),
        "forms-csv" => forms::csv_template(lang),
        _ => return Err(UNREADABLE_REQUEST.get(lang).to_string()),
    };
    Ok([kind, "\n", &file].concat())
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

thread_local! {
    /// The survey file last imported, so the user's mapping choices can be applied to it
    /// without sending the file again.
    static KEPT_CSV: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn import_csv(csv: String, lang: Lang) -> Result<String, String> {
    let summary = summarise(&csv, &survey::ImportChoices::default(), lang);
    KEPT_CSV.with(|kept| *kept.borrow_mut() = Some(csv));
    summary
}

fn remap_csv(choices: &survey::ImportChoices, lang: Lang) -> Result<String, String> {
    KEPT_CSV.with(|kept| match kept.borrow().as_deref() {
        Some(csv) => summarise(csv, choices, lang),
        None => Err(NO_SURVEY_KEPT.get(lang).to_string()),
    })
}

/// The survey read with `choices`. A file with no answer column yet is no error: its
/// columns are listed so the user can map them by hand.
fn summarise(csv: &str, choices: &survey::ImportChoices, lang: Lang) -> Result<String, String> {
    let result = match survey::aggregate_csv_with(csv, choices) {
        Ok(result) => result,
        Err(survey::SurveyError::NoItemColumns) => {
            let columns = survey::read_columns(csv, choices).map_err(|e| e.message(lang))?;
            let mut summary = SurveySummary::default();
            (summary.columns, summary.columns_omitted) = column_lines(&columns);
            return Ok(summary.encode());
        }
        Err(e) => return Err(e.message(lang)),
    };
    let mut summary = survey_summary(&result, lang);
    let statistics = result.responses.statistics();
    summary.statistics = statistics::to_lines(&statistics);
    summary.tables = statistics::tables_csv(&statistics, lang)
        .into_iter()
        .map(|(stem, csv)| (stem.to_string(), csv))
        .collect();
    Ok(summary.encode())
}

fn survey_summary(result: &survey::SurveyResult, lang: Lang) -> SurveySummary {
    let shown = &result.problems[..result.problems.len().min(LIST_LIMIT)];
    let (columns, mut columns_omitted) = column_lines(&result.columns);
    columns_omitted += result.columns_beyond;
    SurveySummary {
        code: share::encode(&result.assessment),
        survey_code: share::encode_with_survey(&result.assessment, &survey_digest(result)),
        respondents: result.respondents,
        items: item_lines(result),
        criteria: survey::questionnaire_ids()
            .filter_map(|id| result.criteria.get(id).map(|d| (id, d)))
            .map(|(id, d)| (id.to_string(), [d.yes, d.partly, d.no], d.blank))
            .collect(),
        problems: shown
            .iter()
            .map(|p| clip(&p.message(lang), PROBLEM_CHARS))
            .collect(),
        problems_omitted: result.problems_omitted + (result.problems.len() - shown.len()),
        columns,
        columns_omitted,
        labels: result
            .unknown_labels
            .iter()
            .map(|l| (clip(&l.label, CLIP_CHARS), l.count))
            .collect(),
        decimals: result.decimals,
        decimal_examples: result
            .decimal_examples
            .iter()
            .map(|d| (d.line, d.id.to_string(), clip(&d.value, CLIP_CHARS)))
            .collect(),
        missing_ids: result.missing_ids.iter().map(|id| id.to_string()).collect(),
        statistics: String::new(),
        tables: Vec::new(),
    }
}

/// What a result link carries of the survey: n and each item's and criterion's counts.
fn survey_digest(result: &survey::SurveyResult) -> share::SurveyDigest {
    share::SurveyDigest {
        respondents: u32::try_from(result.respondents).unwrap_or(u32::MAX),
        items: survey::questionnaire_ids()
            .filter_map(|id| result.items.get(id).map(|d| (id, d)))
            .map(|(id, d)| share::ItemCounts {
                id: id.to_string(),
                counts: d.counts,
                decimal: d.decimal,
                not_applicable: d.not_applicable,
            })
            .collect(),
        criteria: survey::questionnaire_ids()
            .filter_map(|id| result.criteria.get(id).map(|d| (id, d)))
            .map(|(id, d)| share::CriterionCounts {
                id: id.to_string(),
                yes: d.yes,
                partly: d.partly,
                no: d.no,
            })
            .collect(),
    }
}

/// Items in questionnaire order.
fn item_lines(result: &survey::SurveyResult) -> Vec<ItemLine> {
    survey::questionnaire_ids()
        .filter_map(|id| result.items.get(id).map(|d| (id, d)))
        .map(|(id, d)| ItemLine {
            id: id.to_string(),
            counts: d.counts,
            decimal: d.decimal,
            not_applicable: d.not_applicable,
            blank: d.blank,
            mean_cents: d.mean_cents(),
        })
        .collect()
}

fn column_lines(columns: &[survey::ColumnReport]) -> (Vec<ColumnLine>, usize) {
    let lines = columns
        .iter()
        .enumerate()
        .take(COLUMN_LIMIT)
        .map(|(at, c)| {
            let (how, ids) = match &c.how {
                survey::Match::Code => ("code", vec![]),
                survey::Match::Statement => ("statement", vec![]),
                survey::Match::ProfileName => ("profile", vec![]),
                survey::Match::Chosen => ("chosen", vec![]),
                survey::Match::Ambiguous(ids) => ("ambiguous", ids.clone()),
                survey::Match::Repeated(id) => ("repeated", vec![*id]),
                survey::Match::Unknown => ("unknown", vec![]),
            };
            ColumnLine {
                at,
                key: survey::column_key(c.column),
                how: how.to_string(),
                ids: ids.iter().map(|id| id.to_string()).collect(),
                header: clip(&c.header, CLIP_CHARS),
            }
        });
    (lines.collect(), columns.len().saturating_sub(COLUMN_LIMIT))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(op: Op, lang: Lang, payload: &str) -> Result<String, String> {
        let request = Request {
            id: 9,
            op,
            lang,
            payload: payload.to_string(),
        };
        let reply = Reply::decode(&handle(&request.encode())).expect("a reply");
        assert_eq!(reply.id, 9);
        reply.result
    }

    #[test]
    fn the_inventory_rides_along_an_export_and_an_import() {
        use crate::websites::{attach, detach, Website};
        let sites = vec![Website::new("Dinas Kominfo", "kominfo.go.id", true, false)];
        let exact = store::exact(&crate::model::Assessment::default());
        let json = ask(Op::ExportJson, Lang::En, &attach(&exact, &sites)).unwrap();
        assert!(
            json.contains("\"version\": 3") && json.contains("kominfo.go.id"),
            "{json}"
        );
        let back = ask(Op::ImportJson, Lang::En, &json).unwrap();
        assert_eq!(detach(&back), (exact.clone(), sites));
        // Without an inventory, nothing rides along.
        let plain = ask(Op::ExportJson, Lang::En, &exact).unwrap();
        assert_eq!(ask(Op::ImportJson, Lang::En, &plain).unwrap(), exact);
    }

    #[test]
    fn json_exported_from_a_code_imports_back_to_the_same_code() {
        let template = ask(Op::TemplateJson, Lang::En, "").unwrap();
        let filled = template.replacen("\"S1.1\": null", "\"S1.1\": 4", 1);
        let code = ask(Op::ImportJson, Lang::En, &filled).unwrap();
        let json = ask(Op::ExportJson, Lang::En, &code).unwrap();
        assert!(json.contains("\"S1.1\": 4"), "{json}");
        assert_eq!(ask(Op::ImportJson, Lang::En, &json).unwrap(), code);
    }

    #[test]
    fn bad_json_lists_every_problem_in_the_users_language() {
        let bad = r#"{"format":"cermat-response","version":1,"answers":{"scv":{"S1.1":7,"X9":1}}}"#;
        let en = ask(Op::ImportJson, Lang::En, bad).unwrap_err();
        let id = ask(Op::ImportJson, Lang::Id, bad).unwrap_err();
        assert_eq!(en.lines().count(), 2, "{en}");
        assert!(en.contains("answers.scv.S1.1") && en.contains("answers.scv.X9"));
        assert_ne!(en, id);
    }

    #[test]
    fn csv_import_summarises_respondents_and_bad_rows() {
        let csv = "Timestamp;S1.1;E1\n2024-01-01;4;ya\n2024-01-02;2;tidak\n2024-01-03;9;ya\n";
        let summary = SurveySummary::decode(&ask(Op::ImportCsv, Lang::Id, csv).unwrap());
        assert_eq!(summary.respondents, 2);
        let item = &summary.items[0];
        assert_eq!((item.id.as_str(), item.counts), ("S1.1", [0, 1, 0, 1, 0]));
        assert_eq!(item.mean_cents, Some(300));
        assert_eq!(summary.problems.len(), 1);
        assert!(
            summary.problems[0].contains('4'),
            "names line 4: {:?}",
            summary.problems
        );
        let aggregated = share::decode(&summary.code).unwrap();
        assert_eq!(
            aggregated.answers.scv.get("S1.1"),
            Some(&crate::model::LikertAnswer::Score(3.0))
        );
    }

    #[test]
    fn a_survey_summary_carries_its_statistics_and_its_tables() {
        let csv = "Usia;S1.1;S1.2\n23;4;5\n35;3;4\n41;5;5\n";
        let summary = SurveySummary::decode(&ask(Op::ImportCsv, Lang::Id, csv).unwrap());
        let stats = statistics::from_lines(&summary.statistics).expect("the statistics read back");
        assert_eq!(stats.respondents, 3);
        assert_eq!(stats.items[0].mean_cents, Some(400));
        assert_eq!(summary.tables[0].0, "statistik-butir");
        assert!(
            summary.tables[0].1.contains("S1.1;Dukungan;3"),
            "{}",
            summary.tables[0].1
        );
        assert!(summary.survey_code.starts_with('3'));
        assert_eq!(
            share::decode_with_survey(&summary.survey_code)
                .unwrap()
                .1
                .unwrap()
                .respondents,
            3
        );
    }

    #[test]
    fn long_lists_are_cut_to_what_can_be_read_and_counted() {
        let keys: Vec<String> = (0..5000).map(|i| format!("\"X{i}\": 1")).collect();
        let json = format!(
            "{{\"format\":\"cermat-response\",\"version\":1,\"answers\":{{\"scv\":{{{}}}}}}}",
            keys.join(",")
        );
        let problems = ask(Op::ImportJson, Lang::En, &json).unwrap_err();
        let lines: Vec<&str> = problems.lines().collect();
        assert_eq!(lines.len(), LIST_LIMIT + 1, "{problems}");
        assert_eq!(lines[LIST_LIMIT], "…and 4950 more problems");

        let header = format!("S1.1,{}", "x".repeat(500) + &",".repeat(3000));
        let csv = format!("{header}\n4\n");
        let summary = SurveySummary::decode(&ask(Op::ImportCsv, Lang::Id, &csv).unwrap());
        assert_eq!(summary.respondents, 1);
        assert_eq!(summary.columns.len(), COLUMN_LIMIT);
        assert_eq!(summary.columns_omitted, 3002 - COLUMN_LIMIT);
        assert!(summary
            .columns
            .iter()
            .all(|c| c.header.chars().count() <= CLIP_CHARS + 1));
    }

    #[test]
    fn files_that_are_not_text_are_refused_with_a_message() {
        let head = |op| {
            Request {
                id: 4,
                op,
                lang: Lang::En,
                payload: String::new(),
            }
            .encode()
        };
        let latin1 = b"S1.1;Kecamatan\n4;Ilir Barat \xe9\n";
        let reply = Reply::decode(&handle_file(&head(Op::ImportCsv), latin1)).unwrap();
        assert!(reply.result.unwrap_err().contains("not UTF-8"));
        let json =
            b"{\"format\":\"cermat-response\",\"version\":1,\"profile\":{\"region\":\"K\xf6ln\"}}";
        let reply = Reply::decode(&handle_file(&head(Op::ImportJson), json)).unwrap();
        assert!(reply.result.is_err());
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("S1.1\n4\n".encode_utf16().flat_map(u16::to_le_bytes));
        let reply = Reply::decode(&handle_file(&head(Op::ImportCsv), &utf16)).unwrap();
        assert_eq!(SurveySummary::decode(&reply.result.unwrap()).respondents, 1);
    }

    #[test]
    fn report_and_garbage() {
        let exact = store::exact(&crate::model::Assessment::default());
        let report = ask(Op::ReportJson, Lang::En, &exact).unwrap();
        assert!(report.contains("\"cermat-report\""));
        assert!(ask(Op::ExportJson, Lang::En, "not a code").is_err());
        let reply = Reply::decode(&handle("garbage")).unwrap();
        assert!(reply.result.is_err());
    }
}
