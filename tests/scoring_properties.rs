//! Properties that hold for every answer set, checked on random ones.

use cermat::content;
use cermat::model::{Assessment, InstrumentId, LikertAnswer};
use cermat::scoring::{evaluate, LikertResult};
use proptest::prelude::*;

#[path = "support/likert_answers.rs"]
mod likert_answers;
use likert_answers::{answer, item_ids};

/// One answer per item of both Likert instruments, in item order (None = unanswered).
fn answer_sets() -> impl Strategy<Value = (Vec<Option<LikertAnswer>>, Vec<Option<LikertAnswer>>)> {
    let scv = proptest::collection::vec(answer(), item_ids(InstrumentId::Scv).len());
    let er = proptest::collection::vec(answer(), item_ids(InstrumentId::Ereadiness).len());
    (scv, er)
}

fn assessment(scv: &[Option<LikertAnswer>], er: &[Option<LikertAnswer>]) -> Assessment {
    let mut a = Assessment::default();
    for (instrument, answers) in [(InstrumentId::Scv, scv), (InstrumentId::Ereadiness, er)] {
        let map = a.answers.likert_mut(instrument);
        for (id, answer) in item_ids(instrument).into_iter().zip(answers) {
            if let Some(answer) = answer {
                map.insert(id.to_owned(), *answer);
            }
        }
    }
    a
}

/// Every score of a result: index, then elements, then indicators, in a fixed order.
fn scores(r: &LikertResult) -> Vec<Option<f64>> {
    let mut all = vec![r.index];
    all.extend(r.elements.iter().map(|e| e.score));
    all.extend(r.indicators.iter().map(|s| s.score));
    all
}

fn in_likert_range(x: f64) -> bool {
    (1.0..=5.0).contains(&x)
}

proptest! {
    #[test]
    fn every_score_stays_within_1_and_5((scv, er) in answer_sets()) {
        let result = evaluate(&assessment(&scv, &er));
        for r in [&result.scv, &result.ereadiness] {
            for score in scores(r).into_iter().flatten() {
                prop_assert!(in_likert_range(score), "{score}");
            }
            if let Some(p) = r.percent {
                prop_assert!((0.0..=100.0).contains(&p), "percent {p}");
            }
            for g in &r.recommendations {
                prop_assert!(g.gap > 0.0 && g.gap <= 4.0 && g.priority > 0.0);
            }
            prop_assert!((1..=5).contains(&r.target_level));
        }
    }

    #[test]
    fn raising_one_answer_never_lowers_any_score(
        (scv, er) in answer_sets(),
        pick in any::<prop::sample::Index>(),
        raise in 1u32..=400,
    ) {
        let before = assessment(&scv, &er);
        // Choose among the items answered with a score below 5.
        let raisable: Vec<(InstrumentId, String, f64)> = InstrumentId::ALL
            .into_iter()
            .flat_map(|i| before.answers.likert(i).iter().map(move |(id, a)| (i, id.clone(), *a)))
            .filter_map(|(i, id, a)| match a {
                LikertAnswer::Score(v) if v < 5.0 => Some((i, id, v)),
                _ => None,
            })
            .collect();
        prop_assume!(!raisable.is_empty());
        let (instrument, id, value) = pick.get(&raisable).clone();
        let mut after = before.clone();
        let raised = (value + f64::from(raise) / 100.0).min(5.0);
        after.answers.likert_mut(instrument).insert(id, LikertAnswer::Score(raised));

        let (old, new) = (evaluate(&before), evaluate(&after));
        for i in InstrumentId::ALL {
            let (old, new) = (old.likert(i), new.likert(i));
            for (o, n) in scores(old).into_iter().zip(scores(new)) {
                prop_assert_eq!(o.is_some(), n.is_some());
                if let (Some(o), Some(n)) = (o, n) {
                    prop_assert!(n >= o, "{} -> {} after raising {}", o, n, raised);
                }
            }
            let level = |r: &LikertResult| r.band.map(|b| b.level);
            prop_assert!(level(new) >= level(old));
        }
    }

    #[test]
    fn the_order_of_items_within_an_indicator_does_not_matter(
        (scv, er) in answer_sets(),
        rotations in proptest::collection::vec(0usize..3, 30),
    ) {
        let original = assessment(&scv, &er);
        // Rotate the answers of each indicator among its items (equal weights).
        let mut permuted = original.clone();
        let mut turns = rotations.into_iter().cycle();
        for i in InstrumentId::ALL {
            for indicator in content::likert(i).elements.iter().flat_map(|e| e.indicators.iter()) {
                let ids: Vec<&str> = indicator.items.iter().map(|item| item.id).collect();
                let values: Vec<Option<LikertAnswer>> =
                    ids.iter().map(|id| original.answers.likert(i).get(*id).copied()).collect();
                let turn = turns.next().unwrap_or(0);
                let map = permuted.answers.likert_mut(i);
                for (k, id) in ids.iter().enumerate() {
                    match values[(k + turn) % ids.len()] {
                        Some(v) => map.insert(id.to_string(), v),
                        None => map.remove(*id),
                    };
                }
            }
        }
        let (a, b) = (evaluate(&original), evaluate(&permuted));
        for i in InstrumentId::ALL {
            let (a, b) = (a.likert(i), b.likert(i));
            // Scores agree up to float summation order; everything derived agrees exactly.
            for (x, y) in scores(a).into_iter().zip(scores(b)) {
                prop_assert_eq!(x.is_some(), y.is_some());
                if let (Some(x), Some(y)) = (x, y) {
                    prop_assert!((x - y).abs() < 1e-12, "{} vs {}", x, y);
                }
            }
            prop_assert_eq!(a.band.map(|b| b.level), b.band.map(|b| b.level));
            prop_assert_eq!((a.provisional, a.answered), (b.provisional, b.answered));
            let recs = |r: &LikertResult| -> Vec<(&str, f64)> {
                r.recommendations.iter().map(|g| (g.indicator.id, g.gap)).collect()
            };
            prop_assert_eq!(recs(a), recs(b));
        }
    }
}
