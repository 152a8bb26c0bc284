//! Writing response files: a saved assessment, or the blank template.

use crate::model::ItemMap;

use super::json::Json;
use super::{ids, EVIDENCE_VERSION, RESPONSE_FORMAT, VERSION, WEBSITES_VERSION};
use crate::model::{
    Answers, Assessment, Evidence, InstrumentId, LikertAnswer, Profile, Reference, StageAnswer,
    Targets,
};
use crate::websites::Website;

/// The assessment as a pretty response file that `parse_response` reads back unchanged.
///
/// Every item and criterion id is written, in instrument order, `null` when unanswered,
/// so a saved file is also a form to finish. Ids this version does not know (only
/// possible for an `Assessment` built by hand) are kept after the known ones rather than
/// dropped silently; `parse_response` will then name them.
pub fn response_json(assessment: &Assessment) -> String {
    response_tree(assessment).pretty()
}

/// The assessment with its website inventory (`crate::websites`): version 3 with
/// `websites` last when there is a site, else exactly `response_json`.
pub fn response_json_with_websites(assessment: &Assessment, websites: &[Website]) -> String {
    response_tree_with(assessment, websites).pretty()
}

/// The tree `response_json` writes (a workspace file nests it).
///
/// An assessment with evidence is written as version 2, with `evidence` last; one without
/// is the very version 1 file Cermat wrote before evidence existed, byte for byte.
pub(crate) fn response_tree(assessment: &Assessment) -> Json {
    response_tree_with(assessment, &[])
}

/// The tree `response_json_with_websites` writes (a workspace file nests it).
pub(crate) fn response_tree_with(assessment: &Assessment, websites: &[Website]) -> Json {
    let evidence = evidence_json(&assessment.evidence);
    let version = if !websites.is_empty() {
        WEBSITES_VERSION
    } else if evidence.is_some() {
        EVIDENCE_VERSION
    } else {
        VERSION
    };
    let mut pairs = vec![
        ("format", Json::str(RESPONSE_FORMAT)),
        ("version", Json::Int(version)),
        ("profile", profile_json(&assessment.profile)),
        ("answers", answers_json(&assessment.answers)),
        ("targets", targets_json(&assessment.targets)),
    ];
    pairs.extend(evidence.map(|e| ("evidence", e)));
    if !websites.is_empty() {
        pairs.push((
            "websites",
            Json::Arr(websites.iter().map(website_json).collect()),
        ));
    }
    Json::obj(pairs)
}

/// One site of the inventory: every key always written.
fn website_json(site: &Website) -> Json {
    Json::obj([
        ("name", Json::str(&site.name)),
        ("address", Json::str(&site.address)),
        ("active", Json::Bool(site.active)),
        ("updated_last_3_months", Json::Bool(site.updated)),
    ])
}

/// The `evidence` object, or `None` when there is none to write: each id with evidence,
/// in questionnaire order (then any id this version does not know, for `parse_response`
/// to name), as `{"note": "...", "references": [{"title", "number", "year", "link"}]}`.
/// Every key is always written, an empty text as `""`; an empty entry and a reference
/// with every field blank are left out (the reader drops them too).
pub(crate) fn evidence_json(evidence: &ItemMap<Evidence>) -> Option<Json> {
    let kept = |id: &str| evidence.get(id).filter(|e| !e.is_empty());
    let known = ids::evidence_ids().filter_map(|id| kept(id).map(|e| (id.to_owned(), e)));
    let extra = evidence
        .iter()
        .filter(|(id, e)| !e.is_empty() && !ids::evidence_has(id))
        .map(|(id, e)| (id.clone(), e));
    let pairs: Vec<(String, Json)> = known
        .chain(extra)
        .map(|(id, e)| (id, evidence_entry(e)))
        .collect();
    (!pairs.is_empty()).then_some(Json::Obj(pairs))
}

fn evidence_entry(evidence: &Evidence) -> Json {
    let references = evidence
        .references
        .iter()
        .filter(|r| !r.is_empty())
        .map(reference_json)
        .collect();
    Json::obj([
        ("note", Json::str(&evidence.note)),
        ("references", Json::Arr(references)),
    ])
}

fn reference_json(reference: &Reference) -> Json {
    Json::obj([
        ("title", Json::str(&reference.title)),
        ("number", Json::str(&reference.number)),
        ("year", Json::str(&reference.year)),
        ("link", Json::str(&reference.link)),
    ])
}

/// A blank response file: every item and criterion id with value `null`, profile text
/// fields `""`, `region_type` and both targets `null` (the default target).
/// It equals `response_json(&Assessment::default())`.
pub fn template_json() -> String {
    response_json(&Assessment::default())
}

pub(crate) fn profile_json(profile: &Profile) -> Json {
    Json::obj([
        ("region", Json::str(&profile.region)),
        (
            "region_type",
            Json::opt(profile.region_type.map(|t| Json::str(t.key()))),
        ),
        ("unit", Json::str(&profile.unit)),
        ("assessor", Json::str(&profile.assessor)),
        ("date", Json::str(&profile.date)),
    ])
}

fn answers_json(answers: &Answers) -> Json {
    let likert = |i: InstrumentId| {
        let known = ids::likert_items(i).map(|item| item.id);
        (i.key(), ordered(known, answers.likert(i), likert_value))
    };
    Json::obj([
        likert(InstrumentId::Scv),
        likert(InstrumentId::Ereadiness),
        (
            "stage",
            ordered(ids::stage_criteria(), &answers.stage, stage_value),
        ),
    ])
}

/// Known ids first in instrument order (null when unanswered), then any others.
fn ordered<A>(
    known: impl Iterator<Item = &'static str>,
    answers: &ItemMap<A>,
    value: fn(&A) -> Json,
) -> Json {
    let mut pairs: Vec<(String, Json)> = known
        .map(|id| (id.to_owned(), Json::opt(answers.get(id).map(value))))
        .collect();
    let extra: Vec<(String, Json)> = answers
        .iter()
        .filter(|(id, _)| !pairs.iter().any(|(known, _)| known == *id))
        .map(|(id, answer)| (id.clone(), value(answer)))
        .collect();
    pairs.extend(extra);
    Json::Obj(pairs)
}

fn likert_value(answer: &LikertAnswer) -> Json {
    match answer {
        LikertAnswer::Score(x) => number(*x),
        LikertAnswer::NotApplicable => Json::str("na"),
    }
}

fn stage_value(answer: &StageAnswer) -> Json {
    Json::str(answer.key())
}

/// Whole numbers are written as `4`, not `4.0`, as a person would type them; other
/// values keep full precision so the file reads back to the same score.
pub(crate) fn number(x: f64) -> Json {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        Json::Int(x as i64)
    } else {
        Json::Num(x)
    }
}

fn targets_json(targets: &Targets) -> Json {
    let target = |i: InstrumentId| {
        (
            i.key(),
            Json::opt(targets.get(i).map(|t| Json::Int(t.into()))),
        )
    };
    Json::obj([target(InstrumentId::Scv), target(InstrumentId::Ereadiness)])
}
