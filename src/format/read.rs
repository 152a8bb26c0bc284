//! Reading a response file: JSON text to an `Assessment`, every problem listed.

use crate::model::ItemMap;

use super::json::Json;
use super::problem::{quote, Problem, ProblemKind};
use super::{
    ids, EVIDENCE_VERSION, MAX_INPUT_BYTES, MAX_NOTE_CHARS, MAX_REFERENCES, MAX_REFERENCE_CHARS,
    MAX_WEBSITES, RESPONSE_FORMAT, VERSION, WEBSITES_VERSION,
};
use crate::model::is_real_date;
use crate::model::{
    Answers, Assessment, Evidence, InstrumentId, LikertAnswer, Profile, Reference, RegionType,
    StageAnswer, Targets,
};
use crate::websites::Website;

/// Reads a response file. On failure returns every problem found (in file order, except
/// that a duplicated key is reported when its object is first read).
/// Never panics, whatever the input.
pub fn parse_response(json: &str) -> Result<Assessment, Vec<Problem>> {
    let root = read_tree(json, MAX_INPUT_BYTES).map_err(|p| vec![p])?;
    check_response(&root)
}

/// Checks a response already parsed (a workspace file holds responses) with exactly the
/// rules of `parse_response`; problem paths are relative to `root`.
pub(crate) fn check_response(root: &Json) -> Result<Assessment, Vec<Problem>> {
    check_response_with_websites(root).map(|(assessment, _)| assessment)
}

/// Reads a response file with its website inventory (version 3's `websites`; none in
/// an earlier version), with exactly the rules of `parse_response`.
pub fn parse_response_with_websites(
    json: &str,
) -> Result<(Assessment, Vec<Website>), Vec<Problem>> {
    let root = read_tree(json, MAX_INPUT_BYTES).map_err(|p| vec![p])?;
    check_response_with_websites(&root)
}

/// `check_response` with the website inventory.
pub(crate) fn check_response_with_websites(
    root: &Json,
) -> Result<(Assessment, Vec<Website>), Vec<Problem>> {
    let mut check = Check::default();
    let assessment = check.assessment(root);
    if check.problems.is_empty() {
        Ok((assessment, check.websites))
    } else {
        Err(check.problems)
    }
}

/// The longest profile text, in characters: the one rule the form, the autosave, the
/// link and this reader share.
const MAX_TEXT_CHARS: usize = crate::share::MAX_FIELD_CHARS;

/// Like `parse_response`, for raw file bytes (the CLI): also rejects non-UTF-8 input.
pub fn parse_response_bytes(bytes: &[u8]) -> Result<Assessment, Vec<Problem>> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(vec![too_large()]);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_response(text),
        Err(_) => Err(vec![Problem::new("", ProblemKind::NotUtf8)]),
    }
}

/// `parse_response_bytes` with the website inventory (the browser's imports).
pub fn parse_response_bytes_with_websites(
    bytes: &[u8],
) -> Result<(Assessment, Vec<Website>), Vec<Problem>> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(vec![too_large()]);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_response_with_websites(text),
        Err(_) => Err(vec![Problem::new("", ProblemKind::NotUtf8)]),
    }
}

fn too_large() -> Problem {
    Problem::new(
        "",
        ProblemKind::TooLarge {
            limit: MAX_INPUT_BYTES,
        },
    )
}

/// The JSON tree of a text of at most `limit` bytes, or the one problem that stops
/// reading altogether.
pub(crate) fn read_tree(text: &str, limit: usize) -> Result<Json, Problem> {
    if text.len() > limit {
        return Err(Problem::new("", ProblemKind::TooLarge { limit }));
    }
    // Windows editors (Notepad) often save UTF-8 with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Problem::new("", ProblemKind::Empty));
    }
    serde_json::from_str(text).map_err(|e| {
        // serde_json reports its nesting limit (128) as a syntax error; name it plainly.
        let kind = if e.to_string().contains("recursion limit") {
            ProblemKind::TooDeep
        } else {
            ProblemKind::NotJson {
                line: e.line(),
                column: e.column(),
            }
        };
        Problem::new("", kind)
    })
}

/// `parent.key`; keys are abridged so a hostile key cannot flood the messages.
fn join(parent: &str, key: &str) -> String {
    const MAX_KEY_CHARS: usize = 60;
    let key: String = if key.chars().count() > MAX_KEY_CHARS {
        key.chars().take(MAX_KEY_CHARS).chain(['…']).collect()
    } else {
        key.to_owned()
    };
    if parent.is_empty() {
        key
    } else {
        format!("{parent}.{key}")
    }
}

#[derive(Default)]
struct Check {
    problems: Vec<Problem>,
    /// The `websites` of a version 3 file.
    websites: Vec<Website>,
}

impl Check {
    fn report(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
    }

    /// The entries of an object, each key once (later duplicates are reported and
    /// skipped). `None`, with a problem, when the value is not an object.
    fn entries<'a>(&mut self, path: &str, value: &'a Json) -> Option<Vec<(&'a str, &'a Json)>> {
        let Json::Obj(pairs) = value else {
            self.report(
                path,
                ProblemKind::NotObject {
                    found: quote(value),
                },
            );
            return None;
        };
        Some(super::json::unique_pairs(pairs, |key| {
            self.report(join(path, key), ProblemKind::DuplicateKey)
        }))
    }

    /// Like `entries`, but `null` stands for an absent part and gives no entries.
    fn optional_entries<'a>(&mut self, path: &str, value: &'a Json) -> Vec<(&'a str, &'a Json)> {
        match value {
            Json::Null => Vec::new(),
            _ => self.entries(path, value).unwrap_or_default(),
        }
    }

    fn assessment(&mut self, root: &Json) -> Assessment {
        let mut assessment = Assessment::default();
        let Some(entries) = self.entries("", root) else {
            return assessment;
        };
        for required in ["format", "version"] {
            if !entries.iter().any(|(key, _)| *key == required) {
                self.report(required, ProblemKind::Missing);
            }
        }
        // Version 1 has no evidence, and only version 3 has websites: elsewhere they are
        // unknown keys like any other. A missing or unsupported version is reported once,
        // and both are still checked.
        let is_version = |v: i64| {
            entries
                .iter()
                .any(|(key, value)| *key == "version" && value.as_f64() == Some(v as f64))
        };
        let (version_1, before_3) = (
            is_version(VERSION),
            is_version(VERSION) || is_version(EVIDENCE_VERSION),
        );
        for (key, value) in entries {
            match key {
                "format" => self.format(value),
                "version" => self.version(value),
                "profile" => assessment.profile = self.profile(value),
                "answers" => assessment.answers = self.answers(value),
                "targets" => assessment.targets = self.targets(value),
                "evidence" if !version_1 => assessment.evidence = self.evidence(value),
                "websites" if !before_3 => self.websites = self.websites(value),
                _ => self.report(join("", key), ProblemKind::UnknownKey),
            }
        }
        assessment
    }

    fn format(&mut self, value: &Json) {
        if !matches!(value, Json::Str(s) if s == RESPONSE_FORMAT) {
            self.report(
                "format",
                ProblemKind::WrongFormat {
                    found: quote(value),
                },
            );
        }
    }

    fn version(&mut self, value: &Json) {
        let supported = [VERSION, EVIDENCE_VERSION, WEBSITES_VERSION].map(|v| Some(v as f64));
        if !supported.contains(&value.as_f64()) {
            self.report(
                "version",
                ProblemKind::WrongVersion {
                    found: quote(value),
                },
            );
        }
    }

    fn profile(&mut self, value: &Json) -> Profile {
        let mut profile = Profile::default();
        for (key, value) in self.optional_entries("profile", value) {
            let path = join("profile", key);
            match key {
                "region" => profile.region = self.text(&path, value),
                "unit" => profile.unit = self.text(&path, value),
                "assessor" => profile.assessor = self.text(&path, value),
                "region_type" => profile.region_type = self.region_type(&path, value),
                "date" => profile.date = self.date(&path, value),
                _ => self.report(path, ProblemKind::UnknownKey),
            }
        }
        profile
    }

    /// A free-text profile field; `null` is empty.
    fn text(&mut self, path: &str, value: &Json) -> String {
        self.text_of_at_most(path, value, MAX_TEXT_CHARS)
    }

    /// Text of at most `max` characters (longer is refused, not cut); `null` is empty.
    fn text_of_at_most(&mut self, path: &str, value: &Json, max: usize) -> String {
        match value {
            Json::Str(s) if s.chars().count() > max => {
                let chars = s.chars().count();
                self.report(path, ProblemKind::TextTooLong { chars, max });
                String::new()
            }
            Json::Str(s) => s.clone(),
            Json::Null => String::new(),
            _ => {
                self.report(
                    path,
                    ProblemKind::NotText {
                        found: quote(value),
                    },
                );
                String::new()
            }
        }
    }

    /// `null` and `""` (a form left blank) mean "not said".
    fn region_type(&mut self, path: &str, value: &Json) -> Option<RegionType> {
        match value {
            Json::Null => None,
            Json::Str(s) if s.is_empty() => None,
            Json::Str(s) if RegionType::from_key(s).is_some() => RegionType::from_key(s),
            _ => {
                self.report(
                    path,
                    ProblemKind::BadRegionType {
                        found: quote(value),
                    },
                );
                None
            }
        }
    }

    fn date(&mut self, path: &str, value: &Json) -> String {
        match value {
            Json::Null => String::new(),
            Json::Str(s) if s.is_empty() || is_real_date(s) => s.clone(),
            _ => {
                self.report(
                    path,
                    ProblemKind::BadDate {
                        found: quote(value),
                    },
                );
                String::new()
            }
        }
    }

    fn answers(&mut self, value: &Json) -> Answers {
        let mut answers = Answers::default();
        for (key, value) in self.optional_entries("answers", value) {
            let path = join("answers", key);
            match key {
                "scv" => answers.scv = self.likert(&path, InstrumentId::Scv, value),
                "ereadiness" => {
                    answers.ereadiness = self.likert(&path, InstrumentId::Ereadiness, value)
                }
                "stage" => answers.stage = self.stage(&path, value),
                _ => self.report(path, ProblemKind::UnknownKey),
            }
        }
        answers
    }

    fn likert(
        &mut self,
        path: &str,
        instrument: InstrumentId,
        value: &Json,
    ) -> ItemMap<LikertAnswer> {
        let mut answers = ItemMap::new();
        for (id, value) in self.optional_entries(path, value) {
            let path = join(path, id);
            if !ids::likert_has(instrument, id) {
                let belongs_to = ids::instrument_of(id);
                self.report(path, ProblemKind::UnknownItem { belongs_to });
                continue;
            }
            match likert_answer(value) {
                Ok(Some(answer)) => drop(answers.insert(id.to_owned(), answer)),
                Ok(None) => {}
                Err(kind) => self.report(path, kind),
            }
        }
        answers
    }

    fn stage(&mut self, path: &str, value: &Json) -> ItemMap<StageAnswer> {
        let mut answers = ItemMap::new();
        for (id, value) in self.optional_entries(path, value) {
            let path = join(path, id);
            if !ids::stage_has(id) {
                let belongs_to = ids::instrument_of(id);
                self.report(path, ProblemKind::UnknownItem { belongs_to });
                continue;
            }
            match value {
                Json::Null => {}
                Json::Str(s) if StageAnswer::from_key(s).is_some() => {
                    answers.extend(StageAnswer::from_key(s).map(|a| (id.to_owned(), a)))
                }
                _ => self.report(
                    path,
                    ProblemKind::BadStage {
                        found: quote(value),
                    },
                ),
            }
        }
        answers
    }

    /// The `evidence` object: indicator or criterion id to `{note, references}`. An entry
    /// with nothing in it (blank note, no reference with any field filled) is dropped.
    fn evidence(&mut self, value: &Json) -> ItemMap<Evidence> {
        let mut evidence = ItemMap::new();
        for (id, value) in self.optional_entries("evidence", value) {
            let path = join("evidence", id);
            if !ids::evidence_has(id) {
                self.report(path, ProblemKind::UnknownEvidenceId);
                continue;
            }
            let entry = self.evidence_entry(&path, value);
            if !entry.is_empty() {
                evidence.insert(id.to_owned(), entry);
            }
        }
        evidence
    }

    fn evidence_entry(&mut self, path: &str, value: &Json) -> Evidence {
        let mut evidence = Evidence::default();
        for (key, value) in self.optional_entries(path, value) {
            let path = join(path, key);
            match key {
                "note" => evidence.note = self.text_of_at_most(&path, value, MAX_NOTE_CHARS),
                "references" => evidence.references = self.references(&path, value),
                _ => self.report(path, ProblemKind::UnknownKey),
            }
        }
        evidence
    }

    /// A list of at most `MAX_REFERENCES` references; `null` is none. A reference that is
    /// `null` or has every field blank is dropped.
    fn references(&mut self, path: &str, value: &Json) -> Vec<Reference> {
        let items = match value {
            Json::Null => return Vec::new(),
            Json::Arr(items) => items,
            _ => {
                let found = quote(value);
                self.report(path, ProblemKind::NotList { found });
                return Vec::new();
            }
        };
        if items.len() > MAX_REFERENCES {
            let (count, max) = (items.len(), MAX_REFERENCES);
            self.report(path, ProblemKind::TooManyReferences { count, max });
            return Vec::new();
        }
        let mut references = Vec::with_capacity(items.len());
        for (at, item) in items.iter().enumerate() {
            let path = format!("{path}[{at}]");
            let mut reference = Reference::default();
            for (key, value) in self.optional_entries(&path, item) {
                let path = join(&path, key);
                let field = match key {
                    "title" => &mut reference.title,
                    "number" => &mut reference.number,
                    "year" => &mut reference.year,
                    "link" => &mut reference.link,
                    _ => {
                        self.report(path, ProblemKind::UnknownKey);
                        continue;
                    }
                };
                *field = self.text_of_at_most(&path, value, MAX_REFERENCE_CHARS);
            }
            if !reference.is_empty() {
                references.push(reference);
            }
        }
        references
    }

    /// The `websites` list: at most `MAX_WEBSITES` sites, each `{name, address, active,
    /// updated_last_3_months}`; `null` is none, and so is a `null` item.
    fn websites(&mut self, value: &Json) -> Vec<Website> {
        let items = match value {
            Json::Null => return Vec::new(),
            Json::Arr(items) => items,
            _ => {
                let found = quote(value);
                self.report("websites", ProblemKind::NotList { found });
                return Vec::new();
            }
        };
        if items.len() > MAX_WEBSITES {
            let (count, max) = (items.len(), MAX_WEBSITES);
            self.report("websites", ProblemKind::TooManyWebsites { count, max });
            return Vec::new();
        }
        let mut sites = Vec::with_capacity(items.len());
        for (at, item) in items.iter().enumerate() {
            if *item == Json::Null {
                continue;
            }
            let path = format!("websites[{at}]");
            let (mut name, mut address, mut active, mut updated) =
                (String::new(), String::new(), false, false);
            for (key, value) in self.optional_entries(&path, item) {
                let path = join(&path, key);
                match key {
                    "name" => name = self.text(&path, value),
                    "address" => address = self.text(&path, value),
                    "active" => active = self.flag(&path, value),
                    "updated_last_3_months" => updated = self.flag(&path, value),
                    _ => self.report(path, ProblemKind::UnknownKey),
                }
            }
            sites.push(Website::new(&name, &address, active, updated));
        }
        sites
    }

    /// `true` or `false`; `null` is `false`.
    fn flag(&mut self, path: &str, value: &Json) -> bool {
        match value {
            Json::Bool(on) => *on,
            Json::Null => false,
            _ => {
                let found = quote(value);
                self.report(path, ProblemKind::NotBool { found });
                false
            }
        }
    }

    fn targets(&mut self, value: &Json) -> Targets {
        let mut targets = Targets::default();
        for (key, value) in self.optional_entries("targets", value) {
            let path = join("targets", key);
            let instrument = match key {
                "scv" => InstrumentId::Scv,
                "ereadiness" => InstrumentId::Ereadiness,
                _ => {
                    self.report(path, ProblemKind::UnknownKey);
                    continue;
                }
            };
            match target_level(value) {
                Ok(level) => targets.set(instrument, level),
                Err(kind) => self.report(path, kind),
            }
        }
        targets
    }
}

/// `null` is unanswered (`Ok(None)`); a number 1-5, decimals allowed (a survey gives
/// means), or `"na"`.
fn likert_answer(value: &Json) -> Result<Option<LikertAnswer>, ProblemKind> {
    match value {
        Json::Null => Ok(None),
        Json::Str(s) if s == "na" => Ok(Some(LikertAnswer::NotApplicable)),
        _ => match value.as_f64() {
            Some(x) if (1.0..=5.0).contains(&x) => Ok(Some(LikertAnswer::Score(x))),
            _ => Err(ProblemKind::BadLikert {
                found: quote(value),
            }),
        },
    }
}

/// `null` is the default target; otherwise a whole number 1-5 (`3.0` counts as 3).
fn target_level(value: &Json) -> Result<Option<u8>, ProblemKind> {
    if *value == Json::Null {
        return Ok(None);
    }
    match value.as_f64() {
        Some(x) if x.fract() == 0.0 && (1.0..=5.0).contains(&x) => Ok(Some(x as u8)),
        _ => Err(ProblemKind::BadTarget {
            found: quote(value),
        }),
    }
}
