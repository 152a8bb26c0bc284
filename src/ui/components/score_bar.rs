//! A score as a horizontal bar from 1 to 5, with ticks at the band boundaries and the
//! band's predicate beside the number. Colour is never the only signal: the number
//! and the predicate are text.

use yew::prelude::*;

use crate::chart::coord;
use crate::i18n::{fmt_score, t, Lang};
use crate::model::{Band, BandSet};
use crate::scoring::percent;
use crate::ui::ptr::Static;

#[derive(Properties, PartialEq)]
pub struct ScoreBarProps {
    pub lang: Lang,
    pub label: AttrValue,
    pub score: Option<f64>,
    pub band: Option<Static<Band>>,
    pub bands: Static<BandSet>,
    /// An indicator row under its element: smaller and indented.
    #[prop_or_default]
    pub sub: bool,
}

#[component]
pub fn ScoreBar(props: &ScoreBarProps) -> Html {
    let s = t(props.lang);
    let level = props.band.map_or(0, |b| b.0.level);
    let width = props.score.map_or(0.0, |v| percent(v).clamp(0.0, 100.0));
    let fill_style = ["width:", &coord(width), "%"].concat();
    let value = match (props.score, props.band) {
        (Some(v), Some(band)) => html! {
            <>
                <span class="score-num">{ fmt_score(v, props.lang) }</span>
                <span class={classes!("band", level_class(level))} title={band.0.level_name.get(props.lang)}>
                    { band.0.predicate.get(props.lang) }
                </span>
            </>
        },
        _ => html! { <span class="score-none">{ s.no_data }</span> },
    };
    html! {
        <div class={classes!("score-row", props.sub.then_some("score-row-sub"))}>
            <span class="score-label">{ props.label.clone() }</span>
            <span class="score-track" aria-hidden="true">
                <span class={classes!("score-fill", level_class(level))} style={fill_style}></span>
                { for ticks(props.bands.0) }
            </span>
            <span class="score-value">{ value }</span>
        </div>
    }
}

/// Tick marks at each band's lower bound, except the first (which is the bar's start).
fn ticks(bands: &'static BandSet) -> impl Iterator<Item = Html> {
    bands.bands.iter().skip(1).map(|band| {
        let left = percent(f64::from(band.lower_cents) / 100.0);
        let style = ["left:", &coord(left), "%"].concat();
        html! { <span class="tick" {style}></span> }
    })
}

/// `level-1` .. `level-5`, the CSS class that colours a band; `level-0` for none.
pub fn level_class(level: u8) -> &'static str {
    match level {
        1 => "level-1",
        2 => "level-2",
        3 => "level-3",
        4 => "level-4",
        5 => "level-5",
        _ => "level-0",
    }
}
