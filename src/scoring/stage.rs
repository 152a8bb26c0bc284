//! Rules 6-8: the UN five-stage checklist.

use crate::model::ItemMap;

use crate::model::{Criterion, Stage, StageAnswer, StageInstrument};

#[derive(Clone, Debug)]
pub struct StageStatus {
    pub stage: &'static Stage,
    /// Rule 6: every criterion answered Yes.
    pub met: bool,
    /// (Yes + 0.5 x Partly) / number of criteria, from 0 to 1.
    pub coverage: f64,
    pub unanswered: usize,
}

#[derive(Clone, Debug)]
pub struct StageResult {
    pub instrument: &'static StageInstrument,
    pub stages: Vec<StageStatus>,
    /// Rule 7: the highest k with stages 1..k all met; 0 is "not yet Emerging".
    pub achieved: u8,
    /// Stages met above the achieved one: reported, not counted as achieved.
    pub ahead: Vec<u8>,
    /// Rule 8: the next stage's criteria not answered Yes (empty at stage 5).
    pub next_gap: Vec<&'static Criterion>,
    pub provisional: bool,
    pub answered: usize,
    pub total: usize,
}

impl StageResult {
    /// The stage after the achieved one, if any.
    pub fn next_stage(&self) -> Option<&'static Stage> {
        self.stages.get(self.achieved as usize).map(|s| s.stage)
    }
}

pub fn evaluate_stages(
    instrument: &'static StageInstrument,
    answers: &ItemMap<StageAnswer>,
) -> StageResult {
    let stages: Vec<StageStatus> = instrument
        .stages
        .iter()
        .map(|stage| stage_status(stage, answers))
        .collect();
    let achieved = stages.iter().take_while(|s| s.met).count() as u8;
    let ahead = stages
        .iter()
        .filter(|s| s.met && s.stage.number > achieved)
        .map(|s| s.stage.number)
        .collect();
    let next_gap = stages
        .get(achieved as usize)
        .map(|next| {
            next.stage
                .criteria
                .iter()
                .filter(|c| answers.get(c.id) != Some(&StageAnswer::Yes))
                .collect()
        })
        .unwrap_or_default();
    let total = instrument.stages.iter().map(|s| s.criteria.len()).sum();
    let unanswered: usize = stages.iter().map(|s| s.unanswered).sum();
    StageResult {
        instrument,
        achieved,
        ahead,
        next_gap,
        provisional: unanswered > 0,
        answered: total - unanswered,
        total,
        stages,
    }
}

fn stage_status(stage: &'static Stage, answers: &ItemMap<StageAnswer>) -> StageStatus {
    let given: Vec<Option<&StageAnswer>> =
        stage.criteria.iter().map(|c| answers.get(c.id)).collect();
    let count = |wanted: StageAnswer| given.iter().filter(|a| **a == Some(&wanted)).count();
    let (yes, partly) = (count(StageAnswer::Yes), count(StageAnswer::Partly));
    let criteria = stage.criteria.len().max(1) as f64;
    StageStatus {
        stage,
        met: !stage.criteria.is_empty() && yes == stage.criteria.len(),
        coverage: (yes as f64 + 0.5 * partly as f64) / criteria,
        unanswered: given.iter().filter(|a| a.is_none()).count(),
    }
}
