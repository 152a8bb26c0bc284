//! "Metodologi": the formulas, weights, bands, rounding, stage rule, "no data" and
//! provisional results, in plain words. Weights, bands and sources are read from the
//! content, so this page cannot drift from what the core computes.

use yew::prelude::*;

use crate::content;
use crate::i18n::{fill, fmt_cents, fmt_percent, t, Lang, Strings};
use crate::model::{BandSet, InstrumentId, LikertInstrument};

pub fn method_page(lang: Lang) -> Html {
    let s = t(lang);
    let bands = content::spbe_bands();
    html! {
        <div class="page page-narrow method">
            <h1 tabindex="-1">{ s.method_title }</h1>
            <p class="lead">{ s.method_intro }</p>
            { section(s.method_instruments, instruments(lang)) }
            { section(s.method_scale_title, html! { <p>{ s.method_scale }</p> }) }
            { section(s.method_formula_title, html! {
                <ul>
                    <li>{ s.method_formula_indicator }</li>
                    <li>{ s.method_formula_element }</li>
                    <li>{ s.method_formula_index }</li>
                    <li>{ s.method_formula_percent }</li>
                </ul>
            }) }
            { section(s.method_weights_title, html! {
                <>
                    <p>{ s.method_weights_note }</p>
                    { for InstrumentId::ALL.map(|id| weights(s, content::likert(id), lang)) }
                </>
            }) }
            { section(s.method_bands_title, html! {
                <>
                    { band_table(s, bands, lang) }
                    <p>{ s.method_rounding }</p>
                </>
            }) }
            { section(s.method_gap_title, html! { <p>{ s.method_gap }</p> }) }
            { section(s.method_stage_title, html! { <><p>{ s.method_stage }</p>{ stages(s, lang) }</> }) }
            { section(s.method_nodata_title, html! { <p>{ s.method_nodata }</p> }) }
            { section(s.method_sources_title, sources(s, bands, lang)) }
        </div>
    }
}

fn section(title: &'static str, body: Html) -> Html {
    html! { <section><h2>{ title }</h2>{ body }</section> }
}

fn instruments(lang: Lang) -> Html {
    let likert = InstrumentId::ALL
        .map(content::likert)
        .map(|i| (i.name, i.source));
    let stage = content::stages();
    html! {
        <ul>
            { for likert.into_iter().chain([(stage.name, stage.source)]).map(|(name, source)| html! {
                <li><strong>{ name.get(lang) }</strong>{ ". " }{ source.get(lang) }</li>
            }) }
        </ul>
    }
}

fn weight(s: &Strings, name: &str, w: f64, lang: Lang) -> String {
    fill(s.method_weight_of, &[name, &fmt_percent(w * 100.0, lang)])
}

fn weights(s: &Strings, instrument: &'static LikertInstrument, lang: Lang) -> Html {
    html! {
        <>
            <h3>{ instrument.name.get(lang) }</h3>
            <ul class="weights">
                { for instrument.elements.iter().map(|e| html! {
                    <li>
                        <strong>{ weight(s, e.name.get(lang), e.weight, lang) }</strong>
                        <ul>
                            { for e.indicators.iter().map(|i| html! {
                                <li>{ i.id }{ " " }{ weight(s, i.name.get(lang), i.weight, lang) }</li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ul>
        </>
    }
}

fn band_table(s: &Strings, bands: &'static BandSet, lang: Lang) -> Html {
    let rows = bands.bands.iter().enumerate().map(|(i, b)| {
        let lower = fmt_cents(b.lower_cents, lang);
        let range = match bands.bands.get(i + 1) {
            Some(next) => fill(s.band_range, &[&lower, &fmt_cents(next.lower_cents, lang)]),
            None => fill(s.band_range_last, &[&lower, &fmt_cents(500, lang)]),
        };
        html! {
            <tr>
                <td>{ range }</td>
                <td>{ b.level }</td>
                <td>{ b.level_name.get(lang) }</td>
                <td>{ b.predicate.get(lang) }</td>
            </tr>
        }
    });
    html! {
        <div class="table-wrap">
            <table>
                <caption>{ bands.name.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ s.col_score }</th>
                        <th scope="col">{ s.col_level }</th>
                        <th scope="col">{ s.col_level_name }</th>
                        <th scope="col">{ s.col_predicate }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

fn stages(s: &Strings, lang: Lang) -> Html {
    html! {
        <ul class="method-stages">
            { for content::stages().stages.iter().map(|st| {
                let ids: Vec<&str> = st.criteria.iter().map(|c| c.id).collect();
                html! {
                    <li>
                        <strong>{ fill(s.stage_heading, &[&st.number.to_string(), st.name.get(lang)]) }</strong>
                        { " (" }{ ids.join(", ") }{ "): " }{ st.description.get(lang) }
                    </li>
                }
            }) }
        </ul>
    }
}

fn sources(s: &Strings, bands: &'static BandSet, lang: Lang) -> Html {
    html! {
        <ul>
            { for InstrumentId::ALL.map(|id| html! { <li>{ content::likert(id).source.get(lang) }</li> }) }
            <li>{ content::stages().source.get(lang) }</li>
            <li>{ fill(s.method_bands_source, &[bands.source.get(lang)]) }</li>
        </ul>
    }
}
