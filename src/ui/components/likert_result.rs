//! One Likert instrument's results (`data-testid=result-scv` / `result-ereadiness`):
//! index, percent, level, predicate, element and indicator bars, the radar chart, the
//! target selector, prioritised recommendations and the indicators with no data.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::score_bar::level_class;
use super::{LikertRecommendations, RadarChart, ScoreBar};
use crate::i18n::{fill, fmt_cents, fmt_percent, fmt_score, score_dot, t, Lang, Strings};
use crate::model::InstrumentId;
use crate::scoring::{AssessmentResult, LikertResult};
use crate::state::Action;
use crate::ui::ptr::{Shared, Static};

#[derive(Properties, PartialEq)]
pub struct LikertResultProps {
    pub lang: Lang,
    pub instrument: InstrumentId,
    pub result: Shared<AssessmentResult>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn LikertResultView(props: &LikertResultProps) -> Html {
    let (s, lang) = (t(props.lang), props.lang);
    let r = props.result.likert(props.instrument);
    let key = props.instrument.key();
    let heading_id = ["h-", key].concat();
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
                    <RadarChart {lang} labels={r.elements.iter().map(|e| e.element.name.get(lang)).collect::<Vec<_>>()}
                        scores={r.elements.iter().map(|e| e.score).collect::<Vec<_>>()} bands={Static(r.bands)} />
                    <figcaption>{ s.radar_desc }</figcaption>
                </figure>
            </div>
            <div class="result-recs">
                <h3>{ s.recs_title }</h3>
                { target_select(s, r, props) }
                <LikertRecommendations {lang} instrument={props.instrument} result={props.result.clone()} />
            </div>
            { no_data(s, r, lang) }
        </section>
    }
}

/// The headline numbers. Without a score they show a dash and say why.
fn summary(s: &Strings, r: &LikertResult, lang: Lang) -> Html {
    let none = || html! { <span class="none">{ s.no_value }</span> };
    let index = r.index.map_or_else(|| (String::new(), s.no_value.to_string()), |v| (score_dot(v), fmt_score(v, lang)));
    let level = r.band.map_or(0, |b| b.level);
    html! {
        <>
            <dl class="summary">
                <div class="summary-main">
                    <dt>{ s.index_label }</dt>
                    <dd><span class="index" data-testid="index" data-value={index.0}>{ index.1 }</span></dd>
                </div>
                <div>
                    <dt>{ s.percent_label }</dt>
                    <dd>{ r.percent.map_or_else(none, |p| html! { fmt_percent(p, lang) }) }</dd>
                </div>
                <div>
                    <dt>{ s.level_label }</dt>
                    <dd>
                        <span data-testid="level">{ if level > 0 { level.to_string() } else { s.no_value.to_string() } }</span>
                        <span class="sep">{ " · " }</span>
                        <span data-testid="level-name">{ r.band.map_or(s.no_value, |b| b.level_name.get(lang)) }</span>
                    </dd>
                </div>
                <div>
                    <dt>{ s.predicate_label }</dt>
                    <dd><span class={classes!("band", "band-lg", level_class(level))} data-testid="predicate">
                        { r.band.map_or(s.no_value, |b| b.predicate.get(lang)) }
                    </span></dd>
                </div>
                <div>
                    <dt>{ s.answered_label }</dt>
                    <dd>{ r.answered }{ " / " }{ r.total }</dd>
                </div>
            </dl>
            if r.index.is_none() { <p class="hint">{ s.no_score_yet }</p> }
        </>
    }
}

fn element_bars(r: &LikertResult, lang: Lang) -> Html {
    let bands = Static(r.bands);
    let rows = r.elements.iter().map(|e| {
        let indicators = r.indicators.iter().filter(|i| std::ptr::eq(i.element, e.element)).map(|i| {
            let band = i.score.map(|v| Static(crate::scoring::band_for(v, r.bands)));
            let label = [i.indicator.id, " ", i.indicator.name.get(lang)].concat();
            html! { <ScoreBar {lang} label={label} score={i.score} {band} {bands} sub=true /> }
        });
        html! {
            <div class="element-block">
                <ScoreBar {lang} label={e.element.name.get(lang)} score={e.score} band={e.band.map(Static)} {bands} />
                { for indicators }
            </div>
        }
    });
    html! { <div class="element-list">{ for rows }</div> }
}

/// Levels 1-5 with their names and lower bounds; the current target is selected.
fn target_select(s: &Strings, r: &LikertResult, props: &LikertResultProps) -> Html {
    let instrument = props.instrument;
    let on_action = props.on_action.clone();
    let onchange = Callback::from(move |e: Event| {
        let level = e.target_dyn_into::<HtmlSelectElement>().and_then(|el| el.value().parse::<u8>().ok());
        if level.is_some() {
            on_action.emit(Action::SetTarget { instrument, level });
        }
    });
    let id = ["target-", instrument.key()].concat();
    let options = r.bands.bands.iter().map(|b| {
        let text = fill(
            s.target_option,
            &[&b.level.to_string(), b.level_name.get(props.lang), &fmt_cents(b.lower_cents, props.lang)],
        );
        html! { <option value={b.level.to_string()} selected={b.level == r.target_level}>{ text }</option> }
    });
    html! {
        <p class="target">
            <label for={id.clone()}>{ s.target_label }</label>
            <select {id} data-testid="target" {onchange}>{ for options }</select>
        </p>
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
