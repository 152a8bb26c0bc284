//! The workspace file: every assessment of the workspace in one JSON file, to move a
//! workspace to another browser or keep it outside the browser.
//!
//! ```json
//! {
//!   "format": "cermat-workspace",
//!   "version": 1,
//!   "assessments": [
//!     { "name": "Kota Palembang 2024", "response": { "format": "cermat-response", ... } }
//!   ]
//! }
//! ```
//!
//! Each `response` is exactly what a response file holds (`format::response_json`), and is
//! read with exactly its rules (`format::check_response`), so a workspace never accepts an
//! assessment a response file would refuse. Reading is as strict as for a response: every
//! problem is listed (with the entry's position and name) and nothing is read while there
//! is one. Nothing here panics, whatever the input.

use crate::format::{
    check_response_with_websites, read_tree, response_tree_with, unique_pairs, Json, Problem,
    ProblemKind,
};
use crate::model::Assessment;
use crate::websites::Website;

/// One assessment of a workspace file: its name, its answers and its website inventory.
pub type Entry = (String, Assessment, Vec<Website>);

/// The `format` value of a workspace file.
pub const WORKSPACE_FORMAT: &str = "cermat-workspace";
/// The only version so far.
pub const WORKSPACE_VERSION: i64 = 1;
/// Most assessments a workspace file may hold: more is refused, nothing read.
pub const MAX_ASSESSMENTS: usize = 5_000;
/// Larger files are refused before parsing. A written assessment takes about 6 KB, so
/// 5,000 take about 30 MB; a response file's 1 MB cap (`format::MAX_INPUT_BYTES`) would
/// not even hold the 552 regions of Indonesia.
pub const MAX_WORKSPACE_BYTES: usize = 64 * 1024 * 1024;
/// The longest name, in characters: the app's rule for a profile text, refused rather
/// than cut.
const MAX_NAME_CHARS: usize = crate::share::MAX_FIELD_CHARS;
/// Characters of a name quoted in a problem's path.
const QUOTED_NAME_CHARS: usize = 40;

/// The workspace as a pretty file that `read_workspace` reads back unchanged: each entry's
/// name, and its response as `format::response_json` writes it.
pub fn workspace_json(entries: &[(String, Assessment)]) -> String {
    let with: Vec<Entry> = entries
        .iter()
        .map(|(name, a)| (name.clone(), a.clone(), Vec::new()))
        .collect();
    workspace_json_with_websites(&with)
}

/// `workspace_json` with each assessment's website inventory in its response (version 3
/// where it has sites).
pub fn workspace_json_with_websites(entries: &[Entry]) -> String {
    let assessments = entries
        .iter()
        .map(|(name, assessment, websites)| {
            Json::obj([
                ("name", Json::str(name)),
                ("response", response_tree_with(assessment, websites)),
            ])
        })
        .collect();
    Json::obj([
        ("format", Json::str(WORKSPACE_FORMAT)),
        ("version", Json::Int(WORKSPACE_VERSION)),
        ("assessments", Json::Arr(assessments)),
    ])
    .pretty()
}

/// Reads a workspace file: each entry's name (`""` when it has none) and assessment, in
/// file order. On failure, every problem found; a file that is not a workspace file gets
/// the one problem saying so.
pub fn read_workspace(text: &str) -> Result<Vec<(String, Assessment)>, Vec<Problem>> {
    let entries = read_workspace_with_websites(text)?;
    Ok(entries.into_iter().map(|(name, a, _)| (name, a)).collect())
}

/// `read_workspace` with each assessment's website inventory.
pub fn read_workspace_with_websites(text: &str) -> Result<Vec<Entry>, Vec<Problem>> {
    let root = read_tree(text, MAX_WORKSPACE_BYTES).map_err(|p| vec![p])?;
    check_workspace(&root)
}

/// Whether a parsed JSON file names itself a workspace file.
pub(crate) fn is_workspace(root: &Json) -> bool {
    matches!(root, Json::Obj(pairs)
        if pairs.iter().any(|(k, v)| k == "format" && matches!(v, Json::Str(s) if s == WORKSPACE_FORMAT)))
}

/// A parsed workspace file's entries, or every problem in it.
pub(crate) fn check_workspace(root: &Json) -> Result<Vec<Entry>, Vec<Problem>> {
    let not_workspace = || vec![Problem::new("", ProblemKind::NotWorkspace)];
    let Json::Obj(pairs) = root else {
        return Err(not_workspace());
    };
    if !is_workspace(root) {
        return Err(not_workspace());
    }
    let mut problems = Vec::new();
    let mut entries = Vec::new();
    let pairs = unique_pairs(pairs, |key| {
        problems.push(Problem::new(clip(key), ProblemKind::DuplicateKey))
    });
    let seen: Vec<&str> = pairs.iter().map(|(key, _)| *key).collect();
    for (key, value) in pairs {
        match key {
            "format" => {}
            "version" => check_version(value, &mut problems),
            "assessments" => entries = assessments(value, &mut problems),
            _ => problems.push(Problem::new(clip(key), ProblemKind::UnknownKey)),
        }
    }
    for required in ["version", "assessments"] {
        if !seen.contains(&required) {
            problems.push(Problem::new(required, ProblemKind::Missing));
        }
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

fn check_version(value: &Json, problems: &mut Vec<Problem>) {
    if value.as_f64() != Some(WORKSPACE_VERSION as f64) {
        let found = short(value);
        problems.push(Problem::new("version", ProblemKind::WrongVersion { found }));
    }
}

/// The entries of `assessments`; none when there are more than `MAX_ASSESSMENTS`.
fn assessments(value: &Json, problems: &mut Vec<Problem>) -> Vec<Entry> {
    let Json::Arr(items) = value else {
        let found = short(value);
        problems.push(Problem::new("assessments", ProblemKind::NotList { found }));
        return Vec::new();
    };
    if items.len() > MAX_ASSESSMENTS {
        let (count, max) = (items.len(), MAX_ASSESSMENTS);
        let kind = ProblemKind::TooManyAssessments { count, max };
        problems.push(Problem::new("assessments", kind));
        return Vec::new();
    }
    let mut entries = Vec::with_capacity(items.len());
    for (at, item) in items.iter().enumerate() {
        match entry(item) {
            Ok(entry) => entries.push(entry),
            Err(found) => problems.extend(found.into_iter().map(|p| within(at, item, p))),
        }
    }
    entries
}

/// One entry: its name and its response, or its problems (paths inside the entry).
fn entry(item: &Json) -> Result<Entry, Vec<Problem>> {
    let Json::Obj(pairs) = item else {
        let found = short(item);
        return Err(vec![Problem::new("", ProblemKind::NotObject { found })]);
    };
    let mut problems = Vec::new();
    let (mut name, mut assessment) = (String::new(), None);
    let pairs = unique_pairs(pairs, |key| {
        problems.push(Problem::new(clip(key), ProblemKind::DuplicateKey))
    });
    let seen: Vec<&str> = pairs.iter().map(|(key, _)| *key).collect();
    for (key, value) in pairs {
        match key {
            "name" => match entry_name(value) {
                Ok(text) => name = text,
                Err(kind) => problems.push(Problem::new("name", kind)),
            },
            "response" => match check_response_with_websites(value) {
                Ok(read) => assessment = Some(read),
                Err(found) => problems.extend(found.into_iter().map(|p| nested("response", p))),
            },
            _ => problems.push(Problem::new(clip(key), ProblemKind::UnknownKey)),
        }
    }
    if !seen.contains(&"response") {
        problems.push(Problem::new("response", ProblemKind::Missing));
    }
    match assessment {
        Some((assessment, websites)) if problems.is_empty() => Ok((name, assessment, websites)),
        _ => Err(problems),
    }
}

/// A name: text of at most `MAX_NAME_CHARS` characters; `null` is no name.
fn entry_name(value: &Json) -> Result<String, ProblemKind> {
    match value {
        Json::Null => Ok(String::new()),
        Json::Str(s) if s.chars().count() > MAX_NAME_CHARS => Err(ProblemKind::TextTooLong {
            chars: s.chars().count(),
            max: MAX_NAME_CHARS,
        }),
        Json::Str(s) => Ok(s.clone()),
        other => Err(ProblemKind::NotText {
            found: short(other),
        }),
    }
}

/// A problem of entry `at`, its path starting `assessments[at]`, with the entry's name
/// when it has one, so the user finds it: `assessments[3] ("Kota Palembang").response...`.
fn within(at: usize, item: &Json, problem: Problem) -> Problem {
    let name = match item {
        Json::Obj(pairs) => pairs.iter().find_map(|(k, v)| match v {
            Json::Str(s) if k == "name" && !s.trim().is_empty() => Some(s.as_str()),
            _ => None,
        }),
        _ => None,
    };
    let mut head = format!("assessments[{at}]");
    if let Some(name) = name {
        let quoted = serde_json::to_string(&clip_chars(name, QUOTED_NAME_CHARS));
        head = format!("{head} ({})", quoted.unwrap_or_default());
    }
    nested(&head, problem)
}

/// `problem` with `parent` in front of its path.
fn nested(parent: &str, problem: Problem) -> Problem {
    let path = if problem.path.is_empty() {
        parent.to_string()
    } else {
        [parent, ".", &problem.path].concat()
    };
    Problem::new(path, problem.kind)
}

/// A key quoted in a path, abridged so a hostile key cannot flood the messages.
fn clip(key: &str) -> String {
    clip_chars(key, 60)
}

fn clip_chars(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => [&text[..at], "…"].concat(),
        None => text.to_string(),
    }
}

/// A value quoted in a message: short JSON text, containers abridged.
fn short(value: &Json) -> String {
    match value {
        Json::Arr(_) => "[…]".into(),
        Json::Obj(_) => "{…}".into(),
        Json::Str(s) => serde_json::to_string(&clip_chars(s, 40)).unwrap_or_default(),
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, LikertAnswer};

    fn sample(region: &str, score: f64) -> Assessment {
        let mut a = Assessment::default();
        a.profile.region = region.to_string();
        a.answers
            .scv
            .insert("S1.1".into(), LikertAnswer::Score(score));
        a
    }

    #[test]
    fn a_written_workspace_reads_back_and_writes_the_same_text() {
        let entries = vec![
            ("Palembang".to_string(), sample("Kota Palembang", 2.5949)),
            (String::new(), sample("", 4.0)),
        ];
        let text = workspace_json(&entries);
        assert!(text.starts_with("{\n  \"format\": \"cermat-workspace\",\n  \"version\": 1,"));
        let back = read_workspace(&text).unwrap();
        assert_eq!(back, entries);
        assert_eq!(workspace_json(&back), text);
        assert_eq!(read_workspace(&workspace_json(&[])).unwrap(), vec![]);
    }

    #[test]
    fn a_bad_entry_is_named_by_position_and_name() {
        let good = workspace_json(&[("A".into(), sample("a", 3.0))]);
        let bad = good.replace("\"S1.1\": 3", "\"S1.1\": 7");
        let problems = read_workspace(&bad).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].path,
            "assessments[0] (\"A\").response.answers.scv.S1.1"
        );
        assert!(matches!(problems[0].kind, ProblemKind::BadLikert { .. }));
        let unnamed = bad.replace("\"name\": \"A\"", "\"name\": null");
        let problems = read_workspace(&unnamed).unwrap_err();
        assert_eq!(problems[0].path, "assessments[0].response.answers.scv.S1.1");
    }

    #[test]
    fn other_files_are_told_apart() {
        let response = crate::format::response_json(&sample("x", 2.0));
        let problems = read_workspace(&response).unwrap_err();
        assert_eq!(problems, vec![Problem::new("", ProblemKind::NotWorkspace)]);
        assert!(problems[0]
            .message(Lang::En)
            .contains("not a Cermat workspace file"));
        assert!(problems[0]
            .message(Lang::Id)
            .contains("bukan berkas ruang kerja"));
        let odd = r#"{"format": "cermat-workspace", "assessments": {}, "x": 1}"#;
        let problems = read_workspace(odd).unwrap_err();
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["assessments", "x", "version"]);
        assert!(matches!(problems[0].kind, ProblemKind::NotList { .. }));
        for text in [
            "",
            "[]",
            "{",
            "null",
            "{\"format\": \"cermat-workspace\", \"version\": 1, \"assessments\": [1, {}]}",
        ] {
            assert!(read_workspace(text).is_err(), "{text}");
        }
    }

    #[test]
    fn more_than_the_cap_is_refused_whole() {
        let entry = r#"{"response": {"format": "cermat-response", "version": 1}}"#;
        let list = vec![entry; MAX_ASSESSMENTS + 1].join(",");
        let text =
            format!(r#"{{"format": "cermat-workspace", "version": 1, "assessments": [{list}]}}"#);
        let problems = read_workspace(&text).unwrap_err();
        assert_eq!(
            problems[0].kind,
            ProblemKind::TooManyAssessments {
                count: MAX_ASSESSMENTS + 1,
                max: MAX_ASSESSMENTS
            }
        );
        let within = text.replacen(&format!("{entry},"), "", 1);
        let read = read_workspace(&within).unwrap();
        assert_eq!(read.len(), MAX_ASSESSMENTS);
        assert_eq!(read[0].0, "");
    }
}
