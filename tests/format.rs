//! Response and report files: round trips, strict validation, report contents.

use cermat::content;
use cermat::format::{
    parse_response, parse_response_bytes, report_json, response_json, template_json, Problem,
    ProblemKind, MAX_INPUT_BYTES,
};
use cermat::model::{Assessment, Lang, LikertAnswer, RegionType, StageAnswer};
use cermat::scoring::evaluate;
use proptest::prelude::*;
use serde_json::{json, Value};

// ---------- helpers ----------

fn all_item_ids() -> (Vec<&'static str>, Vec<&'static str>, Vec<&'static str>) {
    let likert = |i: &'static cermat::model::LikertInstrument| -> Vec<&'static str> {
        i.elements
            .iter()
            .flat_map(|e| e.indicators.iter())
            .flat_map(|ind| ind.items.iter().map(|item| item.id))
            .collect()
    };
    let stage = content::stages()
        .stages
        .iter()
        .flat_map(|s| s.criteria.iter().map(|c| c.id));
    (
        likert(content::scv()),
        likert(content::ereadiness()),
        stage.collect(),
    )
}

/// A valid response with `patch` merged into its top level.
fn response_with(patch: Value) -> String {
    let mut base = json!({"format": "cermat-response", "version": 1});
    if let (Value::Object(base), Value::Object(patch)) = (&mut base, patch) {
        base.extend(patch);
    }
    base.to_string()
}

fn problems(input: &str) -> Vec<Problem> {
    match parse_response(input) {
        Ok(a) => panic!("accepted {input:.200}: {a:?}"),
        Err(problems) => problems,
    }
}

fn paths(input: &str) -> Vec<String> {
    problems(input).into_iter().map(|p| p.path).collect()
}

/// The one problem of `input`, which must be at `path`.
fn only_problem(input: &str, path: &str) -> ProblemKind {
    let found = problems(input);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].path, path, "{found:?}");
    found[0].kind.clone()
}

fn sample() -> Assessment {
    let mut a = Assessment::default();
    a.profile.region = "Kota Palembang".into();
    a.profile.region_type = Some(RegionType::City);
    a.profile.unit = "Diskominfo".into();
    a.profile.assessor = "Tim Kajian \"Cermat\" \u{2013} ünïcode".into();
    a.profile.date = "2024-02-29".into();
    a.answers
        .scv
        .insert("S1.1".into(), LikertAnswer::Score(4.0));
    a.answers
        .scv
        .insert("S1.2".into(), LikertAnswer::NotApplicable);
    a.answers
        .scv
        .insert("C2.3".into(), LikertAnswer::Score(3.47));
    a.answers
        .scv
        .insert("V3.3".into(), LikertAnswer::Score(1.0 / 3.0 + 2.0));
    a.answers
        .ereadiness
        .insert("AL3.3".into(), LikertAnswer::Score(5.0));
    a.answers.stage.insert("E1".into(), StageAnswer::Yes);
    a.answers.stage.insert("K5".into(), StageAnswer::Partly);
    a.answers.stage.insert("I2".into(), StageAnswer::No);
    a.targets.scv = Some(4);
    a
}

// ---------- round trips and template ----------

#[test]
fn response_json_round_trips() {
    let a = sample();
    let text = response_json(&a);
    assert_eq!(parse_response(&text), Ok(a.clone()));
    // Writing what was read gives the same text: a stable file.
    assert_eq!(response_json(&parse_response(&text).unwrap()), text);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        v["answers"]["scv"]["S1.1"],
        json!(4),
        "whole numbers written as 4"
    );
    assert_eq!(v["answers"]["scv"]["S1.2"], json!("na"));
    assert_eq!(v["answers"]["stage"]["K5"], json!("partly"));
    assert_eq!(v["targets"], json!({"scv": 4, "ereadiness": null}));
    assert_eq!(v["profile"]["region_type"], json!("city"));
}

#[test]
fn template_lists_every_id_with_null() {
    let text = template_json();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "cermat-response");
    assert_eq!(v["version"], 1);
    let (scv, er, stage) = all_item_ids();
    assert_eq!((scv.len(), er.len(), stage.len()), (27, 48, 12));
    for (key, ids) in [("scv", scv), ("ereadiness", er), ("stage", stage)] {
        let answers = v["answers"][key].as_object().unwrap();
        assert_eq!(answers.len(), ids.len(), "{key}");
        for id in ids {
            assert_eq!(answers.get(id), Some(&Value::Null), "{key}.{id}");
        }
    }
    assert_eq!(
        v["profile"],
        json!({"region": "", "region_type": null, "unit": "", "assessor": "", "date": ""})
    );
    assert_eq!(v["targets"], json!({"scv": null, "ereadiness": null}));
    // The blank template is a valid, empty response.
    assert_eq!(parse_response(&text), Ok(Assessment::default()));
    // Keys in reading order: format first, ids in instrument order.
    assert!(text.find("\"format\"").unwrap() < text.find("\"answers\"").unwrap());
    assert!(text.find("\"S3.3\"").unwrap() < text.find("\"C1.1\"").unwrap());
}

#[test]
fn minimal_and_partial_responses_are_accepted() {
    assert_eq!(
        parse_response(&response_with(json!({}))),
        Ok(Assessment::default())
    );
    let a = parse_response(&response_with(json!({
        "answers": {"scv": {"S1.1": 3.5, "S1.2": null, "S1.3": 1, "C1.1": 5.0}},
        "profile": {"region": "Kab. Soppeng", "date": null, "region_type": ""},
        "targets": {"ereadiness": 3.0, "scv": null},
    })))
    .unwrap();
    assert_eq!(a.answers.scv.len(), 3, "null is unanswered");
    assert_eq!(
        a.answers.scv[&"S1.1".to_string()],
        LikertAnswer::Score(3.5),
        "decimals are survey means"
    );
    assert_eq!(a.answers.scv[&"C1.1".to_string()], LikertAnswer::Score(5.0));
    assert_eq!((a.targets.scv, a.targets.ereadiness), (None, Some(3)));
    assert_eq!(a.profile.region, "Kab. Soppeng");
    assert_eq!(a.profile.region_type, None);
    // A byte-order mark (Windows Notepad) is tolerated.
    let bom = format!("\u{feff}{}", response_with(json!({})));
    assert!(parse_response(&bom).is_ok());
}

// ---------- bad input: every kind, with its path ----------

#[test]
fn the_documented_example_message() {
    let input = response_with(json!({"answers": {"scv": {"S1.1": 7}}}));
    let problem = &problems(&input)[0];
    assert_eq!(
        problem.to_string(),
        "answers.scv.S1.1: 7 is not 1-5 or \"na\""
    );
    assert_eq!(problem.message(Lang::En), problem.to_string());
    assert_eq!(
        problem.message(Lang::Id),
        "answers.scv.S1.1: 7 bukan 1-5 atau \"na\""
    );
}

#[test]
fn likert_values_out_of_range_or_of_the_wrong_type() {
    let bad = [
        (json!(0), "0"),
        (json!(6), "6"),
        (json!(7), "7"),
        (json!(0.99), "0.99"),
        (json!(5.01), "5.01"),
        (json!(-3), "-3"),
        (json!("4"), "\"4\""),
        (json!("NA"), "\"NA\""),
        (json!(""), "\"\""),
        (json!(true), "true"),
        (json!([4]), "[…]"),
        (json!({"v": 4}), "{…}"),
    ];
    for (value, quoted) in bad {
        let input = response_with(json!({"answers": {"ereadiness": {"BU2.3": value}}}));
        let kind = only_problem(&input, "answers.ereadiness.BU2.3");
        assert_eq!(
            kind,
            ProblemKind::BadLikert {
                found: quoted.into()
            },
            "{value}"
        );
    }
    for good in [
        json!(1),
        json!(5),
        json!(3.5),
        json!(2.37),
        json!("na"),
        json!(null),
    ] {
        let input = response_with(json!({"answers": {"ereadiness": {"BU2.3": good}}}));
        assert!(parse_response(&input).is_ok(), "{good}");
    }
}

#[test]
fn huge_numbers_are_rejected_not_mangled() {
    let input = r#"{"format":"cermat-response","version":1,"answers":{"scv":{"S1.1":1e300,"S1.2":18446744073709551616}}}"#;
    assert_eq!(paths(input), ["answers.scv.S1.1", "answers.scv.S1.2"]);
    // Beyond f64 altogether: not JSON we can read.
    let input = r#"{"format":"cermat-response","version":1,"answers":{"scv":{"S1.1":1e400}}}"#;
    assert!(matches!(
        only_problem(input, ""),
        ProblemKind::NotJson { .. }
    ));
}

#[test]
fn unknown_and_misplaced_ids() {
    // Raw text, not json!: the expected problems follow the file's key order.
    let input = r#"{"format": "cermat-response", "version": 1, "answers": {
        "scv": {"S1.4": 3, "E1": 3, "ST1.1": 3, "s1.1": 3},
        "stage": {"E2": "yes", "S1.1": "yes"},
        "ereadiness": {"S1.1": 4}}}"#;
    let found = problems(input);
    let summary: Vec<(&str, ProblemKind)> = found
        .iter()
        .map(|p| (p.path.as_str(), p.kind.clone()))
        .collect();
    let unknown = |belongs_to| ProblemKind::UnknownItem { belongs_to };
    assert_eq!(
        summary,
        [
            ("answers.scv.S1.4", unknown(None)),
            ("answers.scv.E1", unknown(Some("stage"))),
            ("answers.scv.ST1.1", unknown(Some("ereadiness"))),
            ("answers.scv.s1.1", unknown(None)),
            ("answers.stage.E2", unknown(None)),
            ("answers.stage.S1.1", unknown(Some("scv"))),
            ("answers.ereadiness.S1.1", unknown(Some("scv"))),
        ]
    );
}

#[test]
fn stage_values() {
    for (value, quoted) in [
        (json!("Yes"), "\"Yes\""),
        (json!(true), "true"),
        (json!(1), "1"),
    ] {
        let input = response_with(json!({"answers": {"stage": {"T2": value}}}));
        assert_eq!(
            only_problem(&input, "answers.stage.T2"),
            ProblemKind::BadStage {
                found: quoted.into()
            }
        );
    }
    let ok = response_with(json!({"answers": {"stage": {"T2": "partly", "T1": null}}}));
    assert_eq!(parse_response(&ok).unwrap().answers.stage.len(), 1);
}

#[test]
fn header_problems() {
    let no_format = json!({"version": 1}).to_string();
    assert_eq!(only_problem(&no_format, "format"), ProblemKind::Missing);
    let no_version = json!({"format": "cermat-response"}).to_string();
    assert_eq!(only_problem(&no_version, "version"), ProblemKind::Missing);
    assert_eq!(paths("{}"), ["format", "version"]);

    let report = json!({"format": "cermat-report", "version": 1}).to_string();
    let found = "\"cermat-report\"".to_string();
    assert_eq!(
        only_problem(&report, "format"),
        ProblemKind::WrongFormat { found }
    );
    let number = json!({"format": 1, "version": 1}).to_string();
    assert!(matches!(
        only_problem(&number, "format"),
        ProblemKind::WrongFormat { .. }
    ));

    for (version, quoted) in [
        (json!(4), "4"),
        (json!("1"), "\"1\""),
        (json!(0), "0"),
        (json!(1.5), "1.5"),
    ] {
        let input = json!({"format": "cermat-response", "version": version}).to_string();
        let kind = only_problem(&input, "version");
        assert_eq!(
            kind,
            ProblemKind::WrongVersion {
                found: quoted.into()
            }
        );
    }
}

#[test]
fn profile_problems() {
    let input = r#"{"format": "cermat-response", "version": 1, "profile": {
        "region": 12, "region_type": "kota", "unit": ["x"], "assessor": null,
        "date": "2024-02-30", "email": "a@b.c"}}"#;
    assert_eq!(
        paths(input),
        [
            "profile.region",
            "profile.region_type",
            "profile.unit",
            "profile.date",
            "profile.email"
        ]
    );
    let found = problems(input);
    assert_eq!(
        found[1].kind,
        ProblemKind::BadRegionType {
            found: "\"kota\"".into()
        }
    );
    assert_eq!(found[4].kind, ProblemKind::UnknownKey);

    for date in [
        "2023-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-04-31",
        "24-01-01",
        "2024/01/01",
        "2024-1-1",
        "2024-01-01T00:00",
        "٢٠٢٤-٠١-٠١",
        "abcd-ef-gh",
        "0000-01-01",
    ] {
        let input = response_with(json!({"profile": {"date": date}}));
        assert!(
            matches!(
                only_problem(&input, "profile.date"),
                ProblemKind::BadDate { .. }
            ),
            "{date}"
        );
    }
    for date in ["2024-02-29", "2000-02-29", "2023-12-31", ""] {
        let input = response_with(json!({"profile": {"date": date}}));
        assert_eq!(parse_response(&input).unwrap().profile.date, date);
    }
    for t in ["province", "regency", "city", "other"] {
        let input = response_with(json!({"profile": {"region_type": t}}));
        assert_eq!(
            parse_response(&input)
                .unwrap()
                .profile
                .region_type
                .unwrap()
                .key(),
            t
        );
    }
}

#[test]
fn target_problems() {
    for (target, quoted) in [
        (json!(0), "0"),
        (json!(6), "6"),
        (json!("x"), "\"x\""),
        (json!(3.5), "3.5"),
        (json!("3"), "\"3\""),
    ] {
        let input = response_with(json!({"targets": {"scv": target}}));
        assert_eq!(
            only_problem(&input, "targets.scv"),
            ProblemKind::BadTarget {
                found: quoted.into()
            }
        );
    }
    let input = response_with(json!({"targets": {"stage": 3}}));
    assert_eq!(
        only_problem(&input, "targets.stage"),
        ProblemKind::UnknownKey
    );
}

#[test]
fn structural_problems() {
    assert_eq!(paths(&response_with(json!({"extra": 1}))), ["extra"]);
    assert_eq!(
        paths(&response_with(json!({"answers": {"likert": {}}}))),
        ["answers.likert"]
    );
    assert_eq!(paths(&response_with(json!({"answers": []}))), ["answers"]);
    assert_eq!(
        paths(&response_with(json!({"answers": {"scv": "all 4"}}))),
        ["answers.scv"]
    );
    assert_eq!(
        paths(&response_with(json!({"profile": "Palembang"}))),
        ["profile"]
    );
    assert_eq!(paths(&response_with(json!({"targets": 4}))), ["targets"]);
    assert_eq!(paths("[1, 2]"), [""]);
    assert_eq!(paths("\"cermat-response\""), [""]);
    assert!(matches!(
        only_problem("[]", ""),
        ProblemKind::NotObject { .. }
    ));
    // Duplicated keys would silently keep one value; they are reported.
    let dup = r#"{"format":"cermat-response","version":1,"answers":{"scv":{"S1.1":2,"S1.1":5}}}"#;
    assert_eq!(
        only_problem(dup, "answers.scv.S1.1"),
        ProblemKind::DuplicateKey
    );
}

#[test]
fn every_problem_is_listed_at_once() {
    let input = json!({
        "format": "cermat-response", "version": 4, "extra": true,
        "profile": {"date": "2024-02-30", "region_type": "kota", "nama": "x"},
        "answers": {"scv": {"S1.1": 7, "S1.2": "4", "S9.9": 3, "S1.3": 3}, "stage": {"E1": "ya"}},
        "targets": {"scv": 0, "ereadiness": "x"},
    })
    .to_string();
    let mut found = paths(&input);
    found.sort();
    assert_eq!(
        found,
        [
            "answers.scv.S1.1",
            "answers.scv.S1.2",
            "answers.scv.S9.9",
            "answers.stage.E1",
            "extra",
            "profile.date",
            "profile.nama",
            "profile.region_type",
            "targets.ereadiness",
            "targets.scv",
            "version",
        ]
    );
}

#[test]
fn not_json_empty_huge_and_deep_input() {
    assert_eq!(only_problem("", ""), ProblemKind::Empty);
    assert_eq!(only_problem("  \n\t", ""), ProblemKind::Empty);
    assert_eq!(
        only_problem("{\"format\": \"cermat-response\",\n  \"version\": 1,,}", ""),
        ProblemKind::NotJson {
            line: 2,
            column: 16
        }
    );
    for text in [
        "hello",
        "{",
        "{\"format\"}",
        "format=cermat-response",
        "{} {}",
        "NaN",
    ] {
        assert!(
            matches!(only_problem(text, ""), ProblemKind::NotJson { .. }),
            "{text}"
        );
    }
    let deep = "[".repeat(100_000);
    assert_eq!(only_problem(&deep, ""), ProblemKind::TooDeep);
    let nested = format!(
        "{{\"format\":\"cermat-response\",\"version\":1,\"answers\":{{\"scv\":{{\"S1.1\":{}1{}}}}}}}",
        "[".repeat(500),
        "]".repeat(500)
    );
    assert_eq!(only_problem(&nested, ""), ProblemKind::TooDeep);
    let huge = format!(
        "{}{}",
        response_with(json!({})),
        " ".repeat(MAX_INPUT_BYTES)
    );
    assert_eq!(
        only_problem(&huge, ""),
        ProblemKind::TooLarge {
            limit: MAX_INPUT_BYTES
        }
    );
    let bytes = parse_response_bytes(b"{\"format\":\"cermat-response\xff\"}").unwrap_err();
    assert_eq!(bytes[0].kind, ProblemKind::NotUtf8);
}

#[test]
fn long_keys_and_values_are_abridged_in_messages() {
    let long = "x".repeat(10_000);
    let input = response_with(json!({ long.clone(): 1, "profile": {"region_type": long} }));
    for problem in problems(&input) {
        let message = problem.message(Lang::En);
        assert!(message.len() < 300, "{message}");
    }
}

#[test]
fn every_kind_has_a_message_in_both_languages() {
    let kinds = [
        ProblemKind::TooLarge {
            limit: MAX_INPUT_BYTES,
        },
        ProblemKind::Empty,
        ProblemKind::NotUtf8,
        ProblemKind::NotJson { line: 1, column: 2 },
        ProblemKind::TooDeep,
        ProblemKind::Missing,
        ProblemKind::UnknownKey,
        ProblemKind::DuplicateKey,
        ProblemKind::UnknownItem { belongs_to: None },
        ProblemKind::UnknownItem {
            belongs_to: Some("stage"),
        },
        ProblemKind::NotObject {
            found: "[…]".into(),
        },
        ProblemKind::NotText { found: "1".into() },
        ProblemKind::WrongFormat {
            found: "\"x\"".into(),
        },
        ProblemKind::WrongVersion { found: "2".into() },
        ProblemKind::BadLikert { found: "7".into() },
        ProblemKind::BadStage {
            found: "\"ya\"".into(),
        },
        ProblemKind::BadRegionType {
            found: "\"kota\"".into(),
        },
        ProblemKind::BadDate {
            found: "\"2024-02-30\"".into(),
        },
        ProblemKind::BadTarget { found: "0".into() },
    ];
    for kind in kinds {
        let (id, en) = (kind.message(Lang::Id), kind.message(Lang::En));
        assert!(!id.is_empty() && !en.is_empty() && id != en, "{kind:?}");
    }
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in ".{0,300}") {
        let _ = parse_response(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = parse_response_bytes(&bytes);
    }

    #[test]
    fn damaged_templates_never_panic(cut in 0usize..4000, insert in "[\\[\\]{}\",:0-9a-z\\- ]{0,4}") {
        let template = template_json();
        let at = cut.min(template.len());
        let damaged = format!("{}{}{}", &template[..at], insert, &template[at..]);
        if let Err(found) = parse_response(&damaged) {
            prop_assert!(!found.is_empty());
        }
    }
}

// ---------- report ----------

fn report_value(a: &Assessment) -> Value {
    serde_json::from_str(&report_json(&evaluate(a), a)).unwrap()
}

#[test]
fn report_of_a_known_answer_set() {
    use LikertAnswer::{NotApplicable as NA, Score};
    let mut a = Assessment::default();
    a.profile.region = "Kota Palembang".into();
    let (scv, er, _) = all_item_ids();
    for id in &scv {
        a.answers.scv.insert(id.to_string(), Score(4.0));
    }
    for id in ["C1.1", "C1.2", "C1.3"] {
        a.answers.scv.insert(id.into(), Score(2.0));
    }
    for id in ["C2.1", "C2.2", "C2.3"] {
        a.answers.scv.insert(id.into(), NA);
    }
    a.answers.ereadiness.insert(er[0].into(), Score(3.49));
    a.answers.ereadiness.insert(er[1].into(), Score(3.50));
    for (id, v) in [
        ("E1", "yes"),
        ("N1", "yes"),
        ("N2", "yes"),
        ("I1", "no"),
        ("I2", "no"),
        ("T1", "yes"),
        ("T2", "yes"),
        ("K1", "yes"),
        ("K2", "no"),
        ("K3", "no"),
        ("K4", "no"),
        ("K5", "no"),
    ] {
        a.answers
            .stage
            .insert(id.into(), StageAnswer::from_key(v).unwrap());
    }
    let v = report_value(&a);
    assert_eq!(v["format"], "cermat-report");
    assert_eq!(v["version"], 1);
    assert_eq!(v["profile"]["region"], "Kota Palembang");

    // SCV: support 4, capacity = mean(C1 2, C3 4) = 3, value 4 -> index 11/3.
    let s = &v["scv"];
    assert_eq!(s["index"], json!(3.6667));
    assert_eq!(s["percent"], json!(66.6667));
    assert_eq!(s["level"], 4);
    assert_eq!(
        s["level_name"],
        json!({"id": "Terpadu dan Terukur", "en": "Integrated and measured"})
    );
    assert_eq!(
        s["predicate"],
        json!({"id": "Sangat Baik", "en": "Very good"})
    );
    assert_eq!(s["provisional"], false);
    assert_eq!(
        (s["answered"].clone(), s["total"].clone()),
        (json!(27), json!(27))
    );
    assert_eq!(s["target_level"], 5);
    assert_eq!(s["elements"]["capacity"], json!({"score": 3, "level": 3}));
    assert_eq!(s["elements"]["support"], json!({"score": 4, "level": 4}));
    assert_eq!(s["indicators"]["C2"], json!({"score": null, "gap": null}));
    assert_eq!(s["indicators"]["C1"], json!({"score": 2, "gap": 2.2}));
    assert_eq!(s["indicators"]["S1"], json!({"score": 4, "gap": 0.2}));
    assert_eq!(s["no_data"], json!(["C2"]));
    let recs = s["recommendations"].as_array().unwrap();
    let order: Vec<&str> = recs
        .iter()
        .map(|r| r["indicator"].as_str().unwrap())
        .collect();
    // C1: 1/3 x 1/4 x 2.2 = 0.1833; the others 1/3 x 1/3 (or 1/4) x 0.2.
    assert_eq!(order, ["C1", "S1", "S2", "S3", "V1", "V2", "V3", "C3"]);
    assert_eq!(recs[0]["priority"], json!(0.1833));
    assert_eq!(recs[0]["gap"], json!(2.2));
    assert_eq!(recs[0]["element"], "capacity");
    let c1 = content::recommendations(content::scv().elements[1].indicators[0].id);
    assert_eq!(recs[0]["text"]["id"], c1[0].text.id);
    assert_eq!(recs[0]["basis"]["en"], c1[0].basis.en);
    assert_eq!(recs[0]["further"].as_array().unwrap().len(), c1.len() - 1);

    // E-readiness: only the first indicator, items 3.49 and 3.50 -> 3.495 -> level 4.
    let e = &v["ereadiness"];
    assert_eq!(e["index"], json!(3.495));
    assert_eq!(e["level"], 4);
    assert_eq!(e["provisional"], true);
    assert_eq!(e["answered"], 2);
    assert_eq!(e["target_level"], 5);
    assert_eq!(e["no_data"].as_array().unwrap().len(), 15);

    // Stage: the Palembang example.
    let st = &v["stage"];
    assert_eq!(st["achieved"], 2);
    assert_eq!(st["ahead"], json!([4]));
    assert_eq!(
        st["coverage"],
        json!({"1": 1, "2": 1, "3": 0, "4": 1, "5": 0.2})
    );
    assert_eq!(st["provisional"], false);
    assert_eq!(st["next_gap"], json!(["I1", "I2"]));
    let st_recs = st["recommendations"].as_array().unwrap();
    assert_eq!(st_recs.len(), 2);
    assert_eq!(st_recs[0]["criterion"], "I1");
    assert!(st_recs[0]["text"]["id"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));
    assert!(st_recs[1]["basis"]["en"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));
}

#[test]
fn report_of_nothing_answered() {
    let v = report_value(&Assessment::default());
    for key in ["scv", "ereadiness"] {
        let r = &v[key];
        for field in ["index", "percent", "level", "level_name", "predicate"] {
            assert_eq!(r[field], Value::Null, "{key}.{field}");
        }
        assert_eq!(r["target_level"], 1);
        assert_eq!(r["provisional"], true);
        assert_eq!(r["recommendations"], json!([]));
    }
    assert_eq!(v["stage"]["achieved"], 0);
    assert_eq!(v["stage"]["achieved_name"], Value::Null);
    assert_eq!(v["stage"]["next_gap"], json!(["E1"]));
}

#[test]
fn report_numbers_never_cross_a_band_edge() {
    // An index of 3.49496 bands as 3.49 (level 3); written to 4 decimals it would read
    // 3.4950, which re-bands as 3.50. The report must write 3.4949 instead.
    let mut a = Assessment::default();
    a.answers
        .scv
        .insert("S1.1".into(), LikertAnswer::Score(3.49496));
    let v = report_value(&a);
    assert_eq!(v["scv"]["level"], 3);
    assert_eq!(v["scv"]["index"], json!(3.4949));
    assert_eq!(v["scv"]["indicators"]["S1"]["score"], json!(3.4949));
    // And a true 3.495 computed a hair under stays in level 4, written 3.495.
    a.answers
        .scv
        .insert("S1.1".into(), LikertAnswer::Score(3.495));
    let v = report_value(&a);
    assert_eq!(
        (v["scv"]["level"].clone(), v["scv"]["index"].clone()),
        (json!(4), json!(3.495))
    );
}

/// One rule per field (issue 7): a profile text over 200 characters is refused with its
/// path, never clipped silently; 200 characters of any script are kept whole.
#[test]
fn a_profile_text_over_the_limit_is_refused_and_at_the_limit_kept() {
    let file = |region: &str| {
        format!(
            "{{\"format\":\"cermat-response\",\"version\":1,\"profile\":{{\"region\":{}}}}}",
            serde_json::to_string(region).unwrap()
        )
    };
    let long = "a".repeat(403);
    let problems = cermat::format::parse_response(&file(&long)).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message(cermat::model::Lang::En).contains("403"));
    let javanese = "ꦗ".repeat(200);
    let kept = cermat::format::parse_response(&file(&javanese)).unwrap();
    assert_eq!(kept.profile.region.chars().count(), 200);
}
