//! The host events of embed mode, version 1: the messages the app sends to a host page
//! that opted in by naming its own origin (web/embed.js `data-events-origin`). They are a
//! stable contract, documented in docs/embedding.md: fields are only ever added, and a
//! change of meaning is a new `version`.
//!
//! Built here as JSON text, natively tested; the views module parses it into an object
//! and posts it to that origin alone (`ui::on_demand::host_events`).

use crate::model::{InstrumentId, Lang};
use crate::scoring::{AssessmentResult, LikertResult};
use crate::state::Progress;

/// The contract's version, in every message.
pub const VERSION: u32 = 1;

/// The app is running and connected.
pub fn ready(lang: Lang) -> String {
    message("ready", &[("lang", quote(lang.code()))])
}

/// How many items are answered, of how many.
pub fn progress(p: Progress) -> String {
    message(
        "progress",
        &[
            ("answered", p.answered.to_string()),
            ("total", p.total.to_string()),
        ],
    )
}

/// The result: its share code and link, per Likert instrument its index, percent,
/// level and predicate (Indonesian, as SPBE names it, and English), and the stage.
pub fn result(code: &str, link: &str, r: &AssessmentResult) -> String {
    let instruments = [
        instrument(InstrumentId::Scv, &r.scv),
        instrument(InstrumentId::Ereadiness, &r.ereadiness),
    ]
    .join(",");
    let achieved = r.stage.achieved;
    let stage = r.stage.stages.iter().find(|s| s.stage.number == achieved);
    let stage = object(&[
        ("achieved", achieved.to_string()),
        ("name", or_null(stage.map(|s| quote(s.stage.name.id)))),
        (
            "nameEn",
            or_null(stage.map(|s| quote(s.stage.name.get(Lang::En)))),
        ),
    ]);
    message(
        "result",
        &[
            ("code", quote(code)),
            ("link", quote(link)),
            ("instruments", ["[", &instruments, "]"].concat()),
            ("stage", stage),
        ],
    )
}

fn instrument(id: InstrumentId, r: &LikertResult) -> String {
    object(&[
        ("id", quote(id.key())),
        ("index", or_null(r.index.map(|v| number(v, 100.0)))),
        ("percent", or_null(r.percent.map(|v| number(v, 10.0)))),
        ("level", or_null(r.band.map(|b| b.level.to_string()))),
        ("predicate", or_null(r.band.map(|b| quote(b.predicate.id)))),
        (
            "predicateEn",
            or_null(r.band.map(|b| quote(b.predicate.get(Lang::En)))),
        ),
        ("answered", r.answered.to_string()),
        ("total", r.total.to_string()),
        ("provisional", r.provisional.to_string()),
    ])
}

fn message(kind: &str, fields: &[(&str, String)]) -> String {
    let mut all = vec![
        ("source", quote("cermat")),
        ("version", VERSION.to_string()),
        ("type", quote(kind)),
    ];
    all.extend(fields.iter().map(|(k, v)| (*k, v.clone())));
    object(&all)
}

fn object(fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| [quote(k).as_str(), ":", v].concat())
        .collect();
    ["{", &body.join(","), "}"].concat()
}

fn or_null(value: Option<String>) -> String {
    value.unwrap_or_else(|| "null".to_string())
}

/// A finite number rounded to 1/`scale` (scores are 1-5, never NaN, but a JSON number
/// must never be `NaN` or `inf` whatever comes in).
fn number(v: f64, scale: f64) -> String {
    if v.is_finite() {
        ((v * scale).round() / scale).to_string()
    } else {
        "null".to_string()
    }
}

/// A JSON string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assessment, LikertAnswer, StageAnswer};
    use crate::scoring::evaluate;
    use crate::state::overall_progress;

    fn parse(text: &str) -> serde_json::Value {
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
    }

    #[test]
    fn every_message_names_its_source_version_and_type() {
        for (text, kind) in [
            (ready(Lang::Id), "ready"),
            (
                progress(overall_progress(&Assessment::default())),
                "progress",
            ),
            (
                result("c", "l", &evaluate(&Assessment::default())),
                "result",
            ),
        ] {
            let v = parse(&text);
            assert_eq!(v["source"], "cermat");
            assert_eq!(v["version"], 1);
            assert_eq!(v["type"], kind);
        }
        assert_eq!(parse(&ready(Lang::En))["lang"], "en");
    }

    #[test]
    fn progress_counts_the_answered_items() {
        let mut a = Assessment::default();
        a.answers
            .scv
            .insert("S1.1".into(), LikertAnswer::Score(4.0));
        a.answers.stage.insert("E1".into(), StageAnswer::Yes);
        let v = parse(&progress(overall_progress(&a)));
        assert_eq!(
            (v["answered"].as_u64(), v["total"].as_u64()),
            (Some(2), Some(87))
        );
    }

    #[test]
    fn the_result_carries_index_level_predicate_and_stage() {
        let mut a = Assessment::default();
        let scv = crate::content::likert(InstrumentId::Scv);
        for item in scv
            .elements
            .iter()
            .flat_map(|e| e.indicators)
            .flat_map(|i| i.items)
        {
            a.answers
                .scv
                .insert(item.id.into(), LikertAnswer::Score(4.0));
        }
        for stage in crate::content::stages().stages.iter().take(2) {
            for c in stage.criteria {
                a.answers.stage.insert(c.id.into(), StageAnswer::Yes);
            }
        }
        let r = evaluate(&a);
        let v = parse(&result("CODE", "https://x.go.id/p#/r/CODE", &r));
        assert_eq!(v["code"], "CODE");
        assert_eq!(v["link"], "https://x.go.id/p#/r/CODE");
        let scv = &v["instruments"][0];
        assert_eq!(scv["id"], "scv");
        assert_eq!(scv["index"], 4.0);
        assert_eq!(scv["level"], 4);
        assert_eq!(scv["predicate"], "Sangat Baik");
        assert_eq!(scv["predicateEn"], "Very good");
        assert_eq!(scv["provisional"], false);
        let er = &v["instruments"][1];
        assert_eq!(
            (
                er["id"].as_str(),
                er["index"].is_null(),
                er["level"].is_null()
            ),
            (Some("ereadiness"), true, true)
        );
        assert_eq!(v["stage"]["achieved"], 2);
        assert_eq!(v["stage"]["name"], r.stage.stages[1].stage.name.id);
    }

    #[test]
    fn text_is_escaped_into_valid_json() {
        let hostile = "\"</script>\\\n\u{2028}\u{0}";
        let v = parse(&result(hostile, hostile, &evaluate(&Assessment::default())));
        assert_eq!(v["code"], hostile);
        assert!(v["stage"]["name"].is_null());
    }
}
