//! The survey sheet of a survey's printed report: how many answered and how, item by
//! item, from the link's survey block (`share::decode_with_survey`). A block that does
//! not read is said, never skipped in silence.

use yew::prelude::*;

use super::distribution::tables;
use crate::i18n::{fill, panel, survey_words, Lang};
use crate::model::LikertAnswer;
use crate::share::{decode_with_survey, SurveyDigest};
use crate::worker::survey_summary::ItemLine;

/// The sheet for the report of the link `code`; nothing when the link has no survey.
pub fn survey_sheet(code: &str, lang: Lang) -> Html {
    let w = survey_words(lang);
    let (assessment, digest) = match decode_with_survey(code) {
        Ok((a, Some(digest))) => (a, digest),
        Ok((_, None)) => return Html::default(),
        Err(e) => {
            return html! {
                <section class="sheet survey-sheet">
                    <p class="alert" role="alert" data-testid="survey-sheet-error">{ e.message(lang) }</p>
                </section>
            }
        }
    };
    let mean = |id: &str| {
        let likert = [&assessment.answers.scv, &assessment.answers.ereadiness];
        likert.iter().find_map(|answers| match answers.get(id) {
            Some(LikertAnswer::Score(v)) => Some((v * 100.0).round() as u64),
            _ => None,
        })
    };
    let n = digest.respondents;
    let items: Vec<ItemLine> = digest
        .items
        .iter()
        .map(|i| ItemLine {
            id: i.id.clone(),
            counts: i.counts,
            decimal: i.decimal,
            not_applicable: i.not_applicable,
            blank: i.blank(n),
            mean_cents: mean(&i.id),
        })
        .collect();
    let criteria = criteria(&digest);
    html! {
        <section class="sheet survey-sheet" data-testid="survey-sheet" data-respondents={n.to_string()}>
            <h2>{ w.report_survey_title }</h2>
            <p>{ fill(panel(lang).respondents, &[&n.to_string()]) }</p>
            { tables(&items, &criteria, lang) }
        </section>
    }
}

fn criteria(digest: &SurveyDigest) -> Vec<(String, [u32; 3], u32)> {
    let n = digest.respondents;
    digest
        .criteria
        .iter()
        .map(|c| (c.id.clone(), [c.yes, c.partly, c.no], c.blank(n)))
        .collect()
}
