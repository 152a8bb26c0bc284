//! A small, forgiving CSV reader (RFC 4180 plus what spreadsheets really write).
//!
//! Fields are split on one separator character; a field that starts with `"` is quoted
//! and may hold separators, newlines and doubled quotes (`""`). Records end at `\n`,
//! `\r\n` or a lone `\r` (old Mac Excel). A quote inside an unquoted field is kept as
//! text rather than rejected, since hand-edited files have them. Every record knows the
//! 1-based line it starts on, for error messages.

/// One record (row) of the file.
#[derive(Debug, PartialEq)]
pub struct Record {
    /// Physical line where the record starts, counting from 1.
    pub line: usize,
    pub fields: Vec<String>,
    /// The file ended inside a quoted field: this record swallowed the rest of the file.
    pub unclosed_quote: bool,
}

/// Splits `text` into records. Never fails: malformed quoting is flagged on the record.
pub fn records(text: &str, sep: char) -> Vec<Record> {
    let mut reader = Reader {
        out: Vec::new(),
        fields: Vec::new(),
        field: String::new(),
        line: 1,
        start: 1,
    };
    let mut chars = text.chars().peekable();
    let mut in_quotes = false;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    reader.field.push('"');
                }
                '"' => in_quotes = false,
                '\r' | '\n' => {
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    reader.field.push('\n');
                    reader.line += 1;
                }
                _ => reader.field.push(c),
            }
            continue;
        }
        match c {
            _ if c == sep => reader.end_field(),
            // Leading spaces before an opening quote are dropped: `a, "b"`.
            '"' if reader.field.trim().is_empty() => {
                reader.field.clear();
                in_quotes = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                reader.end_record(false);
                reader.line += 1;
                reader.start = reader.line;
            }
            _ => reader.field.push(c),
        }
    }
    if in_quotes || !reader.fields.is_empty() || !reader.field.is_empty() {
        reader.end_record(in_quotes);
    }
    reader.out
}

struct Reader {
    out: Vec<Record>,
    fields: Vec<String>,
    field: String,
    line: usize,
    start: usize,
}

impl Reader {
    fn end_field(&mut self) {
        self.fields.push(std::mem::take(&mut self.field));
    }

    fn end_record(&mut self, unclosed_quote: bool) {
        self.end_field();
        let fields = std::mem::take(&mut self.fields);
        self.out.push(Record {
            line: self.start,
            fields,
            unclosed_quote,
        });
    }
}

/// Splits one line on `sep` outside quotes, without unquoting: enough to compare how
/// well each candidate separator cuts a header line.
pub fn split_line(line: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut in_quotes = false;
    let mut start = 0;
    for (i, c) in line.char_indices() {
        if c == '"' {
            in_quotes = !in_quotes;
        } else if c == sep && !in_quotes {
            parts.push(line.get(start..i).unwrap_or(""));
            start = i + c.len_utf8();
        }
    }
    parts.push(line.get(start..).unwrap_or(""));
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str, sep: char) -> Vec<Vec<String>> {
        records(text, sep).into_iter().map(|r| r.fields).collect()
    }

    #[test]
    fn quoted_fields_hold_separators_quotes_and_newlines() {
        let text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\n";
        assert_eq!(
            fields(text, ','),
            vec![vec!["a", "b,c", "say \"hi\""], vec!["two\nlines", "x", ""]]
        );
        let lines: Vec<usize> = records(text, ',').iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![1, 2]);
    }

    #[test]
    fn semicolons_lone_cr_and_missing_final_newline() {
        assert_eq!(
            fields("a;b\rc;d", ';'),
            vec![vec!["a", "b"], vec!["c", "d"]]
        );
    }

    #[test]
    fn an_unclosed_quote_is_flagged_not_fatal() {
        let recs = records("h1,h2\n1,\"oops\n2,3\n", ',');
        assert_eq!(recs.len(), 2);
        assert!(recs[1].unclosed_quote);
        assert_eq!(recs[1].line, 2);
    }

    #[test]
    fn stray_quotes_inside_a_field_are_text() {
        assert_eq!(fields("5\" screen,b", ','), vec![vec!["5\" screen", "b"]]);
    }

    #[test]
    fn split_line_respects_quotes() {
        assert_eq!(split_line("a;\"b;c\";d", ';'), vec!["a", "\"b;c\"", "d"]);
    }
}
