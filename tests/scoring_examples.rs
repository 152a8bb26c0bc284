//! Every worked example and fixed rule of docs/methodology.md, through the public scoring API.

use cermat::model::ItemMap;

use cermat::content;
use cermat::model::{Assessment, InstrumentId, LikertAnswer, StageAnswer};
use cermat::scoring::{band_for, evaluate, round_half_up_cents, LikertResult};

use LikertAnswer::{NotApplicable as NA, Score};

// ---------- helpers ----------

/// Every item of the indicator `id` (e.g. "C2"), in order.
fn items_of(instrument: InstrumentId, id: &str) -> Vec<&'static str> {
    let indicator = content::likert(instrument)
        .elements
        .iter()
        .flat_map(|e| e.indicators.iter())
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no indicator {id}"));
    indicator.items.iter().map(|item| item.id).collect()
}

fn all_indicators(instrument: InstrumentId) -> Vec<&'static str> {
    content::likert(instrument)
        .elements
        .iter()
        .flat_map(|e| e.indicators.iter().map(|i| i.id))
        .collect()
}

/// Sets the indicator's items to `values`, in item order (the instruments have 3 items
/// per indicator; a shorter list leaves the rest unanswered).
fn set(a: &mut Assessment, instrument: InstrumentId, indicator: &str, values: &[LikertAnswer]) {
    let map = a.answers.likert_mut(instrument);
    for (item, value) in items_of(instrument, indicator).into_iter().zip(values) {
        map.insert(item.to_owned(), *value);
    }
}

/// Every item of the instrument answered `value`.
fn all(instrument: InstrumentId, value: LikertAnswer) -> Assessment {
    let mut a = Assessment::default();
    for id in all_indicators(instrument) {
        set(&mut a, instrument, id, &[value; 3]);
    }
    a
}

fn scv(a: &Assessment) -> LikertResult {
    evaluate(a).scv
}

fn indicator_score(r: &LikertResult, id: &str) -> Option<f64> {
    r.indicators
        .iter()
        .find(|s| s.indicator.id == id)
        .unwrap()
        .score
}

fn indicator_gap(r: &LikertResult, id: &str) -> Option<f64> {
    r.indicators
        .iter()
        .find(|s| s.indicator.id == id)
        .unwrap()
        .gap
}

fn element_score(r: &LikertResult, key: &str) -> Option<f64> {
    r.elements
        .iter()
        .find(|e| e.element.key == key)
        .unwrap()
        .score
}

fn level(score: f64) -> u8 {
    band_for(score, content::spbe_bands()).level
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

// ---------- rule 4: bands ----------

#[test]
fn published_spbe_scores_band_to_their_predicates() {
    let published = [
        (2.48, 2, "Cukup"),
        (2.59, 2, "Cukup"),
        (2.64, 3, "Baik"),
        (3.22, 3, "Baik"),
        (3.50, 4, "Sangat Baik"),
        (4.13, 4, "Sangat Baik"),
    ];
    for (score, lvl, predicate) in published {
        let band = band_for(score, content::spbe_bands());
        assert_eq!(
            (band.level, band.predicate.id),
            (lvl, predicate),
            "score {score}"
        );
        // The same score as an instrument index reached through real answers.
        let r = scv(&all(InstrumentId::Scv, Score(score)));
        let band = r.band.expect("a fully answered instrument has a band");
        assert_eq!(
            (band.level, band.predicate.id),
            (lvl, predicate),
            "index {score}"
        );
    }
}

#[test]
fn band_boundaries_exactly_and_a_hair_below() {
    let cases = [
        (1.00, 1),
        (1.80, 2),
        (1.79, 1),
        (1.7949, 1),
        (2.60, 3),
        (2.59, 2),
        (2.5949, 2),
        (3.50, 4),
        (3.49, 3),
        (3.4949, 3),
        (4.20, 5),
        (4.19, 4),
        (4.1949, 4),
        (5.00, 5),
    ];
    for (score, expected) in cases {
        assert_eq!(level(score), expected, "score {score}");
    }
}

#[test]
fn a_score_is_banded_after_rounding_half_up() {
    assert_eq!(round_half_up_cents(3.495), 350);
    assert_eq!(level(3.495), 4, "docs/methodology.md: 3.495 bands as 3.50");
    assert_eq!(level(3.4999), 4, "3.4999 rounds to 3.50");
    assert_eq!(round_half_up_cents(3.4949), 349);
    // 1.795 and 2.005 are stored a hair under (1.79499999999999992...): formatting to
    // two decimals, the naive way to round, gives 1.79 and 2.00.
    assert_eq!(
        format!("{:.2}", 1.795_f64),
        "1.79",
        "the trap must be armed"
    );
    assert_eq!(level(1.795), 2);
    assert_eq!(round_half_up_cents(2.005), 201);
    assert_eq!(round_half_up_cents(1.0), 100);
    assert_eq!(round_half_up_cents(5.0), 500);
}

/// The naive two-decimal rounding of `score` is `naive`: the computed f64 really lies
/// under the half-hundredth, so the case tests what it claims to.
fn assert_trap_armed(score: f64, naive: &str) {
    assert_eq!(
        format!("{score:.2}"),
        naive,
        "{score:?} must land a hair under"
    );
}

/// (instrument, indicator answers, exact score, naive rounding, level)
type HairCase = (
    InstrumentId,
    &'static [(&'static str, [LikertAnswer; 3])],
    f64,
    &'static str,
    u8,
);

#[test]
fn answer_sets_landing_a_hair_under_a_boundary_band_up() {
    use InstrumentId::{Ereadiness, Scv};
    // Every other item is N/A, so the index is the one element these indicators form.
    let cases: [HairCase; 6] = [
        // An indicator mean (a + b) / 2 of two survey means, the third item N/A.
        (
            Scv,
            &[("S1", [Score(1.50), Score(2.09), NA])],
            1.795,
            "1.79",
            2,
        ),
        (
            Scv,
            &[("S1", [Score(2.30), Score(2.89), NA])],
            2.595,
            "2.59",
            3,
        ),
        // Support: two indicators of weight 1/3, renormalised over the two.
        (
            Scv,
            &[("S1", [Score(3.21); 3]), ("S2", [Score(3.78); 3])],
            3.495,
            "3.49",
            4,
        ),
        // Capacity: 0.25 C1 + 0.5 C2 + 0.25 C3.
        (
            Scv,
            &[
                ("C1", [Score(4.02); 3]),
                ("C2", [Score(4.02); 3]),
                ("C3", [Score(4.72); 3]),
            ],
            4.195,
            "4.19",
            5,
        ),
        (
            Scv,
            &[
                ("C1", [Score(3.30); 3]),
                ("C2", [Score(3.30); 3]),
                ("C3", [Score(4.08); 3]),
            ],
            3.495,
            "3.49",
            4,
        ),
        // Structure: four indicators of weight 1/4.
        (
            Ereadiness,
            &[
                ("ST1", [Score(2.40); 3]),
                ("ST2", [Score(2.40); 3]),
                ("ST3", [Score(2.40); 3]),
                ("ST4", [Score(3.18); 3]),
            ],
            2.595,
            "2.59",
            3,
        ),
    ];
    for (instrument, answers, exact, naive, lvl) in cases {
        let mut a = all(instrument, NA);
        for (indicator, values) in answers {
            set(&mut a, instrument, indicator, values);
        }
        let r = evaluate(&a).likert(instrument).clone();
        let index = r.index.unwrap();
        assert!(close(index, exact), "{index} vs {exact}");
        assert_trap_armed(index, naive);
        assert_eq!(r.band.unwrap().level, lvl, "{answers:?}");
        let element = r.elements.iter().find(|e| e.score.is_some()).unwrap();
        assert_eq!(
            element.band.unwrap().level,
            lvl,
            "the element bands the same"
        );
    }
}

#[test]
fn an_ereadiness_index_landing_a_hair_under_3_495_bands_as_3_50() {
    // Four elements at 3.30 and Nature at 4.275: (4 x 3.30 + 4.275) / 5 = 3.495.
    let mut a = all(InstrumentId::Ereadiness, Score(3.30));
    for id in ["AL1", "AL2", "AL3"] {
        set(&mut a, InstrumentId::Ereadiness, id, &[Score(4.275); 3]);
    }
    let r = evaluate(&a).ereadiness;
    assert_trap_armed(r.index.unwrap(), "3.49");
    assert_eq!(r.band.unwrap().level, 4);
    // One hundredth lower on the index (Nature 4.225) stays at level 3.
    for id in ["AL1", "AL2", "AL3"] {
        set(&mut a, InstrumentId::Ereadiness, id, &[Score(4.225); 3]);
    }
    assert_eq!(evaluate(&a).ereadiness.band.unwrap().level, 3);
}

#[test]
fn an_indicator_at_a_hair_under_its_target_bound_has_no_gap() {
    // (3.44 + 3.44 + 3.605) / 3 = 3.495 -> 3.50: reaches target 4 (lower bound 3.50).
    let mut a = all(InstrumentId::Scv, Score(4.5));
    set(
        &mut a,
        InstrumentId::Scv,
        "V2",
        &[Score(3.44), Score(3.44), Score(3.605)],
    );
    a.targets.scv = Some(4);
    let r = scv(&a);
    assert_trap_armed(indicator_score(&r, "V2").unwrap(), "3.49");
    assert_eq!(indicator_gap(&r, "V2"), Some(0.0));
    assert!(r.recommendations.is_empty());
    // 3.4917 (3.44, 3.44, 3.595) rounds to 3.49: 0.01 short.
    set(
        &mut a,
        InstrumentId::Scv,
        "V2",
        &[Score(3.44), Score(3.44), Score(3.595)],
    );
    assert_eq!(indicator_gap(&scv(&a), "V2"), Some(0.01));
}

// ---------- rules 1-3: N/A, renormalisation, percent, provisional ----------

#[test]
fn not_applicable_items_are_left_out_of_the_mean() {
    let mut a = all(InstrumentId::Scv, Score(4.0));
    set(
        &mut a,
        InstrumentId::Scv,
        "S1",
        &[Score(2.0), NA, Score(5.0)],
    );
    let r = scv(&a);
    assert_eq!(indicator_score(&r, "S1"), Some(3.5), "not (2 + 0 + 5) / 3");
    assert!(!r.provisional, "N/A is an answer");
}

#[test]
fn capacity_without_c2_is_the_mean_of_c1_and_c3() {
    let mut a = all(InstrumentId::Scv, Score(4.0));
    set(&mut a, InstrumentId::Scv, "C1", &[Score(2.0); 3]);
    set(&mut a, InstrumentId::Scv, "C2", &[NA; 3]);
    set(&mut a, InstrumentId::Scv, "C3", &[Score(5.0); 3]);
    let r = scv(&a);
    // 0.5 x 2 + 0.5 x 5, not 0.25 x 2 + 0.25 x 5 (= 1.75) nor with C2 as 0.
    assert_eq!(element_score(&r, "capacity"), Some(3.5));
    assert_eq!(indicator_score(&r, "C2"), None);
    let index = r.index.unwrap();
    assert!(close(index, (4.0 + 3.5 + 4.0) / 3.0), "{index}");
}

#[test]
fn all_na_indicator_has_no_data_and_no_gap() {
    let mut a = all(InstrumentId::Ereadiness, Score(2.0));
    set(&mut a, InstrumentId::Ereadiness, "ST3", &[NA; 3]);
    let r = evaluate(&a).ereadiness;
    assert_eq!(indicator_score(&r, "ST3"), None);
    assert_eq!(indicator_gap(&r, "ST3"), None);
    assert_eq!(
        indicator_gap(&r, "ST1"),
        Some(0.6),
        "level 2 -> target 3 (2.60)"
    );
    assert_eq!(r.no_data.iter().map(|i| i.id).collect::<Vec<_>>(), ["ST3"]);
    assert!(r.recommendations.iter().all(|g| g.indicator.id != "ST3"));
    assert_eq!(
        r.recommendations.len(),
        15,
        "every other indicator has a gap"
    );
    // Not counted as 0: the structure element is still 2.
    assert_eq!(element_score(&r, "structure"), Some(2.0));
}

#[test]
fn an_instrument_with_nothing_answered_has_no_score() {
    let r = scv(&Assessment::default());
    assert_eq!((r.index, r.percent, r.band.is_none()), (None, None, true));
    assert_eq!(r.no_data.len(), 9);
    assert!(r.recommendations.is_empty());
    assert!(r.provisional);
    assert_eq!((r.answered, r.total), (0, 27));
}

#[test]
fn percent_runs_from_1_to_5() {
    for (value, percent) in [(1.0, 0.0), (3.0, 50.0), (5.0, 100.0), (2.0, 25.0)] {
        let r = scv(&all(InstrumentId::Scv, Score(value)));
        assert!(close(r.percent.unwrap(), percent), "{value}");
    }
}

#[test]
fn provisional_while_anything_is_unanswered() {
    let mut a = all(InstrumentId::Scv, NA);
    assert!(!scv(&a).provisional, "all N/A is fully answered");
    a.answers.scv.remove("V3.3");
    let r = scv(&a);
    assert!(r.provisional);
    assert_eq!((r.answered, r.total), (26, 27));

    let mut stage = palembang();
    assert!(!evaluate(&stage).stage.provisional);
    stage.answers.stage.remove("K5");
    let result = evaluate(&stage);
    assert!(result.stage.provisional);
    assert!(result.provisional());
}

// ---------- rule 5: targets, gaps, recommendations ----------

#[test]
fn default_target_is_one_level_up_capped_at_5() {
    for (value, target) in [(1.0, 2), (2.0, 3), (3.0, 4), (3.6, 5), (4.5, 5), (5.0, 5)] {
        let r = scv(&all(InstrumentId::Scv, Score(value)));
        assert_eq!(r.target_level, target, "all answers {value}");
    }
    assert_eq!(scv(&Assessment::default()).target_level, 1, "no score yet");
}

#[test]
fn a_user_target_replaces_the_default() {
    let mut a = all(InstrumentId::Scv, Score(3.0));
    a.targets.scv = Some(2);
    let r = scv(&a);
    assert_eq!(r.target_level, 2);
    assert!(r.recommendations.is_empty(), "3.00 is above 1.80");
    a.targets.scv = Some(5);
    let r = scv(&a);
    assert_eq!(indicator_gap(&r, "S1"), Some(1.2), "4.20 - 3.00");
    // The other instrument keeps its default.
    assert_eq!(evaluate(&a).ereadiness.target_level, 1);
}

#[test]
fn gap_is_target_lower_bound_minus_rounded_score_never_negative() {
    let mut a = all(InstrumentId::Scv, Score(3.0));
    set(
        &mut a,
        InstrumentId::Scv,
        "S1",
        &[Score(3.0), Score(3.0), Score(4.0)],
    ); // 3.333..
    set(&mut a, InstrumentId::Scv, "S2", &[Score(5.0); 3]);
    a.targets.scv = Some(4); // lower bound 3.50
    let r = scv(&a);
    assert_eq!(indicator_gap(&r, "S1"), Some(0.17), "3.50 - 3.33");
    assert_eq!(indicator_gap(&r, "S2"), Some(0.0), "never negative");
    assert_eq!(indicator_gap(&r, "S3"), Some(0.5));
}

#[test]
fn recommendations_ordered_by_weighted_gap_ties_in_instrument_order() {
    // Target 4 (3.50). Priorities (element 1/3 x indicator weight x gap):
    //   S1 gap 1.00 -> 1/9        C2 gap 0.50 -> 1/12   C3 gap 1.00 -> 1/12 (tie: C2 first)
    //   S2 gap 0.50 -> 1/18       V1 gap 0.50 -> 1/18   (tie: S2 first)
    // C3 has the larger gap but comes after C2 in the instrument.
    let mut a = all(InstrumentId::Scv, Score(4.0));
    a.targets.scv = Some(4);
    for (id, value) in [
        ("S1", 2.5),
        ("C2", 3.0),
        ("C3", 2.5),
        ("S2", 3.0),
        ("V1", 3.0),
    ] {
        set(&mut a, InstrumentId::Scv, id, &[Score(value); 3]);
    }
    let r = scv(&a);
    let order: Vec<&str> = r.recommendations.iter().map(|g| g.indicator.id).collect();
    assert_eq!(order, ["S1", "C2", "C3", "S2", "V1"]);
    assert!(close(r.recommendations[0].priority, 1.0 / 9.0));
}

#[test]
fn mathematically_equal_priorities_tie_despite_float_products() {
    // S1: 1/3 x 1/3 x 0.21 and C1: 1/3 x 1/4 x 0.28 are both 7/300, but as f64
    // products the first lands one ulp lower. Instrument order must decide: S1 first.
    assert_ne!(
        (1.0 / 3.0) * (1.0 / 3.0) * 0.21,
        (1.0 / 3.0) * 0.25 * 0.28,
        "trap armed"
    );
    let mut a = all(InstrumentId::Scv, Score(4.0));
    a.targets.scv = Some(4);
    set(&mut a, InstrumentId::Scv, "S1", &[Score(3.29); 3]); // gap 0.21
    set(&mut a, InstrumentId::Scv, "C1", &[Score(3.22); 3]); // gap 0.28
    let order: Vec<&str> = scv(&a)
        .recommendations
        .iter()
        .map(|g| g.indicator.id)
        .collect();
    assert_eq!(order, ["S1", "C1"]);

    // E-readiness: ST1 (0.2 x 1/4 x 0.72) and IN1 (0.2 x 1/3 x 0.54) are both 0.036.
    let mut a = all(InstrumentId::Ereadiness, Score(4.0));
    a.targets.ereadiness = Some(4);
    set(&mut a, InstrumentId::Ereadiness, "ST1", &[Score(2.78); 3]); // gap 0.72
    set(&mut a, InstrumentId::Ereadiness, "IN1", &[Score(2.96); 3]); // gap 0.54
    let order: Vec<&str> = evaluate(&a)
        .ereadiness
        .recommendations
        .iter()
        .map(|g| g.indicator.id)
        .collect();
    assert_eq!(order, ["ST1", "IN1"]);
}

// ---------- rules 6-8: stages ----------

fn palembang() -> Assessment {
    use StageAnswer::{No, Yes};
    let answers = [
        ("E1", Yes),
        ("N1", Yes),
        ("N2", Yes),
        ("I1", No),
        ("I2", No),
        ("T1", Yes),
        ("T2", Yes),
        ("K1", Yes),
        ("K2", No),
        ("K3", No),
        ("K4", No),
        ("K5", No),
    ];
    let mut a = Assessment::default();
    a.answers.stage = answers
        .iter()
        .map(|(id, v)| (id.to_string(), *v))
        .collect::<ItemMap<_>>();
    a
}

#[test]
fn palembang_2023_is_enhanced_with_transactional_ahead() {
    let r = evaluate(&palembang()).stage;
    assert_eq!(r.achieved, 2, "Enhanced");
    assert_eq!(r.ahead, [4], "Transactional met ahead of sequence");
    let gap: Vec<&str> = r.next_gap.iter().map(|c| c.id).collect();
    assert_eq!(gap, ["I1", "I2"], "downloadable and online fillable forms");
    let coverage: Vec<f64> = r.stages.iter().map(|s| s.coverage).collect();
    assert_eq!(coverage, [1.0, 1.0, 0.0, 1.0, 0.2]);
    assert!(!r.provisional);
    assert_eq!(r.next_stage().map(|s| s.number), Some(3));
}

#[test]
fn partly_counts_half_in_coverage_but_never_meets_a_stage() {
    let mut a = palembang();
    a.answers.stage.insert("K2".into(), StageAnswer::Partly);
    a.answers.stage.insert("I1".into(), StageAnswer::Partly);
    a.answers.stage.insert("I2".into(), StageAnswer::Yes);
    let r = evaluate(&a).stage;
    assert!(close(r.stages[4].coverage, 0.3), "(1 + 0.5) / 5");
    assert!(close(r.stages[2].coverage, 0.75));
    assert_eq!(r.achieved, 2, "Partly is not Yes");
    assert_eq!(r.next_gap.iter().map(|c| c.id).collect::<Vec<_>>(), ["I1"]);
}

#[test]
fn stage_achievement_runs_in_sequence() {
    let mut a = palembang();
    a.answers.stage.insert("I1".into(), StageAnswer::Yes);
    a.answers.stage.insert("I2".into(), StageAnswer::Yes);
    let r = evaluate(&a).stage;
    assert_eq!((r.achieved, r.ahead.clone()), (4, vec![]));
    assert_eq!(r.next_gap.len(), 4, "K2-K5");

    let mut none_met = palembang();
    none_met.answers.stage.insert("E1".into(), StageAnswer::No);
    let r = evaluate(&none_met).stage;
    assert_eq!(r.achieved, 0, "not yet Emerging");
    assert_eq!(r.ahead, [2, 4]);
    assert_eq!(r.next_gap.iter().map(|c| c.id).collect::<Vec<_>>(), ["E1"]);

    let all_yes: ItemMap<StageAnswer> = r
        .stages
        .iter()
        .flat_map(|s| s.stage.criteria.iter())
        .map(|c| (c.id.to_owned(), StageAnswer::Yes))
        .collect();
    let mut top = Assessment::default();
    top.answers.stage = all_yes;
    let r = evaluate(&top).stage;
    assert_eq!(r.achieved, 5);
    assert!(r.next_gap.is_empty() && r.next_stage().is_none());
}

#[test]
fn unanswered_stage_criteria_are_gaps_and_make_it_provisional() {
    let r = evaluate(&Assessment::default()).stage;
    assert_eq!(r.achieved, 0);
    assert!(r.provisional);
    assert_eq!((r.answered, r.total), (0, 12));
    assert_eq!(r.next_gap.iter().map(|c| c.id).collect::<Vec<_>>(), ["E1"]);
}
