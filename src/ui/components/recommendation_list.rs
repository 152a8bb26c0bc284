//! Recommendations, in the order the core gives them: Likert gaps by priority
//! (`data-testid=recommendation`, `data-indicator`), and the next stage's open criteria
//! (`data-testid=stage-recommendation`, `data-criterion`). Each names its basis.

use crate::model::ItemMap;

use yew::prelude::*;

use crate::i18n::{fill, fmt_cents, fmt_score, score_cents, t, Lang, Strings};
use crate::model::StageAnswer;
use crate::scoring::{LikertResult, StageResult};
use crate::state::GuidanceStatus;

pub fn likert_recommendations(
    lang: Lang,
    result: &LikertResult,
    guidance: &GuidanceStatus,
) -> Html {
    let s = t(lang);
    if result.recommendations.is_empty() {
        return html! { <p class="recs-none">{ s.recs_none }</p> };
    }
    let items = result.recommendations.iter().map(|r| {
        let gap = fmt_cents(score_cents(r.gap), lang);
        html! {
            <li class="rec" data-testid="recommendation" data-indicator={r.indicator.id}>
                <p class="rec-head">
                    <span class="rec-id">{ r.indicator.id }</span>
                    <strong>{ r.indicator.name.get(lang) }</strong>
                    <span class="rec-element">{ r.element.name.get(lang) }</span>
                </p>
                <p class="rec-gap">{ fill(s.rec_score_gap, &[&fmt_score(r.score, lang), &gap]) }</p>
                { actions(s, guidance, r.indicator.id, lang) }
            </li>
        }
    });
    html! { <ol class="recs">{ for items }</ol> }
}

pub fn stage_recommendations(
    lang: Lang,
    stage: &StageResult,
    answers: &ItemMap<StageAnswer>,
    guidance: &GuidanceStatus,
) -> Html {
    let s = t(lang);
    let Some(next) = stage.next_stage() else {
        return html! { <p class="recs-none">{ s.next_stage_none }</p> };
    };
    let title = [next.number.to_string().as_str(), " ", next.name.get(lang)].concat();
    let items = stage.next_gap.iter().map(|c| {
        let answer = match answers.get(c.id) {
            Some(StageAnswer::Yes) => s.stage_yes,
            Some(StageAnswer::Partly) => s.stage_partly,
            Some(StageAnswer::No) => s.stage_no,
            None => s.criterion_unanswered,
        };
        html! {
            <li class="rec" data-testid="stage-recommendation" data-criterion={c.id}>
                <p class="rec-head"><span class="rec-id">{ c.id }</span><strong>{ c.statement.get(lang) }</strong></p>
                <p class="rec-gap">{ fill(s.criterion_answer, &[answer]) }</p>
                { actions(s, guidance, c.id, lang) }
            </li>
        }
    });
    html! {
        <>
            <h3>{ fill(s.next_stage_title, &[&title]) }</h3>
            <ul class="recs">{ for items }</ul>
        </>
    }
}

/// The concrete actions for `id`, each with the regulation, programme or finding behind
/// it; while the guidance file is on its way, or when it could not be fetched, a line
/// saying so.
fn actions(s: &Strings, guidance: &GuidanceStatus, id: &str, lang: Lang) -> Html {
    let recs = match guidance {
        GuidanceStatus::Ready(g) => g.recommendations(id),
        GuidanceStatus::Failed => return html! { <p class="hint">{ s.tools_failed }</p> },
        _ => return html! { <p class="hint">{ s.working }</p> },
    };
    html! {
        <ul class="rec-actions">
            { for recs.iter().map(|r| html! {
                <li>
                    { r.text.get(lang) }
                    <span class="basis">{ fill(s.basis_label, &[r.basis.get(lang)]) }</span>
                </li>
            }) }
        </ul>
    }
}
