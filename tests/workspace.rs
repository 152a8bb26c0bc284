//! The workspace of many assessments (issue 10): the workspace file read back exactly at
//! national scale (552 regions, names in any script), a survey of several regions
//! aggregated per region (means checked against arithmetic done here), many files
//! imported at once, and the page's list of 552 saves with its rankings (timed, printed
//! with `--nocapture`, never asserted).

use cermat::compare::{compare, rank, Labeled};
use cermat::format::{response_json, MAX_INPUT_BYTES};
use cermat::model::{Assessment, InstrumentId, Lang, LikertAnswer, ProfileField, StageAnswer};
use cermat::store::{exact, Saved};
use cermat::survey::{aggregate_csv, aggregate_csv_by_group, SurveyError, MAX_GROUPS};
use cermat::workspace::{
    decode_rows, encode_rows, import_files, list, ranking, read_workspace, workspace_json, RankBy,
    MAX_IMPORT_ASSESSMENTS, MAX_WORKSPACE_BYTES,
};
use proptest::prelude::*;

#[path = "../examples/generate_regions.rs"]
#[allow(dead_code)]
mod generate_regions;

/// Names as people write them, in several scripts, with characters JSON escapes.
const NAMES: [&str; 8] = [
    "Kota Palembang 2024",
    "ꦏꦸꦛꦒꦼꦝꦺ (Kutagede)",
    "بنده آچيه",
    "泗水市",
    "Дискоминфо \"2024\"",
    "tab\tback\\slash\nnew line",
    "🏙️ Kabupaten Ogan Komering Ilir",
    "",
];

fn regions() -> Vec<(String, Assessment)> {
    (0..generate_regions::ALL_REGIONS)
        .map(|i| {
            let name = NAMES[i % NAMES.len()];
            (
                format!("{name} {i}").trim().to_string(),
                generate_regions::region(i),
            )
        })
        .collect()
}

#[test]
fn a_workspace_of_552_regions_reads_back_exactly() {
    let entries = regions();
    let text = workspace_json(&entries);
    println!(
        "workspace file of {} assessments: {} bytes",
        entries.len(),
        text.len()
    );
    assert!(text.len() > MAX_INPUT_BYTES, "a response's cap would do");
    assert!(text.len() < MAX_WORKSPACE_BYTES / 10);
    let back = read_workspace(&text).expect("reads back");
    assert_eq!(back, entries);
    assert_eq!(workspace_json(&back), text);
    // Each entry is what a response file holds, read by its rules.
    let second = &text[text.find("\"response\": ").unwrap()..];
    assert!(second.starts_with("\"response\": {\n        \"format\": \"cermat-response\""));
}

#[test]
fn a_bad_entry_is_found_among_many_and_nothing_is_read() {
    let entries = regions();
    let text = workspace_json(&entries[..20]);
    let bad = text.replacen(
        "\"date\": \"2024-",
        "\"date\": \"2023-02-30\", \"x\": \"",
        1,
    );
    let problems = read_workspace(&bad).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "assessments[0] (\"Kota Palembang 2024 0\").response.profile.date",
            "assessments[0] (\"Kota Palembang 2024 0\").response.profile.x",
        ]
    );
    assert!(problems[0].message(Lang::Id).contains("bukan tanggal"));
}

/// Means as the survey rounds them: half up to 0.01.
fn mean(values: &[f64]) -> f64 {
    let sum: f64 = values.iter().sum();
    (sum * 100.0 / values.len() as f64 + 0.5).floor() / 100.0
}

fn score(a: &Assessment, item: &str) -> Option<f64> {
    match a.answers.scv.get(item) {
        Some(LikertAnswer::Score(x)) => Some(*x),
        _ => None,
    }
}

/// Three regions; quoted cells hold the separator and a line break; one region is
/// written twice differently; one row has no region; one row is bad.
const THREE_REGIONS: &str = "\
Timestamp,Kabupaten/Kota,S1.1,S1.2,E1,Komentar
2024-01-01,\"Kota Palembang, Sumsel\",4,2,ya,\"baik, sekali\"
2024-01-01,Kab. Banyuasin,5,3,tidak,ok
2024-01-01,\"  kota  PALEMBANG, sumsel \",5,3,ya,\"dua
baris, dengan koma\"
2024-01-01,Kota Prabumulih,1,1,tidak,
2024-01-01,,3,3,ya,tanpa wilayah
2024-01-01,Kab. Banyuasin,4,x,ya,baris rusak
2024-01-01,Kota Prabumulih,2,5,sebagian,
2024-01-01,Kab. Banyuasin,3,4,tidak,
2024-01-01,\"Kota Palembang, Sumsel\",4,4,tidak,\"a,b\"
";

#[test]
fn a_survey_of_three_regions_is_aggregated_per_region() {
    let grouped = aggregate_csv_by_group(THREE_REGIONS)
        .unwrap()
        .expect("a region column");
    assert_eq!(grouped.column, "Kabupaten/Kota");
    assert_eq!(grouped.field, ProfileField::Region);
    assert_eq!(grouped.ungrouped_rows, 1);
    assert!(grouped.failed.is_empty());
    let names: Vec<&str> = grouped.groups.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Kota Palembang, Sumsel",
            "Kab. Banyuasin",
            "Kota Prabumulih"
        ]
    );
    let expected = [
        (
            3,
            [4.0, 5.0, 4.0],
            [2.0, 3.0, 4.0].to_vec(),
            StageAnswer::Yes,
        ),
        (2, [5.0, 3.0, 0.0], [3.0, 4.0].to_vec(), StageAnswer::No),
        (2, [1.0, 2.0, 0.0], [1.0, 5.0].to_vec(), StageAnswer::No),
    ];
    for ((name, result), (respondents, s11, s12, e1)) in grouped.groups.iter().zip(expected) {
        let a = &result.assessment;
        assert_eq!(result.respondents, respondents, "{name}");
        assert_eq!(score(a, "S1.1"), Some(mean(&s11[..respondents])), "{name}");
        assert_eq!(score(a, "S1.2"), Some(mean(&s12)), "{name}");
        assert_eq!(a.answers.stage.get("E1"), Some(&e1), "{name}");
        assert_eq!(&a.profile.region, name);
    }
    // 4.33, not 4.333...: the survey's rounding, worked out here.
    assert_eq!(score(&grouped.groups[0].1.assessment, "S1.1"), Some(4.33));
    // The bad row is reported at its line in the file, in its region's group.
    let banyuasin = &grouped.groups[1].1;
    assert_eq!(banyuasin.problems.len(), 1);
    assert_eq!(banyuasin.problems[0].line, 8);
    // Each region's comment column kept its quoted commas and line break.
    let palembang = &grouped.groups[0].1.responses.extras;
    let comments = palembang.iter().find(|(h, _)| h == "Komentar").unwrap();
    assert_eq!(
        comments.1,
        ["baik, sekali", "dua\nbaris, dengan koma", "a,b"]
    );
}

#[test]
fn each_group_is_what_its_rows_alone_would_give() {
    let grouped = aggregate_csv_by_group(THREE_REGIONS).unwrap().unwrap();
    let lines: Vec<&str> = THREE_REGIONS.lines().collect();
    let alone = [lines[0], lines[5], lines[8]].join("\n");
    let mut expected = aggregate_csv(&alone).unwrap();
    expected.assessment.profile.region = "Kota Prabumulih".into();
    let (_, got) = &grouped.groups[2];
    assert_eq!(got.assessment, expected.assessment);
    assert_eq!(got.items, expected.items);
    assert_eq!(got.columns, expected.columns);
}

#[test]
fn units_with_semicolons_and_an_excel_separator_line() {
    let csv = "sep=;\r\nprofil/OPD;S1.1;Catatan\r\nDiskominfo;4;\"a;b\"\r\nBappeda;2;\r\n diskominfo ;5;\r\nBappeda;x;\r\n";
    let grouped = aggregate_csv_by_group(csv).unwrap().unwrap();
    assert_eq!(grouped.field, ProfileField::Unit);
    let found: Vec<(&str, Option<f64>, &str)> = grouped
        .groups
        .iter()
        .map(|(n, r)| {
            (
                n.as_str(),
                score(&r.assessment, "S1.1"),
                r.assessment.profile.unit.as_str(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("Diskominfo", Some(4.5), "Diskominfo"),
            ("Bappeda", Some(2.0), "Bappeda")
        ]
    );
    assert_eq!(grouped.groups[1].1.problems[0].line, 6);
    assert!(grouped.groups.iter().all(|(_, r)| r.separator == ';'));
}

#[test]
fn a_file_without_a_region_or_unit_column_is_not_grouped() {
    assert_eq!(aggregate_csv_by_group("S1.1,S1.2\n4,5\n"), Ok(None));
    // A region column nobody filled in groups nothing either.
    assert_eq!(aggregate_csv_by_group("wilayah,S1.1\n,4\n,5\n"), Ok(None));
    assert_eq!(
        aggregate_csv_by_group("wilayah,nama\nA,b\n"),
        Err(SurveyError::NoItemColumns)
    );
    assert_eq!(aggregate_csv_by_group(""), Err(SurveyError::Empty));
    // Every group without a usable row: the whole file has none.
    let none = aggregate_csv_by_group("pemda,S1.1\nA,x\nB,\n").unwrap_err();
    assert!(matches!(none, SurveyError::NoRespondents { ref problems } if problems.len() == 2));
}

#[test]
fn at_most_a_thousand_groups() {
    let csv = |n: usize| {
        let rows: String = (0..n)
            .map(|i| format!("Daerah {i},{}\n", 1 + i % 5))
            .collect();
        format!("region,S1.1\n{rows}")
    };
    let start = std::time::Instant::now();
    let grouped = aggregate_csv_by_group(&csv(MAX_GROUPS)).unwrap().unwrap();
    println!(
        "{MAX_GROUPS} groups aggregated in {:.1} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    assert_eq!(grouped.groups.len(), MAX_GROUPS);
    let error = aggregate_csv_by_group(&csv(MAX_GROUPS + 1)).unwrap_err();
    assert_eq!(
        error,
        SurveyError::TooManyGroups {
            column: "region".into(),
            groups: MAX_GROUPS + 1,
            max: MAX_GROUPS
        }
    );
    assert!(error.message(Lang::En).contains("at most 1000 regions"));
    assert!(error
        .message(Lang::Id)
        .contains("paling banyak 1000 wilayah"));
}

fn file(name: &str, bytes: impl Into<Vec<u8>>) -> (String, Vec<u8>) {
    (name.to_string(), bytes.into())
}

#[test]
fn many_files_at_once() {
    let mut one = Assessment::default();
    one.profile.unit = "Diskominfo".into();
    one.answers
        .ereadiness
        .insert("ST1.1".into(), LikertAnswer::Score(2.5949));
    let ws = workspace_json(&[
        ("Kota Palembang".into(), generate_regions::region(0)),
        ("ꦗꦮ".into(), generate_regions::region(1)),
    ]);
    let files = vec![
        file("ruang-kerja.json", ws),
        file("jawaban.json", response_json(&one)),
        file("simpanan.txt", exact(&one)),
        file("survei.csv", THREE_REGIONS),
        file("satu.csv", "S1.1,S1.2\n4,5\n2,3\n"),
        file("gambar.png", b"\x89PNG\r\n\x1a\n\0\0\xff\xfe".to_vec()),
        file("rusak.json", "{\"format\": "),
        file("catatan", "halo semua"),
    ];
    let imported = import_files(&files, Lang::En);
    let got: Vec<(&str, &str, Option<u32>)> = imported
        .assessments
        .iter()
        .map(|a| (a.file.as_str(), a.name.as_str(), a.respondents))
        .collect();
    assert_eq!(
        got,
        [
            ("ruang-kerja.json", "Kota Palembang", None),
            ("ruang-kerja.json", "ꦗꦮ", None),
            ("jawaban.json", "", None),
            ("simpanan.txt", "", None),
            ("survei.csv", "Kota Palembang, Sumsel", Some(3)),
            ("survei.csv", "Kab. Banyuasin", Some(2)),
            ("survei.csv", "Kota Prabumulih", Some(2)),
            ("satu.csv", "", Some(2)),
        ]
    );
    assert_eq!(
        imported.assessments[0].assessment,
        generate_regions::region(0)
    );
    assert_eq!(imported.assessments[2].assessment, one);
    assert_eq!(imported.assessments[3].assessment, one);
    assert_eq!(
        imported.assessments[4].assessment.profile.region,
        "Kota Palembang, Sumsel"
    );
    let failed: Vec<&str> = imported.failures.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        failed,
        [
            "survei.csv",
            "survei.csv",
            "gambar.png",
            "rusak.json",
            "catatan"
        ]
    );
    let message = |i: usize| imported.failures[i].1.as_str();
    assert!(message(0).starts_with("Kab. Banyuasin: 1 rows were skipped. The first: Line 8"));
    assert!(message(1).contains("1 rows with no value in the column \"Kabupaten/Kota\""));
    assert!(message(2).contains("not recognised"), "{}", message(2));
    assert!(message(3).contains("not valid JSON"), "{}", message(3));
    assert!(message(4).contains("not recognised"), "{}", message(4));
    let indonesian = import_files(&files[5..6], Lang::Id);
    assert!(indonesian.failures[0].1.contains("tidak dikenali"));
}

#[test]
fn an_import_takes_at_most_five_thousand_assessments() {
    let entry = r#"{"name": "x", "response": {"format": "cermat-response", "version": 1}}"#;
    let workspace = |n: usize| {
        let list = vec![entry; n].join(",");
        format!(r#"{{"format": "cermat-workspace", "version": 1, "assessments": [{list}]}}"#)
    };
    let files = vec![
        file("a.json", workspace(3_000)),
        file("b.json", workspace(2_500)),
        file("c.csv", "S1.1\n4\n"),
    ];
    let imported = import_files(&files, Lang::En);
    assert_eq!(imported.assessments.len(), MAX_IMPORT_ASSESSMENTS);
    assert_eq!(imported.failures.len(), 1);
    let (file, message) = &imported.failures[0];
    assert_eq!(file, "b.json");
    assert!(
        message.starts_with("501 assessments were not imported: at most 5000"),
        "{message}"
    );
}

#[test]
fn cut_and_garbled_files_fail_with_a_message_never_a_panic() {
    let ws = workspace_json(&regions()[..3]);
    let csv = THREE_REGIONS;
    let save = exact(&generate_regions::region(5));
    for whole in [ws.as_str(), csv, save.as_str()] {
        for cut in (0..whole.len()).step_by(37) {
            let bytes = whole.as_bytes()[..cut].to_vec();
            let imported = import_files(&[file("f", bytes)], Lang::Id);
            assert!(!imported.assessments.is_empty() || !imported.failures.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn any_bytes_import_without_panicking(
        prefix in prop::sample::select(vec![
            "", "cermat-save 2\n", "{", "{\"format\": \"cermat-workspace\"", "region,S1.1\n",
            "\u{feff}", "sep=;\nopd;S1.1\n", "[",
        ]),
        tail in prop::collection::vec(any::<u8>(), 0..200),
        name in "[a-z.]{0,8}",
    ) {
        let mut bytes = prefix.as_bytes().to_vec();
        bytes.extend(tail);
        let imported = import_files(&[(name, bytes)], Lang::En);
        prop_assert!(!imported.assessments.is_empty() || !imported.failures.is_empty());
        for (_, message) in &imported.failures {
            prop_assert!(message.lines().count() <= 6);
        }
    }
}

/// The workspace page's list at national scale: 552 saves decoded, scored, labelled and
/// ranked every way. Prints the time; asserts only the results.
#[test]
fn the_list_of_552_saves_and_its_rankings() {
    let entries = regions();
    let saves: Vec<(String, String, String)> = entries
        .iter()
        .enumerate()
        .map(|(i, (name, a))| {
            let at = 1_700_000_000_000 + (i as u64 * 7_919) % 100_000;
            let text = Saved::default().record(a, at).encode();
            let name = if i % 2 == 0 {
                name.clone()
            } else {
                String::new()
            };
            (format!("id{i}"), name, text)
        })
        .collect();
    let start = std::time::Instant::now();
    let rows = list(&saves);
    let listed = start.elapsed();
    let start = std::time::Instant::now();
    let rankings: Vec<_> = [
        RankBy::Scv,
        RankBy::Ereadiness,
        RankBy::Stage,
        RankBy::Label,
        RankBy::Updated,
    ]
    .into_iter()
    .map(|by| ranking(&rows, by))
    .collect();
    let ranked = start.elapsed();
    let start = std::time::Instant::now();
    let text = encode_rows(&rows);
    let back = decode_rows(&text);
    let coded = start.elapsed();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{} saves listed in {:.1} ms, ranked 5 ways in {:.1} ms (total {:.1} ms); \
         rows encoded ({} bytes) and decoded in {:.1} ms",
        rows.len(),
        ms(listed),
        ms(ranked),
        ms(listed + ranked),
        text.len(),
        ms(coded)
    );
    assert_eq!(back, rows);
    assert_eq!(rows.len(), 552);
    assert_eq!(
        rows[1].label,
        format!("Provinsi 02 · Diskominfo · {}", rows[1].date)
    );
    assert_eq!(rows[4].label, "Дискоминфо \"2024\" 4");
    assert!(rows.iter().all(|r| !r.damaged && r.total == 87));
    // Ranked by index as the comparison ranks: the same order and the same ranks.
    let labeled: Vec<Labeled> = entries
        .into_iter()
        .map(|(name, a)| Labeled::new(name, a))
        .collect();
    let comparison = compare(&labeled);
    for (instrument, ours) in [
        (InstrumentId::Scv, &rankings[0]),
        (InstrumentId::Ereadiness, &rankings[1]),
    ] {
        let theirs: Vec<(usize, Option<usize>)> = rank(&comparison, instrument)
            .iter()
            .map(|r| (r.column, r.rank))
            .collect();
        assert_eq!(ours, &theirs);
    }
    for ranked in &rankings {
        let mut rows_seen: Vec<usize> = ranked.iter().map(|(row, _)| *row).collect();
        rows_seen.sort_unstable();
        assert_eq!(rows_seen, (0..552).collect::<Vec<_>>());
    }
    let stages = &rankings[2];
    let first_stage = rows[stages[0].0].stage;
    assert_eq!(first_stage, rows.iter().filter_map(|r| r.stage).max());
    let newest = rankings[4][0].0;
    assert_eq!(
        rows[newest].updated,
        rows.iter().map(|r| r.updated).max().unwrap()
    );
    for (row, expected) in rows.iter().zip(&labeled) {
        assert_eq!(row.code, cermat::share::encode(&expected.assessment));
    }
}
