//! A score as a horizontal bar from 1 to 5, with ticks at the band boundaries and the
//! band's predicate beside the number. Colour is never the only signal: the number
//! and the predicate are text.
//!
//! A plain function, not a component: it re-renders only with its parent, which
//! re-renders only when the results change. (Each component costs about 1-2 KB of
//! WebAssembly; see README, "Size".)

use yew::prelude::*;

use crate::chart::coord;
use crate::i18n::{fmt_score, t, Lang};
use crate::model::{Band, BandSet};
use crate::scoring::percent;

pub struct ScoreBar<'a> {
    pub label: &'a str,
    pub score: Option<f64>,
    pub band: Option<&'static Band>,
    pub bands: &'static BandSet,
    /// An indicator row under its element: smaller and indented.
    pub sub: bool,
}

pub fn score_bar(lang: Lang, bar: ScoreBar) -> Html {
    let level = bar.band.map_or(0, |b| b.level);
    let width = bar.score.map_or(0.0, |v| percent(v).clamp(0.0, 100.0));
    let width = coord(width);
    let value = match (bar.score, bar.band) {
        (Some(v), Some(band)) => html! {
            <>
                <span class="score-num">{ fmt_score(v, lang) }</span>
                <span class="band" data-level={level_attr(level)} title={band.level_name.get(lang)}>
                    { band.predicate.get(lang) }
                </span>
            </>
        },
        _ => html! { <span class="score-none">{ t(lang).no_data }</span> },
    };
    html! {
        <div class="score-row" data-sub={bar.sub.then_some("true")}>
            <span class="score-label">{ bar.label.to_string() }</span>
            <svg class="score-track" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                <rect class="score-fill" data-level={level_attr(level)} {width} height="1"></rect>
                { for ticks(bar.bands) }
            </svg>
            <span class="score-value">{ value }</span>
        </div>
    }
}

/// Tick marks at each band's lower bound, except the first (which is the bar's start).
/// SVG geometry, not style attributes: a strict CSP (`style-src 'self'`) refuses those.
fn ticks(bands: &'static BandSet) -> impl Iterator<Item = Html> {
    bands.bands.iter().skip(1).map(|band| {
        let x = coord(percent(f64::from(band.lower_cents) / 100.0));
        html! { <line class="tick" x1={x.clone()} x2={x} y1="0" y2="1"></line> }
    })
}

/// The `data-level` that colours a band in the stylesheet: `1` .. `5`, `0` for none.
pub fn level_attr(level: u8) -> &'static str {
    match level {
        1 => "1",
        2 => "2",
        3 => "3",
        4 => "4",
        5 => "5",
        _ => "0",
    }
}
