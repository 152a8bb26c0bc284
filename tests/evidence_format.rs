//! Response file version 2 (issue 11): the evidence (*data dukung*) behind an indicator's
//! or a stage criterion's answers, written only when there is some, read back exactly,
//! and checked as strictly as the rest of the file.

use cermat::content;
use cermat::format::{
    parse_response, report_json, response_json, template_json, Problem, ProblemKind,
    EVIDENCE_VERSION, MAX_NOTE_CHARS, MAX_REFERENCES, MAX_REFERENCE_CHARS, VERSION,
};
use cermat::model::{
    Assessment, Evidence, InstrumentId, Lang, LikertAnswer, Reference, RegionType, StageAnswer,
};
use cermat::scoring::evaluate;
use serde_json::{json, Value};

// ---------- helpers ----------

fn reference(title: &str, number: &str, year: &str, link: &str) -> Reference {
    Reference {
        title: title.into(),
        number: number.into(),
        year: year.into(),
        link: link.into(),
    }
}

fn evidence(note: &str, references: Vec<Reference>) -> Evidence {
    Evidence {
        note: note.into(),
        references,
    }
}

/// Answers and a profile, no evidence.
fn answered() -> Assessment {
    let mut a = Assessment::default();
    a.profile.region = "Kabupaten Ogan Komering Ilir".into();
    a.profile.region_type = Some(RegionType::Regency);
    a.profile.unit = "Diskominfo".into();
    a.profile.date = "2024-02-29".into();
    a.answers
        .scv
        .insert("S1.1".into(), LikertAnswer::Score(4.0));
    a.answers
        .scv
        .insert("S1.2".into(), LikertAnswer::NotApplicable);
    a.answers
        .scv
        .insert("C2.3".into(), LikertAnswer::Score(1.0 / 3.0 + 2.0));
    a.answers
        .ereadiness
        .insert("IN1.2".into(), LikertAnswer::Score(3.0));
    a.answers.stage.insert("E1".into(), StageAnswer::Yes);
    a.answers.stage.insert("K5".into(), StageAnswer::Partly);
    a.targets.ereadiness = Some(4);
    a
}

/// `answered()` with evidence under indicators of both instruments and two criteria,
/// in several scripts, with characters JSON escapes and a link with a query.
fn with_evidence() -> Assessment {
    let mut a = answered();
    let e = &mut a.evidence;
    e.insert(
        "S1".into(),
        evidence(
            "Masterplan smart city sudah ditetapkan.\nDirevisi tiap 5 tahun; lihat \"Bab II\".",
            vec![
                reference(
                    "Perbup tentang Masterplan Smart City",
                    "12",
                    "2023",
                    "https://jdih.example.go.id/perbup?a=1&b=2",
                ),
                reference("Notulen rapat", "", "", ""),
            ],
        ),
    );
    e.insert(
        "ST2".into(),
        evidence(
            "",
            vec![reference(
                "ꦏꦸꦛꦒꦼꦝꦺ · بنده آچيه · 泗水市 · Дискоминфо",
                "No. 7/ПР",
                "٢٠٢٣",
                "file:///C:/arsip/sk 7.pdf#page=2",
            )],
        ),
    );
    e.insert(
        "IN1".into(),
        evidence(
            "🏙️ jaringan fiber \t tab, back\\slash, <b>tidak</b> markup",
            vec![],
        ),
    );
    e.insert("E1".into(), evidence("Situs resmi aktif.", vec![]));
    e.insert(
        "K5".into(),
        evidence("", vec![reference("", "", "", "https://satu.data.go.id/")]),
    );
    a
}

fn problems(input: &str) -> Vec<Problem> {
    match parse_response(input) {
        Ok(a) => panic!("accepted {input:.300}: {a:?}"),
        Err(problems) => problems,
    }
}

/// The one problem of `input`, which must be at `path`; its message in both languages
/// names the path and differs between them.
fn only_problem(input: &str, path: &str) -> ProblemKind {
    let found = problems(input);
    assert_eq!(found.len(), 1, "{found:?}");
    let problem = &found[0];
    assert_eq!(problem.path, path, "{found:?}");
    let (id, en) = (problem.message(Lang::Id), problem.message(Lang::En));
    assert!(id.starts_with(&format!("{path}: ")), "{id}");
    assert!(en.starts_with(&format!("{path}: ")), "{en}");
    assert_ne!(id, en);
    problem.kind.clone()
}

/// A version 2 response holding `evidence`.
fn v2(evidence: Value) -> String {
    json!({"format": "cermat-response", "version": 2, "evidence": evidence}).to_string()
}

fn read_evidence(evidence: Value) -> Assessment {
    parse_response(&v2(evidence)).expect("reads")
}

fn text_of(chars: usize) -> String {
    // A character of several bytes: the limits count characters, not bytes.
    "é".repeat(chars)
}

/// The version 1 file as Cermat wrote it before evidence existed, built here on its own
/// from the documented layout: two-space indentation, every id in instrument order.
fn v1_text(a: &Assessment) -> String {
    fn likert(answer: Option<&LikertAnswer>) -> String {
        match answer {
            None => "null".into(),
            Some(LikertAnswer::NotApplicable) => "\"na\"".into(),
            Some(LikertAnswer::Score(x)) if x.fract() == 0.0 => format!("{}", *x as i64),
            Some(LikertAnswer::Score(x)) => format!("{x}"),
        }
    }
    let object = |indent: &str, pairs: Vec<(String, String)>| -> String {
        let inner: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| format!("{indent}  \"{k}\": {v}"))
            .collect();
        format!("{{\n{}\n{indent}}}", inner.join(",\n"))
    };
    let string = |s: &str| serde_json::to_string(s).unwrap();
    let p = &a.profile;
    let profile = object(
        "  ",
        vec![
            ("region".into(), string(&p.region)),
            (
                "region_type".into(),
                p.region_type.map_or("null".into(), |t| string(t.key())),
            ),
            ("unit".into(), string(&p.unit)),
            ("assessor".into(), string(&p.assessor)),
            ("date".into(), string(&p.date)),
        ],
    );
    let instrument = |i: InstrumentId| {
        let pairs = content::likert(i)
            .elements
            .iter()
            .flat_map(|e| e.indicators.iter())
            .flat_map(|ind| ind.items.iter())
            .map(|item| {
                (
                    item.id.to_string(),
                    likert(a.answers.likert(i).get(item.id)),
                )
            })
            .collect();
        (i.key().to_string(), object("    ", pairs))
    };
    let stage = content::stages()
        .stages
        .iter()
        .flat_map(|s| s.criteria.iter())
        .map(|c| {
            let value = a
                .answers
                .stage
                .get(c.id)
                .map_or("null".into(), |s| string(s.key()));
            (c.id.to_string(), value)
        })
        .collect();
    let answers = object(
        "  ",
        vec![
            instrument(InstrumentId::Scv),
            instrument(InstrumentId::Ereadiness),
            ("stage".into(), object("    ", stage)),
        ],
    );
    let target = |t: Option<u8>| t.map_or("null".into(), |t| t.to_string());
    let targets = object(
        "  ",
        vec![
            ("scv".into(), target(a.targets.scv)),
            ("ereadiness".into(), target(a.targets.ereadiness)),
        ],
    );
    object(
        "",
        vec![
            ("format".into(), string("cermat-response")),
            ("version".into(), "1".into()),
            ("profile".into(), profile),
            ("answers".into(), answers),
            ("targets".into(), targets),
        ],
    )
}

// ---------- writing and reading back ----------

#[test]
fn a_v2_file_round_trips_exactly() {
    let a = with_evidence();
    let text = response_json(&a);
    assert_eq!(parse_response(&text), Ok(a.clone()));
    assert_eq!(response_json(&parse_response(&text).unwrap()), text);

    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], json!(EVIDENCE_VERSION));
    assert_eq!(EVIDENCE_VERSION, 2);
    // The keys of the file in order: evidence last.
    let keys: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("  \"") && !l.starts_with("   "))
        .map(|l| l.trim().split('"').nth(1).unwrap())
        .collect();
    assert_eq!(
        keys,
        ["format", "version", "profile", "answers", "targets", "evidence"]
    );
    // Ids in questionnaire order: Support/Capacity/Value, e-readiness, stage criteria.
    let ids: Vec<&String> = v["evidence"].as_object().unwrap().keys().collect();
    let position = |id: &str| text.find(&format!("\n    \"{id}\": {{")).unwrap();
    let mut by_position = ids.clone();
    by_position.sort_by_key(|id| position(id));
    assert_eq!(by_position, ["S1", "ST2", "IN1", "E1", "K5"]);
    assert!(position("S1") < position("ST2"));
    assert!(position("ST2") < position("IN1"));
    assert!(position("IN1") < position("E1"));
    assert!(position("E1") < position("K5"));

    // Every key written, empty text as "".
    assert_eq!(
        v["evidence"]["S1"]["references"][0],
        json!({"title": "Perbup tentang Masterplan Smart City", "number": "12",
               "year": "2023", "link": "https://jdih.example.go.id/perbup?a=1&b=2"})
    );
    assert_eq!(
        v["evidence"]["S1"]["references"][1],
        json!({"title": "Notulen rapat", "number": "", "year": "", "link": ""})
    );
    assert_eq!(v["evidence"]["ST2"]["note"], json!(""));
    assert_eq!(v["evidence"]["IN1"]["references"], json!([]));
    // The link is text as typed: `&` is not escaped.
    assert!(text.contains("\"link\": \"https://jdih.example.go.id/perbup?a=1&b=2\""));
}

#[test]
fn an_assessment_without_evidence_writes_exactly_the_v1_bytes() {
    let expected = v1_text(&answered());
    assert_eq!(response_json(&answered()), expected);
    assert_eq!(template_json(), v1_text(&Assessment::default()));
    assert!(template_json().contains("\n  \"version\": 1,\n"));
    assert_eq!(VERSION, 1);

    // Empty entries (only a hand-built assessment has them) are no evidence.
    let mut a = answered();
    a.evidence.insert("S1".into(), Evidence::default());
    a.evidence.insert(
        "E1".into(),
        evidence(" \n ", vec![reference("", " ", "", "")]),
    );
    assert_eq!(response_json(&a), expected);

    // Removing the last evidence goes back to version 1.
    let mut b = with_evidence();
    b.evidence.clear();
    assert_eq!(response_json(&b), expected);
}

#[test]
fn a_v1_file_still_reads() {
    let text = v1_text(&answered());
    assert_eq!(parse_response(&text), Ok(answered()));
    let minimal =
        r#"{"format": "cermat-response", "version": 1, "answers": {"stage": {"E1": "yes"}}}"#;
    let a = parse_response(minimal).unwrap();
    assert!(a.evidence.is_empty());
    assert_eq!(a.answers.stage.get("E1"), Some(&StageAnswer::Yes));
}

#[test]
fn a_v1_file_with_evidence_is_refused_as_an_unknown_key() {
    for value in [json!({"S1": {"note": "x"}}), json!({}), json!(null)] {
        let input =
            json!({"format": "cermat-response", "version": 1, "evidence": value}).to_string();
        assert_eq!(only_problem(&input, "evidence"), ProblemKind::UnknownKey);
    }
    // Also when the version comes after the evidence.
    let late =
        r#"{"format": "cermat-response", "evidence": {"S1": {"note": "x"}}, "version": 1.0}"#;
    assert_eq!(only_problem(late, "evidence"), ProblemKind::UnknownKey);
}

#[test]
fn a_v2_file_without_evidence_reads() {
    let text = v1_text(&answered()).replace("\"version\": 1,", "\"version\": 2,");
    assert_eq!(parse_response(&text), Ok(answered()));
    assert_eq!(read_evidence(json!(null)), Assessment::default());
    assert_eq!(read_evidence(json!({})), Assessment::default());
}

#[test]
fn other_versions_are_refused_in_both_languages() {
    for (version, found) in [
        (json!(4), "4"),
        (json!(0), "0"),
        (json!("2"), "\"2\""),
        (json!(2.5), "2.5"),
    ] {
        let input = json!({"format": "cermat-response", "version": version,
                           "evidence": {"S1": {"note": "x"}}})
        .to_string();
        let kind = only_problem(&input, "version");
        assert_eq!(
            kind,
            ProblemKind::WrongVersion {
                found: found.into()
            }
        );
        assert!(kind.message(Lang::En).contains("1, 2 or 3"), "{kind:?}");
        assert!(kind.message(Lang::Id).contains("1, 2 atau 3"), "{kind:?}");
    }
}

// ---------- what the reader accepts ----------

#[test]
fn omitted_and_null_fields_read_as_empty() {
    let a = read_evidence(json!({
        "S1": {"note": "ada"},
        "C1": {"references": [{"title": "SK Tim"}]},
        "V3": {"note": null, "references": [{"title": "Laporan", "number": null, "link": "x"}]},
        "T1": {"note": "ya", "references": null},
    }));
    assert_eq!(a.evidence.get("S1"), Some(&evidence("ada", vec![])));
    assert_eq!(
        a.evidence.get("C1"),
        Some(&evidence("", vec![reference("SK Tim", "", "", "")]))
    );
    assert_eq!(
        a.evidence.get("V3"),
        Some(&evidence("", vec![reference("Laporan", "", "", "x")]))
    );
    assert_eq!(a.evidence.get("T1"), Some(&evidence("ya", vec![])));
    assert_eq!(a.evidence.len(), 4);
    // Written back, every key is there.
    let v: Value = serde_json::from_str(&response_json(&a)).unwrap();
    assert_eq!(
        v["evidence"]["C1"],
        json!({"note": "", "references": [{"title": "SK Tim", "number": "", "year": "", "link": ""}]})
    );
}

#[test]
fn empty_entries_and_blank_references_are_dropped_silently() {
    let a = read_evidence(json!({
        "S1": {},
        "S2": null,
        "S3": {"note": "", "references": []},
        "C1": {"note": "  \n\t", "references": [{"title": " ", "number": "", "year": "", "link": ""}, null, {}]},
        "E1": {"note": "dipakai", "references": [{}, {"title": "Perda 3/2022"}, null]},
    }));
    assert_eq!(a.evidence.len(), 1, "{:?}", a.evidence);
    assert_eq!(
        a.evidence.get("E1"),
        Some(&evidence(
            "dipakai",
            vec![reference("Perda 3/2022", "", "", "")]
        ))
    );
}

#[test]
fn unknown_ids_are_refused_with_their_path() {
    for id in ["S9", "S1.1", "s1", "X", "", "answers", "ST2.3", "E9"] {
        let input = v2(json!({ id: {"note": "x"} }));
        let path = if id.is_empty() {
            "evidence.".to_string()
        } else {
            format!("evidence.{id}")
        };
        let found = problems(&input);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, path);
        assert_eq!(found[0].kind, ProblemKind::UnknownEvidenceId);
        let (id_text, en_text) = (found[0].message(Lang::Id), found[0].message(Lang::En));
        assert!(id_text.starts_with(&path) && en_text.starts_with(&path));
        assert_ne!(id_text, en_text);
    }
    // Every unknown id is listed at once, with the other problems, in file order.
    let input = r#"{"format": "cermat-response", "version": 2, "evidence":
        {"S1": {"note": "x"}, "Q1": {}, "C2": {"note": 4}, "V9": null}}"#;
    let paths: Vec<String> = problems(input).into_iter().map(|p| p.path).collect();
    assert_eq!(paths, ["evidence.Q1", "evidence.C2.note", "evidence.V9"]);
}

#[test]
fn a_hand_built_unknown_id_is_written_for_the_reader_to_name() {
    let mut a = with_evidence();
    a.evidence.insert("Z9".into(), evidence("?", vec![]));
    let text = response_json(&a);
    assert!(text.find("\"Z9\"").unwrap() > text.find("\"K5\"").unwrap());
    let found = problems(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].path.as_str(), &found[0].kind),
        ("evidence.Z9", &ProblemKind::UnknownEvidenceId)
    );
}

#[test]
fn unknown_and_duplicate_keys_inside_evidence() {
    let input = v2(json!({"S1": {"note": "x", "url": "y"}}));
    assert_eq!(
        only_problem(&input, "evidence.S1.url"),
        ProblemKind::UnknownKey
    );
    let input = v2(json!({"S1": {"references": [{"title": "x"}, {"title": "y", "page": 3}]}}));
    assert_eq!(
        only_problem(&input, "evidence.S1.references[1].page"),
        ProblemKind::UnknownKey
    );
    let dup = r#"{"format":"cermat-response","version":2,"evidence":{"S1":{"note":"a"},"S1":{"note":"b"}}}"#;
    assert_eq!(only_problem(dup, "evidence.S1"), ProblemKind::DuplicateKey);
    let dup =
        r#"{"format":"cermat-response","version":2,"evidence":{"S1":{"note":"a","note":"b"}}}"#;
    assert_eq!(
        only_problem(dup, "evidence.S1.note"),
        ProblemKind::DuplicateKey
    );
}

#[test]
fn values_of_the_wrong_type_are_refused() {
    let cases = [
        (json!([]), "evidence"),
        (json!("S1"), "evidence"),
        (json!({"S1": "a note"}), "evidence.S1"),
        (json!({"S1": [1]}), "evidence.S1"),
        (json!({"S1": {"note": 5}}), "evidence.S1.note"),
        (json!({"S1": {"note": ["x"]}}), "evidence.S1.note"),
        (
            json!({"S1": {"references": {"title": "x"}}}),
            "evidence.S1.references",
        ),
        (
            json!({"S1": {"references": "Perbup 12/2023"}}),
            "evidence.S1.references",
        ),
        (
            json!({"S1": {"references": ["Perbup"]}}),
            "evidence.S1.references[0]",
        ),
        (
            json!({"S1": {"references": [{"title": true}]}}),
            "evidence.S1.references[0].title",
        ),
        (
            json!({"S1": {"references": [{"number": 12}]}}),
            "evidence.S1.references[0].number",
        ),
        (
            json!({"S1": {"references": [{"title": "x"}, {"year": 2023}]}}),
            "evidence.S1.references[1].year",
        ),
        (
            json!({"S1": {"references": [{"link": {}}]}}),
            "evidence.S1.references[0].link",
        ),
    ];
    for (value, path) in cases {
        let kind = only_problem(&v2(value.clone()), path);
        assert!(
            matches!(
                kind,
                ProblemKind::NotObject { .. }
                    | ProblemKind::NotText { .. }
                    | ProblemKind::NotList { .. }
            ),
            "{value}: {kind:?}"
        );
    }
    assert_eq!(
        only_problem(
            &v2(json!({"S1": {"references": [{"year": 2023}]}})),
            "evidence.S1.references[0].year"
        ),
        ProblemKind::NotText {
            found: "2023".into()
        }
    );
}

// ---------- limits ----------

#[test]
fn a_note_of_at_most_2000_characters() {
    assert_eq!(MAX_NOTE_CHARS, 2000);
    let at = read_evidence(json!({"S1": {"note": text_of(MAX_NOTE_CHARS)}}));
    assert_eq!(at.evidence.get("S1").unwrap().note.chars().count(), 2000);
    let over = v2(json!({"S1": {"note": text_of(MAX_NOTE_CHARS + 1)}}));
    let kind = only_problem(&over, "evidence.S1.note");
    assert_eq!(
        kind,
        ProblemKind::TextTooLong {
            chars: 2001,
            max: 2000
        }
    );
    assert!(kind.message(Lang::En).contains("2001") && kind.message(Lang::En).contains("2000"));
    assert!(kind.message(Lang::Id).contains("2001") && kind.message(Lang::Id).contains("2000"));
}

#[test]
fn each_reference_field_of_at_most_the_profile_length() {
    assert_eq!(MAX_REFERENCE_CHARS, cermat::share::MAX_FIELD_CHARS);
    for field in ["title", "number", "year", "link"] {
        let at =
            read_evidence(json!({"N2": {"references": [{ field: text_of(MAX_REFERENCE_CHARS) }]}}));
        assert_eq!(at.evidence.get("N2").unwrap().references.len(), 1);
        let over = v2(json!({"N2": {"references": [
            {"title": "ok"},
            { field: text_of(MAX_REFERENCE_CHARS + 1) },
        ]}}));
        assert_eq!(
            only_problem(&over, &format!("evidence.N2.references[1].{field}")),
            ProblemKind::TextTooLong {
                chars: MAX_REFERENCE_CHARS + 1,
                max: MAX_REFERENCE_CHARS
            }
        );
    }
}

#[test]
fn at_most_50_references_per_id() {
    assert_eq!(MAX_REFERENCES, 50);
    let refs = |n: usize| -> Vec<Value> {
        (0..n)
            .map(|i| json!({"title": format!("Dokumen {i}"), "year": "2024"}))
            .collect()
    };
    let at = read_evidence(json!({"AL3": {"references": refs(MAX_REFERENCES)}}));
    assert_eq!(at.evidence.get("AL3").unwrap().references.len(), 50);
    // Written and read back whole.
    assert_eq!(parse_response(&response_json(&at)), Ok(at.clone()));

    let over = v2(json!({"AL3": {"note": "x", "references": refs(MAX_REFERENCES + 1)}}));
    let kind = only_problem(&over, "evidence.AL3.references");
    assert_eq!(kind, ProblemKind::TooManyReferences { count: 51, max: 50 });
    assert!(kind.message(Lang::En).contains("51") && kind.message(Lang::En).contains("50"));
    assert!(kind.message(Lang::Id).contains("51") && kind.message(Lang::Id).contains("50"));
}

#[test]
fn every_problem_of_the_evidence_is_listed_at_once() {
    // Written by hand: `json!` would sort the ids.
    let s1 = json!({"note": text_of(2001), "references": [{"title": 1}, {"link": text_of(201)}]});
    let k1 = json!({"references": (0..51).map(|_| json!({"title": "x"})).collect::<Vec<_>>()});
    let input = format!(
        r#"{{"format": "cermat-response", "version": 2, "evidence": {{
            "S1": {s1}, "S1.2": {{}}, "E1": {{"note": "ok", "extra": true}}, "K1": {k1}}}}}"#
    );
    let paths: Vec<String> = problems(&input).into_iter().map(|p| p.path).collect();
    assert_eq!(
        paths,
        [
            "evidence.S1.note",
            "evidence.S1.references[0].title",
            "evidence.S1.references[1].link",
            "evidence.S1.2",
            "evidence.E1.extra",
            "evidence.K1.references",
        ]
    );
}

#[test]
fn new_problem_kinds_have_messages_in_both_languages() {
    for kind in [
        ProblemKind::UnknownEvidenceId,
        ProblemKind::TooManyReferences { count: 51, max: 50 },
        ProblemKind::NotList {
            found: "{…}".into(),
        },
        ProblemKind::WrongVersion { found: "3".into() },
    ] {
        let (id, en) = (kind.message(Lang::Id), kind.message(Lang::En));
        assert!(!id.is_empty() && !en.is_empty() && id != en, "{kind:?}");
    }
}

// ---------- the report file and scoring ----------

#[test]
fn the_report_carries_the_evidence_in_the_same_shape() {
    let a = with_evidence();
    let report: Value = serde_json::from_str(&report_json(&evaluate(&a), &a)).unwrap();
    let response: Value = serde_json::from_str(&response_json(&a)).unwrap();
    assert_eq!(report["evidence"], response["evidence"]);
    assert_eq!(
        report["version"],
        json!(1),
        "the report's version does not change"
    );
    let text = report_json(&evaluate(&a), &a);
    assert!(text.find("\n  \"evidence\"").unwrap() > text.find("\n  \"stage\"").unwrap());

    // Without evidence: no key, and the very report of the same answers.
    let plain = answered();
    let without = report_json(&evaluate(&plain), &plain);
    assert!(!without.contains("\"evidence\""));
    let mut report_without_evidence = report.clone();
    report_without_evidence
        .as_object_mut()
        .unwrap()
        .remove("evidence");
    assert_eq!(
        serde_json::from_str::<Value>(&without).unwrap(),
        report_without_evidence
    );
}

#[test]
fn evidence_never_changes_a_score() {
    let (with, without) = (with_evidence(), answered());
    let debug = |a: &Assessment| format!("{:?}", evaluate(a));
    assert_eq!(debug(&with), debug(&without));
}
