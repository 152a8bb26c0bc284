//! The OPD units of one pemda combined into one assessment.
//!
//! A roll-up treats each unit as a survey treats a respondent, with the survey's own
//! counters (`survey::ItemDistribution`, `survey::CriterionDistribution`), so the two
//! can never disagree: an item's value is the mean of the units that answered it 1-5,
//! in integer hundredths rounded half up (0.01 is the precision a result link carries);
//! N/A when every unit that answered said N/A; unanswered when no unit answered. A
//! criterion takes the most frequent answer, ties going to the lower one (No, then
//! Partly), so a divided pemda never claims a stage it has not clearly met.

use super::Labeled;
use crate::content;
use crate::model::{
    Answers, Assessment, InstrumentId, LikertAnswer, Profile, RegionType, StageAnswer, Targets,
};
use crate::scoring::round_half_up_cents;
use crate::survey::{CriterionDistribution, ItemDistribution, LikertCell};

/// How the units answered one Likert item.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemSpread {
    pub instrument: InstrumentId,
    pub id: &'static str,
    /// The units counted as a survey counts respondents (`scored()` units answered 1-5).
    pub distribution: ItemDistribution,
    /// The rolled-up answer: the mean, N/A, or `None` when no unit answered.
    pub answer: Option<LikertAnswer>,
    /// The lowest and highest unit values, in hundredths as they were averaged.
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Each unit's answer as it gave it, in the order of the units.
    pub values: Vec<Option<LikertAnswer>>,
}

/// How the units answered one stage criterion.
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionSpread {
    pub id: &'static str,
    pub distribution: CriterionDistribution,
    /// The majority, ties to the lower answer; `None` when no unit answered.
    pub answer: Option<StageAnswer>,
    pub values: Vec<Option<StageAnswer>>,
}

/// The combined assessment and, per item and criterion, how the units spread.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RollUp {
    pub assessment: Assessment,
    /// The units' labels, in the order given: the order of every `values` list.
    pub labels: Vec<String>,
    /// Support / Capacity / Value, then E-readiness, in questionnaire order.
    pub items: Vec<ItemSpread>,
    pub criteria: Vec<CriterionSpread>,
}

/// Combines the units' assessments. With no unit, an empty assessment.
pub fn roll_up(units: &[Labeled]) -> RollUp {
    let mut answers = Answers::default();
    let mut items = Vec::new();
    for instrument in InstrumentId::ALL {
        let rolled = answers.likert_mut(instrument);
        for item in item_ids(instrument) {
            let spread = item_spread(instrument, item, units);
            if let Some(answer) = spread.answer {
                rolled.insert(item.to_string(), answer);
            }
            items.push(spread);
        }
    }
    let mut criteria = Vec::new();
    for criterion in content::stages().stages.iter().flat_map(|s| s.criteria) {
        let spread = criterion_spread(criterion.id, units);
        if let Some(answer) = spread.answer {
            answers.stage.insert(criterion.id.to_string(), answer);
        }
        criteria.push(spread);
    }
    let assessment = Assessment {
        profile: profile(units),
        answers,
        targets: targets(units),
        // Each unit's evidence stays with the unit: a combined note would be no one's.
        evidence: Default::default(),
    };
    RollUp {
        assessment,
        labels: units.iter().map(|u| u.label.clone()).collect(),
        items,
        criteria,
    }
}

fn item_ids(instrument: InstrumentId) -> impl Iterator<Item = &'static str> {
    content::likert(instrument)
        .elements
        .iter()
        .flat_map(|e| e.indicators)
        .flat_map(|i| i.items)
        .map(|item| item.id)
}

fn item_spread(instrument: InstrumentId, id: &'static str, units: &[Labeled]) -> ItemSpread {
    let mut distribution = ItemDistribution::default();
    let (mut min, mut max): (Option<u16>, Option<u16>) = (None, None);
    let mut values = Vec::with_capacity(units.len());
    for unit in units {
        let given = unit.assessment.answers.likert(instrument).get(id).copied();
        let cell = likert_cell(given);
        if let LikertCell::Score(cents) = cell {
            min = Some(min.map_or(cents, |m| m.min(cents)));
            max = Some(max.map_or(cents, |m| m.max(cents)));
        }
        distribution.add(cell);
        values.push(given);
    }
    let in_units = |cents: Option<u16>| cents.map(|c| f64::from(c) / 100.0);
    ItemSpread {
        instrument,
        id,
        answer: distribution.answer(),
        distribution,
        min: in_units(min),
        max: in_units(max),
        values,
    }
}

/// A unit's answer as a survey cell: its value taken to hundredths (rounded half up, as
/// banded), clamped to 1-5 as scoring clamps it. A value that is no number at all (only
/// possible in an assessment built by hand) counts as N/A, as scoring leaves it out.
fn likert_cell(answer: Option<LikertAnswer>) -> LikertCell {
    match answer {
        None => LikertCell::Blank,
        Some(LikertAnswer::NotApplicable) => LikertCell::NotApplicable,
        Some(LikertAnswer::Score(v)) if v.is_finite() => {
            let cents = round_half_up_cents(v.clamp(1.0, 5.0)).clamp(100, 500);
            LikertCell::Score(u16::try_from(cents).unwrap_or(500))
        }
        Some(LikertAnswer::Score(_)) => LikertCell::NotApplicable,
    }
}

fn criterion_spread(id: &'static str, units: &[Labeled]) -> CriterionSpread {
    let mut distribution = CriterionDistribution::default();
    let mut values = Vec::with_capacity(units.len());
    for unit in units {
        let given = unit.assessment.answers.stage.get(id).copied();
        let count = match given {
            Some(StageAnswer::Yes) => &mut distribution.yes,
            Some(StageAnswer::Partly) => &mut distribution.partly,
            Some(StageAnswer::No) => &mut distribution.no,
            None => &mut distribution.blank,
        };
        *count = count.saturating_add(1);
        values.push(given);
    }
    CriterionSpread {
        id,
        answer: distribution.majority(),
        distribution,
        values,
    }
}

/// The pemda's profile: a field every unit that filled it agrees on (ignoring case and
/// surrounding spaces, as a survey's profile columns), else empty. The unit is empty: the
/// roll-up is no single unit. The date is the latest unit's: the combined picture holds
/// as of the last assessment in it.
fn profile(units: &[Labeled]) -> Profile {
    let profiles = || units.iter().map(|u| &u.assessment.profile);
    let region_types: Vec<RegionType> = profiles().filter_map(|p| p.region_type).collect();
    Profile {
        region: agreed(profiles().map(|p| p.region.as_str())),
        region_type: region_types
            .first()
            .copied()
            .filter(|first| region_types.iter().all(|t| t == first)),
        unit: String::new(),
        assessor: agreed(profiles().map(|p| p.assessor.as_str())),
        date: profiles()
            .map(|p| p.date.as_str())
            .filter(|d| crate::model::is_real_date(d))
            .max()
            .unwrap_or_default()
            .to_string(),
    }
}

fn agreed<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let filled: Vec<&str> = values.map(str::trim).filter(|v| !v.is_empty()).collect();
    match filled.first() {
        Some(first) => {
            let lower = first.to_lowercase();
            let all_agree = filled.iter().all(|v| v.to_lowercase() == lower);
            if all_agree {
                first.to_string()
            } else {
                String::new()
            }
        }
        None => String::new(),
    }
}

/// A target every unit that set one agrees on; else the default target.
fn targets(units: &[Labeled]) -> Targets {
    let mut targets = Targets::default();
    for instrument in InstrumentId::ALL {
        let set: Vec<u8> = units
            .iter()
            .filter_map(|u| u.assessment.targets.get(instrument))
            .collect();
        let agreed = set.first().copied().filter(|t| set.iter().all(|u| u == t));
        targets.set(instrument, agreed);
    }
    targets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_values_become_hundredths() {
        assert_eq!(
            likert_cell(Some(LikertAnswer::Score(2.595))),
            LikertCell::Score(260)
        );
        assert_eq!(
            likert_cell(Some(LikertAnswer::Score(9.0))),
            LikertCell::Score(500)
        );
        assert_eq!(
            likert_cell(Some(LikertAnswer::Score(f64::NAN))),
            LikertCell::NotApplicable
        );
        assert_eq!(likert_cell(None), LikertCell::Blank);
    }

    #[test]
    fn profile_fields_kept_only_when_agreed() {
        assert_eq!(agreed(["Kota A", " kota a", ""].into_iter()), "Kota A");
        assert_eq!(agreed(["Kota A", "Kota B"].into_iter()), "");
        assert_eq!(agreed(std::iter::empty()), "");
    }
}
