//! Rules 1-3 and 5: Likert indicator, element and instrument scores, and gaps to a target.

use crate::model::ItemMap;

use super::bands::{band_for, percent, round_half_up_cents};
use crate::model::{Band, BandSet, Element, Indicator, LikertAnswer, LikertInstrument};

#[derive(Clone, Debug)]
pub struct IndicatorScore {
    pub indicator: &'static Indicator,
    pub element: &'static Element,
    /// Mean of the items answered 1-5; `None` ("no data") when none was.
    pub score: Option<f64>,
    /// Distance below the target band, `None` when there is no score.
    pub gap: Option<f64>,
    /// Items answered 1-5 or N/A (the rest are unanswered).
    pub answered: usize,
    pub not_applicable: usize,
}

#[derive(Clone, Debug)]
pub struct ElementScore {
    pub element: &'static Element,
    pub score: Option<f64>,
    pub band: Option<&'static Band>,
}

/// An indicator below the target, with the weight of its gap.
#[derive(Clone, Debug)]
pub struct GapRecommendation {
    pub indicator: &'static Indicator,
    pub element: &'static Element,
    pub score: f64,
    pub gap: f64,
    /// Element weight x indicator weight x gap: the order in which to act.
    pub priority: f64,
}

#[derive(Clone, Debug)]
pub struct LikertResult {
    pub instrument: &'static LikertInstrument,
    pub bands: &'static BandSet,
    pub index: Option<f64>,
    pub percent: Option<f64>,
    pub band: Option<&'static Band>,
    /// True while any item is unanswered (N/A is an answer).
    pub provisional: bool,
    pub answered: usize,
    pub total: usize,
    pub target_level: u8,
    pub elements: Vec<ElementScore>,
    /// Every indicator, in instrument order.
    pub indicators: Vec<IndicatorScore>,
    /// Indicators with a gap, highest priority first, ties in instrument order.
    pub recommendations: Vec<GapRecommendation>,
    /// Indicators whose items are all N/A or unanswered: no score, so no gap.
    pub no_data: Vec<&'static Indicator>,
}

/// The default target: one level above the current one (at most 5), or 1 with no score.
pub fn default_target(current: Option<&Band>) -> u8 {
    current.map_or(1, |band| (band.level + 1).min(5))
}

pub fn score_likert(
    instrument: &'static LikertInstrument,
    answers: &ItemMap<LikertAnswer>,
    target: Option<u8>,
    bands: &'static BandSet,
) -> LikertResult {
    let mut indicators = Vec::new();
    let mut elements = Vec::new();
    for element in instrument.elements {
        let scored: Vec<IndicatorScore> = element
            .indicators
            .iter()
            .map(|indicator| score_indicator(element, indicator, answers))
            .collect();
        let score = weighted_mean(scored.iter().map(|s| (s.indicator.weight, s.score)));
        let band = score.map(|s| band_for(s, bands));
        elements.push(ElementScore {
            element,
            score,
            band,
        });
        indicators.extend(scored);
    }
    let index = weighted_mean(elements.iter().map(|e| (e.element.weight, e.score)));
    let band = index.map(|s| band_for(s, bands));
    let target_level = target.map_or_else(|| default_target(band), |t| t.clamp(1, 5));
    set_gaps(&mut indicators, target_lower_cents(bands, target_level));

    let total = indicators.iter().map(|s| s.indicator.items.len()).sum();
    let answered = indicators.iter().map(|s| s.answered).sum();
    LikertResult {
        instrument,
        bands,
        index,
        percent: index.map(percent),
        band,
        provisional: answered < total,
        answered,
        total,
        target_level,
        recommendations: prioritised_gaps(&indicators),
        no_data: indicators
            .iter()
            .filter(|s| s.score.is_none())
            .map(|s| s.indicator)
            .collect(),
        elements,
        indicators,
    }
}

/// Rule 2: the mean of the items answered 1-5; N/A and unanswered items are left out.
fn score_indicator(
    element: &'static Element,
    indicator: &'static Indicator,
    answers: &ItemMap<LikertAnswer>,
) -> IndicatorScore {
    let given: Vec<LikertAnswer> = indicator
        .items
        .iter()
        .filter_map(|item| answers.get(item.id).copied())
        .collect();
    let values: Vec<f64> = given
        .iter()
        .filter_map(|answer| match answer {
            // Clamped so that no caller can push a score outside the Likert scale.
            LikertAnswer::Score(v) if v.is_finite() => Some(v.clamp(1.0, 5.0)),
            _ => None,
        })
        .collect();
    IndicatorScore {
        indicator,
        element,
        score: (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64),
        gap: None,
        answered: given.len(),
        not_applicable: given.len() - values.len(),
    }
}

/// Rule 3: weighted mean over the parts that have a score, weights renormalised to 1.
fn weighted_mean(parts: impl Iterator<Item = (f64, Option<f64>)>) -> Option<f64> {
    let (weighted_sum, weight_sum) = parts
        .filter_map(|(weight, score)| score.map(|s| (weight * s, weight)))
        .fold((0.0, 0.0), |(ws, w), (x, y)| (ws + x, w + y));
    (weight_sum > 0.0).then(|| weighted_sum / weight_sum)
}

fn target_lower_cents(bands: &BandSet, level: u8) -> u32 {
    bands
        .bands
        .iter()
        .find(|band| band.level == level)
        .or(bands.bands.last())
        .map_or(100, |band| band.lower_cents)
}

/// Rule 5: gap = max(0, lower bound of the target band - score). The score is taken as
/// rounded for banding, so an indicator that bands at the target never shows a gap.
fn set_gaps(indicators: &mut [IndicatorScore], target_cents: u32) {
    for s in indicators.iter_mut() {
        s.gap = s.score.map(|score| {
            f64::from(target_cents.saturating_sub(round_half_up_cents(score))) / 100.0
        });
    }
}

fn prioritised_gaps(indicators: &[IndicatorScore]) -> Vec<GapRecommendation> {
    let mut gaps: Vec<GapRecommendation> = indicators
        .iter()
        .filter_map(|s| match (s.score, s.gap) {
            (Some(score), Some(gap)) if gap > 0.0 => Some(GapRecommendation {
                indicator: s.indicator,
                element: s.element,
                score,
                gap,
                priority: snap_priority(s.element.weight * s.indicator.weight * gap),
            }),
            _ => None,
        })
        .collect();
    sort_by_priority(&mut gaps);
    gaps
}

/// Highest priority first; a stable insertion sort, so equal priorities keep instrument
/// order. An instrument has at most 16 indicators, and in the browser build this costs a
/// fraction of the bytes of `slice::sort_by`.
fn sort_by_priority(gaps: &mut [GapRecommendation]) {
    for i in 1..gaps.len() {
        let mut j = i;
        while j > 0 && gaps[j - 1].priority < gaps[j].priority {
            gaps.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Equal priorities must be bit-identical for ties to fall back on instrument order, but
/// float products are not: 1/3 x 1/3 x 0.21 computes 1 ulp below 1/3 x 1/4 x 0.28, which
/// would rank C1 before S1. Snapping to 1e-12 makes equal priorities identical; distinct
/// ones (weights with denominators like 3, 4, 5 and gaps in hundredths) differ by far more.
fn snap_priority(priority: f64) -> f64 {
    (priority * 1e12).round() / 1e12
}
