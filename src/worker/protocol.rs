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
    /// Survey CSV in, a `SurveySummary` out.
    ImportCsv,
    /// An assessment (exact text) in, report JSON out.
    ReportJson,
}

impl Op {
    const ALL: [Op; 6] = [
        Op::ExportJson,
        Op::ImportJson,
        Op::TemplateJson,
        Op::TemplateCsv,
        Op::ImportCsv,
        Op::ReportJson,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Op::ExportJson => "export-json",
            Op::ImportJson => "import-json",
            Op::TemplateJson => "template-json",
            Op::TemplateCsv => "template-csv",
            Op::ImportCsv => "import-csv",
            Op::ReportJson => "report-json",
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

/// What the app shows after a CSV import: the aggregated assessment (as a share code)
/// and enough detail for the assessor to trust it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SurveySummary {
    pub code: String,
    pub respondents: usize,
    /// Item id, answers 1..5, N/A, blank.
    pub items: Vec<(String, [u32; 5], u32, u32)>,
    /// Criterion id, yes, partly, no, blank.
    pub criteria: Vec<(String, [u32; 3], u32)>,
    /// Skipped rows, each message in the user's language with its line number.
    pub problems: Vec<String>,
    pub problems_omitted: usize,
    /// At most `LIST_LIMIT`, each clipped to `CLIP_CHARS`.
    pub ignored_columns: Vec<String>,
    /// Ignored columns beyond `LIST_LIMIT`.
    pub ignored_omitted: usize,
    pub missing_ids: Vec<String>,
}

impl SurveySummary {
    /// One record a line, fields separated by tabs (no field contains a tab or newline:
    /// `clean` replaces them).
    pub fn encode(&self) -> String {
        let mut lines = vec![
            format!("code\t{}", self.code),
            format!("respondents\t{}", self.respondents),
            format!("omitted\t{}", self.problems_omitted),
            format!("ignored-omitted\t{}", self.ignored_omitted),
        ];
        for (id, counts, na, blank) in &self.items {
            let c = counts.map(|n| n.to_string()).join(" ");
            lines.push(format!("item\t{id}\t{c}\t{na}\t{blank}"));
        }
        for (id, [y, p, n], blank) in &self.criteria {
            lines.push(format!("criterion\t{id}\t{y} {p} {n}\t{blank}"));
        }
        lines.extend(
            self.problems
                .iter()
                .map(|m| format!("problem\t{}", clean(m))),
        );
        lines.extend(
            self.ignored_columns
                .iter()
                .map(|c| format!("ignored\t{}", clean(c))),
        );
        lines.extend(self.missing_ids.iter().map(|id| format!("missing\t{id}")));
        lines.join("\n")
    }

    /// Reads what `encode` wrote; unknown or malformed lines are skipped.
    pub fn decode(text: &str) -> SurveySummary {
        let mut s = SurveySummary::default();
        for line in text.lines() {
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                ["code", code] => s.code = code.to_string(),
                ["respondents", n] => s.respondents = n.parse().unwrap_or(0),
                ["omitted", n] => s.problems_omitted = n.parse().unwrap_or(0),
                ["ignored-omitted", n] => s.ignored_omitted = n.parse().unwrap_or(0),
                ["item", id, counts, na, blank] => {
                    if let Some(counts) = numbers::<5>(counts) {
                        s.items.push((id.to_string(), counts, num(na), num(blank)));
                    }
                }
                ["criterion", id, counts, blank] => {
                    if let Some(counts) = numbers::<3>(counts) {
                        s.criteria.push((id.to_string(), counts, num(blank)));
                    }
                }
                ["problem", m] => s.problems.push(m.to_string()),
                ["ignored", c] => s.ignored_columns.push(c.to_string()),
                ["missing", id] => s.missing_ids.push(id.to_string()),
                _ => {}
            }
        }
        s
    }
}

fn clean(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

fn num(text: &str) -> u32 {
    text.parse().unwrap_or(0)
}

fn numbers<const N: usize>(text: &str) -> Option<[u32; N]> {
    let parsed: Vec<u32> = text
        .split(' ')
        .map(|n| n.parse().ok())
        .collect::<Option<_>>()?;
    parsed.try_into().ok()
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

    #[test]
    fn survey_summaries_round_trip_and_keep_fields_on_one_line() {
        let summary = SurveySummary {
            code: "1abc".into(),
            respondents: 12,
            items: vec![("S1.1".into(), [1, 2, 3, 4, 0], 1, 1)],
            criteria: vec![("E1".into(), [5, 4, 3], 0)],
            problems: vec!["line 4:\tbad".into()],
            problems_omitted: 2,
            ignored_columns: vec!["Timestamp".into()],
            ignored_omitted: 4,
            missing_ids: vec!["K5".into()],
        };
        let decoded = SurveySummary::decode(&summary.encode());
        assert_eq!(decoded.problems, vec!["line 4: bad".to_string()]);
        assert_eq!(
            SurveySummary {
                problems: summary.problems.clone(),
                ..decoded
            },
            summary
        );
    }
}
