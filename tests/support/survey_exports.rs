//! Survey-export fixtures built from the instruments' content, for `tests/survey_exports.rs`.
//!
//! A `Survey` is what 100 respondents answered, drawn from a small deterministic PRNG; an
//! export shape turns it into `Column`s (a header and one cell per respondent) and a
//! `Dialect` writes them as the tool would. The expected aggregate is computed here from
//! the answers themselves, never from the cells, with integers only: an item's mean in
//! hundredths rounded half up, a criterion's most frequent answer with ties going to the
//! lower answer (No < Partly < Yes).

use cermat::content;
use cermat::model::{
    Element, InstrumentId, LikertAnswer, Profile, ProfileField, Stage, StageAnswer, Text,
};
use cermat::survey::{SurveyError, SurveyResult};

/// Respondents in every fixture.
pub const RESPONDENTS: usize = 100;

/// xorshift64: small, deterministic, good enough to spread answers.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        // Never zero (xorshift would stay at zero), and nearby seeds start far apart.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform in `0..n` (the modulo bias is irrelevant here).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// True with probability `p` per mille.
    pub fn per_mille(&mut self, p: u64) -> bool {
        self.below(1000) < p
    }

    /// An index drawn with the given weights.
    pub fn weighted(&mut self, weights: &[u64]) -> usize {
        let mut pick = self.below(weights.iter().sum());
        for (i, w) in weights.iter().enumerate() {
            if pick < *w {
                return i;
            }
            pick -= w;
        }
        weights.len() - 1
    }
}

/// One Likert item of the content, with where it sits.
pub struct ItemRef {
    pub instrument: InstrumentId,
    pub element: &'static Element,
    pub id: &'static str,
    pub statement: Text,
}

/// One stage criterion of the content.
pub struct CriterionRef {
    pub stage: &'static Stage,
    pub id: &'static str,
    pub statement: Text,
}

/// What one respondent wrote for one Likert item.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Likert {
    /// 1 to 5.
    Point(u8),
    /// A decimal typed at data entry, in hundredths (350 is "3,5").
    Cents(u32),
    NotApplicable,
    Blank,
}

/// What one respondent wrote for one stage criterion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    Answer(StageAnswer),
    Blank,
}

pub struct Respondent {
    /// Parallel to `Survey::items`.
    pub likert: Vec<Likert>,
    /// Parallel to `Survey::criteria`.
    pub stage: Vec<Verdict>,
}

/// How often a cell is left blank or answered "not applicable", per mille.
#[derive(Clone, Copy)]
pub struct Rates {
    pub blank: u64,
    pub not_applicable: u64,
}

pub struct Survey {
    pub items: Vec<ItemRef>,
    pub criteria: Vec<CriterionRef>,
    pub respondents: Vec<Respondent>,
}

pub fn all_items() -> Vec<ItemRef> {
    let mut items = Vec::new();
    for instrument in InstrumentId::ALL {
        for element in content::likert(instrument).elements {
            for indicator in element.indicators {
                for item in indicator.items {
                    items.push(ItemRef {
                        instrument,
                        element,
                        id: item.id,
                        statement: item.statement,
                    });
                }
            }
        }
    }
    items
}

pub fn all_criteria() -> Vec<CriterionRef> {
    let mut criteria = Vec::new();
    for stage in content::stages().stages {
        for criterion in stage.criteria {
            criteria.push(CriterionRef {
                stage,
                id: criterion.id,
                statement: criterion.statement,
            });
        }
    }
    criteria
}

impl Survey {
    /// Every item and criterion of the content (`with_criteria`), answered by
    /// `RESPONDENTS` respondents. Each item gets its own leaning (random weights over
    /// 1-5) so that the means differ from item to item.
    pub fn generate(seed: u64, rates: Rates, with_criteria: bool) -> Survey {
        let mut rng = Rng::new(seed);
        let items = all_items();
        let criteria = if with_criteria {
            all_criteria()
        } else {
            Vec::new()
        };
        let item_weights: Vec<[u64; 5]> = items
            .iter()
            .map(|_| std::array::from_fn(|_| 1 + rng.below(9)))
            .collect();
        let criterion_weights: Vec<[u64; 3]> = criteria
            .iter()
            .map(|_| std::array::from_fn(|_| 1 + rng.below(9)))
            .collect();
        let respondents = (0..RESPONDENTS)
            .map(|_| Respondent {
                likert: item_weights
                    .iter()
                    .map(|w| {
                        if rng.per_mille(rates.blank) {
                            Likert::Blank
                        } else if rng.per_mille(rates.not_applicable) {
                            Likert::NotApplicable
                        } else {
                            Likert::Point(rng.weighted(w) as u8 + 1)
                        }
                    })
                    .collect(),
                stage: criterion_weights
                    .iter()
                    .map(|w| {
                        if rng.per_mille(rates.blank) {
                            return Verdict::Blank;
                        }
                        let answers = [StageAnswer::No, StageAnswer::Partly, StageAnswer::Yes];
                        Verdict::Answer(answers[rng.weighted(w)])
                    })
                    .collect(),
            })
            .collect();
        Survey {
            items,
            criteria,
            respondents,
        }
    }

    pub fn item_index(&self, id: &str) -> usize {
        self.items
            .iter()
            .position(|i| i.id == id)
            .unwrap_or_else(|| panic!("no item {id} in the content"))
    }

    /// The item's expected aggregate: the mean of the answers in hundredths, rounded
    /// half up (`(2 * sum + n) / (2 * n)` with the sum in hundredths, which for whole
    /// points is `(200 * sum + n) / (2 * n)`); N/A when only N/A; none when all blank.
    pub fn expected_likert(&self, k: usize) -> Option<LikertAnswer> {
        let (mut sum_cents, mut n, mut not_applicable) = (0u64, 0u64, 0u64);
        for r in &self.respondents {
            match r.likert[k] {
                Likert::Point(v) => {
                    sum_cents += 100 * u64::from(v);
                    n += 1;
                }
                Likert::Cents(c) => {
                    sum_cents += u64::from(c);
                    n += 1;
                }
                Likert::NotApplicable => not_applicable += 1,
                Likert::Blank => {}
            }
        }
        if n > 0 {
            let cents = (2 * sum_cents + n) / (2 * n);
            Some(LikertAnswer::Score(cents as f64 / 100.0))
        } else if not_applicable > 0 {
            Some(LikertAnswer::NotApplicable)
        } else {
            None
        }
    }

    /// The criterion's expected aggregate: the most frequent answer, a tie going to the
    /// lower answer; none when all blank.
    pub fn expected_stage(&self, k: usize) -> Option<StageAnswer> {
        let ranked = [StageAnswer::No, StageAnswer::Partly, StageAnswer::Yes];
        let count = |a: StageAnswer| {
            self.respondents
                .iter()
                .filter(|r| r.stage[k] == Verdict::Answer(a))
                .count()
        };
        let mut best: Option<(StageAnswer, usize)> = None;
        for a in ranked {
            let c = count(a);
            // Strictly more: on a tie the lower answer, seen first, stays.
            if c > best.map_or(0, |(_, b)| b) {
                best = Some((a, c));
            }
        }
        best.map(|(a, _)| a)
    }
}

/// What a column that is neither an item nor a criterion must become.
#[derive(Clone, Copy, Debug)]
pub enum Extra {
    /// Listed in `ignored_columns` (Timestamp, email, `_uuid`, ...).
    Ignored,
    /// Either ignored or taken as this profile field with this value ("" when the
    /// respondents disagree and the field must stay empty).
    MaybeProfile(ProfileField, &'static str),
    /// Taken as this profile field (a template's own profile column).
    Profile(ProfileField, &'static str),
}

#[derive(Clone, Copy, Debug)]
pub enum Role {
    /// Index into `Survey::items`.
    Item(usize),
    /// Index into `Survey::criteria`.
    Criterion(usize),
    Extra(Extra),
}

pub struct Column {
    pub header: String,
    /// One per respondent.
    pub cells: Vec<String>,
    pub role: Role,
}

/// One column per item, in content order.
pub fn item_columns(
    survey: &Survey,
    header: impl Fn(&ItemRef, usize) -> String,
    cell: impl Fn(&ItemRef, Likert) -> String,
) -> Vec<Column> {
    survey
        .items
        .iter()
        .enumerate()
        .map(|(k, item)| Column {
            header: header(item, k),
            cells: survey
                .respondents
                .iter()
                .map(|r| cell(item, r.likert[k]))
                .collect(),
            role: Role::Item(k),
        })
        .collect()
}

/// One column per criterion, in content order.
pub fn criterion_columns(
    survey: &Survey,
    header: impl Fn(&CriterionRef, usize) -> String,
    cell: impl Fn(Verdict) -> String,
) -> Vec<Column> {
    survey
        .criteria
        .iter()
        .enumerate()
        .map(|(k, criterion)| Column {
            header: header(criterion, k),
            cells: survey
                .respondents
                .iter()
                .map(|r| cell(r.stage[k]))
                .collect(),
            role: Role::Criterion(k),
        })
        .collect()
}

/// A column that is not an item, with a cell per respondent from `cell(respondent)`.
pub fn extra(header: &str, role: Extra, cell: impl Fn(usize) -> String) -> Column {
    Column {
        header: header.to_string(),
        cells: (0..RESPONDENTS).map(cell).collect(),
        role: Role::Extra(role),
    }
}

/// How a tool writes its CSV.
#[derive(Clone, Copy)]
pub struct Dialect {
    pub sep: char,
    /// Every cell quoted (KoboToolbox, LimeSurvey), or only those that need it
    /// (Google Sheets, Excel).
    pub quote_all: bool,
    pub line_end: &'static str,
    /// A UTF-8 byte-order mark first (Excel's "CSV UTF-8").
    pub bom: bool,
}

/// A CSV text from headers and rows: cells holding the separator, a quote, a line
/// break or surrounding spaces are quoted (quotes doubled), or every cell when
/// `quote_all`.
pub fn csv_text(headers: &[String], rows: &[Vec<String>], dialect: Dialect) -> String {
    let cell = |s: &str| {
        let needs =
            dialect.quote_all || s.contains([dialect.sep, '"', '\n', '\r']) || s.trim() != s;
        if needs {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let line = |cells: &[String]| {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        cells.join(&dialect.sep.to_string()) + dialect.line_end
    };
    let mut text = String::new();
    if dialect.bom {
        text.push('\u{feff}');
    }
    text.push_str(&line(headers));
    for row in rows {
        text.push_str(&line(row));
    }
    text
}

/// The columns as a CSV text: one header line, then one line per respondent.
pub fn csv(columns: &[Column], dialect: Dialect) -> String {
    let headers: Vec<String> = columns.iter().map(|c| c.header.clone()).collect();
    let rows: Vec<Vec<String>> = (0..RESPONDENTS)
        .map(|r| columns.iter().map(|c| c.cells[r].clone()).collect())
        .collect();
    csv_text(&headers, &rows, dialect)
}

/// UTF-16 little endian with its byte-order mark, as Excel's "Unicode Text" saves.
pub fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

fn profile_value(profile: &Profile, field: ProfileField) -> String {
    match field {
        ProfileField::Region => profile.region.clone(),
        ProfileField::RegionType => profile
            .region_type
            .map_or(String::new(), |t| t.key().to_string()),
        ProfileField::Unit => profile.unit.clone(),
        ProfileField::Assessor => profile.assessor.clone(),
        ProfileField::Date => profile.date.clone(),
    }
}

fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(70).collect();
    if s.chars().nth(70).is_some() {
        out.push('…');
    }
    format!("{out:?}")
}

/// Checks an aggregate against the survey, mean by mean, and fails with every
/// difference listed (which item, expected and found), never deeper inside.
pub fn check(
    shape: &str,
    outcome: Result<SurveyResult, SurveyError>,
    survey: &Survey,
    columns: &[Column],
) {
    let result = match outcome {
        Ok(result) => result,
        Err(err) => panic!(
            "{shape}: aggregate_csv refused the export: {err:?} ({})",
            err.message(cermat::model::Lang::En)
        ),
    };
    let mut failures: Vec<String> = Vec::new();
    if result.respondents != RESPONDENTS {
        failures.push(format!(
            "respondents: expected {RESPONDENTS}, found {}",
            result.respondents
        ));
    }
    if !result.problems.is_empty() {
        failures.push(format!(
            "{} row problem(s), first: {}",
            result.problems.len() + result.problems_omitted,
            result.problems[0].message(cermat::model::Lang::En)
        ));
    }
    let ignored = |header: &str| {
        result
            .ignored_columns
            .iter()
            .any(|c| c.trim() == header.trim())
    };
    let (mut item_columns, mut criterion_columns) = (0, 0);
    let mut unrecognised = Vec::new();
    for column in columns {
        let id = match column.role {
            Role::Item(k) => {
                item_columns += 1;
                survey.items[k].id
            }
            Role::Criterion(k) => {
                criterion_columns += 1;
                survey.criteria[k].id
            }
            Role::Extra(extra) => {
                let value = |field| profile_value(&result.assessment.profile, field);
                match extra {
                    Extra::Ignored if !ignored(&column.header) => failures.push(format!(
                        "column {} should be ignored, but is not in ignored_columns",
                        clip(&column.header)
                    )),
                    Extra::MaybeProfile(field, expected)
                        if !ignored(&column.header) && value(field) != expected =>
                    {
                        failures.push(format!(
                            "column {} is neither ignored nor taken as profile {field:?} = {expected:?} (found {:?})",
                            clip(&column.header),
                            value(field)
                        ))
                    }
                    Extra::Profile(field, expected)
                        if ignored(&column.header) || value(field) != expected =>
                    {
                        failures.push(format!(
                            "column {} should be profile {field:?} = {expected:?}: ignored {}, found {:?}",
                            clip(&column.header),
                            ignored(&column.header),
                            value(field)
                        ))
                    }
                    _ => {}
                }
                continue;
            }
        };
        let known = result.items.contains_key(id) || result.criteria.contains_key(id);
        if ignored(&column.header) || result.missing_ids.contains(&id) || !known {
            unrecognised.push(format!("{id} from {}", clip(&column.header)));
        }
    }
    if !unrecognised.is_empty() {
        failures.push(format!(
            "{} of {} item/criterion columns not recognised (in ignored_columns or missing_ids), e.g. {}",
            unrecognised.len(),
            item_columns + criterion_columns,
            unrecognised.iter().take(3).cloned().collect::<Vec<_>>().join("; ")
        ));
    }
    if result.items.len() != item_columns || result.criteria.len() != criterion_columns {
        failures.push(format!(
            "recognised {} item and {} criterion columns, the export has {item_columns} and {criterion_columns}",
            result.items.len(),
            result.criteria.len()
        ));
    }
    let answers = &result.assessment.answers;
    let mut wrong_means = Vec::new();
    for (k, item) in survey.items.iter().enumerate() {
        let expected = survey.expected_likert(k);
        let found = answers.likert(item.instrument).get(item.id).copied();
        if found != expected {
            wrong_means.push(format!(
                "{}: expected {expected:?}, found {found:?}",
                item.id
            ));
        }
    }
    for (k, criterion) in survey.criteria.iter().enumerate() {
        let expected = survey.expected_stage(k);
        let found = answers.stage.get(criterion.id).copied();
        if found != expected {
            wrong_means.push(format!(
                "{}: expected {expected:?}, found {found:?}",
                criterion.id
            ));
        }
    }
    if !wrong_means.is_empty() {
        failures.push(format!(
            "{} of {} aggregated answers differ: {}{}",
            wrong_means.len(),
            survey.items.len() + survey.criteria.len(),
            wrong_means
                .iter()
                .take(6)
                .cloned()
                .collect::<Vec<_>>()
                .join("; "),
            if wrong_means.len() > 6 { "; ..." } else { "" }
        ));
    }
    assert!(
        failures.is_empty(),
        "{shape}: {} check(s) failed:\n  - {}",
        failures.len(),
        failures.join("\n  - ")
    );
}
