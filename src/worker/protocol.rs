//! The text protocol between the app and its tools worker.
//!
//! A request is `<id>\t<op>\t<lang>\n<payload>`; a reply is `<id>\t<ok|error>\n<payload>`.
//! The worker first posts the single line `ready`: messages sent before its wasm has
//! started would otherwise be dropped, so the app waits for it.
//!
//! Replies are data (share codes, summaries, problem lists, file texts), never markup.
//! Whatever grows with the input is cut to what a person can read before it leaves the
//! worker: at most `LIST_LIMIT` entries of a list, with the count of the rest, and every
//! text echoed from the file clipped to `CLIP_CHARS`. The page then never has to lay out
//! ninety thousand lines (issue 13: a hostile file froze the tab for seconds).

use crate::model::Lang;

pub const READY: &str = "ready";

/// What the worker can be asked to do. Payloads are described per variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// An assessment (exact text, `store::exact`) in, response JSON out.
    ExportJson,
    /// Response JSON (or a save the app offered as a file) in, the assessment as exact
    /// text out (or the problems, one per line).
    ImportJson,
    /// Nothing in, a blank response JSON out.
    TemplateJson,
    /// Nothing in, a blank survey CSV out.
    TemplateCsv,
    /// Survey CSV in, a `SurveySummary` out; the worker keeps the file for `RemapCsv`.
    ImportCsv,
    /// The user's `survey::ImportChoices` (as text) in, the kept file read again with
    /// them, a `SurveySummary` out.
    RemapCsv,
    /// A response file (or a save) in, as `ImportJson`, for the comparison page: the
    /// assessment is compared, not made the user's own.
    CompareJson,
    /// A form builder's name (`forms-gas`, `forms-xlsform`, `forms-csv`) in, the file out
    /// (the workbook as a `data:` URL, since replies are text).
    Questionnaire,
    /// An assessment (exact text) in, report JSON out.
    ReportJson,
    /// The workspace's saves (`records::encode_saves`) in, its rows (`workspace::
    /// encode_rows`: label, progress, indices, stage, share code) out.
    WorkspaceList,
    /// Many files in (response files, workspace files, saves, survey CSVs, a CSV with a
    /// region column giving one assessment each), a `records::ImportReply` out.
    WorkspaceImport,
    /// The workspace's saves in, the workspace file (JSON) out.
    WorkspaceExport,
    /// The workspace's saves in, the comparison of them all as CSV out.
    WorkspaceCsv,
}

impl Op {
    const ALL: [Op; 13] = [
        Op::WorkspaceList,
        Op::WorkspaceImport,
        Op::WorkspaceExport,
        Op::WorkspaceCsv,
        Op::CompareJson,
        Op::ExportJson,
        Op::ImportJson,
        Op::TemplateJson,
        Op::TemplateCsv,
        Op::ImportCsv,
        Op::RemapCsv,
        Op::Questionnaire,
        Op::ReportJson,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Op::ExportJson => "export-json",
            Op::ImportJson => "import-json",
            Op::TemplateJson => "template-json",
            Op::TemplateCsv => "template-csv",
            Op::ImportCsv => "import-csv",
            Op::RemapCsv => "remap-csv",
            Op::CompareJson => "compare-json",
            Op::Questionnaire => "questionnaire",
            Op::ReportJson => "report-json",
            Op::WorkspaceList => "workspace-list",
            Op::WorkspaceImport => "workspace-import",
            Op::WorkspaceExport => "workspace-export",
            Op::WorkspaceCsv => "workspace-csv",
        }
    }

    fn from_key(key: &str) -> Option<Op> {
        Op::ALL.into_iter().find(|op| op.key() == key)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub id: u32,
    pub op: Op,
    pub lang: Lang,
    pub payload: String,
}

impl Request {
    pub fn encode(&self) -> String {
        format!(
            "{}\t{}\t{}\n{}",
            self.id,
            self.op.key(),
            self.lang.code(),
            self.payload
        )
    }

    pub fn decode(text: &str) -> Option<Request> {
        let (head, payload) = text.split_once('\n').unwrap_or((text, ""));
        let mut fields = head.split('\t');
        Some(Request {
            id: fields.next()?.parse().ok()?,
            op: Op::from_key(fields.next()?)?,
            lang: Lang::from_tag(fields.next()?)?,
            payload: payload.to_string(),
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Reply {
    pub id: u32,
    /// `Ok(payload)`, or `Err(message)` already in the user's language.
    pub result: Result<String, String>,
}

impl Reply {
    pub fn encode(&self) -> String {
        let (status, payload) = match &self.result {
            Ok(p) => ("ok", p),
            Err(p) => ("error", p),
        };
        format!("{}\t{status}\n{payload}", self.id)
    }

    pub fn decode(text: &str) -> Option<Reply> {
        let (head, payload) = text.split_once('\n').unwrap_or((text, ""));
        let (id, status) = head.split_once('\t')?;
        let payload = payload.to_string();
        Some(Reply {
            id: id.parse().ok()?,
            result: match status {
                "ok" => Ok(payload),
                "error" => Err(payload),
                _ => return None,
            },
        })
    }
}

/// Entries of a list (problems, ignored columns) a reply carries; the rest are counted.
pub const LIST_LIMIT: usize = 50;
/// Characters of a text from the file (a column header, a cell quoted in a problem) a
/// reply carries; longer ones end in `…`.
pub const CLIP_CHARS: usize = 120;

/// `text` cut to `max` characters, with `…` when it was longer.
pub fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => [&text[..at], "…"].concat(),
        None => text.to_string(),
    }
}

pub(crate) fn clean(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_round_trip_with_multiline_payloads() {
        let request = Request {
            id: 7,
            op: Op::ImportCsv,
            lang: Lang::En,
            payload: "a;b\n1;2\n".into(),
        };
        assert_eq!(Request::decode(&request.encode()), Some(request));
        assert_eq!(Request::decode("7\tnonsense\ten\n"), None);
        assert_eq!(Request::decode(""), None);
    }

    #[test]
    fn replies_round_trip_and_reject_garbage() {
        for result in [Ok("x\ny".to_string()), Err("bad".to_string())] {
            let reply = Reply { id: 3, result };
            assert_eq!(Reply::decode(&reply.encode()), Some(reply));
        }
        assert_eq!(Reply::decode("3\tmaybe\n"), None);
        assert_eq!(Reply::decode(READY), None);
    }

    #[test]
    fn clip_counts_characters_not_bytes() {
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(clip("abcd", 3), "abc…");
        assert_eq!(clip("ꦲꦏ꧀ꦱꦫ", 2), "ꦲꦏ…");
        assert_eq!(clip("", 0), "");
    }
}
