//! Survey statistics (`cermat::statistics`) against figures computed by hand and against
//! published tables; degenerate inputs never panic.

use cermat::model::{InstrumentId, Lang};
use cermat::statistics::{
    compute, element_of, profiles, r_table, slovin, tables_csv, to_json, AgeRange, AlphaUndefined,
    ExtraColumn, Interpretation, ItemColumn, Mode, ProfileKind, SurveyStatistics,
};
use proptest::prelude::*;

fn close(got: Option<f64>, want: f64, tolerance: f64) {
    let got = got.expect("a value");
    assert!((got - want).abs() < tolerance, "{got} != {want}");
}

fn item(id: &str, group: &str, values: &[Option<u32>]) -> ItemColumn {
    ItemColumn {
        id: id.into(),
        group: group.into(),
        values: values.to_vec(),
    }
}

fn extra(header: &str, values: &[&str]) -> ExtraColumn {
    ExtraColumn {
        header: header.into(),
        values: values.iter().map(|v| v.to_string()).collect(),
    }
}

/// Six respondents, three Support items (answers in points; respondent 6 typed 3,5 and
/// left S1.3 blank):
///
/// ```text
///            S1.1  S1.2  S1.3   total (R1-R5)
///   R1        4     5     4      13
///   R2        3     4     3      10
///   R3        5     5     4      14
///   R4        2     3     2       7
///   R5        4     4     5      13
///   R6        3.5   4     -
/// ```
fn hand_dataset() -> Vec<ItemColumn> {
    let s = |v: u32| Some(v);
    vec![
        item(
            "S1.1",
            "support",
            &[s(400), s(300), s(500), s(200), s(400), s(350)],
        ),
        item(
            "S1.2",
            "support",
            &[s(500), s(400), s(500), s(300), s(400), s(400)],
        ),
        item(
            "S1.3",
            "support",
            &[s(400), s(300), s(400), s(200), s(500), None],
        ),
    ]
}

#[test]
fn descriptives_by_hand() {
    let stats = compute(&hand_dataset(), &[]);
    assert_eq!(stats.respondents, 6);
    let [a, b, c] = [&stats.items[0], &stats.items[1], &stats.items[2]];

    // S1.1: 4, 3, 5, 2, 4, 3.5. n = 6, Σx = 21.5, mean = 3.58333...
    // Σx² = 16 + 9 + 25 + 4 + 16 + 12.25 = 82.25; Σx² - (Σx)²/n = 82.25 - 77.041667
    // = 5.208333; variance = 5.208333 / 5 = 1.0416667; SD = 1.0206207.
    // Sorted: 2, 3, 3.5, 4, 4, 5: median (3.5 + 4) / 2 = 3.75; mode 4 (twice), alone.
    assert_eq!((a.n, a.not_answered), (6, 0));
    close(a.mean, 21.5 / 6.0, 1e-12);
    close(a.sd, 1.020_620_726_159_657_4, 1e-9);
    assert_eq!(a.median, Some(3.75));
    let mode = Mode {
        value: 4.0,
        tied: false,
    };
    assert_eq!(a.mode, Some(mode));
    assert_eq!(a.distribution.points, [0, 1, 1, 2, 1]);
    assert_eq!(a.distribution.fractional, 1);
    // 3.58 is in (3.40, 4.20]: High.
    assert_eq!(a.mean_cents, Some(358));
    assert_eq!(a.category, Some(Interpretation::High));

    // S1.2: 5, 4, 5, 3, 4, 4. Σx = 25, mean 4.1667; Σx² = 107; 107 - 625/6 = 2.833333;
    // variance 0.5666667; SD 0.7527727. Sorted 3, 4, 4, 4, 5, 5: median 4, mode 4.
    close(b.sd, 0.752_772_652_709_080_4, 1e-9);
    assert_eq!((b.median, b.mean_cents), (Some(4.0), Some(417)));
    assert_eq!(b.mode.map(|m| (m.value, m.tied)), Some((4.0, false)));

    // S1.3: 4, 3, 4, 2, 5 and a blank. Mean 3.6, variance 5.2 / 4 = 1.3.
    assert_eq!((c.n, c.not_answered), (5, 1));
    close(c.mean, 3.6, 1e-12);
    close(c.sd, 1.3f64.sqrt(), 1e-12);
    assert_eq!(c.median, Some(4.0));
}

#[test]
fn a_tied_mode_takes_the_smallest() {
    // R1-R5 of S1.2: 5, 4, 5, 3, 4: 4 and 5 twice each -> 4, tied. Mean 4.20 exactly,
    // the upper bound of High.
    let values = [Some(500), Some(400), Some(500), Some(300), Some(400)];
    let stats = compute(&[item("S1.2", "support", &values)], &[]);
    let mode = stats.items[0].mode.unwrap();
    assert_eq!((mode.value, mode.tied), (4.0, true));
    assert_eq!(stats.items[0].category, Some(Interpretation::High));
}

#[test]
fn reliability_by_hand() {
    let stats = compute(&hand_dataset(), &[]);
    let rel = &stats.reliability[0];
    // R6 left S1.3 blank: listwise deletion keeps R1-R5.
    assert_eq!(
        (rel.group.as_str(), rel.items, rel.respondents_used),
        ("support", 3, 5)
    );

    // Item variances (n - 1 = 4), over R1-R5:
    //   S1.1: 4, 3, 5, 2, 4   mean 3.6  Σd² = .16+.36+1.96+2.56+.16 = 5.2   var 1.3
    //   S1.2: 5, 4, 5, 3, 4   mean 4.2  Σd² = .64+.04+.64+1.44+.04 = 2.8   var 0.7
    //   S1.3: 4, 3, 4, 2, 5   mean 3.6  Σd² = .16+.36+.16+2.56+1.96 = 5.2  var 1.3
    //   Σ var(item) = 3.3
    // Totals 13, 10, 14, 7, 13: mean 11.4, Σd² = 2.56+1.96+6.76+19.36+2.56 = 33.2,
    //   var(total) = 8.3
    // alpha = k/(k-1) (1 - Σvar/var(total)) = 3/2 (1 - 3.3/8.3) = 1.5 x 5/8.3 = 75/83
    close(rel.alpha, 75.0 / 83.0, 1e-12);
    assert_eq!(rel.alpha_undefined, None);
    assert_eq!(rel.reliable, Some(true));
    // df = 5 - 2 = 3: r table 0.8783 (0.878 in three-decimal tables).
    close(rel.r_table, 0.8783, 5e-5);

    // Corrected item-total r: the item against the sum of the other two.
    //   S1.1 vs S1.2+S1.3 = 9, 7, 9, 5, 9 (mean 7.8, d = 1.2, -.8, 1.2, -2.8, 1.2)
    //     Σdxdy = .48+.48+1.68+4.48+.48 = 7.6; Σdy² = 12.8; r = 7.6/√(5.2 x 12.8) = .93155
    //   S1.2 vs S1.1+S1.3 = 8, 6, 9, 4, 9 (mean 7.2)
    //     Σdxdy = .64+.24+1.44+3.84-.36 = 5.8; Σdy² = 18.8; r = 5.8/√(2.8 x 18.8) = .79941
    //   S1.3 vs S1.1+S1.2 = 9, 7, 10, 5, 8 (mean 7.8)
    //     Σdxdy = .48+.48+.88+4.48+.28 = 6.6; Σdy² = 14.8; r = 6.6/√(5.2 x 14.8) = .75234
    let r: Vec<f64> = rel.item_total.iter().map(|i| i.r.unwrap()).collect();
    assert!((r[0] - 7.6 / (5.2f64 * 12.8).sqrt()).abs() < 1e-12);
    assert!((r[1] - 5.8 / (2.8f64 * 18.8).sqrt()).abs() < 1e-12);
    assert!((r[2] - 6.6 / (5.2f64 * 14.8).sqrt()).abs() < 1e-12);
    // Only S1.1 reaches 0.8783.
    let valid: Vec<Option<bool>> = rel.item_total.iter().map(|i| i.valid).collect();
    assert_eq!(valid, [Some(true), Some(false), Some(false)]);

    // Alpha if deleted, e.g. without S1.1: 2/1 (1 - (0.7 + 1.3) / (12.8/4)) = 0.75;
    // without S1.2: 2 (1 - 2.6/4.7) = 4.2/4.7; without S1.3: 2 (1 - 2.0/3.7) = 3.4/3.7.
    let deleted: Vec<f64> = rel
        .item_total
        .iter()
        .map(|i| i.alpha_if_deleted.unwrap())
        .collect();
    assert!((deleted[0] - 0.75).abs() < 1e-12);
    assert!((deleted[1] - 4.2 / 4.7).abs() < 1e-12);
    assert!((deleted[2] - 3.4 / 3.7).abs() < 1e-12);
}

#[test]
fn r_table_matches_published_values() {
    // The r table (product-moment, 5 %, two-tailed) printed in Indonesian statistics
    // textbooks, by df = n - 2.
    let published = [
        (1, 0.9969),
        (2, 0.9500),
        (3, 0.8783),
        (5, 0.7545),
        (10, 0.5760),
        (18, 0.4438),
        (20, 0.4227),
        (28, 0.3610),
        (30, 0.3494),
        (50, 0.2732),
        (98, 0.1966),
        (100, 0.1946),
    ];
    for (df, r) in published {
        close(r_table(df), r, 5e-5);
    }
    assert_eq!(r_table(0), None);
}

#[test]
fn slovin_as_in_the_palembang_study() {
    // 1,143,754 / (1 + 1,143,754 x 0.1²) = 1,143,754 / 11,438.54 = 99.99 -> 100.
    assert_eq!(slovin(1_143_754, 0.10), Some(100));
    // Exact quotients stay: 400 / (1 + 400 x 0.05²) = 200; 24,000 / 6.4 = 3,750.
    assert_eq!(slovin(400, 0.05), Some(200));
    assert_eq!(slovin(24_000, 0.015), Some(3_750));
    assert_eq!(slovin(0, 0.1), None);
    assert_eq!(slovin(10, 0.0), None);
    assert_eq!(slovin(10, 1.0), None);
}

fn profile_extras() -> Vec<ExtraColumn> {
    vec![
        extra("Timestamp", &["1", "2", "3", "4", "5", "6"]),
        extra(
            "Jenis Kelamin",
            &[
                "Laki-laki",
                "perempuan ",
                " laki-laki",
                "Perempuan",
                "",
                "LAKI-LAKI",
            ],
        ),
        extra("Usia (tahun)", &["19", "25", "41", "55", "30", "tidak mau"]),
        extra("Email", &["a@x", "a@x", "a@x", "a@x", "a@x", "a@x"]),
        extra("Saran", &["a", "b", "c", "d", "e", "f"]),
        extra("Golongan", &["III/a", "III/a", "IV/b", "", "iii/a", "IV/b"]),
    ]
}

#[test]
fn profiles_are_found_and_grouped() {
    let found = profiles(&profile_extras(), 6);
    let kinds: Vec<ProfileKind> = found.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [ProfileKind::Gender, ProfileKind::Age, ProfileKind::Other]
    );

    let gender = &found[0];
    assert_eq!((gender.answered, gender.blank), (5, 1));
    let cats: Vec<(&str, usize)> = gender
        .categories
        .iter()
        .map(|c| (c.label.as_str(), c.count))
        .collect();
    // Case and spaces ignored; the first spelling seen labels the category.
    assert_eq!(cats, [("Laki-laki", 3), ("perempuan", 2)]);
    assert!((gender.categories[0].percent - 60.0).abs() < 1e-12);

    // 19 | 25, 30 | - | 41 | 55 and one text answer after the ranges.
    let age = &found[1];
    let counts: Vec<usize> = age.categories.iter().map(|c| c.count).collect();
    assert_eq!(counts, [1, 2, 0, 1, 1, 1]);
    assert_eq!(age.categories[1].age_range, Some(AgeRange::From21To30));
    assert_eq!(age.categories[5].label, "tidak mau");
    assert!((age.categories[1].percent - 100.0 * 2.0 / 6.0).abs() < 1e-12);

    // Unnamed, 2 distinct values among 5 answers: a profile.
    let other = &found[2];
    assert_eq!(other.header, "Golongan");
    assert_eq!(other.categories[0].count, 3);
}

#[test]
fn element_of_fills_groups() {
    assert_eq!(element_of("S1.1"), Some((InstrumentId::Scv, "support")));
    assert_eq!(
        element_of("ST4.2"),
        Some((InstrumentId::Ereadiness, "structure"))
    );
    assert_eq!(element_of("K1"), None);
}

#[test]
fn csv_tables_in_both_languages() {
    let stats = compute(&hand_dataset(), &profile_extras());
    let en = tables_csv(&stats, Lang::En);
    let stems: Vec<&str> = en.iter().map(|(s, _)| *s).collect();
    assert_eq!(
        stems,
        [
            "item-statistics",
            "reliability",
            "profile-gender",
            "profile-age",
            "profile-other"
        ]
    );
    let items = &en[0].1;
    assert!(items.starts_with("\u{feff}Item,Element,n,"));
    assert!(items.contains("\r\nS1.1,Support,6,0,0,3.58,1.02,3.75,4.00,No,0,1,1,2,1,1,High\r\n"));
    let reliability = &en[1].1;
    assert!(reliability.contains("\r\nSupport,,5,3,0.8783,,,,0.904,Reliable\r\n"));
    assert!(reliability.contains("\r\nSupport,S1.2,,,,0.799,Not valid,0.894,,\r\n"));
    assert!(en[3].1.contains("\r\nUsia (tahun),21-30 years,2,33.3\r\n"));

    let id = tables_csv(&stats, Lang::Id);
    let stems: Vec<&str> = id.iter().map(|(s, _)| *s).collect();
    assert_eq!(
        &stems[..3],
        ["statistik-butir", "reliabilitas", "profil-jenis-kelamin"]
    );
    assert!(id[0]
        .1
        .contains("\r\nS1.1;Dukungan;6;0;0;3,58;1,02;3,75;4,00;Tidak;0;1;1;2;1;1;Tinggi\r\n"));
    assert!(id[1]
        .1
        .contains("\r\nDukungan;;5;3;0,8783;;;;0,904;Reliabel\r\n"));
    assert!(id[2].1.contains("\r\nJenis Kelamin;Laki-laki;3;60,0\r\n"));
    assert!(id[2].1.contains("\r\nJenis Kelamin;Jumlah;5;100,0\r\n"));
    assert!(id[2].1.contains("\r\nJenis Kelamin;Tidak dijawab;1;\r\n"));
}

#[test]
fn json_has_the_documented_shape_and_reads_back() {
    let stats = compute(&hand_dataset(), &profile_extras());
    let json = to_json(&stats);
    assert!(!json.contains('\n'));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["format"], "cermat-statistics");
    assert_eq!(value["version"], 1);
    assert_eq!(value["thresholds"]["alpha"], 0.6);
    assert_eq!(value["respondents"], 6);
    assert_eq!(value["items"][0]["mean_cents"], 358);
    assert_eq!(value["items"][0]["category"], "high");
    assert_eq!(value["items"][0]["distribution"]["points"][3], 2);
    assert_eq!(value["items"][2]["mode"]["tied"], false);
    assert_eq!(value["reliability"][0]["respondents_used"], 5);
    assert_eq!(
        value["reliability"][0]["alpha_undefined"],
        serde_json::Value::Null
    );
    assert_eq!(value["reliability"][0]["item_total"][1]["valid"], false);
    assert_eq!(value["profiles"][1]["kind"], "age");
    assert_eq!(value["profiles"][1]["categories"][0]["age_range"], "<=20");
    // Reads back (floats to the last bit or so: serde_json parses fast, not exactly).
    let back: SurveyStatistics = serde_json::from_str(&json).unwrap();
    assert_eq!(back.profiles, stats.profiles);
    for (b, s) in back.items.iter().zip(&stats.items) {
        assert_eq!(
            (&b.id, b.n, b.mean_cents, b.mode),
            (&s.id, s.n, s.mean_cents, s.mode)
        );
        close(b.sd, s.sd.unwrap(), 1e-12);
    }
    close(back.reliability[0].alpha, 75.0 / 83.0, 1e-12);
}

#[test]
fn degenerate_inputs_give_none_with_reasons() {
    let empty = compute(&[], &[]);
    assert_eq!(empty.respondents, 0);
    assert!(empty.items.is_empty() && empty.reliability.is_empty());

    // All missing; then zero variance; then two respondents only.
    let blank = [
        item("a", "g", &[None, None, None]),
        item("b", "g", &[None, None, None]),
    ];
    let stats = compute(&blank, &[]);
    assert_eq!(stats.items[0].mean, None);
    let why = stats.reliability[0].alpha_undefined;
    assert_eq!(why, Some(AlphaUndefined::FewerThanTwoRespondents));

    let flat = [
        item("a", "g", &[Some(300); 4]),
        item("b", "g", &[Some(300); 4]),
    ];
    let stats = compute(&flat, &[]);
    let rel = &stats.reliability[0];
    assert_eq!(rel.alpha_undefined, Some(AlphaUndefined::ZeroTotalVariance));
    assert_eq!(rel.item_total[0].r, None);
    assert_eq!(rel.item_total[0].valid, None);
    assert_eq!(stats.items[0].sd, Some(0.0));

    let two = [
        item("a", "g", &[Some(100), Some(500)]),
        item("b", "g", &[Some(200), Some(400)]),
    ];
    let rel = &compute(&two, &[]).reliability[0];
    // var(a) = 8, var(b) = 2, totals 3 and 9: var 18; alpha = 2 (1 - 10/18) = 8/9.
    close(rel.alpha, 8.0 / 9.0, 1e-12);
    assert_eq!((rel.r_table, rel.item_total[0].valid), (None, None));
    for lang in [Lang::Id, Lang::En] {
        assert_eq!(tables_csv(&empty, lang).len(), 2);
    }
}

/// 10,000 respondents x 87 items, as a large survey: run with `--release --nocapture`
/// to see the time (no assertion on it: timings vary by machine).
#[test]
fn a_large_survey() {
    let respondents = 10_000;
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let level: Vec<u64> = (0..respondents).map(|_| next() % 5).collect();
    let ids: Vec<String> = (0..87).map(|i| format!("X{}.{}", i / 11, i % 11)).collect();
    let items: Vec<ItemColumn> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let values = level
                .iter()
                .map(|l| {
                    let noise = next() % 3;
                    let point = (l + noise).clamp(1, 5) as u32;
                    (next() % 50 != 0).then_some(point * 100)
                })
                .collect();
            ItemColumn {
                id: id.clone(),
                group: format!("g{}", i / 11),
                values,
            }
        })
        .collect();
    let genders = ["Laki-laki", "Perempuan"];
    let extras = vec![
        ExtraColumn {
            header: "Jenis kelamin".into(),
            values: (0..respondents)
                .map(|_| genders[(next() % 2) as usize].to_string())
                .collect(),
        },
        ExtraColumn {
            header: "Usia".into(),
            values: (0..respondents)
                .map(|_| (18 + next() % 45).to_string())
                .collect(),
        },
    ];
    let start = std::time::Instant::now();
    let stats = compute(&items, &extras);
    let elapsed = start.elapsed();
    println!(
        "compute, {respondents} x {} items: {elapsed:?}",
        items.len()
    );
    assert_eq!(stats.items.len(), 87);
    assert_eq!(stats.reliability.len(), 8);
    assert!(stats.reliability.iter().all(|r| r.alpha.is_some()));
    for s in &stats.items {
        assert_eq!(s.n + s.not_answered, respondents);
    }
}

fn arb_value() -> impl Strategy<Value = Option<u32>> {
    prop_oneof![
        Just(None),
        (1u32..=5).prop_map(|p| Some(p * 100)),
        (100u32..=500).prop_map(Some),
        any::<u32>().prop_map(Some),
    ]
}

fn arb_item() -> impl Strategy<Value = ItemColumn> {
    (
        "[a-c]{0,2}",
        prop::sample::select(vec!["", "support", "g"]),
        prop::collection::vec(arb_value(), 0..8),
    )
        .prop_map(|(id, group, values)| ItemColumn {
            id,
            group: group.to_string(),
            values,
        })
}

fn arb_extra() -> impl Strategy<Value = ExtraColumn> {
    let headers = vec!["Usia", "Jenis kelamin", "OPD", "x", "", "Nama", "=1"];
    (
        prop::sample::select(headers),
        prop::collection::vec("[ a-cA-C0-9,\";=\n-]{0,4}", 0..8),
    )
        .prop_map(|(header, values)| ExtraColumn {
            header: header.to_string(),
            values,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_table_computes_without_panic(
        items in prop::collection::vec(arb_item(), 0..5),
        extras in prop::collection::vec(arb_extra(), 0..4),
    ) {
        let stats = compute(&items, &extras);
        for s in &stats.items {
            prop_assert_eq!(s.n + s.not_answered + s.out_of_range, stats.respondents);
            if let Some(mean) = s.mean {
                prop_assert!((1.0..=5.0).contains(&mean));
            }
        }
        for rel in &stats.reliability {
            prop_assert_eq!(rel.alpha.is_none(), rel.alpha_undefined.is_some());
            if let Some(alpha) = rel.alpha {
                prop_assert!(alpha.is_finite() && alpha <= 1.0 + 1e-12);
            }
            for it in &rel.item_total {
                if let Some(r) = it.r {
                    prop_assert!((-1.0..=1.0).contains(&r));
                }
            }
        }
        for p in &stats.profiles {
            let counted: usize = p.categories.iter().map(|c| c.count).sum();
            prop_assert_eq!(counted, p.answered);
        }
        let json = to_json(&stats);
        let back: SurveyStatistics = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back.items.len(), stats.items.len());
        for lang in [Lang::Id, Lang::En] {
            prop_assert!(tables_csv(&stats, lang).len() >= 2);
        }
    }
}
