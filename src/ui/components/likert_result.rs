//! One Likert instrument's results (`data-testid=result-scv` / `result-ereadiness`):
//! index, percent, level, predicate, element and indicator bars, the radar chart, the
//! target selector, prioritised recommendations and the indicators with no data.
//! Without `on_action` (a shared result, seen read-only) the target selector is disabled.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::radar_chart::radar_chart;
use super::recommendation_list::likert_recommendations;
use super::score_bar::{level_attr, score_bar, ScoreBar};
use crate::i18n::{fill, fmt_cents, fmt_percent, fmt_score, score_dot, t, Lang, Strings};
use crate::model::InstrumentId;
use crate::scoring::{band_for, LikertResult};
use crate::state::{Action, GuidanceStatus};

pub fn likert_result(
    lang: Lang,
    instrument: InstrumentId,
    r: &LikertResult,
    guidance: &GuidanceStatus,
    on_action: Option<&Callback<Action>>,
) -> Html {
    let s = t(lang);
    let key = instrument.key();
    let heading_id = ["h-", key].concat();
    let labels: Vec<&'static str> = r
        .elements
        .iter()
        .map(|e| e.element.name.get(lang))
        .collect();
    let scores: Vec<Option<f64>> = r.elements.iter().map(|e| e.score).collect();
    html! {
        <section class="card result" data-testid={["result-", key].concat()} aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ r.instrument.name.get(lang) }</h2>
            <p class="source">{ r.instrument.source.get(lang) }</p>
            { summary(s, r, lang) }
            <div class="result-grid">
                <div class="result-bars">
                    <h3>{ s.elements_title }</h3>
                    { element_bars(r, lang) }
                </div>
                <figure class="result-radar">
                    { radar_chart(lang, &labels, &scores, r.bands) }
                    <figcaption>{ s.radar_desc }</figcaption>
                </figure>
            </div>
            <div class="result-recs">
                <h3>{ s.recs_title }</h3>
                { target_select(s, lang, instrument, r, on_action) }
                { likert_recommendations(lang, r, guidance) }
            </div>
            { no_data(s, r, lang) }
        </section>
    }
}

/// The headline numbers. Without a score they show a dash and say why.
fn summary(s: &Strings, r: &LikertResult, lang: Lang) -> Html {
    let (dot, shown) = r.index.map_or_else(
        || (String::new(), s.no_value.to_string()),
        |v| (score_dot(v), fmt_score(v, lang)),
    );
    let percent = r
        .percent
        .map_or_else(|| s.no_value.to_string(), |p| fmt_percent(p, lang));
    let level = r.band.map_or(0, |b| b.level);
    let level_text = if level > 0 {
        level.to_string()
    } else {
        s.no_value.to_string()
    };
    html! {
        <>
            <dl class="summary">
                <div class="summary-main">
                    <dt>{ s.index_label }</dt>
                    <dd><span class="index" data-testid="index" data-value={dot}>{ shown }</span></dd>
                </div>
                <div><dt>{ s.percent_label }</dt><dd>{ percent }</dd></div>
                <div>
                    <dt>{ s.level_label }</dt>
                    <dd>
                        <span data-testid="level">{ level_text }</span>
                        <span class="sep">{ " · " }</span>
                        <span data-testid="level-name">{ r.band.map_or(s.no_value, |b| b.level_name.get(lang)) }</span>
                    </dd>
                </div>
                <div>
                    <dt>{ s.predicate_label }</dt>
                    <dd><span class="band band-lg" data-level={level_attr(level)} data-testid="predicate">
                        { r.band.map_or(s.no_value, |b| b.predicate.get(lang)) }
                    </span></dd>
                </div>
                <div><dt>{ s.answered_label }</dt><dd>{ r.answered }{ " / " }{ r.total }</dd></div>
            </dl>
            if r.index.is_none() { <p class="hint">{ s.no_score_yet }</p> }
        </>
    }
}

fn element_bars(r: &LikertResult, lang: Lang) -> Html {
    let rows = r.elements.iter().map(|e| {
        let indicators = r
            .indicators
            .iter()
            .filter(|i| std::ptr::eq(i.element, e.element))
            .map(|i| {
                let label = [i.indicator.id, " ", i.indicator.name.get(lang)].concat();
                let band = i.score.map(|v| band_for(v, r.bands));
                score_bar(
                    lang,
                    ScoreBar {
                        label: &label,
                        score: i.score,
                        band,
                        bands: r.bands,
                        sub: true,
                    },
                )
            });
        let element = ScoreBar {
            label: e.element.name.get(lang),
            score: e.score,
            band: e.band,
            bands: r.bands,
            sub: false,
        };
        html! {
            <div class="element-block">
                { score_bar(lang, element) }
                { for indicators }
            </div>
        }
    });
    html! { <div class="element-list">{ for rows }</div> }
}

/// Levels 1-5 with their names and lower bounds; the current target is selected.
fn target_select(
    s: &Strings,
    lang: Lang,
    instrument: InstrumentId,
    r: &LikertResult,
    on_action: Option<&Callback<Action>>,
) -> Html {
    let disabled = on_action.is_none();
    let on_action = on_action.cloned().unwrap_or_default();
    let onchange = Callback::from(move |e: Event| {
        let level = e
            .target_dyn_into::<HtmlSelectElement>()
            .and_then(|el| el.value().parse::<u8>().ok());
        if level.is_some() {
            on_action.emit(Action::SetTarget { instrument, level });
        }
    });
    let id = ["target-", instrument.key()].concat();
    let options = r.bands.bands.iter().map(|b| {
        let text = fill(s.target_option, &[&b.level.to_string(), b.level_name.get(lang), &fmt_cents(b.lower_cents, lang)]);
        html! { <option value={b.level.to_string()} selected={b.level == r.target_level}>{ text }</option> }
    });
    // Said in words too, so paper (where the select is not printed) and a reader of the
    // gaps know what they are measured against.
    let note = target_note(lang, r);
    html! {
        <>
            <p class="target">
                <label for={id.clone()}>{ s.target_label }</label>
                <select {id} data-testid="target" {disabled} {onchange}>{ for options }</select>
            </p>
            if let Some(note) = note { <p class="hint target-note" data-testid="target-note">{ note }</p> }
        </>
    }
}

fn no_data(s: &Strings, r: &LikertResult, lang: Lang) -> Html {
    if r.no_data.is_empty() {
        return Html::default();
    }
    html! {
        <div class="no-data" data-testid="no-data">
            <h3>{ s.no_data_title }</h3>
            <p class="hint">{ s.no_data_note }</p>
            <ul>
                { for r.no_data.iter().map(|i| html! {
                    <li data-indicator={i.id}><span class="rec-id">{ i.id }</span>{ " " }{ i.name.get(lang) }</li>
                }) }
            </ul>
        </div>
    }
}

/// "Gaps are measured against the target level 4 (…), lower bound 3.50.", for the
/// results and the report's plan.
pub fn target_note(lang: Lang, r: &LikertResult) -> Option<String> {
    let b = r.bands.bands.iter().find(|b| b.level == r.target_level)?;
    let level = b.level.to_string();
    let lower = fmt_cents(b.lower_cents, lang);
    Some(fill(
        t(lang).target_note,
        &[&level, b.level_name.get(lang), &lower],
    ))
}
