//! The `cermat-cli` binary end to end: template, fill, score, and bad input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cermat-cli"))
        .args(args)
        .output()
        .expect("cermat-cli runs")
}

fn cli_with_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cermat-cli"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cermat-cli starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// A file in the target directory, unique per test, removed by the caller's `Drop`.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, content: &str) -> TempFile {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
        let path = dir.join(format!("cermat-cli-{}-{name}", std::process::id()));
        std::fs::write(&path, content).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Fills a template as an assessor would: every Likert item 4, every criterion "yes",
/// except C2 (all N/A) and I2 ("no").
fn fill(template: &str) -> String {
    let mut v: Value = serde_json::from_str(template).unwrap();
    for key in ["scv", "ereadiness"] {
        for (id, value) in v["answers"][key].as_object_mut().unwrap() {
            *value = if id.starts_with("C2.") {
                "na".into()
            } else {
                4.into()
            };
        }
    }
    for (id, value) in v["answers"]["stage"].as_object_mut().unwrap() {
        *value = if id == "I2" {
            "no".into()
        } else {
            "yes".into()
        };
    }
    v["profile"]["region"] = "Kabupaten Banyuasin".into();
    v["profile"]["region_type"] = "regency".into();
    v["profile"]["date"] = "2024-05-17".into();
    v.to_string()
}

#[test]
fn template_then_fill_then_score() {
    let template = cli(&["template"]);
    assert!(template.status.success(), "{}", stderr(&template));
    let filled = TempFile::new("filled.json", &fill(&stdout(&template)));

    let scored = cli(&["score", filled.path()]);
    assert_eq!(scored.status.code(), Some(0), "{}", stderr(&scored));
    assert!(stderr(&scored).is_empty(), "complete: no provisional note");
    let report: Value = serde_json::from_str(&stdout(&scored)).unwrap();
    assert_eq!(report["format"], "cermat-report");
    assert_eq!(report["profile"]["region"], "Kabupaten Banyuasin");
    assert_eq!(report["scv"]["index"], 4);
    assert_eq!(report["scv"]["level"], 4);
    assert_eq!(report["scv"]["no_data"], serde_json::json!(["C2"]));
    assert_eq!(report["ereadiness"]["predicate"]["id"], "Sangat Baik");
    // Every statement 4: each of the South Sumatra study's three dimensions is 4.
    let dimensions = &report["ereadiness_dimensions"];
    assert_eq!(dimensions["technology"]["score"], 4);
    assert_eq!(
        dimensions["governance"]["indicators"],
        serde_json::json!(["SU1", "SU2", "SU3", "ST4"])
    );
    assert_eq!(report["stage"]["achieved"], 2);
    assert_eq!(report["stage"]["ahead"], serde_json::json!([4, 5]));
    assert_eq!(report["stage"]["next_gap"], serde_json::json!(["I2"]));
}

#[test]
fn a_v2_file_with_evidence_scores_as_its_v1_twin() {
    let template = stdout(&cli(&["template"]));
    let v1_text = fill(&template);
    let mut v2: Value = serde_json::from_str(&v1_text).unwrap();
    let evidence = serde_json::json!({
        "S1": {"note": "Masterplan ditetapkan.\nDirevisi 2024.", "references": [
            {"title": "Perbup Masterplan Smart City", "number": "12", "year": "2023",
             "link": "https://jdih.example.go.id/perbup?a=1&b=2"}
        ]},
        "ST2": {"note": "Pelatihan ASN 泗水市", "references": []},
        "I2": {"note": "", "references": [{"title": "", "number": "", "year": "", "link": "https://satu.data.go.id/"}]}
    });
    v2["version"] = 2.into();
    v2["evidence"] = evidence.clone();
    let (v1_file, v2_file) = (
        TempFile::new("twin-v1.json", &v1_text),
        TempFile::new("twin-v2.json", &v2.to_string()),
    );

    let (one, two) = (
        cli(&["score", v1_file.path()]),
        cli(&["score", v2_file.path()]),
    );
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    assert_eq!(two.status.code(), Some(0), "{}", stderr(&two));
    assert_eq!(stderr(&one), stderr(&two));
    let one: Value = serde_json::from_str(&stdout(&one)).unwrap();
    let mut two: Value = serde_json::from_str(&stdout(&two)).unwrap();
    assert!(one.get("evidence").is_none(), "no evidence, no key");
    // The v2 report is the v1 report plus the evidence, as the file gave it.
    assert_eq!(two["evidence"], evidence);
    two.as_object_mut().unwrap().remove("evidence");
    assert_eq!(one, two);
    assert_eq!(one["scv"]["index"], 4);

    // `compare` reads it too, with the same row.
    let out = cli(&["compare", v1_file.path(), v2_file.path()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let csv = stdout(&out);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    let figures = |row: &str| row.split_once(',').map(|(_, rest)| rest.to_string());
    assert_eq!(rows.len(), 2, "{csv}");
    assert_eq!(figures(rows[0]), figures(rows[1]));
}

#[test]
fn score_reads_standard_input() {
    let template = stdout(&cli(&["template"]));
    let out = cli_with_stdin(&["score", "-"], &fill(&template));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["stage"]["achieved"], 2);

    // The blank template scores too, as a provisional result with a note.
    let out = cli_with_stdin(&["score", "-"], &template);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("provisional"), "{}", stderr(&out));
}

#[test]
fn bad_file_exits_2_with_every_problem_and_its_path() {
    let bad = r#"{"format": "cermat-response", "version": 1,
        "answers": {"scv": {"S1.1": 7, "S1.2": "4", "Z9.9": 3}, "stage": {"E1": "ya"}},
        "profile": {"date": "2024-02-30"}}"#;
    let file = TempFile::new("bad.json", bad);
    let out = cli(&["score", file.path()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "no report for bad input");
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 5, "{err}");
    for path in [
        "answers.scv.S1.1: 7 is not 1-5 or \"na\"",
        "answers.scv.S1.2",
        "answers.scv.Z9.9",
        "answers.stage.E1",
        "profile.date",
    ] {
        assert!(lines.iter().any(|l| l.contains(path)), "{path} in {err}");
    }

    let out = cli(&["--lang", "id", "score", file.path()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("answers.scv.S1.1: 7 bukan 1-5 atau \"na\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn not_json_and_empty_input_exit_2() {
    for input in [
        "",
        "not json",
        "{\"format\":\"cermat-response\",\"version\":4}",
    ] {
        let out = cli_with_stdin(&["score", "-"], input);
        assert_eq!(out.status.code(), Some(2), "{input:?}");
        assert!(!stderr(&out).is_empty());
    }
}

#[test]
fn usage_errors_exit_64() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["score"],
        &["score", "a.json", "b.json"],
        &["--lang", "fr", "template"],
        &["template", "extra"],
    ] {
        let out = cli(args);
        assert_eq!(out.status.code(), Some(64), "{args:?}");
        assert!(
            stderr(&out).contains("Usage") || stderr(&out).contains("Pemakaian"),
            "{args:?}"
        );
    }
    let help = cli(&["help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("score FILE.json"));
    let out = cli(&["--lang=id", "help"]);
    assert!(stdout(&out).contains("Pemakaian"));
}

#[test]
fn a_missing_file_is_not_a_validation_failure() {
    let out = cli(&["score", "/nonexistent/cermat.json"]);
    assert_eq!(out.status.code(), Some(66));
    assert!(stderr(&out).contains("/nonexistent/cermat.json"));
}

#[test]
fn a_survey_csv_is_aggregated_then_scored() {
    // Two good respondents and one bad row: the report is printed, the row reported.
    let csv = "Timestamp,S1.1,S1.2,C2.1,E1\n\
               2024-01-01,4,5,2,yes\n\
               2024-01-02,3,banana,2,no\n\
               2024-01-03,3,4,3,yes\n";
    let file = TempFile::new("survey.csv", csv);
    let out = cli(&["score", "--csv", file.path()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    // S1 = mean(3.5, 4.5) = 4; C2 = 2.5; index = (4 + 2.5) / 2.
    assert_eq!(report["scv"]["indicators"]["S1"]["score"], 4);
    assert_eq!(report["scv"]["index"], 3.25);
    assert_eq!(report["stage"]["achieved"], 1);
    let err = stderr(&out);
    assert!(err.contains("Line 3") && err.contains("banana"), "{err}");

    // No usable row at all: exit 2, every row problem listed.
    let out = cli_with_stdin(&["score", "--csv", "-"], "S1.1,E1\nx,yes\n4,maybe\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("Line 2") && err.contains("Line 3"), "{err}");
}

/// A file name that is not UTF-8 is a file like any other: no panic (issue 7).
#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_read_or_reported_never_a_panic() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let name = OsStr::from_bytes(b"/nonexistent/cermat-\xff\xfe.json");
    let out = Command::new(env!("CARGO_BIN_EXE_cermat-cli"))
        .arg("score")
        .arg(name)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(66), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cermat-"));
    let lang = Command::new(env!("CARGO_BIN_EXE_cermat-cli"))
        .arg("--lang")
        .arg(OsStr::from_bytes(b"\xff"))
        .arg("template")
        .output()
        .unwrap();
    assert_eq!(lang.status.code(), Some(64));
}

/// A CSV over the limit is reported with its true size, not the part that was read.
#[test]
fn an_oversized_csv_is_reported_with_its_true_size() {
    let big = format!("S1.1\n{}", "4\n".repeat(10 * 1024 * 1024));
    let file = TempFile::new("big.csv", &big);
    let out = cli(&["score", "--csv", file.path()]);
    assert_eq!(out.status.code(), Some(2));
    let kb = big.len() / 1024;
    assert!(
        stderr(&out).contains(&format!("({kb} KB, at most 10240 KB)")),
        "{}",
        stderr(&out)
    );
    let piped = cli_with_stdin(&["score", "--csv", "-"], &big);
    assert!(
        stderr(&piped).contains(&format!("({kb} KB,")),
        "{}",
        stderr(&piped)
    );
}

/// The `plan` of `score`: applying its steps to the file's answers (each scored statement
/// of the indicator set to `to`) and scoring again reaches the target level.
#[test]
fn the_plan_in_the_report_reaches_the_target_when_applied() {
    let template = stdout(&cli(&["template"]));
    let mut file: Value = serde_json::from_str(&template).unwrap();
    // Uneven answers: some 1s, 2s and 3s, so the plan must choose.
    for (instrument, values) in [("scv", [2, 1, 3, 2]), ("ereadiness", [3, 2, 2, 1])] {
        let answers = file["answers"][instrument].as_object_mut().unwrap();
        for (i, (_, v)) in answers.iter_mut().enumerate() {
            *v = Value::from(values[i % values.len()]);
        }
    }
    let scored = |file: &Value| -> Value {
        let temp = TempFile::new("plan.json", &file.to_string());
        serde_json::from_str(&stdout(&cli(&["score", temp.path()]))).unwrap()
    };
    let report = scored(&file);
    for instrument in ["scv", "ereadiness"] {
        let r = &report[instrument];
        let target = r["target_level"].as_u64().unwrap();
        let plan = r["plan"].as_array().unwrap();
        assert!(
            !plan.is_empty(),
            "{instrument}: below its target, so a plan"
        );
        let mut applied = file.clone();
        applied["targets"][instrument] = Value::from(target);
        for step in plan {
            let indicator = step["indicator"].as_str().unwrap();
            let to = step["to"].as_u64().unwrap();
            let answers = applied["answers"][instrument].as_object_mut().unwrap();
            for (id, v) in answers.iter_mut() {
                let of_indicator = id
                    .strip_prefix(indicator)
                    .is_some_and(|rest| rest.starts_with('.'));
                if of_indicator && v.is_number() {
                    *v = Value::from(to);
                }
            }
        }
        let after = scored(&applied);
        assert!(
            after[instrument]["level"].as_u64().unwrap() >= target,
            "{instrument}: {plan:?}"
        );
    }
    assert_eq!(report["stage"]["plan"], report["stage"]["next_gap"]);
}

/// Issue 9: `--stats` prints the statistics the app shows (one function computes both),
/// and `--stats-dir` writes each table as a CSV file in the chosen language.
#[test]
fn survey_statistics_as_json_and_csv_tables() {
    let csv = "Usia;Jenis kelamin;S1.1;S1.2;S1.3\n\
               23;Perempuan;4;5;4\n\
               35;Laki-laki;3;4;3\n\
               41;Perempuan;5;5;4\n\
               28;Perempuan;2;3;2\n";
    let file = TempFile::new("stats.csv", csv);
    let out = cli(&["score", "--csv", "--stats", file.path()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let expected = cermat::survey::aggregate_csv(csv)
        .unwrap()
        .responses
        .statistics();
    assert_eq!(
        stdout(&out).trim_end(),
        cermat::statistics::to_json(&expected)
    );
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let items = json["items"].as_array().expect("items");
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["id"], "S1.1");
    assert_eq!(items[0]["n"], 4);
    assert_eq!(items[0]["mean"], 3.5); // (4 + 3 + 5 + 2) / 4

    let dir =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("stats-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = cli(&[
        "--lang",
        "id",
        "score",
        "--csv",
        "--stats-dir",
        dir.to_str().unwrap(),
        file.path(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let listed = stdout(&out);
    let items_csv = std::fs::read_to_string(dir.join("statistik-butir.csv")).unwrap();
    assert!(listed.contains("statistik-butir.csv"), "{listed}");
    assert!(
        items_csv.contains("S1.1") && items_csv.contains("3,50"),
        "{items_csv}"
    );
    assert!(
        listed.lines().count() >= 3,
        "items, reliability and a profile: {listed}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 10: `compare` prints one CSV row per good file in the order given, names the bad
/// file on stderr with its problem, and exits 0; with no good file it exits 2.
#[test]
fn compare_prints_one_row_per_good_file_and_names_the_bad_one() {
    let template = stdout(&cli(&["template"]));
    let banyuasin = TempFile::new("compare-banyuasin.json", &fill(&template));
    let mut other: Value = serde_json::from_str(&fill(&template)).unwrap();
    other["profile"]["region"] = "Kota Palembang".into();
    other["profile"]["region_type"] = "city".into();
    other["answers"]["scv"]["S1.1"] = 2.into();
    let palembang = TempFile::new("compare-palembang.json", &other.to_string());
    let bad = TempFile::new("compare-bad.json", "{\"format\": \"cermat-response\"}");

    let out = cli(&["compare", palembang.path(), bad.path(), banyuasin.path()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(bad.path()), "{err}");
    assert!(err.contains("version: is required"), "{err}");
    assert!(
        !err.contains(banyuasin.path()),
        "complete files draw no note: {err}"
    );
    let csv = stdout(&out);
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .split_terminator("\r\n")
        .collect();
    assert_eq!(lines.len(), 3, "a header and two rows: {csv}");
    assert!(lines[0].starts_with("Label,Region,Unit,Date,Support/Capacity/Value index"));
    assert!(
        lines[1].starts_with(&format!("{},Kota Palembang,", palembang.path())),
        "{}",
        lines[1]
    );
    assert!(lines[2].starts_with(&format!(
        "{},Kabupaten Banyuasin,,2024-05-17,4.00,4,Very good,",
        banyuasin.path()
    )));
    // Every statement 4 except C2 (N/A): elements 4.00; I2 "no": stage 2.
    assert!(
        lines[2].ends_with(",4.00,4.00,4.00,4.00,4.00,4.00,4.00,4.00,2,Enhanced"),
        "{}",
        lines[2]
    );

    let out = cli(&["--lang", "id", "compare", banyuasin.path()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains(";4,00;4;Sangat Baik;"),
        "{}",
        stdout(&out)
    );

    let out = cli(&["compare", bad.path(), "/nonexistent/cermat.json"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(bad.path()) && err.contains("/nonexistent/cermat.json"),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    for args in [&["compare"][..], &["compare", "--csv", banyuasin.path()]] {
        let out = cli(args);
        assert_eq!(out.status.code(), Some(64), "{args:?}");
    }
    assert!(stdout(&cli(&["help"])).contains("compare FILE.json..."));
}
