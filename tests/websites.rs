//! The website inventory (issue 11) read from the Soppeng study's own table (seed 003,
//! retyped one site a line: the Dinas Sosial and Diskominfo have two sites each, the RSUD
//! none), and the share of active sites the study's numbers give.

use cermat::websites::{parse_pasted, Tally, MAX_SITES};

#[test]
fn the_soppeng_table_gives_twenty_active_sites_of_thirty_nine() {
    let table = include_str!("support/websites/soppeng.tsv");
    let pasted = parse_pasted(table, MAX_SITES);
    assert!(pasted.skipped.is_empty(), "{:?}", pasted.skipped);
    assert_eq!(pasted.sites.len(), 40, "39 sites and the RSUD without one");
    assert_eq!(pasted.sites[28].name, "Dinas Sosial");
    assert_eq!(pasted.sites[28].address, "dinsoskabsoppeng.blogspot.com");
    let tally = Tally::of(&pasted.sites);
    assert_eq!(tally.sites, 39);
    assert_eq!(tally.active, 20);
    assert_eq!(tally.without_site, 1);
    assert_eq!(tally.active_percent(), Some(51));
    assert_eq!(pasted.without_status, 0);
}

use cermat::format::{
    parse_response, parse_response_with_websites, response_json, response_json_with_websites,
    ProblemKind,
};
use cermat::model::Assessment;
use cermat::websites::Website;
use cermat::workspace::{read_workspace_with_websites, workspace_json_with_websites};

fn soppeng() -> Vec<Website> {
    parse_pasted(include_str!("support/websites/soppeng.tsv"), MAX_SITES).sites
}

fn assessment() -> Assessment {
    let mut a = Assessment::default();
    a.profile.region = "Kabupaten Soppeng".into();
    a
}

#[test]
fn a_response_file_carries_the_inventory_as_version_3() {
    let (a, sites) = (assessment(), soppeng());
    let text = response_json_with_websites(&a, &sites);
    assert!(text.contains("\"version\": 3"), "{text}");
    assert!(text.contains("\"updated_last_3_months\": false"));
    assert_eq!(parse_response_with_websites(&text), Ok((a.clone(), sites)));
    // The reader of assessments alone still reads it.
    assert_eq!(parse_response(&text), Ok(a.clone()));
    // Without sites: the very file as before, version 1.
    assert_eq!(response_json_with_websites(&a, &[]), response_json(&a));
    assert!(response_json(&a).contains("\"version\": 1"));
}

#[test]
fn websites_are_checked_like_every_other_key() {
    let problems = |text: &str| match parse_response_with_websites(text) {
        Err(problems) => problems
            .into_iter()
            .map(|p| (p.path, p.kind))
            .collect::<Vec<_>>(),
        Ok(_) => Vec::new(),
    };
    let head = r#"{"format":"cermat-response","version":"#;
    // Only version 3 has them.
    for version in [1, 2] {
        let text = format!(r#"{head}{version},"websites":[]}}"#);
        assert_eq!(
            problems(&text),
            [("websites".into(), ProblemKind::UnknownKey)]
        );
    }
    let text = format!(
        r#"{head}3,"websites":[{{"name":"A","address":"a.go.id","active":"ya","x":1}},null,{{"name":"{}"}}]}}"#,
        "n".repeat(201)
    );
    let found = problems(&text);
    assert_eq!(
        found,
        [
            (
                "websites[0].active".into(),
                ProblemKind::NotBool {
                    found: "\"ya\"".into()
                }
            ),
            ("websites[0].x".into(), ProblemKind::UnknownKey),
            (
                "websites[2].name".into(),
                ProblemKind::TextTooLong {
                    chars: 201,
                    max: 200
                }
            ),
        ]
    );
    let many: Vec<String> = (0..=MAX_SITES).map(|_| "null".to_string()).collect();
    let text = format!(r#"{head}3,"websites":[{}]}}"#, many.join(","));
    assert_eq!(
        problems(&text),
        [(
            "websites".into(),
            ProblemKind::TooManyWebsites {
                count: MAX_SITES + 1,
                max: MAX_SITES
            }
        )]
    );
    // `null` items and a `null` list are none; a missing flag is false.
    let text = format!(r#"{head}3,"websites":[null,{{"address":"x.go.id"}}]}}"#);
    let (_, sites) = parse_response_with_websites(&text).unwrap();
    assert_eq!(sites, [Website::new("", "x.go.id", false, false)]);
    let text = format!(r#"{head}3,"websites":null}}"#);
    assert_eq!(parse_response_with_websites(&text).unwrap().1, []);
}

#[test]
fn a_workspace_file_carries_each_assessments_inventory() {
    let entries = vec![
        ("Soppeng 2024".to_string(), assessment(), soppeng()),
        (
            "Tanpa inventaris".to_string(),
            Assessment::default(),
            Vec::new(),
        ),
    ];
    let text = workspace_json_with_websites(&entries);
    assert_eq!(read_workspace_with_websites(&text), Ok(entries));
}

#[test]
fn the_cli_reports_the_share_of_active_sites() {
    let file = response_json_with_websites(&assessment(), &soppeng());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cermat-cli"))
        .args(["score", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(file.as_bytes())?;
            child.wait_with_output()
        })
        .expect("the CLI runs");
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let websites = &report["websites"];
    assert_eq!(websites["sites"], 39);
    assert_eq!(websites["active"], 20);
    assert_eq!(websites["active_percent"], 51);
    assert_eq!(websites["agencies_without_site"], 1);
    assert_eq!(websites["list"].as_array().map(Vec::len), Some(40));
}
