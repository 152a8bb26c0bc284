//! The comparison table: one column per assessment, one row per index (with its level
//! and predicate), element, indicator and the stage; the highest and lowest value of a
//! row marked, in words for a screen reader and a printout, not by colour alone.

use yew::prelude::*;

use super::super::Ctx;
use crate::compare::{Column, Measure, Row};
use crate::i18n::{fmt_score, CompareStrings, Lang};
use crate::model::InstrumentId;
use crate::state::views::{Compared, ViewsAction};

pub fn table(compared: &Compared, ctx: &Ctx, w: &CompareStrings) -> Html {
    let columns = &compared.comparison.columns;
    let lang = ctx.lang;
    let heads = columns.iter().enumerate().map(|(at, column)| {
        let remove = {
            let on_action = ctx.on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(ViewsAction::CompareRemove(at)))
        };
        html! {
            <th scope="col" data-column={at.to_string()}>
                <bdi>{ column.label.clone() }</bdi>
                <button type="button" class="button button-quiet compare-remove" onclick={remove}
                    data-testid="compare-remove" aria-label={[w.remove, " ", &column.label].concat()}>{ w.remove }</button>
            </th>
        }
    });
    let rows = compared.comparison.rows.iter().flat_map(|row| {
        let mut out = vec![value_row(row, lang, w)];
        if let Measure::Index(instrument) = row.measure {
            out.push(band_row(columns, instrument, lang, w.level, |c, _| {
                c.likert(instrument).level.map(|l| l.to_string())
            }));
            out.push(band_row(
                columns,
                instrument,
                lang,
                w.predicate,
                |c, lang| {
                    c.likert(instrument)
                        .predicate
                        .map(|p| p.get(lang).to_string())
                },
            ));
        }
        out
    });
    html! {
        <section class="card" aria-labelledby="h-compare-table">
            <h2 id="h-compare-table">{ w.table_title }</h2>
            <div class="table-wrap scrolls" tabindex="0" role="region" aria-label={w.table_title}>
                <table class="compare-table" data-testid="compare-table">
                    <thead><tr><th scope="col"></th>{ for heads }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}

fn value_row(row: &Row, lang: Lang, w: &CompareStrings) -> Html {
    let (kind, key) = match row.measure {
        Measure::Index(i) => ("row-index", i.key().to_string()),
        Measure::Element { key, .. } => ("row-element", key.to_string()),
        Measure::Indicator { id, .. } => ("row-indicator", id.to_string()),
        Measure::Stage => ("row-stage", "stage".to_string()),
    };
    let cells = row.values.iter().enumerate().map(|(at, value)| {
        let text = match (value, row.measure) {
            (None, _) => "–".to_string(),
            (Some(v), Measure::Stage) => format!("{v:.0}"),
            (Some(v), _) => fmt_score(*v, lang),
        };
        let (class, mark) = if row.is_best(at) {
            ("best", Some(w.best))
        } else if row.is_weakest(at) {
            ("weakest", Some(w.weakest))
        } else {
            ("", None)
        };
        html! {
            <td class={class} data-mark={(!class.is_empty()).then_some(class)}>
                { text }
                if let Some(mark) = mark { <span class="mark">{ " (" }{ mark }{ ")" }</span> }
            </td>
        }
    });
    html! {
        <tr class={kind} data-row={key}>
            <th scope="row">{ row.name.get(lang) }</th>
            { for cells }
        </tr>
    }
}

/// A row of each column's level or predicate under an instrument's index.
fn band_row(
    columns: &[Column],
    instrument: InstrumentId,
    lang: Lang,
    name: &'static str,
    value: impl Fn(&Column, Lang) -> Option<String>,
) -> Html {
    html! {
        <tr class="row-band" data-row={[instrument.key(), "-", name].concat()}>
            <th scope="row">{ name }</th>
            { for columns.iter().map(|c| html! { <td>{ value(c, lang).unwrap_or_else(|| "–".to_string()) }</td> }) }
        </tr>
    }
}
