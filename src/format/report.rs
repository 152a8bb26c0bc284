//! Writing the report file: every number of a result, for researchers' own tools.

use super::json::Json;
use super::write::{evidence_json, number, profile_json};
use super::{REPORT_FORMAT, VERSION};
use crate::content;
use crate::model::{Assessment, Band, InstrumentId, Lang, Recommendation, Text};
use crate::plan::{plan_likert, LikertPlan};
use crate::scoring::{
    round_half_up_cents, AssessmentResult, GapRecommendation, LikertResult, StageResult,
};

/// The result as a pretty report file (`cermat-report` version 1).
///
/// Numbers are rounded to 4 decimals to keep float noise (3.4949999999999997) out of
/// the file. A score is never rounded across a band edge: the written value bands, when
/// rounded half-up to two decimals, exactly as the core banded the unrounded one, so
/// `level` and `score` always agree for a reader who re-bands.
///
/// The assessment's evidence, when it has any, ends the file as `evidence`, in the shape
/// of the response file's (version 2); without evidence there is no such key, and the file
/// is what Cermat wrote before evidence existed.
pub fn report_json(result: &AssessmentResult, assessment: &Assessment) -> String {
    report_json_with_websites(result, assessment, &[])
}

/// `report_json` with the website inventory's tally and list (`websites`, last) when it
/// has a row: what the report's annex shows beside the Emerging and Enhanced criteria.
pub fn report_json_with_websites(
    result: &AssessmentResult,
    assessment: &Assessment,
    websites: &[crate::websites::Website],
) -> String {
    let mut pairs = vec![
        ("format", Json::str(REPORT_FORMAT)),
        ("version", Json::Int(VERSION)),
        ("profile", profile_json(&assessment.profile)),
        (
            "scv",
            likert_json(&result.scv, &plan_likert(assessment, InstrumentId::Scv)),
        ),
        (
            "ereadiness",
            likert_json(
                &result.ereadiness,
                &plan_likert(assessment, InstrumentId::Ereadiness),
            ),
        ),
        ("ereadiness_dimensions", dimensions_json(&result.ereadiness)),
        ("stage", stage_json(&result.stage)),
    ];
    pairs.extend(evidence_json(&assessment.evidence).map(|e| ("evidence", e)));
    if !websites.is_empty() {
        pairs.push(("websites", websites_report(websites)));
    }
    Json::obj(pairs).pretty()
}

/// The inventory's tally (percentages whole, half up; `null` without a site) and its
/// sites as a response file lists them.
fn websites_report(websites: &[crate::websites::Website]) -> Json {
    let tally = crate::websites::Tally::of(websites);
    let count = |n: usize| Json::Int(n as i64);
    let percent = |p: Option<u32>| Json::opt(p.map(|p| Json::Int(i64::from(p))));
    let list = super::write::response_tree_with(&Assessment::default(), websites);
    let sites = match list {
        Json::Obj(pairs) => pairs
            .into_iter()
            .find(|(k, _)| k == "websites")
            .map_or(Json::Arr(Vec::new()), |(_, v)| v),
        _ => Json::Arr(Vec::new()),
    };
    Json::obj([
        ("sites", count(tally.sites)),
        ("active", count(tally.active)),
        ("active_percent", percent(tally.active_percent())),
        ("updated_last_3_months", count(tally.updated)),
        ("updated_percent", percent(tally.updated_percent())),
        ("agencies_without_site", count(tally.without_site)),
        ("list", sites),
    ])
}

/// The e-readiness indicators regrouped along the South Sumatra study's three
/// dimensions (`scoring::dimensions`): each one's score, level and indicators.
fn dimensions_json(ereadiness: &LikertResult) -> Json {
    Json::obj(crate::scoring::dimensions(ereadiness).into_iter().map(|d| {
        let ids = d
            .dimension
            .indicators
            .iter()
            .map(|id| Json::str(*id))
            .collect();
        let fields = [
            ("score", Json::opt(d.score.map(score))),
            (
                "level",
                Json::opt(d.band.map(|b| Json::Int(b.level.into()))),
            ),
            ("indicators", Json::Arr(ids)),
        ];
        (d.dimension.key, Json::obj(fields))
    }))
}

fn likert_json(r: &LikertResult, plan: &LikertPlan) -> Json {
    let band = |f: fn(&Band) -> Json| Json::opt(r.band.map(f));
    Json::obj([
        ("bands", Json::str(r.bands.key)),
        ("index", Json::opt(r.index.map(score))),
        ("percent", Json::opt(r.percent.map(round4))),
        ("level", band(|b| Json::Int(b.level.into()))),
        ("level_name", band(|b| text(&b.level_name))),
        ("predicate", band(|b| text(&b.predicate))),
        ("provisional", Json::Bool(r.provisional)),
        ("answered", count(r.answered)),
        ("total", count(r.total)),
        ("target_level", Json::Int(r.target_level.into())),
        ("elements", elements_json(r)),
        ("indicators", indicators_json(r)),
        (
            "recommendations",
            Json::Arr(r.recommendations.iter().map(gap_json).collect()),
        ),
        (
            "no_data",
            Json::Arr(r.no_data.iter().map(|i| Json::str(i.id)).collect()),
        ),
        ("plan", plan_json(plan)),
    ])
}

/// The plan to the target level (`crate::plan`): the fewest steps `{indicator, from, to}`
/// that, applied to the answers, reach it; empty at the target or with no score.
fn plan_json(plan: &LikertPlan) -> Json {
    Json::Arr(
        plan.steps
            .iter()
            .map(|step| {
                Json::obj([
                    ("indicator", Json::str(step.indicator.id)),
                    ("from", round4(step.from)),
                    ("to", Json::Int(step.to.into())),
                ])
            })
            .collect(),
    )
}

fn elements_json(r: &LikertResult) -> Json {
    Json::obj(r.elements.iter().map(|e| {
        let fields = [
            ("score", Json::opt(e.score.map(score))),
            (
                "level",
                Json::opt(e.band.map(|b| Json::Int(b.level.into()))),
            ),
        ];
        (e.element.key, Json::obj(fields))
    }))
}

fn indicators_json(r: &LikertResult) -> Json {
    Json::obj(r.indicators.iter().map(|s| {
        let fields = [
            ("score", Json::opt(s.score.map(score))),
            ("gap", Json::opt(s.gap.map(round4))),
        ];
        (s.indicator.id, Json::obj(fields))
    }))
}

fn gap_json(g: &GapRecommendation) -> Json {
    let mut fields = vec![
        ("indicator", Json::str(g.indicator.id)),
        ("element", Json::str(g.element.key)),
        ("priority", round4(g.priority)),
        ("score", score(g.score)),
        ("gap", round4(g.gap)),
    ];
    fields.extend(advice(content::recommendations(g.indicator.id)));
    Json::obj(fields)
}

fn stage_json(r: &StageResult) -> Json {
    let coverage = r
        .stages
        .iter()
        .map(|s| (s.stage.number.to_string(), round4(s.coverage)));
    let achieved_name = usize::from(r.achieved)
        .checked_sub(1)
        .and_then(|i| r.stages.get(i))
        .map(|s| text(&s.stage.name));
    Json::obj([
        ("achieved", Json::Int(r.achieved.into())),
        ("achieved_name", Json::opt(achieved_name)),
        (
            "ahead",
            Json::Arr(r.ahead.iter().map(|&n| Json::Int(n.into())).collect()),
        ),
        ("coverage", Json::obj(coverage)),
        ("provisional", Json::Bool(r.provisional)),
        ("answered", count(r.answered)),
        ("total", count(r.total)),
        (
            "next_gap",
            Json::Arr(r.next_gap.iter().map(|c| Json::str(c.id)).collect()),
        ),
        // The stage's plan: the criteria that reach the next stage (the same as next_gap).
        (
            "plan",
            Json::Arr(r.next_gap.iter().map(|c| Json::str(c.id)).collect()),
        ),
        (
            "recommendations",
            Json::Arr(r.next_gap.iter().map(|c| criterion_json(c)).collect()),
        ),
    ])
}

fn criterion_json(c: &crate::model::Criterion) -> Json {
    let mut fields = vec![("criterion", Json::str(c.id))];
    fields.extend(advice(content::recommendations(c.id)));
    Json::obj(fields)
}

/// `text` and `basis` of the first recommendation, the others under `further`.
fn advice(recs: &'static [Recommendation]) -> [(&'static str, Json); 3] {
    let first = recs.first();
    let further = recs
        .iter()
        .skip(1)
        .map(|r| Json::obj([("text", text(&r.text)), ("basis", text(&r.basis))]));
    [
        ("text", Json::opt(first.map(|r| text(&r.text)))),
        ("basis", Json::opt(first.map(|r| text(&r.basis)))),
        ("further", Json::Arr(further.collect())),
    ]
}

fn text(t: &Text) -> Json {
    Json::obj([("id", Json::str(t.id)), ("en", Json::str(t.get(Lang::En)))])
}

fn count(n: usize) -> Json {
    Json::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

fn round4(x: f64) -> Json {
    number((x * 10_000.0).round() / 10_000.0)
}

/// A score to 4 decimals without crossing a band edge: 3.4949999 stays in the band
/// of 3.50 (it is 3.495 in truth), but 3.49496 must not be written 3.4950.
fn score(x: f64) -> Json {
    let mut rounded = (x * 10_000.0).round() / 10_000.0;
    let cents = round_half_up_cents(x);
    if round_half_up_cents(rounded) > cents {
        rounded -= 0.0001;
    } else if round_half_up_cents(rounded) < cents {
        rounded += 0.0001;
    }
    number((rounded * 10_000.0).round() / 10_000.0)
}
