//! Many assessments (issue 10): comparison, ranking, progress over time, roll-up of OPD
//! units and the comparison CSV, on small assessments worked by hand; a property test
//! that no assessment makes them panic; and a timing of 552 regions.

use cermat::compare::{
    areas_of_concern, compare, comparison_csv, largest_differences, most_improved, rank, roll_up,
    trend, ConcernKind, Dated, Labeled, Measure, Rejection,
};
use cermat::content;
use cermat::model::{Assessment, InstrumentId, Lang, LikertAnswer, RegionType, StageAnswer, Text};
use cermat::scoring::evaluate;
use proptest::prelude::*;

#[path = "support/likert_answers.rs"]
mod likert_answers;
use likert_answers::{answer, item_ids};

#[path = "../examples/generate_regions.rs"]
#[allow(dead_code)]
mod generate_regions;

const SCV: InstrumentId = InstrumentId::Scv;

/// Every statement of each listed Support / Capacity / Value indicator answered `value`,
/// and each listed criterion answered `"yes"`.
fn scv(indicators: &[(&str, f64)], yes: &[&str]) -> Assessment {
    let mut a = Assessment::default();
    for &(indicator, value) in indicators {
        for item in items_of(indicator) {
            a.answers
                .scv
                .insert(item.to_string(), LikertAnswer::Score(value));
        }
    }
    for &criterion in yes {
        a.answers
            .stage
            .insert(criterion.to_string(), StageAnswer::Yes);
    }
    a
}

fn items_of(indicator: &str) -> Vec<&'static str> {
    content::likert(SCV)
        .elements
        .iter()
        .flat_map(|e| e.indicators)
        .filter(|i| i.id == indicator)
        .flat_map(|i| i.items.iter().map(|item| item.id))
        .collect()
}

fn indicator(id: &'static str) -> Measure {
    Measure::Indicator {
        instrument: SCV,
        id,
    }
}

fn element(key: &'static str) -> Measure {
    Measure::Element {
        instrument: SCV,
        key,
    }
}

/// The three assessments of the comparison tests, scored by hand (weights: elements 1/3;
/// S1-S3 and V1-V3 1/3 each; C1 0.25, C2 0.50, C3 0.25):
///
/// - A: S1 = S2 = S3 = 4, C2 = 3. Support 4, Capacity 3 (C2 alone), Value no data.
///   Index (4 + 3) / 2 = 3.50, level 4 (Sangat Baik). Stage: E1 yes, so 1.
/// - B: S1 2, S2 3, S3 4 (Support 3); C1 5, C2 3, C3 1 (Capacity 0.25 x 5 + 0.5 x 3 +
///   0.25 x 1 = 3); V1 4 (Value 4). Index (3 + 3 + 4) / 3 = 3.33, level 3. Stage 2.
/// - C: S1 4, S2 5, S3 3 (Support 4); C2 3 (Capacity 3); V1 = V2 = V3 = 2 (Value 2).
///   Index (4 + 3 + 2) / 3 = 3.00, level 3. No criterion answered: no stage.
fn three() -> Vec<Labeled> {
    let a = scv(
        &[("S1", 4.0), ("S2", 4.0), ("S3", 4.0), ("C2", 3.0)],
        &["E1"],
    );
    let b = scv(
        &[
            ("S1", 2.0),
            ("S2", 3.0),
            ("S3", 4.0),
            ("C1", 5.0),
            ("C2", 3.0),
            ("C3", 1.0),
            ("V1", 4.0),
        ],
        &["E1", "N1", "N2"],
    );
    let c = scv(
        &[
            ("S1", 4.0),
            ("S2", 5.0),
            ("S3", 3.0),
            ("C2", 3.0),
            ("V1", 2.0),
            ("V2", 2.0),
            ("V3", 2.0),
        ],
        &[],
    );
    vec![
        Labeled::new("A", a),
        Labeled::new("B", b),
        Labeled::new("C", c),
    ]
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn columns_hold_each_assessments_figures() {
    let comparison = compare(&three());
    let labels: Vec<&str> = comparison
        .columns
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(labels, ["A", "B", "C"]);
    let a = &comparison.columns[0];
    assert!(close(a.scv.index, 3.5));
    assert!(close(a.scv.percent, 62.5)); // (3.5 - 1) / 4 x 100
    assert_eq!(a.scv.level, Some(4));
    assert_eq!(a.scv.predicate, Some(Text::new("Sangat Baik", "Very good")));
    assert_eq!(a.scv.elements, [Some(4.0), Some(3.0), None]);
    assert_eq!(a.scv.indicators.len(), 9);
    assert_eq!(a.ereadiness.index, None);
    assert_eq!(a.ereadiness.level, None);
    assert_eq!(a.stage, Some(1));
    let b = &comparison.columns[1];
    assert!(close(b.scv.index, 10.0 / 3.0));
    assert_eq!(b.scv.predicate.map(|p| p.en), Some("Good"));
    assert_eq!(b.stage, Some(2));
    assert_eq!(comparison.columns[2].stage, None, "no criterion answered");
    // 2 indices + 8 elements + 25 indicators + the stage.
    assert_eq!(comparison.rows.len(), 36);
}

#[test]
fn rows_mark_best_and_weakest_with_ties() {
    let comparison = compare(&three());
    let marks = |m: Measure| {
        let row = comparison.row(m).expect("row");
        (row.best.clone(), row.weakest.clone())
    };
    // Index 3.50 / 3.33 / 3.00.
    assert_eq!(marks(Measure::Index(SCV)), (vec![0], vec![2]));
    // Support 4 / 3 / 4: A and C tie for best.
    assert_eq!(marks(element("support")), (vec![0, 2], vec![1]));
    // S1 4 / 2 / 4, S3 4 / 4 / 3: ties at the top.
    assert_eq!(marks(indicator("S1")), (vec![0, 2], vec![1]));
    assert_eq!(marks(indicator("S3")), (vec![0, 1], vec![2]));
    // Capacity 3 / 3 / 3: all equal, nothing stands out.
    assert_eq!(marks(element("capacity")), (vec![], vec![]));
    // C1 only in B: fewer than two values, nothing marked, the others None.
    let c1 = comparison.row(indicator("C1")).unwrap();
    assert_eq!(c1.values, [None, Some(5.0), None]);
    assert_eq!((c1.best.len(), c1.weakest.len()), (0, 0));
    // Value - / 4 / 2.
    assert_eq!(marks(element("value")), (vec![1], vec![2]));
    // E-readiness: nobody answered it.
    assert_eq!(
        marks(Measure::Index(InstrumentId::Ereadiness)),
        (vec![], vec![])
    );
    // Stage 1 / 2 / none.
    let stage = comparison.row(Measure::Stage).unwrap();
    assert_eq!(stage.values, [Some(1.0), Some(2.0), None]);
    assert!(stage.is_best(1) && stage.is_weakest(0) && !stage.is_best(2));
}

#[test]
fn largest_differences_are_indicators_by_spread() {
    let comparison = compare(&three());
    // Spreads: S1 4 - 2 = 2, S2 5 - 3 = 2, V1 4 - 2 = 2, S3 4 - 3 = 1; C2 3 - 3 = 0 is
    // no difference; C1, C3, V2, V3 have fewer than two values.
    let all = largest_differences(&comparison, 10);
    let ids: Vec<Measure> = all.iter().map(|d| d.measure).collect();
    assert_eq!(
        ids,
        [
            indicator("S1"),
            indicator("S2"),
            indicator("V1"),
            indicator("S3")
        ]
    );
    assert_eq!(
        (all[0].highest, all[0].lowest, all[0].spread),
        (4.0, 2.0, 2.0)
    );
    assert_eq!(
        (all[0].best.clone(), all[0].weakest.clone()),
        (vec![0, 2], vec![1])
    );
    assert_eq!(all[3].spread, 1.0);
    assert_eq!(comparison.rows[all[0].row].measure, indicator("S1"));
    assert_eq!(largest_differences(&comparison, 2).len(), 2);
    assert!(largest_differences(&comparison, 0).is_empty());
}

#[test]
fn ranking_by_index_is_descending_stable_with_none_last() {
    let mut five = three();
    five.push(Labeled::new("D (empty)", Assessment::default()));
    let a_again = five[0].assessment.clone();
    five.push(Labeled::new("E (same as A)", a_again));
    let comparison = compare(&five);
    let ranked = rank(&comparison, SCV);
    let order: Vec<usize> = ranked.iter().map(|r| r.column).collect();
    let ranks: Vec<Option<usize>> = ranked.iter().map(|r| r.rank).collect();
    // A 3.50 and E 3.50 share rank 1 (A first, as given); B 3.33 is 3rd; C 3.00 4th; D none.
    assert_eq!(order, [0, 4, 1, 2, 3]);
    assert_eq!(ranks, [Some(1), Some(1), Some(3), Some(4), None]);
    assert_eq!(ranked[4].value, None);
    // Nobody has an e-readiness index: everyone unranked, in the order given.
    let er = rank(&comparison, InstrumentId::Ereadiness);
    assert_eq!(
        er.iter().map(|r| r.column).collect::<Vec<_>>(),
        [0, 1, 2, 3, 4]
    );
    assert!(er.iter().all(|r| r.rank.is_none()));
    assert!(rank(&compare(&[]), SCV).is_empty());
}

/// Three dated points of one region, given out of order, with one undated and one
/// impossible date:
///
/// | date       | S1 | S2 | S3 | C2 | V1 | Support | index                  | stage |
/// |------------|----|----|----|----|----|---------|------------------------|-------|
/// | 2023-06-01 | 2  | 3  | 3  | 2  | 4  | 2.67    | (2.67 + 2 + 4) / 3 = 2.89 | 1  |
/// | 2024-06-01 | 3  | 3  | 2  | 3  | 4  | 2.67    | (2.67 + 3 + 4) / 3 = 3.22 | 2  |
/// | 2025-06-01 | 4  | 3  | 2  | 4  | 3  | 3.00    | (3 + 4 + 3) / 3 = 3.33    | 1  |
///
/// First to last: S1 +2, C2 +2 (most improved, S1 first by questionnaire order); S3 -1,
/// V1 -1 (declines, S3 first); S2 unchanged at 3.
fn dated_points() -> Vec<Dated> {
    let point = |date: &str, s: [f64; 5], yes: &[&str]| {
        let mut a = scv(
            &[
                ("S1", s[0]),
                ("S2", s[1]),
                ("S3", s[2]),
                ("C2", s[3]),
                ("V1", s[4]),
            ],
            yes,
        );
        a.profile.date = date.to_string();
        Dated::from_profile(a)
    };
    vec![
        point("2025-06-01", [4.0, 3.0, 2.0, 4.0, 3.0], &["E1"]),
        point("", [5.0; 5], &["E1"]),
        point("2023-06-01", [2.0, 3.0, 3.0, 2.0, 4.0], &["E1"]),
        point("2024-06-01", [3.0, 3.0, 2.0, 3.0, 4.0], &["E1", "N1", "N2"]),
        point("2024-02-30", [5.0; 5], &[]),
    ]
}

#[test]
fn trend_orders_points_and_measures_changes() {
    let t = trend(&dated_points());
    let dates: Vec<&str> = t
        .comparison
        .columns
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(dates, ["2023-06-01", "2024-06-01", "2025-06-01"]);
    assert_eq!(t.positions, [2, 3, 0]);
    let rejected: Vec<(usize, Rejection)> =
        t.rejected.iter().map(|r| (r.position, r.reason)).collect();
    assert_eq!(rejected, [(1, Rejection::NoDate), (4, Rejection::NotADate)]);
    assert!(Rejection::NoDate.message(Lang::Id).contains("tanggal"));

    let change = |m: Measure| t.changes[t.comparison.row_index(m).unwrap()].clone();
    let s1 = change(indicator("S1"));
    assert_eq!(s1.steps, [Some(1.0), Some(1.0)]);
    assert_eq!(s1.overall, Some(2.0));
    assert_eq!(change(indicator("S3")).steps, [Some(-1.0), Some(0.0)]);
    assert_eq!(change(indicator("V1")).overall, Some(-1.0));
    // Support 2.67 -> 2.67 -> 3.00, as shown.
    let support = change(element("support"));
    assert_eq!(support.steps, [Some(0.0), Some(0.33)]);
    assert_eq!(support.overall, Some(0.33));
    // Index 2.89 -> 3.22 -> 3.33.
    let index = change(Measure::Index(SCV));
    assert_eq!(index.steps, [Some(0.33), Some(0.11)]);
    assert_eq!(index.overall, Some(0.44));
    assert_eq!((index.first, index.last), (Some(2.89), Some(3.33)));
    // C1 is never answered: no steps, no overall.
    assert_eq!(change(indicator("C1")).steps, [None, None]);
    assert_eq!(change(indicator("C1")).overall, None);
}

#[test]
fn trend_lists_improvements_concerns_stage_moves_and_series() {
    let t = trend(&dated_points());
    let improved: Vec<(Measure, f64)> = most_improved(&t, 5)
        .iter()
        .map(|i| (i.measure, i.change))
        .collect();
    assert_eq!(improved, [(indicator("S1"), 2.0), (indicator("C2"), 2.0)]);
    assert_eq!(most_improved(&t, 1).len(), 1);
    let top = &most_improved(&t, 1)[0];
    assert_eq!((top.first, top.last), (2.0, 4.0));

    let concerns: Vec<(Measure, ConcernKind, f64)> = areas_of_concern(&t, 10)
        .iter()
        .map(|c| (c.measure, c.kind, c.change))
        .collect();
    assert_eq!(
        concerns,
        [
            (indicator("S3"), ConcernKind::Declined, -1.0),
            (indicator("V1"), ConcernKind::Declined, -1.0),
            (indicator("S2"), ConcernKind::NotImproved, 0.0),
        ]
    );
    assert_eq!(areas_of_concern(&t, 1).len(), 1);

    let moves: Vec<(&str, &str, Option<u8>, Option<u8>)> = t
        .stage_moves
        .iter()
        .map(|m| (m.from_date.as_str(), m.to_date.as_str(), m.from, m.to))
        .collect();
    assert_eq!(
        moves,
        [
            ("2023-06-01", "2024-06-01", Some(1), Some(2)),
            ("2024-06-01", "2025-06-01", Some(2), Some(1)),
        ]
    );

    assert_eq!(t.series.len(), 2);
    let scv_series = &t.series[0];
    assert_eq!(scv_series.instrument, SCV);
    let shown: Vec<(&str, Option<String>)> = scv_series
        .points
        .iter()
        .map(|(d, v)| (d.as_str(), v.map(|v| format!("{v:.2}"))))
        .collect();
    assert_eq!(
        shown,
        [
            ("2023-06-01", Some("2.89".to_string())),
            ("2024-06-01", Some("3.22".to_string())),
            ("2025-06-01", Some("3.33".to_string())),
        ]
    );
    assert!(t.series[1].points.iter().all(|(_, v)| v.is_none()));

    // Nothing, or a single point: no steps, no moves, nothing judged.
    let empty = trend(&[]);
    assert!(empty.stage_moves.is_empty() && empty.comparison.columns.is_empty());
    let one = trend(&dated_points()[..1]);
    assert!(most_improved(&one, 5).is_empty() && areas_of_concern(&one, 5).is_empty());
}

/// Three OPD units of one city:
///
/// | item / criterion | Diskominfo | Bappeda | Dinkes    | roll-up                                   |
/// |------------------|------------|---------|-----------|-------------------------------------------|
/// | S1.1             | 4          | 5       | 4         | 13 / 3 = 4.333 -> 4.33                     |
/// | S1.2             | N/A        | N/A     | N/A       | N/A                                       |
/// | S1.3             | 2          | -       | 2.25      | (2.00 + 2.25) / 2 = 2.125 -> 2.13 (half up) |
/// | S2.1             | 3          | 2.125   | -         | 2.125 -> 2.13 first; (3.00 + 2.13) / 2 = 2.565 -> 2.57 |
/// | S2.2             | N/A        | 4       | -         | 4 (N/A left out)                          |
/// | S2.3             | -          | -       | -         | unanswered                                |
/// | E1               | yes        | yes     | yes       | yes                                       |
/// | N1               | yes        | no      | partly    | 1 / 1 / 1: tie to the lowest, no          |
/// | N2               | partly     | partly  | yes       | partly                                    |
/// | I1               | yes        | no      | -         | 1 / 1: no                                 |
/// | T1               | yes        | yes     | no        | yes                                       |
fn three_units() -> Vec<Labeled> {
    use LikertAnswer::{NotApplicable as NA, Score};
    use StageAnswer::{No, Partly, Yes};
    let unit = |name: &str,
                region: &str,
                date: &str,
                likert: &[(&str, LikertAnswer)],
                stage: &[(&str, StageAnswer)]| {
        let mut a = Assessment::default();
        a.profile.region = region.to_string();
        a.profile.region_type = Some(RegionType::City);
        a.profile.unit = name.to_string();
        a.profile.assessor = format!("assessor of {name}");
        a.profile.date = date.to_string();
        for &(id, answer) in likert {
            a.answers.scv.insert(id.to_string(), answer);
        }
        for &(id, answer) in stage {
            a.answers.stage.insert(id.to_string(), answer);
        }
        Labeled::new(name, a)
    };
    vec![
        unit(
            "Diskominfo",
            "Kota Palembang",
            "2024-05-01",
            &[
                ("S1.1", Score(4.0)),
                ("S1.2", NA),
                ("S1.3", Score(2.0)),
                ("S2.1", Score(3.0)),
                ("S2.2", NA),
            ],
            &[
                ("E1", Yes),
                ("N1", Yes),
                ("N2", Partly),
                ("I1", Yes),
                ("T1", Yes),
            ],
        ),
        unit(
            "Bappeda",
            " kota palembang",
            "2024-06-15",
            &[
                ("S1.1", Score(5.0)),
                ("S1.2", NA),
                ("S2.1", Score(2.125)),
                ("S2.2", Score(4.0)),
            ],
            &[
                ("E1", Yes),
                ("N1", No),
                ("N2", Partly),
                ("I1", No),
                ("T1", Yes),
            ],
        ),
        unit(
            "Dinkes",
            "Kota Palembang",
            "",
            &[("S1.1", Score(4.0)), ("S1.2", NA), ("S1.3", Score(2.25))],
            &[("E1", Yes), ("N1", Partly), ("N2", Yes), ("T1", No)],
        ),
    ]
}

#[test]
fn roll_up_takes_means_and_majorities() {
    let rolled = roll_up(&three_units());
    let scv = &rolled.assessment.answers.scv;
    assert_eq!(scv.get("S1.1"), Some(&LikertAnswer::Score(4.33)));
    assert_eq!(scv.get("S1.2"), Some(&LikertAnswer::NotApplicable));
    assert_eq!(scv.get("S1.3"), Some(&LikertAnswer::Score(2.13)));
    assert_eq!(scv.get("S2.1"), Some(&LikertAnswer::Score(2.57)));
    assert_eq!(scv.get("S2.2"), Some(&LikertAnswer::Score(4.0)));
    assert_eq!(scv.get("S2.3"), None);
    assert!(rolled.assessment.answers.ereadiness.is_empty());

    let stage = &rolled.assessment.answers.stage;
    assert_eq!(stage.get("E1"), Some(&StageAnswer::Yes));
    assert_eq!(stage.get("N1"), Some(&StageAnswer::No));
    assert_eq!(stage.get("N2"), Some(&StageAnswer::Partly));
    assert_eq!(stage.get("I1"), Some(&StageAnswer::No));
    assert_eq!(stage.get("T1"), Some(&StageAnswer::Yes));
    assert_eq!(stage.get("K1"), None);
    assert_eq!(evaluate(&rolled.assessment).stage.achieved, 1);

    let profile = &rolled.assessment.profile;
    assert_eq!(
        profile.region, "Kota Palembang",
        "agreed, ignoring case and spaces"
    );
    assert_eq!(profile.region_type, Some(RegionType::City));
    assert_eq!(profile.unit, "");
    assert_eq!(profile.assessor, "", "the assessors differ");
    assert_eq!(profile.date, "2024-06-15", "the latest unit's date");
    assert_eq!(rolled.labels, ["Diskominfo", "Bappeda", "Dinkes"]);
}

#[test]
fn roll_up_reports_each_items_spread() {
    let rolled = roll_up(&three_units());
    assert_eq!(rolled.items.len(), 27 + 48);
    assert_eq!(rolled.criteria.len(), 12);
    let item = |id: &str| rolled.items.iter().find(|i| i.id == id).unwrap();
    let s13 = item("S1.3");
    assert_eq!(s13.distribution.scored(), 2);
    assert_eq!(s13.distribution.blank, 1);
    assert_eq!((s13.min, s13.max), (Some(2.0), Some(2.25)));
    assert_eq!(
        s13.values,
        [
            Some(LikertAnswer::Score(2.0)),
            None,
            Some(LikertAnswer::Score(2.25))
        ]
    );
    let s12 = item("S1.2");
    assert_eq!(s12.distribution.not_applicable, 3);
    assert_eq!((s12.min, s12.max), (None, None));
    let s21 = item("S2.1");
    assert_eq!((s21.min, s21.max), (Some(2.13), Some(3.0)));
    let n1 = rolled.criteria.iter().find(|c| c.id == "N1").unwrap();
    assert_eq!(
        (
            n1.distribution.yes,
            n1.distribution.partly,
            n1.distribution.no
        ),
        (1, 1, 1)
    );
    assert_eq!(n1.answer, Some(StageAnswer::No));

    let nothing = roll_up(&[]);
    assert_eq!(nothing.assessment, Assessment::default());
    assert!(nothing.labels.is_empty());
}

/// A and B of `three`, with profiles, as CSV: A's index 3.50 level 4, Support 4.00,
/// Capacity 3.00, stage 1; B's index 3.33 level 3, elements 3.00 / 3.00 / 4.00, stage 2.
#[test]
fn comparison_csv_in_both_languages() {
    let mut two: Vec<Labeled> = three().into_iter().take(2).collect();
    for (labeled, region) in two.iter_mut().zip(["Kota A", "Kabupaten B, Selatan"]) {
        labeled.assessment.profile.region = region.to_string();
        labeled.assessment.profile.unit = "Diskominfo".to_string();
        labeled.assessment.profile.date = "2024-05-17".to_string();
    }
    two[1].label = "=B".to_string();
    let comparison = compare(&two);

    let en = comparison_csv(&comparison, Lang::En);
    let en_lines: Vec<&str> = en.strip_prefix('\u{feff}').unwrap().split("\r\n").collect();
    assert_eq!(
        en_lines[0],
        "Label,Region,Unit,Date,Support/Capacity/Value index,Support/Capacity/Value level,\
         Support/Capacity/Value predicate,E-readiness index,E-readiness level,\
         E-readiness predicate,Support,Capacity,Value,Structure,Infrastructure,\
         Superstructure,Culture,Nature,Achieved stage,Stage name"
    );
    let a = [
        "A",
        "Kota A",
        "Diskominfo",
        "2024-05-17",
        "3.50",
        "4",
        "Very good",
        "",
        "",
        "",
        "4.00",
        "3.00",
        "",
        "",
        "",
        "",
        "",
        "",
        "1",
        "Emerging",
    ];
    assert_eq!(en_lines[1], a.join(","));
    let b = [
        "'=B",
        "\"Kabupaten B, Selatan\"",
        "Diskominfo",
        "2024-05-17",
        "3.33",
        "3",
        "Good",
        "",
        "",
        "",
        "3.00",
        "3.00",
        "4.00",
        "",
        "",
        "",
        "",
        "",
        "2",
        "Enhanced",
    ];
    assert_eq!(en_lines[2], b.join(","));
    assert_eq!(en_lines[3], "", "every row ends with CRLF");
    assert_eq!(en_lines.len(), 4);

    let id = comparison_csv(&comparison, Lang::Id);
    let id_lines: Vec<&str> = id.strip_prefix('\u{feff}').unwrap().split("\r\n").collect();
    assert!(
        id_lines[0].starts_with("Label;Daerah;Unit kerja;Tanggal;Indeks Dukungan/Kapasitas/Nilai;")
    );
    assert!(id_lines[0].ends_with(";Dukungan;Kapasitas;Nilai;Struktur;Infrastruktur;Suprastruktur;Budaya;Alam;Tahap tercapai;Nama tahap"));
    let a_id = [
        "A",
        "Kota A",
        "Diskominfo",
        "2024-05-17",
        "3,50",
        "4",
        "Sangat Baik",
        "",
        "",
        "",
        "4,00",
        "3,00",
        "",
        "",
        "",
        "",
        "",
        "",
        "1",
        "Kehadiran awal (Emerging)",
    ];
    assert_eq!(id_lines[1], a_id.join(";"));
    // `;` separates, so the comma in the region needs no quotes.
    assert!(id_lines[2].starts_with("'=B;Kabupaten B, Selatan;Diskominfo;2024-05-17;3,33;3;Baik;"));

    // No assessment: the header alone.
    assert_eq!(
        comparison_csv(&compare(&[]), Lang::En)
            .matches("\r\n")
            .count(),
        1
    );
}

/// One assessment built from random answers (the Likert generator of the scoring
/// properties, and any stage answer or none) and a random date, possibly empty.
fn random_assessment() -> impl Strategy<Value = Assessment> {
    let scv = proptest::collection::vec(answer(), item_ids(SCV).len());
    let er = proptest::collection::vec(answer(), item_ids(InstrumentId::Ereadiness).len());
    let stage = proptest::collection::vec(0u8..4, 12);
    let date = prop_oneof![
        Just(String::new()),
        (2020u32..2026).prop_map(|y| format!("{y}-01-01"))
    ];
    (scv, er, stage, date).prop_map(|(scv, er, stage, date)| {
        let mut a = Assessment::default();
        for (instrument, answers) in [(SCV, scv), (InstrumentId::Ereadiness, er)] {
            for (id, given) in item_ids(instrument).into_iter().zip(answers) {
                if let Some(given) = given {
                    a.answers
                        .likert_mut(instrument)
                        .insert(id.to_string(), given);
                }
            }
        }
        let criteria = content::stages().stages.iter().flat_map(|s| s.criteria);
        for (criterion, pick) in criteria.zip(stage) {
            let given =
                [StageAnswer::Yes, StageAnswer::Partly, StageAnswer::No].get(usize::from(pick));
            if let Some(&given) = given {
                a.answers.stage.insert(criterion.id.to_string(), given);
            }
        }
        a.profile.date = date;
        a
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn nothing_panics_on_random_assessments(
        assessments in proptest::collection::vec(random_assessment(), 0..6)
    ) {
        let labeled: Vec<Labeled> = assessments
            .iter()
            .enumerate()
            .map(|(i, a)| Labeled::new(format!("unit {i}"), a.clone()))
            .collect();
        let comparison = compare(&labeled);
        for row in &comparison.rows {
            prop_assert_eq!(row.values.len(), labeled.len());
            for &column in row.best.iter().chain(&row.weakest) {
                prop_assert!(row.values[column].is_some());
            }
            let marked = !row.best.is_empty() || !row.weakest.is_empty();
            prop_assert!(!marked || (!row.best.is_empty() && !row.weakest.is_empty()));
        }
        for d in largest_differences(&comparison, 30) {
            prop_assert!(d.spread > 0.0 && d.spread <= 4.0);
        }
        for instrument in InstrumentId::ALL {
            prop_assert_eq!(rank(&comparison, instrument).len(), labeled.len());
        }
        for lang in Lang::ALL {
            let csv = comparison_csv(&comparison, lang);
            prop_assert_eq!(csv.matches("\r\n").count(), labeled.len() + 1);
        }

        let rolled = roll_up(&labeled);
        for instrument in InstrumentId::ALL {
            for answer in rolled.assessment.answers.likert(instrument).values() {
                if let LikertAnswer::Score(v) = answer {
                    prop_assert!((1.0..=5.0).contains(v), "{v}");
                }
            }
        }
        let _ = evaluate(&rolled.assessment);

        let dated: Vec<Dated> = assessments.into_iter().map(Dated::from_profile).collect();
        let t = trend(&dated);
        prop_assert_eq!(t.comparison.columns.len() + t.rejected.len(), dated.len());
        prop_assert_eq!(t.stage_moves.len(), t.comparison.columns.len().saturating_sub(1));
        let _ = (most_improved(&t, 10), areas_of_concern(&t, 10));
    }
}

/// Issue 10's scale: every province, regency and city of Indonesia (552), generated as
/// `examples/generate_regions.rs` writes them, compared and ranked. Prints the time;
/// asserts nothing about it (the figure in the README comes from the release example).
#[test]
fn a_nationwide_comparison() {
    let regions: Vec<Labeled> = (0..generate_regions::ALL_REGIONS)
        .map(|i| {
            let assessment = generate_regions::region(i);
            Labeled::new(assessment.profile.region.clone(), assessment)
        })
        .collect();
    let start = std::time::Instant::now();
    let comparison = compare(&regions);
    let ranked = rank(&comparison, SCV);
    let differences = largest_differences(&comparison, 5);
    let elapsed = start.elapsed();
    println!(
        "{} regions compared and ranked in {:.1} ms",
        regions.len(),
        elapsed.as_secs_f64() * 1000.0
    );
    assert_eq!(comparison.columns.len(), 552);
    assert_eq!(ranked.len(), 552);
    assert_eq!(differences.len(), 5);
    assert_eq!(comparison.columns[0].label, "Provinsi 01");
    assert_eq!(comparison.columns[551].label, "Kota 098");
    // The generator is deterministic.
    assert_eq!(generate_regions::region(7), generate_regions::region(7));
}
