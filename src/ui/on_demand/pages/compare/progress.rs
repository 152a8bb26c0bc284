//! Progress over time (issue 10 item 3): the same region or unit at several dates, as
//! `compare::trend` reads them: a line chart of the indices, each index's and element's
//! change from first to last, the most improved indicators, the areas of concern, and
//! the stage moves.

use yew::prelude::*;

use crate::chart::{coord, line_points};
use crate::compare::{ConcernKind, Measure};
use crate::i18n::{fill, fmt_score, CompareStrings, Lang};
use crate::model::InstrumentId;
use crate::state::views::Progress;

pub fn section(progress: &Progress, lang: Lang, w: &CompareStrings) -> Html {
    let trend = &progress.trend;
    html! {
        <section class="card" aria-labelledby="h-progress" data-testid="compare-progress">
            <h2 id="h-progress">{ w.progress_title }</h2>
            <p class="hint">{ w.progress_note }</p>
            { for trend.rejected.iter().map(|r| html! {
                <p class="hint">{ fill(w.left_out, &[&r.date, r.reason.message(lang)]) }</p>
            }) }
            { chart(progress, lang, w) }
            { changes(progress, lang, w) }
            <div class="compare-grid">
                <div>
                    <h3>{ w.improved_title }</h3>
                    <ol data-testid="compare-improved">
                        { for progress.improved.iter().map(|i| html! {
                            <li>{ fill(w.change_line, &[i.name.get(lang), &fmt_score(i.first, lang), &fmt_score(i.last, lang), &signed(i.change, lang)]) }</li>
                        }) }
                    </ol>
                    if progress.improved.is_empty() { <p class="hint">{ w.none }</p> }
                </div>
                <div>
                    <h3>{ w.concerns_title }</h3>
                    <ol data-testid="compare-concerns">
                        { for progress.concerns.iter().map(|c| {
                            let change = match c.kind {
                                ConcernKind::Declined => [&signed(c.change, lang), " ", w.declined].concat(),
                                ConcernKind::NotImproved => w.unchanged.to_string(),
                            };
                            html! { <li>{ fill(w.change_line, &[c.name.get(lang), &fmt_score(c.first, lang), &fmt_score(c.last, lang), &change]) }</li> }
                        }) }
                    </ol>
                    if progress.concerns.is_empty() { <p class="hint">{ w.none }</p> }
                </div>
                <div>
                    <h3>{ w.stage_moves_title }</h3>
                    <ul data-testid="compare-stage-moves">
                        { for trend.stage_moves.iter().map(|m| {
                            let stage = |s: Option<u8>| s.map_or("–".to_string(), |s| s.to_string());
                            html! { <li>{ fill(w.stage_move, &[&m.from_date, &m.to_date, &stage(m.from), &stage(m.to)]) }</li> }
                        }) }
                    </ul>
                </div>
            </div>
        </section>
    }
}

/// `+0,25` or `-0,40`: the sign says the direction in words too ("declined" beside it).
fn signed(change: f64, lang: Lang) -> String {
    let sign = if change >= 0.0 { "+" } else { "-" };
    let cents = (change.abs() * 100.0).round() as u32;
    [sign, &crate::i18n::fmt_cents(cents, lang)].concat()
}

/// Each instrument's index by date: one line per instrument, dates along the bottom.
fn chart(progress: &Progress, lang: Lang, w: &CompareStrings) -> Html {
    const LEFT: f64 = 40.0;
    const WIDTH: f64 = 340.0;
    const TOP: f64 = 10.0;
    const BOTTOM: f64 = 170.0;
    let trend = &progress.trend;
    let dates: Vec<String> = trend
        .comparison
        .columns
        .iter()
        .map(|c| c.label.clone())
        .collect();
    let lines = trend.series.iter().enumerate().map(|(at, series)| {
        let values: Vec<Option<f64>> = series.points.iter().map(|(_, v)| *v).collect();
        let points = line_points(&values, LEFT, WIDTH, TOP, BOTTOM);
        let path: Vec<String> = points.iter().flatten().map(|p| [coord(p.x), ",".into(), coord(p.y)].concat()).collect();
        let class = ["trend-line series-", &at.to_string()].concat();
        html! {
            <g class={class}>
                <polyline points={path.join(" ")} />
                { for points.iter().flatten().map(|p| html! { <circle cx={coord(p.x)} cy={coord(p.y)} r="3.5" /> }) }
            </g>
        }
    });
    let grid = (1..=5).map(|score| {
        let y = BOTTOM - (f64::from(score) - 1.0) / 4.0 * (BOTTOM - TOP);
        html! {
            <>
                <line class="trend-grid" x1={coord(LEFT)} x2={coord(LEFT + WIDTH)} y1={coord(y)} y2={coord(y)} />
                <text class="trend-axis" x={coord(LEFT - 8.0)} y={coord(y + 4.0)} text-anchor="end">{ score.to_string() }</text>
            </>
        }
    });
    let x_labels = line_points(&vec![Some(1.0); dates.len()], LEFT, WIDTH, TOP, BOTTOM)
        .into_iter()
        .zip(&dates)
        .filter_map(|(p, d)| p.map(|p| html! {
            <text class="trend-axis" x={coord(p.x)} y={coord(BOTTOM + 20.0)} text-anchor="middle">{ d.clone() }</text>
        }));
    let label = trend
        .series
        .iter()
        .map(|s| {
            let points: Vec<String> = s
                .points
                .iter()
                .map(|(d, v)| {
                    [
                        d.as_str(),
                        " ",
                        &v.map_or("–".to_string(), |v| fmt_score(v, lang)),
                    ]
                    .concat()
                })
                .collect();
            [
                instrument_name(s.instrument, lang),
                ": ",
                &points.join(", "),
            ]
            .concat()
        })
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <figure class="trend-chart">
            <figcaption>{ w.progress_chart }</figcaption>
            <svg viewBox="0 0 420 200" role="img" aria-label={label} data-testid="compare-trend-chart">
                { for grid }
                { for lines }
                { for x_labels }
            </svg>
            <ul class="legend">
                { for trend.series.iter().enumerate().map(|(at, s)| html! {
                    <li><span class={["swatch series-", &at.to_string()].concat()} aria-hidden="true"></span>{ instrument_name(s.instrument, lang) }</li>
                }) }
            </ul>
        </figure>
    }
}

fn instrument_name(instrument: InstrumentId, lang: Lang) -> &'static str {
    crate::content::likert(instrument).name.get(lang)
}

/// Each index and element: first, last, and the change between them.
fn changes(progress: &Progress, lang: Lang, w: &CompareStrings) -> Html {
    let trend = &progress.trend;
    let rows = trend
        .comparison
        .rows
        .iter()
        .zip(&trend.changes)
        .filter(|(row, _)| matches!(row.measure, Measure::Index(_) | Measure::Element { .. }));
    let shown = |v: Option<f64>| v.map_or("–".to_string(), |v| fmt_score(v, lang));
    html! {
        <div class="table-wrap scrolls" tabindex="0" role="region" aria-label={w.progress_title}>
            <table class="compare-table" data-testid="compare-changes">
                <thead><tr>
                    <th scope="col"></th>
                    <th scope="col">{ w.col_first }</th>
                    <th scope="col">{ w.col_last }</th>
                    <th scope="col">{ w.col_change }</th>
                </tr></thead>
                <tbody>
                    { for rows.map(|(row, change)| {
                        let class = if matches!(row.measure, Measure::Index(_)) { "row-index" } else { "row-element" };
                        html! {
                            <tr class={class}>
                                <th scope="row">{ row.name.get(lang) }</th>
                                <td>{ shown(change.first) }</td>
                                <td>{ shown(change.last) }</td>
                                <td data-change={change.overall.map(|c| format!("{c:.2}"))}>{ change.overall.map_or("–".to_string(), |c| signed(c, lang)) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
