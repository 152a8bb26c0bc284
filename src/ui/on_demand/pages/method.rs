//! "Metodologi" (`#/method`): the formulas, weights, bands, rounding, stage rule, "no
//! data" and provisional results, in plain words, with every source. Weights, bands and
//! sources are read from the content, so the page cannot drift from what the core
//! computes.

use yew::prelude::*;

use super::Ctx;
use crate::content;
use crate::i18n::{fill, fmt_cents, fmt_percent, panel, t, Lang, PanelStrings};
use crate::model::{InstrumentId, Text};

pub fn method_page(ctx: &Ctx) -> Html {
    let (s, p, lang) = (t(ctx.lang), panel(ctx.lang), ctx.lang);
    let formulas = [
        p.method_formula_indicator,
        p.method_formula_element,
        p.method_formula_index,
        p.method_formula_percent,
    ];
    html! {
        <div class="page page-narrow method" data-testid="method">
            <h1 tabindex="-1">{ s.method_title }</h1>
            <p class="lead">{ p.method_intro }</p>
            { section(p.method_instruments, instruments(lang)) }
            { section(p.method_scale_title, html! { <p>{ p.method_scale }</p> }) }
            { section(p.method_formula_title, list(formulas.iter().map(|f| html! { { *f } }))) }
            { section(p.method_weights_title, weights(p, lang)) }
            { section(p.method_bands_title, html! { <>{ bands(p, lang) }<p>{ p.method_rounding }</p></> }) }
            { section(p.method_gap_title, html! { <p>{ p.method_gap }</p> }) }
            { section(p.method_stage_title, stages(p, lang)) }
            { section(p.method_nodata_title, html! { <p>{ p.method_nodata }</p> }) }
            { section(p.method_sources_title, sources(p, lang)) }
        </div>
    }
}

fn section(title: &'static str, body: Html) -> Html {
    html! { <section><h2>{ title }</h2>{ body }</section> }
}

fn list(items: impl Iterator<Item = Html>) -> Html {
    html! { <ul>{ for items.map(|i| html! { <li>{ i }</li> }) }</ul> }
}

/// A name in bold, then its text.
fn named(name: String, text: String) -> Html {
    html! { <><strong>{ name }</strong>{ text }</> }
}

fn instruments(lang: Lang) -> Html {
    let stage = content::stages();
    let all: Vec<(Text, Text)> = InstrumentId::ALL
        .map(content::likert)
        .map(|i| (i.name, i.source))
        .into_iter()
        .chain([(stage.name, stage.source)])
        .collect();
    list(all.into_iter().map(|(name, source)| {
        named(
            name.get(lang).to_string(),
            [". ", source.get(lang)].concat(),
        )
    }))
}

fn weights(p: &PanelStrings, lang: Lang) -> Html {
    let weight =
        |name: &str, w: f64| fill(p.method_weight_of, &[name, &fmt_percent(w * 100.0, lang)]);
    let instruments = InstrumentId::ALL.map(content::likert).map(|instrument| {
        html! {
            <>
                <h3>{ instrument.name.get(lang) }</h3>
                <ul class="weights">
                    { for instrument.elements.iter().map(|e| html! {
                        <li>
                            <strong>{ weight(e.name.get(lang), e.weight) }</strong>
                            { list(e.indicators.iter().map(|i| html! {
                                { [i.id, " ", &weight(i.name.get(lang), i.weight)].concat() }
                            })) }
                        </li>
                    }) }
                </ul>
            </>
        }
    });
    html! { <><p>{ p.method_weights_note }</p>{ for instruments }</> }
}

fn bands(p: &PanelStrings, lang: Lang) -> Html {
    let bands = content::spbe_bands();
    let rows = bands.bands.iter().enumerate().map(|(i, b)| {
        let lower = fmt_cents(b.lower_cents, lang);
        let range = match bands.bands.get(i + 1) {
            Some(next) => fill(p.band_range, &[&lower, &fmt_cents(next.lower_cents, lang)]),
            None => fill(p.band_range_last, &[&lower, &fmt_cents(500, lang)]),
        };
        html! {
            <tr>
                <td data-label={p.col_score}>{ range }</td>
                <td data-label={p.col_level}>{ b.level.to_string() }</td>
                <td data-label={p.col_level_name}>{ b.level_name.get(lang) }</td>
                <td data-label={p.col_predicate}>{ b.predicate.get(lang) }</td>
            </tr>
        }
    });
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={bands.name.get(lang)}>
            <table class="stack">
                <caption>{ bands.name.get(lang) }</caption>
                <thead><tr>
                    <th scope="col">{ p.col_score }</th>
                    <th scope="col">{ p.col_level }</th>
                    <th scope="col">{ p.col_level_name }</th>
                    <th scope="col">{ p.col_predicate }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

fn stages(p: &PanelStrings, lang: Lang) -> Html {
    let s = t(lang);
    let items = content::stages().stages.iter().map(|st| {
        let ids: Vec<&str> = st.criteria.iter().map(|c| c.id).collect();
        let name = fill(
            s.stage_heading,
            &[&st.number.to_string(), st.name.get(lang)],
        );
        let rest = [" (", &ids.join(", "), "): ", st.description.get(lang)].concat();
        html! { <li>{ named(name, rest) }</li> }
    });
    html! {
        <>
            <p>{ p.method_stage }</p>
            <ul class="method-stages">{ for items }</ul>
        </>
    }
}

fn sources(p: &PanelStrings, lang: Lang) -> Html {
    let bands = content::spbe_bands();
    let plain = InstrumentId::ALL
        .map(|id| content::likert(id).source.get(lang).to_string())
        .into_iter()
        .chain([
            content::stages().source.get(lang).to_string(),
            fill(p.method_bands_source, &[bands.source.get(lang)]),
        ])
        .map(|text| html! { { text } });
    // The documents that recommendation bases cite by their short names.
    let documents = content::sources().iter().map(|doc| {
        named(
            doc.short.get(lang).to_string(),
            [": ", doc.title.get(lang)].concat(),
        )
    });
    list(plain.chain(documents))
}
