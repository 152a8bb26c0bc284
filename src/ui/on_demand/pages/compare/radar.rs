//! Each Likert instrument's elements as one radar with a polygon per assessment, told
//! apart by colour and dash (`styles/panels.css`, `.series-<n>`) and named in a legend.
//! The geometry is `crate::chart`'s, as the results page's radar.

use yew::prelude::*;

use crate::chart::{points_attr, Frame};
use crate::compare::Measure;
use crate::content;
use crate::i18n::{fmt_score, CompareStrings, Lang};
use crate::model::InstrumentId;
use crate::state::views::Compared;

const FRAME: Frame = Frame {
    cx: 210.0,
    cy: 140.0,
    r: 100.0,
};

pub fn radars(compared: &Compared, lang: Lang, w: &CompareStrings) -> Html {
    html! {
        <section class="card" aria-labelledby="h-compare-radar">
            <h2 id="h-compare-radar">{ w.radar_title }</h2>
            <div class="compare-radars">
                { for InstrumentId::ALL.into_iter().map(|i| radar(compared, i, lang)) }
            </div>
            <ul class="legend" data-testid="compare-legend">
                { for compared.comparison.columns.iter().enumerate().map(|(at, c)| html! {
                    <li><span class={["swatch series-", &at.to_string()].concat()} aria-hidden="true"></span><bdi>{ c.label.clone() }</bdi></li>
                }) }
            </ul>
        </section>
    }
}

fn radar(compared: &Compared, instrument: InstrumentId, lang: Lang) -> Html {
    let elements = content::likert(instrument).elements;
    let n = elements.len();
    if n < 3 {
        return Html::default();
    }
    let comparison = &compared.comparison;
    let scores_of = |column: usize| -> Vec<Option<f64>> {
        elements
            .iter()
            .map(|e| {
                let measure = Measure::Element {
                    instrument,
                    key: e.key,
                };
                comparison
                    .row(measure)
                    .and_then(|r| r.values.get(column).copied().flatten())
            })
            .collect()
    };
    let columns = comparison.columns.len();
    let label = summary(compared, instrument, lang, &scores_of);
    html! {
        <figure class="compare-radar">
            <figcaption>{ content::likert(instrument).name.get(lang) }</figcaption>
            <svg class="radar" viewBox="0 0 420 280" role="img" aria-label={label}>
                <polygon class="radar-edge" points={points_attr(&FRAME.ring(n, 5.0))} />
                { for (1..5).map(|s| html! { <polygon class="radar-ring" points={points_attr(&FRAME.ring(n, f64::from(s)))} /> }) }
                { for (0..columns).map(|c| html! {
                    <polygon class={["radar-series series-", &c.to_string()].concat()} points={points_attr(&FRAME.polygon(&scores_of(c)))} />
                }) }
                { for elements.iter().enumerate().map(|(i, e)| {
                    let (p, anchor) = FRAME.label(i, n);
                    html! { <text class="radar-label" x={crate::chart::coord(p.x)} y={crate::chart::coord(p.y)} text-anchor={anchor.svg()}>{ e.name.get(lang) }</text> }
                }) }
            </svg>
        </figure>
    }
}

/// What a screen reader hears: each assessment's element scores.
fn summary(
    compared: &Compared,
    instrument: InstrumentId,
    lang: Lang,
    scores_of: &dyn Fn(usize) -> Vec<Option<f64>>,
) -> String {
    let elements = content::likert(instrument).elements;
    let parts: Vec<String> = compared
        .comparison
        .columns
        .iter()
        .enumerate()
        .map(|(at, c)| {
            let scores: Vec<String> = elements
                .iter()
                .zip(scores_of(at))
                .map(|(e, s)| {
                    let score = s.map_or("–".to_string(), |v| fmt_score(v, lang));
                    [e.name.get(lang), " ", &score].concat()
                })
                .collect();
            [c.label.as_str(), ": ", &scores.join(", ")].concat()
        })
        .collect();
    [
        content::likert(instrument).name.get(lang),
        ". ",
        &parts.join("; "),
    ]
    .concat()
}
