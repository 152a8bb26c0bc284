//! A workspace file's entries carry their evidence (issue 11): each `response` is a
//! response file object, version 2 when it has evidence and version 1 otherwise, read
//! back exactly, with problems named by entry; and an import keeps the evidence
//! (`store::normalized`).

use cermat::format::response_json;
use cermat::model::{Assessment, Evidence, Lang, LikertAnswer, Reference, StageAnswer};
use cermat::store;
use cermat::workspace::{import_files, read_workspace, workspace_json, WORKSPACE_VERSION};
use serde_json::Value;

fn reference(title: &str, number: &str, year: &str, link: &str) -> Reference {
    Reference {
        title: title.into(),
        number: number.into(),
        year: year.into(),
        link: link.into(),
    }
}

/// An assessment of `region`, with evidence when `evidence` is set. Reference fields are
/// one line, as the app's form keeps them.
fn region(name: &str, evidence: bool) -> Assessment {
    let mut a = Assessment::default();
    a.profile.region = name.into();
    a.answers
        .scv
        .insert("S1.1".into(), LikertAnswer::Score(4.0));
    a.answers
        .ereadiness
        .insert("ST2.1".into(), LikertAnswer::Score(2.5949));
    a.answers.stage.insert("E1".into(), StageAnswer::Yes);
    if evidence {
        a.evidence.insert(
            "S1".into(),
            Evidence {
                note: format!("Masterplan {name} ditetapkan.\nDirevisi 2024."),
                references: vec![
                    reference(
                        "Perbup tentang Masterplan Smart City",
                        "12",
                        "2023",
                        "https://jdih.example.go.id/perbup?a=1&b=2",
                    ),
                    reference("泗水市 · بنده آچيه · ꦏꦸꦛꦒꦼꦝꦺ", "No. 7", "2022", ""),
                ],
            },
        );
        a.evidence.insert(
            "ST2".into(),
            Evidence {
                note: "Pelatihan ASN 🏙️ \"digital\"".into(),
                references: vec![],
            },
        );
        a.evidence.insert(
            "K5".into(),
            Evidence {
                note: String::new(),
                references: vec![reference("", "", "", "https://satu.data.go.id/")],
            },
        );
    }
    a
}

fn entries() -> Vec<(String, Assessment)> {
    vec![
        ("Kota Palembang 2024".into(), region("Kota Palembang", true)),
        ("Дискоминфо".into(), region("Kabupaten Banyuasin", false)),
        (String::new(), region("泗水市", true)),
    ]
}

#[test]
fn a_workspace_entry_with_evidence_round_trips() {
    let entries = entries();
    let text = workspace_json(&entries);
    let back = read_workspace(&text).expect("reads back");
    assert_eq!(back, entries);
    assert_eq!(workspace_json(&back), text);

    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        v["version"], WORKSPACE_VERSION,
        "the workspace's own version stays"
    );
    let responses: Vec<&Value> = v["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["response"])
        .collect();
    let versions: Vec<&Value> = responses.iter().map(|r| &r["version"]).collect();
    assert_eq!(versions, [2, 1, 2]);
    assert!(responses[1].get("evidence").is_none());
    // Each entry's response is exactly its response file.
    for ((_, a), response) in entries.iter().zip(&responses) {
        let file: Value = serde_json::from_str(&response_json(a)).unwrap();
        assert_eq!(*response, &file);
    }
    assert_eq!(
        responses[0]["evidence"]["S1"]["references"][0]["link"],
        "https://jdih.example.go.id/perbup?a=1&b=2"
    );
}

#[test]
fn a_bad_evidence_entry_is_named_with_its_place() {
    let good = workspace_json(&entries());
    let long_note = "x".repeat(2001);
    let bad = good
        .replacen(
            "\"note\": \"Masterplan Kota Palembang ditetapkan.\\nDirevisi 2024.\"",
            &format!("\"note\": \"{long_note}\""),
            1,
        )
        .replacen("\"ST2\": {", "\"ST2.1\": {", 1);
    assert_ne!(bad, good);
    let problems = read_workspace(&bad).expect_err("refused");
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "assessments[0] (\"Kota Palembang 2024\").response.evidence.S1.note",
            "assessments[0] (\"Kota Palembang 2024\").response.evidence.ST2.1",
        ]
    );
    for p in &problems {
        assert_ne!(p.message(Lang::Id), p.message(Lang::En));
    }
}

#[test]
fn evidence_in_a_version_1_response_of_a_workspace_is_an_unknown_key() {
    let text = workspace_json(&entries());
    // The first entry's response, relabelled version 1, still holds its evidence.
    let at = text.find("\"version\": 2").unwrap();
    let bad = [
        &text[..at],
        "\"version\": 1",
        &text[at + "\"version\": 2".len()..],
    ]
    .concat();
    let problems = read_workspace(&bad).expect_err("refused");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].path,
        "assessments[0] (\"Kota Palembang 2024\").response.evidence"
    );
}

#[test]
fn an_import_keeps_the_evidence() {
    let entries = entries();
    // `store::normalized` is what every import becomes: it must keep the evidence.
    for (_, a) in &entries {
        assert_eq!(&store::normalized(a), a, "normalized drops evidence");
    }
    let files = vec![
        (
            "ruang-kerja.json".to_string(),
            workspace_json(&entries).into_bytes(),
        ),
        (
            "palembang.json".to_string(),
            response_json(&entries[0].1).into_bytes(),
        ),
    ];
    let imported = import_files(&files, Lang::En);
    assert_eq!(imported.failures, vec![]);
    let got: Vec<&Assessment> = imported.assessments.iter().map(|i| &i.assessment).collect();
    let want: Vec<&Assessment> = entries
        .iter()
        .map(|(_, a)| a)
        .chain([&entries[0].1])
        .collect();
    assert_eq!(got, want);
}
