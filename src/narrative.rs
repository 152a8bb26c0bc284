//! A narrative of a result, in Indonesian or English, that a consultant can paste into a
//! kajian (issue 11): the stage reached (and what is met ahead of sequence), each Likert
//! instrument's index, level and predicate, its strongest and weakest elements, and the
//! first three steps of the plan to its target. Generated from the result and the plan
//! only; every figure is written as the results page writes it.

use crate::i18n::{fmt_score, Lang};
use crate::model::{Assessment, InstrumentId};
use crate::plan::{plan_likert, LikertPlan, PlanStatus};
use crate::scoring::{evaluate, LikertResult, StageResult};

/// The narrative as paragraphs: the stage, then one per Likert instrument.
pub fn narrative(assessment: &Assessment, lang: Lang) -> Vec<String> {
    let result = evaluate(assessment);
    let region = assessment.profile.region.trim();
    let mut out = vec![stage_paragraph(&result.stage, region, lang)];
    for id in InstrumentId::ALL {
        out.push(likert_paragraph(
            result.likert(id),
            &plan_likert(assessment, id),
            lang,
        ));
    }
    if result.provisional() {
        out.push(
            match lang {
                Lang::Id => "Hasil ini masih sementara: sebagian butir belum dijawab, sehingga angkanya dapat berubah.",
                Lang::En => "These results are provisional: some items are unanswered, so the figures may change.",
            }
            .to_string(),
        );
    }
    out
}

fn stage_paragraph(stage: &StageResult, region: &str, lang: Lang) -> String {
    let who = if region.is_empty() {
        match lang {
            Lang::Id => "Daerah ini".to_string(),
            Lang::En => "The region".to_string(),
        }
    } else {
        region.to_string()
    };
    let name = |n: u8| {
        stage
            .stages
            .iter()
            .find(|s| s.stage.number == n)
            .map_or("", |s| s.stage.name.get(lang))
    };
    let mut text = match (lang, stage.achieved) {
        (Lang::Id, 0) => {
            format!("{who} belum mencapai tahap 1 (Kemunculan) model lima tahap e-government PBB.")
        }
        (Lang::En, 0) => format!(
            "{who} has not yet reached stage 1 (Emerging) of the UN five-stage e-government model."
        ),
        (Lang::Id, n) => format!(
            "{who} berada pada tahap {n} ({}) model lima tahap e-government PBB.",
            name(n)
        ),
        (Lang::En, n) => format!(
            "{who} is at stage {n} ({}) of the UN five-stage e-government model.",
            name(n)
        ),
    };
    if !stage.ahead.is_empty() {
        let ahead: Vec<String> = stage
            .ahead
            .iter()
            .map(|&n| format!("{n} ({})", name(n)))
            .collect();
        let ahead = ahead.join(", ");
        text.push(' ');
        text.push_str(&match lang {
            Lang::Id => format!("Kriteria tahap {ahead} juga sudah terpenuhi, di luar urutan."),
            Lang::En => format!("The criteria of stage {ahead} are also met, ahead of sequence."),
        });
    }
    if let Some(next) = stage.next_stage() {
        let ids: Vec<&str> = stage.next_gap.iter().map(|c| c.id).collect();
        text.push(' ');
        text.push_str(&match lang {
            Lang::Id => format!(
                "Untuk mencapai tahap {} ({}), kriteria {} perlu dipenuhi.",
                next.number,
                next.name.get(lang),
                ids.join(", ")
            ),
            Lang::En => format!(
                "Reaching stage {} ({}) needs criteria {}.",
                next.number,
                next.name.get(lang),
                ids.join(", ")
            ),
        });
    }
    text
}

fn likert_paragraph(r: &LikertResult, plan: &LikertPlan, lang: Lang) -> String {
    let name = r.instrument.name.get(lang);
    let (Some(index), Some(band)) = (r.index, r.band) else {
        return match lang {
            Lang::Id => {
                format!("{name}: belum ada skor, karena belum ada pernyataan yang dijawab 1-5.")
            }
            Lang::En => format!("{name}: no score yet, as no statement is answered 1-5."),
        };
    };
    let mut text = match lang {
        Lang::Id => format!(
            "Untuk instrumen {name}, indeksnya {} (tingkat {}, {}; predikat {}).",
            fmt_score(index, lang),
            band.level,
            band.level_name.get(lang),
            band.predicate.get(lang)
        ),
        Lang::En => format!(
            "For the instrument {name}, the index is {} (level {}, {}; predicate {}).",
            fmt_score(index, lang),
            band.level,
            band.level_name.get(lang),
            band.predicate.get(lang)
        ),
    };
    let scored: Vec<(&str, f64)> = r
        .elements
        .iter()
        .filter_map(|e| e.score.map(|s| (e.element.name.get(lang), s)))
        .collect();
    // The first of equals is kept: the instrument's own order decides ties.
    let strongest = scored
        .iter()
        .fold(None::<&(&str, f64)>, |best, e| match best {
            Some(b) if b.1 >= e.1 => Some(b),
            _ => Some(e),
        });
    let weakest = scored
        .iter()
        .fold(None::<&(&str, f64)>, |worst, e| match worst {
            Some(w) if w.1 <= e.1 => Some(w),
            _ => Some(e),
        });
    if let (Some(strong), Some(weak)) = (strongest, weakest) {
        if scored.len() > 1 && strong.1 > weak.1 {
            text.push(' ');
            text.push_str(&match lang {
                Lang::Id => format!(
                    "Elemen terkuat adalah {} ({}), yang terlemah {} ({}).",
                    strong.0,
                    fmt_score(strong.1, lang),
                    weak.0,
                    fmt_score(weak.1, lang)
                ),
                Lang::En => format!(
                    "The strongest element is {} ({}), the weakest {} ({}).",
                    strong.0,
                    fmt_score(strong.1, lang),
                    weak.0,
                    fmt_score(weak.1, lang)
                ),
            });
        }
    }
    text.push(' ');
    text.push_str(&plan_sentence(r, plan, lang));
    text
}

fn plan_sentence(r: &LikertResult, plan: &LikertPlan, lang: Lang) -> String {
    let target = r
        .bands
        .bands
        .iter()
        .find(|b| b.level == plan.target_level)
        .map_or("", |b| b.level_name.get(lang));
    if plan.status != PlanStatus::Planned {
        return match lang {
            Lang::Id => format!(
                "Tingkat target {} ({target}) sudah tercapai.",
                plan.target_level
            ),
            Lang::En => format!(
                "The target level {} ({target}) is reached.",
                plan.target_level
            ),
        };
    }
    let steps: Vec<String> = plan
        .steps
        .iter()
        .take(3)
        .map(|s| {
            let from = fmt_score(s.from, lang);
            let indicator = s.indicator.name.get(lang);
            match lang {
                Lang::Id => format!("{} {indicator} dari {from} ke {}", s.indicator.id, s.to),
                Lang::En => format!("{} {indicator} from {from} to {}", s.indicator.id, s.to),
            }
        })
        .collect();
    let more = plan.steps.len().saturating_sub(3);
    let tail = match (lang, more) {
        (_, 0) => String::new(),
        (Lang::Id, n) => format!(", dan {n} langkah lagi"),
        (Lang::En, n) => format!(", and {n} more steps"),
    };
    match lang {
        Lang::Id => format!(
            "Untuk mencapai tingkat target {} ({target}), langkah pertama rencana adalah menaikkan {}{tail}.",
            plan.target_level,
            steps.join("; ")
        ),
        Lang::En => format!(
            "To reach the target level {} ({target}), the plan first raises {}{tail}.",
            plan.target_level,
            steps.join("; ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LikertAnswer, StageAnswer};

    fn known() -> Assessment {
        let mut a = Assessment::default();
        a.profile.region = "Kota Palembang".into();
        for (instrument, value) in [(InstrumentId::Scv, 2.0), (InstrumentId::Ereadiness, 4.0)] {
            let answers = a.answers.likert_mut(instrument);
            let content = crate::content::likert(instrument);
            for (e, element) in content.elements.iter().enumerate() {
                for item in element.indicators.iter().flat_map(|i| i.items) {
                    // The first element a point higher: a strongest and a weakest.
                    let v = if e == 0 { value + 1.0 } else { value };
                    answers.insert(item.id.to_string(), LikertAnswer::Score(v));
                }
            }
        }
        for stage in crate::content::stages().stages {
            for c in stage.criteria {
                let yes = stage.number <= 2 || stage.number == 4;
                let answer = if yes {
                    StageAnswer::Yes
                } else {
                    StageAnswer::No
                };
                a.answers.stage.insert(c.id.to_string(), answer);
            }
        }
        a
    }

    #[test]
    fn the_narrative_of_a_known_result() {
        let a = known();
        let r = evaluate(&a);
        let id = narrative(&a, Lang::Id);
        assert_eq!(id.len(), 3, "complete: no provisional note");
        assert!(
            id[0].starts_with("Kota Palembang berada pada tahap 2 ("),
            "{}",
            id[0]
        );
        assert!(id[0].contains("Kriteria tahap 4 ("), "{}", id[0]);
        assert!(id[0].contains("Untuk mencapai tahap 3 ("), "{}", id[0]);
        let scv = &r.scv;
        let index = fmt_score(scv.index.unwrap(), Lang::Id);
        assert!(
            id[1].contains(&format!(
                "indeksnya {index} (tingkat {}",
                scv.band.unwrap().level
            )),
            "{}",
            id[1]
        );
        assert!(
            id[1].contains(&format!(
                "Elemen terkuat adalah {} (3,00)",
                scv.elements[0].element.name.id
            )),
            "{}",
            id[1]
        );
        let plan = plan_likert(&a, InstrumentId::Scv);
        let first = &plan.steps[0];
        assert!(
            id[1].contains(&format!(
                "{} {} dari 2,00 ke {}",
                first.indicator.id, first.indicator.name.id, first.to
            )),
            "{}",
            id[1]
        );
        let en = narrative(&a, Lang::En);
        assert!(
            en[0].starts_with("Kota Palembang is at stage 2 ("),
            "{}",
            en[0]
        );
        assert!(en[1].contains("The strongest element is"), "{}", en[1]);
        assert!(
            en[1].contains(&format!(
                "{} {} from 2.00 to {}",
                first.indicator.id, first.indicator.name.en, first.to
            )),
            "{}",
            en[1]
        );
    }

    #[test]
    fn an_empty_assessment_says_there_is_nothing_yet() {
        let a = Assessment::default();
        let id = narrative(&a, Lang::Id);
        assert!(
            id[0].starts_with("Daerah ini belum mencapai tahap 1"),
            "{}",
            id[0]
        );
        assert!(id[1].contains("belum ada skor"), "{}", id[1]);
        assert!(id.last().unwrap().contains("sementara"));
    }
}
