//! The plan to the target (`cermat::plan`), checked on random answer sets and targets:
//! applying it reaches the target, no step can be dropped, no smaller set of indicators
//! could reach it, and each step starts from the indicator's score and rises.

use cermat::model::{Assessment, InstrumentId, LikertAnswer};
use cermat::plan::{plan_likert, reaches, PlanStatus, PlanStep};
use cermat::scoring::evaluate;
use proptest::prelude::*;

#[path = "support/likert_answers.rs"]
mod likert_answers;
use likert_answers::{answer, item_ids};

fn assessment(
    instrument: InstrumentId,
    answers: &[Option<LikertAnswer>],
    target: Option<u8>,
) -> Assessment {
    let mut a = Assessment::default();
    let map = a.answers.likert_mut(instrument);
    for (id, answer) in item_ids(instrument).into_iter().zip(answers) {
        if let Some(answer) = answer {
            map.insert(id.to_owned(), *answer);
        }
    }
    a.targets.set(instrument, target);
    a
}

/// Every set of `size` of these indicators, each raised to 5: does any reach the target?
fn some_smaller_set_reaches(
    a: &Assessment,
    id: InstrumentId,
    candidates: &[PlanStep],
    size: usize,
    target: u8,
) -> bool {
    fn walk(
        a: &Assessment,
        id: InstrumentId,
        c: &[PlanStep],
        size: usize,
        target: u8,
        from: usize,
        chosen: &mut Vec<PlanStep>,
    ) -> bool {
        if chosen.len() == size {
            return reaches(a, id, chosen, target);
        }
        (from..c.len()).any(|i| {
            chosen.push(c[i].clone());
            let found = walk(a, id, c, size, target, i + 1, chosen);
            chosen.pop();
            found
        })
    }
    walk(a, id, candidates, size, target, 0, &mut Vec::new())
}

fn check(
    instrument: InstrumentId,
    answers: &[Option<LikertAnswer>],
    target: Option<u8>,
) -> Result<(), TestCaseError> {
    let a = assessment(instrument, answers, target);
    let now = evaluate(&a);
    let now = now.likert(instrument);
    let plan = plan_likert(&a, instrument);
    prop_assert_eq!(plan.target_level, now.target_level);
    match plan.status {
        PlanStatus::NoScore => prop_assert!(now.index.is_none()),
        PlanStatus::AtTarget => {
            prop_assert!(now.band.is_some_and(|b| b.level >= plan.target_level))
        }
        PlanStatus::Planned => {
            let target = plan.target_level;
            prop_assert!(!plan.steps.is_empty());
            prop_assert!(
                reaches(&a, instrument, &plan.steps, target),
                "the plan reaches the target"
            );
            for i in 0..plan.steps.len() {
                let mut fewer = plan.steps.clone();
                fewer.remove(i);
                prop_assert!(
                    !reaches(&a, instrument, &fewer, target),
                    "step {} can be dropped",
                    i
                );
            }
            for step in &plan.steps {
                let score = now
                    .indicators
                    .iter()
                    .find(|s| s.indicator.id == step.indicator.id)
                    .and_then(|s| s.score);
                prop_assert_eq!(score, Some(step.from));
                prop_assert!(f64::from(step.to) > step.from && step.to <= 5);
            }
            // No set of fewer indicators reaches it, even raised to 5 (checked where the
            // number of such sets is small enough to try them all).
            let candidates: Vec<PlanStep> = now
                .indicators
                .iter()
                .filter_map(|s| {
                    s.score.filter(|v| *v < 5.0).map(|from| PlanStep {
                        indicator: s.indicator,
                        element: s.element,
                        from,
                        to: 5,
                    })
                })
                .collect();
            let k = plan.steps.len() - 1;
            let sets = (0..k).fold(1u64, |acc, i| {
                acc * (candidates.len() - i) as u64 / (i as u64 + 1)
            });
            if k > 0 && sets <= 3000 {
                prop_assert!(
                    !some_smaller_set_reaches(&a, instrument, &candidates, k, target),
                    "{} steps would do",
                    k
                );
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn the_scv_plan_reaches_the_target_with_the_fewest_steps(
        answers in proptest::collection::vec(answer(), 27),
        target in prop_oneof![Just(None), (1u8..=5).prop_map(Some)],
    ) {
        check(InstrumentId::Scv, &answers, target)?;
    }

    #[test]
    fn the_ereadiness_plan_reaches_the_target_with_the_fewest_steps(
        answers in proptest::collection::vec(answer(), 48),
        target in prop_oneof![Just(None), (1u8..=5).prop_map(Some)],
    ) {
        check(InstrumentId::Ereadiness, &answers, target)?;
    }
}
