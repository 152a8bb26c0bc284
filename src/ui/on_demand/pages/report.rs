//! The printable report (`#/report`): an A4 page flow for the browser's "Save as PDF".
//! The cover (profile, each instrument's index, level and predicate, the stage, a QR
//! code back to the result link), then the results dashboard itself, then the method in
//! brief, then the annex of supporting evidence (`evidence_annex`). The print rules are
//! in styles/panels.css (`@media print`, page breaks); on screen the page looks like paper.

use yew::prelude::*;

use super::evidence_annex::evidence_annex;
use super::{survey_sheet, Ctx};
use crate::content;
use crate::i18n::{fill, fmt_date, fmt_score, panel, t, Lang, Strings};
use crate::model::{InstrumentId, Profile, RegionType};
use crate::narrative::narrative;
use crate::plan::{plan_likert, PlanStatus};
use crate::route::Route;
use crate::scoring::AssessmentResult;
use crate::share;
use crate::state::overall_progress;
use crate::ui::browser::dom;
use crate::ui::components::{qr_code, results_page, target_note, Page};

pub fn report_page(ctx: &Ctx) -> Html {
    let s = t(ctx.lang);
    let shared = match ctx.state.request.as_ref().map(|r| &r.route) {
        Some(Route::SharedReport(code)) => Some(code.as_str()),
        _ => None,
    };
    // A shared report links back to its own code: a survey's keeps its counts.
    let code = shared.map_or_else(|| share::encode(ctx.assessment), str::to_string);
    let link = dom::result_link(&code);
    // The dashboard is read-only here: nothing on paper can be changed.
    let (no_action, no_jump) = (Callback::noop(), Callback::noop());
    let page = Page {
        lang: ctx.lang,
        assessment: ctx.assessment,
        result: ctx.result,
        on_action: &no_action,
        on_jump: &no_jump,
        guidance: ctx.guidance,
        readonly: true,
    };
    // Back to the result this report is of: a shared one, or the user's own.
    let back = shared.map_or_else(|| "#/results".to_string(), |code| ["#/r/", code].concat());
    html! {
        <div class="report" data-testid="report">
            <div class="toolbar report-tools">
                <button type="button" class="button button-primary" data-testid="print"
                    onclick={|_| dom::print()}>{ s.print }</button>
                <a class="button button-quiet" href={back}>{ s.nav_results }</a>
            </div>
            { cover(ctx, &link) }
            { results_page(&page, Html::default()) }
            { dimensions_sheet(ctx) }
            if let Some(code) = shared { { survey_sheet(code, ctx.lang) } }
            { plan_and_narrative(ctx) }
            { method_in_brief(ctx.lang) }
            { evidence_annex(ctx.assessment, ctx.lang, shared.is_some(), if shared.is_some() { &[] } else { &ctx.state.websites.rows }) }
        </div>
    }
}

/// The e-readiness indicators regrouped along the South Sumatra study's three dimensions
/// (`scoring::dimensions`), each with its score, level and predicate and the study's words.
fn dimensions_sheet(ctx: &Ctx) -> Html {
    let (p, lang) = (panel(ctx.lang), ctx.lang);
    let dims = crate::scoring::dimensions(&ctx.result.ereadiness);
    html! {
        <section class="sheet dimensions-sheet" data-testid="report-dimensions">
            <h2>{ p.dimensions_title }</h2>
            <p class="hint">{ p.dimensions_note }</p>
            <div class="table-wrap">
                <table class="stack">
                    <thead><tr>
                        <th scope="col">{ p.col_dimension }</th>
                        <th scope="col">{ p.col_indicators }</th>
                        <th scope="col">{ p.col_score }</th>
                        <th scope="col">{ t(lang).level_label }</th>
                        <th scope="col">{ p.col_basis }</th>
                    </tr></thead>
                    <tbody>
                        { for dims.iter().map(|d| html! {
                            <tr data-dimension={d.dimension.key} data-score={d.score.map(crate::i18n::score_dot)}>
                                <th scope="row">{ d.dimension.name.get(lang) }</th>
                                <td data-label={p.col_indicators}>{ d.dimension.indicators.join(", ") }</td>
                                <td data-label={p.col_score}>{ d.score.map_or("–".to_string(), |s| fmt_score(s, lang)) }</td>
                                <td data-label={t(lang).level_label}>{ d.band.map_or("–".to_string(), |b| [b.level.to_string().as_str(), " · ", b.predicate.get(lang)].concat()) }</td>
                                <td data-label={p.col_basis}>{ d.dimension.basis.get(lang) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn cover(ctx: &Ctx, link: &str) -> Html {
    let (s, p, lang) = (t(ctx.lang), panel(ctx.lang), ctx.lang);
    let open = overall_progress(ctx.assessment).unanswered().to_string();
    html! {
        <section class="sheet cover">
            <p class="eyebrow">{ s.app_name }{ " · " }{ s.tagline }</p>
            <p class="cover-title">{ s.report_title }</p>
            { profile(s, &ctx.assessment.profile, lang) }
            { summary(s, p.col_instrument, ctx.result, lang) }
            if ctx.result.provisional() {
                <p class="notice notice-info">{ fill(s.provisional, &[&open]) }</p>
            }
            <figure class="report-qr" data-testid="report-qr">
                { qr_code(link, p.qr_label, "report-qr-code") }
                <figcaption>{ p.report_scan }<span class="link-text">{ link.to_string() }</span></figcaption>
            </figure>
        </section>
    }
}

/// Who was assessed, each field as text (whatever a link put there), a dash when empty.
fn profile(s: &Strings, pr: &Profile, lang: Lang) -> Html {
    let region_type = pr.region_type.map_or("", |rt| match rt {
        RegionType::Province => s.region_province,
        RegionType::Regency => s.region_regency,
        RegionType::City => s.region_city,
        RegionType::Other => s.region_other,
    });
    let date = fmt_date(&pr.date, lang);
    let fields = [
        (s.field_region, pr.region.as_str()),
        (s.field_region_type, region_type),
        (s.field_unit, &pr.unit),
        (s.field_assessor, &pr.assessor),
        (s.field_date, &date),
    ];
    html! {
        <dl class="cover-profile" data-testid="report-profile">
            { for fields.into_iter().map(|(label, value)| {
                let value = if value.trim().is_empty() { s.no_value } else { value };
                html! { <div><dt>{ label }</dt><dd>{ value.to_string() }</dd></div> }
            }) }
        </dl>
    }
}

/// Index, level and predicate per instrument, then the achieved stage.
fn summary(
    s: &Strings,
    instrument_head: &'static str,
    result: &AssessmentResult,
    lang: Lang,
) -> Html {
    let rows = InstrumentId::ALL.map(|id| {
        let r = result.likert(id);
        let index = r
            .index
            .map_or(s.no_value.to_string(), |v| fmt_score(v, lang));
        let (level, predicate) = r.band.map_or((s.no_value.to_string(), s.no_value), |b| {
            (
                [&b.level.to_string(), " · ", b.level_name.get(lang)].concat(),
                b.predicate.get(lang),
            )
        });
        html! {
            <tr>
                <th scope="row">{ r.instrument.name.get(lang) }</th>
                <td data-label={s.index_label}>{ index }</td>
                <td data-label={s.level_label}>{ level }</td>
                <td data-label={s.predicate_label}>{ predicate }</td>
            </tr>
        }
    });
    let stage = &result.stage;
    let achieved = stage
        .stages
        .get(usize::from(stage.achieved).wrapping_sub(1))
        .map_or(s.stage_zero, |st| st.stage.name.get(lang));
    let stage_text = [
        s.stage_achieved_label,
        ": ",
        &stage.achieved.to_string(),
        " · ",
        achieved,
    ]
    .concat();
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={instrument_head}>
            <table class="report-summary stack" data-testid="report-summary">
                <thead><tr>
                    <th scope="col">{ instrument_head }</th>
                    <th scope="col">{ s.index_label }</th>
                    <th scope="col">{ s.level_label }</th>
                    <th scope="col">{ s.predicate_label }</th>
                </tr></thead>
                <tbody>
                    { for rows }
                    <tr>
                        <th scope="row">{ content::stages().name.get(lang) }</th>
                        <td colspan="3">{ stage_text }</td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

/// The plan to each target (its steps and what to do) and the narrative, on one sheet.
fn plan_and_narrative(ctx: &Ctx) -> Html {
    let (s, p, lang) = (t(ctx.lang), panel(ctx.lang), ctx.lang);
    let instruments = InstrumentId::ALL.map(|id| {
        let plan = plan_likert(ctx.assessment, id);
        let r = ctx.result.likert(id);
        let note = target_note(lang, r).unwrap_or_default();
        let body = match plan.status {
            PlanStatus::NoScore => html! { <p>{ p.plan_no_score }</p> },
            PlanStatus::AtTarget => html! { <p>{ p.plan_at_target }</p> },
            PlanStatus::Planned => html! {
                <ol class="report-plan" data-testid="report-plan">
                    { for plan.steps.iter().map(|step| {
                        let advice = content::recommendations(step.indicator.id).first().map_or("", |r| r.text.get(lang));
                        let head = [step.indicator.id, " ", step.indicator.name.get(lang), ": ", &fmt_score(step.from, lang), " → ", &step.to.to_string()].concat();
                        html! { <li><strong>{ head }</strong><br />{ advice }</li> }
                    }) }
                </ol>
            },
        };
        html! {
            <>
                <h3>{ r.instrument.name.get(lang) }</h3>
                <p class="hint">{ note }</p>
                { body }
            </>
        }
    });
    html! {
        <section class="sheet" data-testid="report-plan-sheet">
            <h2>{ s.plan_title }</h2>
            { for instruments }
            <h3>{ p.narrative_title }</h3>
            <div class="narrative" data-testid="report-narrative">
                { for narrative(ctx.assessment, lang).into_iter().map(|para| html! { <p>{ para }</p> }) }
            </div>
        </section>
    }
}

fn method_in_brief(lang: Lang) -> Html {
    let (s, p) = (t(lang), panel(lang));
    let rules = [
        p.method_scale,
        p.method_formula_indicator,
        p.method_formula_element,
        p.method_formula_index,
        p.method_formula_percent,
        p.method_rounding,
        p.method_gap,
        p.method_stage,
        p.method_nodata,
    ];
    html! {
        <section class="sheet">
            <h2>{ s.method_title }</h2>
            <ul>{ for rules.iter().map(|r| html! { <li>{ *r }</li> }) }</ul>
        </section>
    }
}
