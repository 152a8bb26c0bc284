//! A plan to the target (issue 11): for a Likert instrument, the fewest indicator
//! improvements, each from its score to a whole score, that bring the instrument to its
//! target level; for the stage checklist, the criteria that reach the next stage.
//!
//! The plan is checked by scoring, never by a formula of its own: a step is applied by
//! giving each of the indicator's scored statements the step's score (N/A and unanswered
//! statements stay as they are, so the indicator's score becomes that score), and the
//! instrument is scored again by `scoring::score_likert` with the target level fixed.
//!
//! Why it is the fewest: the index is a weighted mean, so raising one indicator raises
//! it by a fixed share of the rise (its gain). Taking the indicators with the largest
//! possible gain (each raised to 5) first reaches the target with the fewest steps; then
//! each step is lowered to the smallest whole score that still reaches it. No step can
//! be dropped: without it, even the largest gains of the others fell short.

use crate::content;
use crate::model::{Assessment, Element, Indicator, InstrumentId, ItemMap, LikertAnswer};
use crate::scoring::{score_likert, LikertResult};

/// One improvement: this indicator's statements from `from` (its score now) to `to`.
#[derive(Clone, Debug)]
pub struct PlanStep {
    pub indicator: &'static Indicator,
    pub element: &'static Element,
    pub from: f64,
    pub to: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanStatus {
    /// Nothing is scored yet: there is nothing to plan from.
    NoScore,
    /// The instrument is at or above its target level already.
    AtTarget,
    /// `steps` reach the target.
    Planned,
}

#[derive(Clone, Debug)]
pub struct LikertPlan {
    pub instrument: InstrumentId,
    pub target_level: u8,
    pub status: PlanStatus,
    /// In the order of the recommendations (priority), the rest in instrument order.
    pub steps: Vec<PlanStep>,
}

/// The plan for one Likert instrument of `assessment`, to its target level.
pub fn plan_likert(assessment: &Assessment, instrument: InstrumentId) -> LikertPlan {
    let answers = assessment.answers.likert(instrument);
    let now = score(instrument, answers, assessment.targets.get(instrument));
    let target_level = now.target_level;
    let plan = |status, steps| LikertPlan {
        instrument,
        target_level,
        status,
        steps,
    };
    let (Some(index), Some(band)) = (now.index, now.band) else {
        return plan(PlanStatus::NoScore, Vec::new());
    };
    if band.level >= target_level {
        return plan(PlanStatus::AtTarget, Vec::new());
    }
    let reaches = |steps: &[PlanStep]| reaches(assessment, instrument, steps, target_level);
    // Every indicator that can rise, with what raising it to 5 adds to the index.
    let mut candidates: Vec<(f64, PlanStep)> = now
        .indicators
        .iter()
        .filter_map(|s| {
            let from = s.score.filter(|v| *v < 5.0)?;
            let step = PlanStep {
                indicator: s.indicator,
                element: s.element,
                from,
                to: 5,
            };
            let raised = outcome(
                assessment,
                instrument,
                std::slice::from_ref(&step),
                target_level,
            );
            Some((raised.index.unwrap_or(index) - index, step))
        })
        .collect();
    // Largest gain first; a stable sort keeps the instrument's order among equals.
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
    let all: Vec<PlanStep> = candidates.into_iter().map(|(_, step)| step).collect();
    let Some(count) = (1..=all.len()).find(|&k| reaches(&all[..k])) else {
        // Cannot happen while the index exists (all at 5 gives 5), but never panic.
        return plan(PlanStatus::Planned, all);
    };
    let mut steps = all[..count].to_vec();
    // Each step as small as it can be, the smallest gains first.
    for i in (0..steps.len()).rev() {
        let lowest = lowest_whole_above(steps[i].from);
        for to in lowest..steps[i].to {
            let mut trial = steps.clone();
            trial[i].to = to;
            if reaches(&trial) {
                steps = trial;
                break;
            }
        }
    }
    order_by_priority(&mut steps, &now);
    plan(PlanStatus::Planned, steps)
}

/// `answers` with each step applied: the indicator's scored statements get its score.
pub fn apply(answers: &ItemMap<LikertAnswer>, steps: &[PlanStep]) -> ItemMap<LikertAnswer> {
    let mut out = answers.clone();
    for step in steps {
        for item in step.indicator.items {
            if let Some(LikertAnswer::Score(_)) = out.get(item.id) {
                out.insert(item.id.to_string(), LikertAnswer::Score(f64::from(step.to)));
            }
        }
    }
    out
}

impl PartialEq for PlanStep {
    fn eq(&self, other: &Self) -> bool {
        self.indicator.id == other.indicator.id && self.from == other.from && self.to == other.to
    }
}

/// The instrument as it would be with `steps` applied, scored against `target_level`:
/// what the plan page shows when the user changes a planned score.
pub fn outcome(
    assessment: &Assessment,
    instrument: InstrumentId,
    steps: &[PlanStep],
    target_level: u8,
) -> LikertResult {
    let applied = apply(assessment.answers.likert(instrument), steps);
    score(instrument, &applied, Some(target_level))
}

/// `plan`'s steps with the user's own planned scores (`edits`: indicator id and score)
/// in place of the computed ones; a score not above the indicator's is left out.
pub fn with_edits(plan: &LikertPlan, edits: &[(&str, u8)]) -> Vec<PlanStep> {
    plan.steps
        .iter()
        .map(|step| {
            let to = edits
                .iter()
                .find(|(id, _)| *id == step.indicator.id)
                .map_or(step.to, |(_, to)| *to);
            PlanStep { to, ..step.clone() }
        })
        .filter(|step| f64::from(step.to) > step.from)
        .collect()
}

/// The whole scores a step of `from` may plan: above it, up to 5.
pub fn choices(from: f64) -> std::ops::RangeInclusive<u8> {
    lowest_whole_above(from)..=5
}

/// Whether `steps` bring `instrument` of `assessment` to `target_level`.
pub fn reaches(
    assessment: &Assessment,
    instrument: InstrumentId,
    steps: &[PlanStep],
    target_level: u8,
) -> bool {
    at_level(
        &outcome(assessment, instrument, steps, target_level),
        target_level,
    )
}

/// Whether a scored instrument is at `level` or above.
pub fn at_level(result: &LikertResult, level: u8) -> bool {
    result.band.is_some_and(|b| b.level >= level)
}

fn score(
    instrument: InstrumentId,
    answers: &ItemMap<LikertAnswer>,
    target: Option<u8>,
) -> LikertResult {
    score_likert(
        content::likert(instrument),
        answers,
        target,
        content::spbe_bands(),
    )
}

/// The smallest whole score above `from` (a 2.67 rises to 3 at least, a 3 to 4).
fn lowest_whole_above(from: f64) -> u8 {
    let next = from.floor() + 1.0;
    next.clamp(1.0, 5.0) as u8
}

/// Recommendation order (priority), then the instrument's order for indicators that have
/// no gap of their own (already banded at the target, yet raised to lift the index).
fn order_by_priority(steps: &mut [PlanStep], now: &LikertResult) {
    let rank = |step: &PlanStep| {
        let by_priority = now
            .recommendations
            .iter()
            .position(|g| std::ptr::eq(g.indicator, step.indicator));
        let by_order = now
            .indicators
            .iter()
            .position(|s| std::ptr::eq(s.indicator, step.indicator))
            .unwrap_or(usize::MAX);
        (by_priority.unwrap_or(usize::MAX), by_order)
    };
    steps.sort_by_key(rank);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_scored(instrument: InstrumentId, value: f64) -> Assessment {
        let mut a = Assessment::default();
        let answers = a.answers.likert_mut(instrument);
        for item in content::likert(instrument)
            .elements
            .iter()
            .flat_map(|e| e.indicators)
            .flat_map(|i| i.items)
        {
            answers.insert(item.id.to_string(), LikertAnswer::Score(value));
        }
        a
    }

    #[test]
    fn nothing_to_plan_without_a_score_or_at_the_target() {
        let a = Assessment::default();
        assert_eq!(
            plan_likert(&a, InstrumentId::Scv).status,
            PlanStatus::NoScore
        );
        let mut a = all_scored(InstrumentId::Scv, 4.0);
        a.targets.scv = Some(4);
        assert_eq!(
            plan_likert(&a, InstrumentId::Scv).status,
            PlanStatus::AtTarget
        );
    }

    #[test]
    fn everything_at_2_to_level_3_takes_the_heaviest_indicators_first() {
        // All at 2 is level 2 (Cukup); level 3 starts at 2.60: +0.60 on the index.
        let mut a = all_scored(InstrumentId::Scv, 2.0);
        a.targets.scv = Some(3);
        let plan = plan_likert(&a, InstrumentId::Scv);
        assert_eq!(plan.status, PlanStatus::Planned);
        assert!(reaches(&a, InstrumentId::Scv, &plan.steps, 3));
        for i in 0..plan.steps.len() {
            let mut fewer = plan.steps.clone();
            fewer.remove(i);
            assert!(
                !reaches(&a, InstrumentId::Scv, &fewer, 3),
                "step {i} could be dropped"
            );
        }
        assert!(plan
            .steps
            .iter()
            .all(|s| s.from == 2.0 && (3..=5).contains(&s.to)));
        // docs/methodology.md's worked example: C2 (1/3 x 0.50) to 5 adds 0.50, and S1
        // (1/3 x 1/3) to 3 the last 0.11: 2.61, level 3.
        let steps: Vec<(&str, u8)> = plan.steps.iter().map(|s| (s.indicator.id, s.to)).collect();
        assert_eq!(steps, [("C2", 5), ("S1", 3)]);
    }

    #[test]
    fn a_fractional_score_rises_to_the_next_whole_score_at_least() {
        assert_eq!(lowest_whole_above(2.67), 3);
        assert_eq!(lowest_whole_above(3.0), 4);
        assert_eq!(lowest_whole_above(4.5), 5);
    }
}
