//! The answers by item, in questionnaire order: n, the mean, the count of each point,
//! decimals, N/A and blanks, and a stacked bar of the five points; then the criteria.

use yew::prelude::*;

use super::table_tools::TableTools;
use crate::i18n::{fmt_cents, panel, survey_words, t, Lang};
use crate::worker::survey_summary::ItemLine;
use crate::worker::SurveySummary;

pub fn table(summary: &SurveySummary, lang: Lang) -> Html {
    let p = panel(lang);
    html! {
        <details class="distribution" data-testid="survey-distribution">
            <summary>{ p.distribution }</summary>
            { tables(&summary.items, &summary.criteria, lang) }
            <TableTools lang={lang} table_id="table-distribution" />
        </details>
    }
}

/// The items' and criteria's tables, in one region (the printed report shows them open).
pub fn tables(items: &[ItemLine], criteria: &[(String, [u32; 3], u32)], lang: Lang) -> Html {
    let (s, p, w) = (t(lang), panel(lang), survey_words(lang));
    let heads = [
        w.col_n,
        w.col_mean,
        "1",
        "2",
        "3",
        "4",
        "5",
        w.col_decimal,
        p.col_na,
        p.col_blank,
    ];
    html! {
            <div id="table-distribution" class="table-wrap scrolls" tabindex="0" role="region" aria-label={p.distribution}>
                <table class="dist">
                    <thead><tr>
                        <th scope="col">{ p.col_item }</th>
                        { for heads.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }
                        <th scope="col">{ w.col_share }</th>
                    </tr></thead>
                    <tbody>{ for items.iter().map(|i| item_row(i, lang)) }</tbody>
                </table>
                if !criteria.is_empty() {
                    <table class="dist">
                        <thead><tr>
                            <th scope="col">{ p.col_item }</th>
                            { for [s.stage_yes, s.stage_partly, s.stage_no, p.col_blank].iter()
                                .map(|h| html! { <th scope="col">{ *h }</th> }) }
                        </tr></thead>
                        <tbody>
                            { for criteria.iter().map(|(id, counts, blank)| {
                                let mut cells = counts.to_vec();
                                cells.push(*blank);
                                html! {
                                    <tr data-item={id.clone()}>
                                        <th scope="row">{ id.clone() }</th>
                                        { for shaded(&cells) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }
            </div>
    }
}

fn item_row(item: &ItemLine, lang: Lang) -> Html {
    let n: u32 = item.counts.iter().sum::<u32>() + item.decimal;
    let mean = item
        .mean_cents
        .map_or("–".to_string(), |m| fmt_cents(m as u32, lang));
    let mut cells = item.counts.to_vec();
    cells.extend([item.decimal, item.not_applicable, item.blank]);
    html! {
        <tr data-item={item.id.clone()} data-mean={item.mean_cents.map(|m| m.to_string())}>
            <th scope="row">{ item.id.clone() }</th>
            <td>{ n.to_string() }</td>
            <td>{ mean }</td>
            { for shaded(&cells) }
            <td class="bar-cell">{ stacked_bar(&item.counts) }</td>
        </tr>
    }
}

/// Count cells, each shaded by its share of the row in tenths (`data-share`, drawn by
/// styles/panels.css: no inline style, which a strict Content-Security-Policy refuses).
fn shaded(counts: &[u32]) -> impl Iterator<Item = Html> + '_ {
    let total = counts.iter().sum::<u32>().max(1);
    counts.iter().map(move |n| {
        html! { <td data-share={(n * 10 / total).to_string()}>{ n.to_string() }</td> }
    })
}

/// The five points side by side, each as wide as its share: SVG geometry, not style.
fn stacked_bar(counts: &[u32; 5]) -> Html {
    let total = counts.iter().sum::<u32>();
    if total == 0 {
        return Html::default();
    }
    let mut x = 0.0;
    let parts = counts.iter().enumerate().map(|(i, n)| {
        let width = f64::from(*n) * 100.0 / f64::from(total);
        let rect = html! {
            <rect class={["point", &(i + 1).to_string()].concat()} x={format!("{x:.2}")} y="0"
                width={format!("{width:.2}")} height="10" />
        };
        x += width;
        rect
    });
    let label = counts
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{}: {n}", i + 1))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <svg class="stacked" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={label}>
            { for parts }
        </svg>
    }
}
