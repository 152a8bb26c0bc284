//! The radar chart of an instrument's elements, as inline SVG (no chart library).
//! The geometry is `crate::chart`'s; this only draws it.

use yew::prelude::*;

use crate::chart::{coord, points_attr, Frame, Point};
use crate::i18n::{fmt_score, t, Lang};
use crate::model::BandSet;

/// Wide enough that the longest element name fits beside the chart.
const FRAME: Frame = Frame {
    cx: 210.0,
    cy: 140.0,
    r: 100.0,
};
const VIEW_BOX: &str = "0 0 420 280";

/// One axis per element (`labels` and `scores` in instrument order), with rings at
/// the band boundaries of `bands`. Fewer than three axes draw nothing: the bars say it.
pub fn radar_chart(
    lang: Lang,
    labels: &[&'static str],
    scores: &[Option<f64>],
    bands: &'static BandSet,
) -> Html {
    let n = labels.len();
    if n < 3 {
        return Html::default();
    }
    let rings = bands
        .bands
        .iter()
        .skip(1)
        .map(|b| f64::from(b.lower_cents) / 100.0);
    let value = FRAME.polygon(scores);
    html! {
        <svg class="radar" viewBox={VIEW_BOX} role="img" aria-label={summary(lang, labels, scores)}>
            <polygon class="radar-edge" points={points_attr(&FRAME.ring(n, 5.0))} />
            { for rings.map(|score| html! { <polygon class="radar-ring" points={points_attr(&FRAME.ring(n, score))} /> }) }
            { for (0..n).map(|i| axis(i, n)) }
            <polygon class="radar-value" points={points_attr(&value)} />
            { for value.iter().zip(scores).filter(|(_, s)| s.is_some()).map(|(p, _)| dot(*p)) }
            { for labels.iter().enumerate().map(|(i, label)| axis_label(i, n, label)) }
        </svg>
    }
}

fn axis(i: usize, n: usize) -> Html {
    let end = FRAME.on_axis(i, n, 1.0);
    html! {
        <line class="radar-axis" x1={coord(FRAME.cx)} y1={coord(FRAME.cy)} x2={coord(end.x)} y2={coord(end.y)} />
    }
}

fn dot(p: Point) -> Html {
    html! { <circle class="radar-dot" cx={coord(p.x)} cy={coord(p.y)} r="4" /> }
}

fn axis_label(i: usize, n: usize, label: &'static str) -> Html {
    let (p, anchor) = FRAME.label(i, n);
    html! {
        <text class="radar-label" x={coord(p.x)} y={coord(p.y)} text-anchor={anchor.svg()}>{ label }</text>
    }
}

/// What a screen reader hears instead of the picture: each element and its score.
fn summary(lang: Lang, labels: &[&'static str], scores: &[Option<f64>]) -> String {
    let s = t(lang);
    let mut out = String::from(s.radar_title);
    for (i, (label, score)) in labels.iter().zip(scores).enumerate() {
        out.push_str(if i == 0 { ": " } else { "; " });
        out.push_str(label);
        out.push(' ');
        match score {
            Some(v) => out.push_str(&fmt_score(*v, lang)),
            None => out.push_str(s.no_data),
        }
    }
    out
}
