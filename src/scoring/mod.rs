//! How every number in a Cermat result is computed: docs/methodology.md rules 1-8, nothing else.
//!
//! - `bands`: rounding half-up to two decimals and choosing a level (rule 4)
//! - `likert`: indicator, element and instrument scores, targets and gaps (rules 1-3, 5)
//! - `stage`: the UN five-stage checklist (rules 6-8)
//!
//! `evaluate` runs all three on an assessment; the UI and the CLI call only this.

mod bands;
mod dimensions;
mod likert;
mod stage;

pub use bands::{band_for, percent, round_half_up_cents};
pub use dimensions::{dimensions, DimensionScore};
pub use likert::{
    default_target, score_likert, ElementScore, GapRecommendation, IndicatorScore, LikertResult,
};
pub use stage::{evaluate_stages, StageResult, StageStatus};

use crate::content;
use crate::model::{Assessment, InstrumentId};

/// All results of one assessment.
#[derive(Clone, Debug)]
pub struct AssessmentResult {
    pub scv: LikertResult,
    pub ereadiness: LikertResult,
    pub stage: StageResult,
}

impl AssessmentResult {
    pub fn likert(&self, id: InstrumentId) -> &LikertResult {
        match id {
            InstrumentId::Scv => &self.scv,
            InstrumentId::Ereadiness => &self.ereadiness,
        }
    }

    /// True while any item or criterion is unanswered.
    pub fn provisional(&self) -> bool {
        self.scv.provisional || self.ereadiness.provisional || self.stage.provisional
    }
}

/// Scores an assessment with the default band set (SPBE).
pub fn evaluate(assessment: &Assessment) -> AssessmentResult {
    let likert = |id: InstrumentId| {
        score_likert(
            content::likert(id),
            assessment.answers.likert(id),
            assessment.targets.get(id),
            content::spbe_bands(),
        )
    };
    AssessmentResult {
        scv: likert(InstrumentId::Scv),
        ereadiness: likert(InstrumentId::Ereadiness),
        stage: evaluate_stages(content::stages(), &assessment.answers.stage),
    }
}
