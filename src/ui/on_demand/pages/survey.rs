//! A survey aggregated from a CSV file, as the tools worker summarised it: respondents,
//! skipped rows with their reasons, ignored columns, items with no column, each item's
//! answers, and the ways to use the result. Every text from the file is a text node; the
//! worker has already cut long lists to `worker::protocol::LIST_LIMIT` and counted the rest.

use yew::prelude::*;

use super::Ctx;
use crate::i18n::{fill, panel, t, PanelStrings};
use crate::state::views::ViewsAction;
use crate::worker::SurveySummary;

pub fn survey_summary(summary: &SurveySummary, ctx: &Ctx) -> Html {
    let (s, p) = (t(ctx.lang), panel(ctx.lang));
    let n = summary.respondents.to_string();
    let code = summary.code.clone();
    let use_it = {
        let (code, on_action) = (code.clone(), ctx.on_action.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(ViewsAction::Adopt(code.clone())))
    };
    let items = summary.items.iter().map(|(id, counts, na, blank)| {
        let mut row = counts.to_vec();
        row.extend([*na, *blank]);
        (id.as_str(), row)
    });
    let criteria = summary.criteria.iter().map(|(id, counts, blank)| {
        let mut row = counts.to_vec();
        row.push(*blank);
        (id.as_str(), row)
    });
    let mut ignored = summary.ignored_columns.join(", ");
    if summary.ignored_omitted > 0 {
        ignored.push_str(&fill(p.and_more, &[&summary.ignored_omitted.to_string()]));
    }
    html! {
        <div class="survey" data-testid="survey-summary">
            <p><strong data-testid="survey-respondents" data-value={n.clone()}>{ fill(p.respondents, &[&n]) }</strong></p>
            { problems(summary, p) }
            if !summary.ignored_columns.is_empty() {
                <p data-testid="survey-ignored">{ fill(p.ignored_columns, &[&ignored]) }</p>
            }
            if !summary.missing_ids.is_empty() {
                <p data-testid="survey-missing">{ fill(p.missing_ids, &[&summary.missing_ids.join(", ")]) }</p>
            }
            <details class="distribution" data-testid="survey-distribution">
                <summary>{ p.distribution }</summary>
                { table(p, &["1", "2", "3", "4", "5", p.col_na, p.col_blank], items) }
                { table(p, &[s.stage_yes, s.stage_partly, s.stage_no, p.col_blank], criteria) }
            </details>
            <div class="actions">
                <button type="button" class="button button-primary" data-testid="survey-use" onclick={use_it}>{ p.use_survey }</button>
                <a class="button" href={["#/r/", &code].concat()} data-testid="survey-view">{ p.view_survey }</a>
            </div>
        </div>
    }
}

fn problems(summary: &SurveySummary, p: &PanelStrings) -> Html {
    if summary.problems.is_empty() {
        return Html::default();
    }
    let more = summary.problems_omitted;
    html! {
        <>
            <h3>{ p.skipped_rows }</h3>
            <ul data-testid="survey-problems">
                { for summary.problems.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                if more > 0 { <li>{ fill(p.more_rows, &[&more.to_string()]) }</li> }
            </ul>
        </>
    }
}

/// Counts per id under the given heads; each cell shaded by its share of the row, in
/// tenths (`data-share`, drawn by styles/panels.css: no inline style, which a strict
/// Content-Security-Policy refuses).
fn table<'a>(
    p: &PanelStrings,
    heads: &[&'static str],
    rows: impl Iterator<Item = (&'a str, Vec<u32>)>,
) -> Html {
    let rows: Vec<Html> = rows
        .map(|(id, counts)| {
            let total = counts.iter().sum::<u32>().max(1);
            html! {
                <tr data-item={id.to_string()}>
                    <th scope="row">{ id.to_string() }</th>
                    { for counts.iter().map(|n| html! {
                        <td data-share={(n * 10 / total).to_string()}>{ n.to_string() }</td>
                    }) }
                </tr>
            }
        })
        .collect();
    if rows.is_empty() {
        return Html::default();
    }
    html! {
        // A scroll region a keyboard can reach (and a screen reader names), with a shadow
        // at the edge that hides columns (styles/panels.css).
        <div class="table-wrap scrolls" tabindex="0" role="region" aria-label={p.distribution}>
            <table class="dist">
                <thead><tr>
                    <th scope="col">{ p.col_item }</th>
                    { for heads.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }
                </tr></thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}
