//! "Rencana & narasi" (`#/plan`): for each Likert instrument the plan to its target
//! (`crate::plan`), whose planned scores the user may change to see the level they give;
//! the stage's next criteria; and the narrative of the result (`crate::narrative`), with
//! a copy button. The page computes nothing itself: it shows what the core returns.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::{card, notice_in, Ctx};
use crate::content;
use crate::i18n::{fill, fmt_cents, fmt_score, panel, t, PanelStrings};
use crate::model::InstrumentId;
use crate::narrative::narrative;
use crate::plan::{at_level, choices, outcome, plan_likert, with_edits, PlanStatus, PlanStep};
use crate::state::views::{Notice, NoticeKind, Slot, ViewsAction};
use crate::ui::browser::dom;

pub fn plan_page(ctx: &Ctx) -> Html {
    let (s, p) = (t(ctx.lang), panel(ctx.lang));
    html! {
        <div class="page page-narrow plan-page" data-testid="plan">
            <h1 tabindex="-1">{ s.plan_title }</h1>
            <p class="lead">{ p.plan_intro }</p>
            { for InstrumentId::ALL.into_iter().map(|id| instrument_card(ctx, p, id)) }
            { stage_card(ctx, p) }
            { narrative_card(ctx, p) }
        </div>
    }
}

fn instrument_card(ctx: &Ctx, p: &'static PanelStrings, id: InstrumentId) -> Html {
    let lang = ctx.lang;
    let now = ctx.result.likert(id);
    let plan = plan_likert(ctx.assessment, id);
    let key = ["plan-", id.key()].concat();
    let title = now.instrument.name.get(lang);
    let body = match plan.status {
        PlanStatus::NoScore => html! { <p data-testid="plan-status">{ p.plan_no_score }</p> },
        PlanStatus::AtTarget => html! { <p data-testid="plan-status">{ p.plan_at_target }</p> },
        PlanStatus::Planned => {
            let edits: Vec<(&str, u8)> = ctx
                .state
                .plan_edits
                .iter()
                .filter(|(i, _, _)| *i == id)
                .map(|(_, indicator, to)| (indicator.as_str(), *to))
                .collect();
            let steps = with_edits(&plan, &edits);
            let then = outcome(ctx.assessment, id, &steps, plan.target_level);
            let reaches = at_level(&then, plan.target_level);
            let gives = match (then.index, then.band) {
                (Some(i), Some(b)) => fill(
                    p.plan_gives,
                    &[
                        &fmt_score(i, lang),
                        &b.level.to_string(),
                        b.level_name.get(lang),
                    ],
                ),
                _ => String::new(),
            };
            html! {
                <>
                    { steps_table(ctx, p, id, &plan.steps, &steps) }
                    <p class="plan-outcome" data-testid="plan-outcome" data-reaches={reaches.to_string()}>
                        { gives }{ " " }<strong>{ if reaches { p.plan_reaches } else { p.plan_short } }</strong>
                    </p>
                </>
            }
        }
    };
    let head = match (now.index, now.band) {
        (Some(i), Some(b)) => fill(
            p.plan_now,
            &[
                &fmt_score(i, lang),
                &b.level.to_string(),
                b.level_name.get(lang),
            ],
        ),
        _ => String::new(),
    };
    let target = now
        .bands
        .bands
        .iter()
        .find(|b| b.level == plan.target_level);
    let target = target.map_or(String::new(), |b| {
        fill(
            p.plan_target,
            &[
                &b.level.to_string(),
                b.level_name.get(lang),
                &fmt_cents(b.lower_cents, lang),
            ],
        )
    });
    let note = [head, " ".into(), target].concat();
    card(&key, title, note.trim(), body)
}

/// The planned steps: each indicator, its score now, a select of the scores it may be
/// planned to (the computed one chosen until the user changes it), and what to do.
fn steps_table(
    ctx: &Ctx,
    p: &'static PanelStrings,
    id: InstrumentId,
    computed: &[PlanStep],
    planned: &[PlanStep],
) -> Html {
    let lang = ctx.lang;
    let rows = computed.iter().map(|step| {
        let chosen = planned
            .iter()
            .find(|s| s.indicator.id == step.indicator.id)
            .map_or(0, |s| s.to);
        let indicator = step.indicator.id;
        let on_action = ctx.on_action.clone();
        let onchange = Callback::from(move |e: Event| {
            let to = e
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|el| el.value().parse::<u8>().ok());
            if let Some(to) = to {
                on_action.emit(ViewsAction::PlanTo(id, indicator.to_string(), to));
            }
        });
        let advice = content::recommendations(indicator)
            .first()
            .map_or("", |r| r.text.get(lang));
        let label = [indicator, " ", step.indicator.name.get(lang)].concat();
        let select_id = ["plan-to-", indicator].concat();
        html! {
            <tr data-indicator={indicator}>
                <th scope="row" data-label={p.col_indicator}>{ label.clone() }</th>
                <td data-label={p.col_from}>{ fmt_score(step.from, lang) }</td>
                <td data-label={p.col_to}>
                    <select id={select_id} aria-label={[p.col_to, ": ", &label].concat()} data-testid="plan-to" {onchange}>
                        { for choices(step.from).map(|v| html! {
                            <option value={v.to_string()} selected={v == chosen}>{ v.to_string() }</option>
                        }) }
                    </select>
                </td>
                <td data-label={p.col_recommendation}>{ advice }</td>
            </tr>
        }
    });
    html! {
        <div class="table-wrap">
            <table class="stack plan-steps" data-testid="plan-steps">
                <thead><tr>
                    <th scope="col">{ p.col_indicator }</th>
                    <th scope="col">{ p.col_from }</th>
                    <th scope="col">{ p.col_to }</th>
                    <th scope="col">{ p.col_recommendation }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

fn stage_card(ctx: &Ctx, p: &'static PanelStrings) -> Html {
    let lang = ctx.lang;
    let stage = &ctx.result.stage;
    let body = match stage.next_stage() {
        None => html! { <p>{ p.plan_stage_done }</p> },
        Some(next) => html! {
            <>
                <p>{ fill(p.plan_stage_next, &[&next.number.to_string(), next.name.get(lang)]) }</p>
                <ul data-testid="plan-stage">
                    { for stage.next_gap.iter().map(|c| {
                        let advice = content::recommendations(c.id).first().map_or("", |r| r.text.get(lang));
                        html! { <li data-criterion={c.id}><strong>{ c.id }</strong>{ " " }{ c.statement.get(lang) }<br />{ advice }</li> }
                    }) }
                </ul>
            </>
        },
    };
    card("plan-stage", stage.instrument.name.get(lang), "", body)
}

fn narrative_card(ctx: &Ctx, p: &'static PanelStrings) -> Html {
    let paragraphs = narrative(ctx.assessment, ctx.lang);
    let text = paragraphs.join("\n\n");
    let lang = ctx.lang;
    let copy = {
        let (text, on_action) = (text.clone(), ctx.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            dom::select_contents("narrative-text");
            let on_action = on_action.clone();
            dom::copy_text(&text, move |ok| {
                let p = panel(lang);
                let text = if ok {
                    p.narrative_copied
                } else {
                    p.narrative_copy_manual
                }
                .into();
                let notice = Notice {
                    slot: Slot::Narrative,
                    kind: NoticeKind::Done,
                    text,
                };
                on_action.emit(ViewsAction::Notice(Some(notice)));
            });
        })
    };
    let body = html! {
        <>
            <div id="narrative-text" class="narrative" data-testid="narrative" lang={lang.code()}>
                { for paragraphs.iter().map(|para| html! { <p>{ para.clone() }</p> }) }
            </div>
            <div class="actions">
                <button type="button" class="button button-primary" data-testid="narrative-copy" onclick={copy}>{ p.narrative_copy }</button>
            </div>
            { notice_in(ctx.state, Slot::Narrative, lang) }
        </>
    };
    card("narrative", p.narrative_title, p.narrative_note, body)
}
