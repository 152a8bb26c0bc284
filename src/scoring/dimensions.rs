//! The e-readiness indicators regrouped along the South Sumatra study's three dimensions
//! (`content::DIMENSIONS`): each dimension's score is the plain mean of its indicators'
//! scores that exist (the study weighs its aspects alike), banded like any score.

use super::{band_for, LikertResult};
use crate::content::{Dimension, DIMENSIONS};
use crate::model::Band;

pub struct DimensionScore {
    pub dimension: &'static Dimension,
    /// Mean of the indicator scores present; `None` when none has data.
    pub score: Option<f64>,
    pub band: Option<&'static Band>,
    /// Each indicator's score, in the dimension's order.
    pub indicators: Vec<(&'static str, Option<f64>)>,
}

/// The three dimensions of an e-readiness result.
pub fn dimensions(ereadiness: &LikertResult) -> Vec<DimensionScore> {
    DIMENSIONS
        .iter()
        .map(|dimension| {
            let indicators: Vec<(&'static str, Option<f64>)> = dimension
                .indicators
                .iter()
                .map(|id| {
                    let score = ereadiness
                        .indicators
                        .iter()
                        .find(|i| i.indicator.id == *id)
                        .and_then(|i| i.score);
                    (*id, score)
                })
                .collect();
            let present: Vec<f64> = indicators.iter().filter_map(|(_, s)| *s).collect();
            let score =
                (!present.is_empty()).then(|| present.iter().sum::<f64>() / present.len() as f64);
            DimensionScore {
                dimension,
                score,
                band: score.map(|s| band_for(s, ereadiness.bands)),
                indicators,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assessment, LikertAnswer};
    use crate::scoring::evaluate;

    #[test]
    fn each_dimension_is_the_mean_of_its_indicators() {
        let mut a = Assessment::default();
        // IN1 items 4, IN2 items 2, IN3 unanswered: technology (4 + 2) / 2 = 3.
        for id in ["IN1.1", "IN1.2", "IN1.3"] {
            a.answers
                .ereadiness
                .insert(id.into(), LikertAnswer::Score(4.0));
        }
        for id in ["IN2.1", "IN2.2", "IN2.3"] {
            a.answers
                .ereadiness
                .insert(id.into(), LikertAnswer::Score(2.0));
        }
        // ST1 items 5: human resources 5 (ST2 has no data).
        for id in ["ST1.1", "ST1.2", "ST1.3"] {
            a.answers
                .ereadiness
                .insert(id.into(), LikertAnswer::Score(5.0));
        }
        let dims = dimensions(&evaluate(&a).ereadiness);
        assert_eq!(dims[0].dimension.key, "technology");
        assert_eq!(dims[0].score, Some(3.0));
        assert_eq!(dims[0].indicators[2], ("IN3", None));
        assert_eq!(dims[1].score, Some(5.0));
        assert_eq!(dims[1].band.map(|b| b.level), Some(5));
        assert_eq!(dims[2].score, None, "governance: no data");
    }

    #[test]
    fn every_dimension_names_real_ereadiness_indicators_once() {
        let known: Vec<&str> = crate::content::ereadiness()
            .elements
            .iter()
            .flat_map(|e| e.indicators)
            .map(|i| i.id)
            .collect();
        let mut seen = Vec::new();
        for d in &DIMENSIONS {
            for id in d.indicators {
                assert!(known.contains(id), "{id}");
                assert!(!seen.contains(id), "{id} twice");
                seen.push(*id);
            }
        }
    }
}
