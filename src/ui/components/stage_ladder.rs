//! The UN five-stage ladder: the achieved stage (`data-testid=stage-achieved`), each
//! stage's status (achieved, met ahead of sequence, not met) and its coverage.

use yew::prelude::*;

use crate::chart::coord;
use crate::i18n::{fill, fmt_percent, t, Lang, Strings};
use crate::scoring::{StageResult, StageStatus};

pub fn stage_ladder(lang: Lang, stage: &StageResult) -> Html {
    let s = t(lang);
    let achieved_name = stage
        .stages
        .get(usize::from(stage.achieved).wrapping_sub(1))
        .map_or(s.stage_zero, |st| st.stage.name.get(lang));
    html! {
        <>
            <p class="stage-achieved">
                <span class="stage-achieved-label">{ s.stage_achieved_label }</span>
                <span class="stage-achieved-num" data-testid="stage-achieved"
                    data-value={stage.achieved.to_string()}>{ stage.achieved }</span>
                <span class="stage-achieved-name">{ achieved_name }</span>
            </p>
            <ol class="ladder" aria-label={s.ladder_label}>
                { for stage.stages.iter().map(|st| rung(s, stage, st, lang)) }
            </ol>
            { for stage.ahead.iter().map(|n| html! {
                <p class="ahead-note">{ fill(s.ahead_note, &[&n.to_string()]) }</p>
            }) }
        </>
    }
}

fn rung(s: &Strings, result: &StageResult, st: &StageStatus, lang: Lang) -> Html {
    let number = st.stage.number;
    let (state, status) = if number <= result.achieved {
        ("achieved", s.stage_status_achieved)
    } else if st.met {
        ("ahead", s.stage_status_ahead)
    } else {
        ("open", s.stage_status_not_met)
    };
    let cover = (st.coverage * 100.0).clamp(0.0, 100.0);
    let width = coord(cover);
    html! {
        <li class="rung" data-state={state} data-stage={number.to_string()}>
            <span class="rung-num" aria-hidden="true">{ number }</span>
            <span class="rung-body">
                <span class="rung-name">{ fill(s.stage_heading, &[&number.to_string(), st.stage.name.get(lang)]) }</span>
                <span class="rung-status">{ status }</span>
                <span class="rung-cover">
                    <svg class="cover-track" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true"><rect class="cover-fill" {width} height="1"></rect></svg>
                    <span class="cover-text">{ fill(s.coverage, &[&fmt_percent(cover, lang)]) }</span>
                </span>
            </span>
        </li>
    }
}
