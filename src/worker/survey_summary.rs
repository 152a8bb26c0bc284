//! What the app shows after a CSV import: the aggregated assessment (as a share code),
//! how each column was read, what needs the user's decision, and enough detail for the
//! assessor to trust the result. Sent as text, one record a line, fields separated by
//! tabs (`clean` takes tabs and line breaks out of every field).

use super::protocol::clean;

/// Header cells a reply lists (a questionnaire has under a hundred columns; a hostile
/// file may have thousands).
pub const COLUMN_LIMIT: usize = 400;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SurveySummary {
    /// The aggregated assessment; empty when no column holds answers yet.
    pub code: String,
    /// The same with the survey's counts (`share::encode_with_survey`), for its link.
    pub survey_code: String,
    pub respondents: usize,
    /// Item id, answers 1..5, decimal answers, N/A, blank; questionnaire order.
    pub items: Vec<ItemLine>,
    /// Criterion id, yes, partly, no, blank.
    pub criteria: Vec<(String, [u32; 3], u32)>,
    /// Skipped rows, each message in the user's language with its line number.
    pub problems: Vec<String>,
    pub problems_omitted: usize,
    /// Every header cell (at most `COLUMN_LIMIT`), in file order.
    pub columns: Vec<ColumnLine>,
    pub columns_omitted: usize,
    /// Answer labels nobody scored yet, with how often they occur.
    pub labels: Vec<(String, usize)>,
    /// Decimal answers taken as given, and the first few as "line, id, value".
    pub decimals: usize,
    pub decimal_examples: Vec<(usize, String, String)>,
    pub missing_ids: Vec<String>,
    /// `statistics::to_lines` of the survey.
    pub statistics: String,
    /// Each statistics table as CSV: file stem and text.
    pub tables: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ItemLine {
    pub id: String,
    pub counts: [u32; 5],
    pub decimal: u32,
    pub not_applicable: u32,
    pub blank: u32,
    /// The mean in hundredths, when anyone answered 1-5.
    pub mean_cents: Option<u64>,
}

/// One header cell: its index in the file, the column key (`survey::column_key`), how
/// it was found (`code`, `statement`, `profile`, `chosen`, `ambiguous`, `repeated`,
/// `unknown`), the ids it is ambiguous between or repeats, and the header (clipped).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ColumnLine {
    pub at: usize,
    pub key: String,
    pub how: String,
    pub ids: Vec<String>,
    pub header: String,
}

impl SurveySummary {
    /// Some answer column was read: only then may the survey be used.
    pub fn usable(&self) -> bool {
        !self.code.is_empty() && self.respondents > 0
    }

    pub fn encode(&self) -> String {
        let mut lines = vec![
            format!("code\t{}", self.code),
            format!("survey-code\t{}", self.survey_code),
            format!("respondents\t{}", self.respondents),
            format!("omitted\t{}", self.problems_omitted),
            format!("columns-omitted\t{}", self.columns_omitted),
            format!("decimals\t{}", self.decimals),
            format!("statistics\t{}", escape(&self.statistics)),
        ];
        for i in &self.items {
            let c = i.counts.map(|n| n.to_string()).join(" ");
            let mean = i.mean_cents.map_or(String::new(), |m| m.to_string());
            let (d, na, b) = (i.decimal, i.not_applicable, i.blank);
            lines.push(format!("item\t{}\t{c}\t{d}\t{na}\t{b}\t{mean}", i.id));
        }
        for (id, [y, p, n], blank) in &self.criteria {
            lines.push(format!("criterion\t{id}\t{y} {p} {n}\t{blank}"));
        }
        lines.extend(
            self.problems
                .iter()
                .map(|m| format!("problem\t{}", clean(m))),
        );
        for c in &self.columns {
            let (at, key, how, ids) = (c.at, &c.key, &c.how, c.ids.join(" "));
            lines.push(format!(
                "column\t{at}\t{key}\t{how}\t{ids}\t{}",
                clean(&c.header)
            ));
        }
        for (label, count) in &self.labels {
            lines.push(format!("label\t{count}\t{}", clean(label)));
        }
        for (line, id, value) in &self.decimal_examples {
            lines.push(format!("decimal\t{line}\t{id}\t{}", clean(value)));
        }
        lines.extend(self.missing_ids.iter().map(|id| format!("missing\t{id}")));
        for (stem, csv) in &self.tables {
            lines.push(format!("table\t{}\t{}", clean(stem), escape(csv)));
        }
        lines.join("\n")
    }

    /// Reads what `encode` wrote; unknown or malformed lines are skipped.
    pub fn decode(text: &str) -> SurveySummary {
        let mut s = SurveySummary::default();
        for line in text.lines() {
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                ["code", code] => s.code = code.to_string(),
                ["survey-code", code] => s.survey_code = code.to_string(),
                ["respondents", n] => s.respondents = num(n),
                ["omitted", n] => s.problems_omitted = num(n),
                ["columns-omitted", n] => s.columns_omitted = num(n),
                ["decimals", n] => s.decimals = num(n),
                ["statistics", lines] => s.statistics = unescape(lines),
                ["item", id, counts, decimal, na, blank, mean] => {
                    if let Some(counts) = numbers::<5>(counts) {
                        s.items.push(ItemLine {
                            id: id.to_string(),
                            counts,
                            decimal: num(decimal),
                            not_applicable: num(na),
                            blank: num(blank),
                            mean_cents: mean.parse().ok(),
                        });
                    }
                }
                ["criterion", id, counts, blank] => {
                    if let Some(counts) = numbers::<3>(counts) {
                        s.criteria.push((id.to_string(), counts, num(blank)));
                    }
                }
                ["problem", m] => s.problems.push(m.to_string()),
                ["column", at, key, how, ids, header] => s.columns.push(ColumnLine {
                    at: num(at),
                    key: key.to_string(),
                    how: how.to_string(),
                    ids: ids.split_whitespace().map(str::to_string).collect(),
                    header: header.to_string(),
                }),
                ["label", count, label] => s.labels.push((label.to_string(), num(count))),
                ["decimal", line, id, value] => {
                    s.decimal_examples
                        .push((num(line), id.to_string(), value.to_string()));
                }
                ["missing", id] => s.missing_ids.push(id.to_string()),
                ["table", stem, csv] => s.tables.push((stem.to_string(), unescape(csv))),
                _ => {}
            }
        }
        s
    }
}

fn num<T: std::str::FromStr + Default>(text: &str) -> T {
    text.parse().unwrap_or_default()
}

fn numbers<const N: usize>(text: &str) -> Option<[u32; N]> {
    let parsed: Vec<u32> = text
        .split(' ')
        .map(|n| n.parse().ok())
        .collect::<Option<_>>()?;
    parsed.try_into().ok()
}

/// A multi-line text on one line: `\` `\n` `\r` `\t` as `\\` `\n` `\r` `\t`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_round_trip_and_keep_fields_on_one_line() {
        let summary = SurveySummary {
            code: "1abc".into(),
            survey_code: "3abc".into(),
            respondents: 12,
            items: vec![ItemLine {
                id: "S1.1".into(),
                counts: [1, 2, 3, 4, 0],
                decimal: 1,
                not_applicable: 1,
                blank: 1,
                mean_cents: Some(275),
            }],
            criteria: vec![("E1".into(), [5, 4, 3], 0)],
            problems: vec!["line 4: bad".into()],
            problems_omitted: 2,
            columns: vec![ColumnLine {
                at: 3,
                key: "ignore".into(),
                how: "ambiguous".into(),
                ids: vec!["S1.1".into(), "S1.2".into()],
                header: "Pemda kami".into(),
            }],
            columns_omitted: 1,
            labels: vec![("kurang setuju".into(), 34)],
            decimals: 2,
            decimal_examples: vec![(7, "S1.1".into(), "3,5".into())],
            missing_ids: vec!["K5".into()],
            statistics: "n\t3\ni\tS1.1".into(),
            tables: vec![("statistik-butir".into(), "a;b\r\n\"x\\ty\";2\n".into())],
        };
        assert_eq!(SurveySummary::decode(&summary.encode()), summary);
        let messy = SurveySummary {
            problems: vec!["line\t4\nbad".into()],
            ..Default::default()
        };
        assert_eq!(
            SurveySummary::decode(&messy.encode()).problems,
            ["line 4 bad"]
        );
    }
}
