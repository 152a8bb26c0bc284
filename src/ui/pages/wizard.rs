//! One wizard step: an element's statements, or a UN stage's criteria. Around them:
//! where you are, progress (`data-testid=progress`), the step navigation, a live
//! mini-summary of the result for screen readers, and back / next / next unanswered.

use yew::prelude::*;

use crate::content;
use crate::i18n::{fill, fmt_score, t, Lang, Strings};
use crate::model::{Assessment, InstrumentId};
use crate::route::{Route, Section};
use crate::scoring::AssessmentResult;
use crate::state::{overall_progress, section_progress, Action};
use crate::ui::components::{section_name, step_name, LikertItem, ProgressBar, StageItem, StepNav};
use crate::ui::ptr::{Shared, Static};

#[derive(Properties, PartialEq)]
pub struct WizardProps {
    pub lang: Lang,
    pub section: Section,
    pub step: usize,
    pub assessment: Shared<Assessment>,
    pub result: Shared<AssessmentResult>,
    pub on_action: Callback<Action>,
    /// Go to the next unanswered item (handled by the app, which owns focus).
    pub on_jump: Callback<()>,
}

#[component]
pub fn Wizard(props: &WizardProps) -> Html {
    let (s, lang) = (t(props.lang), props.lang);
    let route = Route::Assess { section: props.section, step: props.step };
    let intro = if props.section == Section::Stage { s.stage_intro } else { s.likert_intro };
    html! {
        <div class="page wizard">
            <aside class="wizard-nav">
                <StepNav {lang} current={route.clone()} assessment={props.assessment.clone()} />
            </aside>
            <div class="wizard-main">
                <p class="eyebrow">
                    { section_name(props.section, lang) }
                    <span class="sep">{ " · " }</span>
                    { fill(s.step_of, &[&props.step.to_string(), &props.section.steps().to_string()]) }
                </p>
                <h1 tabindex="-1">{ step_title(s, props.section, props.step, lang) }</h1>
                { progress(s, props) }
                <p class="intro">{ intro }</p>
                { questions(props) }
                <p class="live-summary" aria-live="polite">{ live_summary(s, props) }</p>
                { pager(s, props, &route) }
            </div>
        </div>
    }
}

fn progress(s: &Strings, props: &WizardProps) -> Html {
    let section = section_progress(&props.assessment, props.section);
    let overall = overall_progress(&props.assessment);
    let section_text = fill(s.progress_section, &[&section.answered.to_string(), &section.total.to_string()]);
    let overall_text = fill(s.progress_overall, &[&overall.answered.to_string(), &overall.total.to_string()]);
    html! {
        <div class="progress-pair" role="group" aria-label={s.progress_label}>
            <ProgressBar text={section_text} progress={section} testid="progress-section" />
            <ProgressBar text={overall_text} progress={overall} testid="progress" />
        </div>
    }
}

fn questions(props: &WizardProps) -> Html {
    let index = props.step.wrapping_sub(1);
    match props.section.likert() {
        Some(instrument) => match content::likert(instrument).elements.get(index) {
            Some(element) => element.indicators.iter().map(|i| indicator(props, instrument, i)).collect(),
            None => Html::default(),
        },
        None => match content::stages().stages.get(index) {
            Some(stage) => stage_criteria(props, stage),
            None => Html::default(),
        },
    }
}

/// An indicator's statements under its name, so the assessor sees what they add up to.
fn indicator(props: &WizardProps, instrument: InstrumentId, ind: &'static crate::model::Indicator) -> Html {
    let answers = props.assessment.answers.likert(instrument);
    html! {
        <section class="indicator" aria-labelledby={["ind-", ind.id].concat()}>
            <h2 id={["ind-", ind.id].concat()}><span class="q-id">{ ind.id }</span>{ ind.name.get(props.lang) }</h2>
            { for ind.items.iter().map(|item| html! {
                <LikertItem key={item.id} lang={props.lang} {instrument} item={Static(item)}
                    answer={answers.get(item.id).copied()} on_action={props.on_action.clone()} />
            }) }
        </section>
    }
}

fn stage_criteria(props: &WizardProps, stage: &'static crate::model::Stage) -> Html {
    let answers = &props.assessment.answers.stage;
    html! {
        <>
            <p class="stage-desc">{ stage.description.get(props.lang) }</p>
            { for stage.criteria.iter().map(|c| html! {
                <StageItem key={c.id} lang={props.lang} criterion={Static(c)}
                    answer={answers.get(c.id).copied()} on_action={props.on_action.clone()} />
            }) }
        </>
    }
}

/// The current result of this section, read from the core, announced politely as it
/// changes so a screen-reader user hears the effect of an answer.
fn live_summary(s: &Strings, props: &WizardProps) -> String {
    let lang = props.lang;
    match props.section.likert() {
        Some(id) => {
            let r = props.result.likert(id);
            let name = r.instrument.name.get(lang);
            match (r.index, r.band) {
                (Some(v), Some(b)) => fill(s.live_index, &[name, &fmt_score(v, lang), b.predicate.get(lang)]),
                _ => fill(s.live_no_score, &[name]),
            }
        }
        None => {
            let stage = &props.result.stage;
            let name = stage
                .stages
                .get(usize::from(stage.achieved).wrapping_sub(1))
                .map_or_else(|| s.stage_zero.to_string(), |st| [&stage.achieved.to_string(), " ", st.stage.name.get(lang)].concat());
            fill(s.live_stage, &[&name])
        }
    }
}

/// The element's name, or "Stage 2: Enhanced".
fn step_title(s: &Strings, section: Section, step: usize, lang: Lang) -> String {
    let name = step_name(section, step, lang);
    match section {
        Section::Stage => fill(s.stage_heading, &[&step.to_string(), name]),
        _ => name.to_string(),
    }
}

fn pager(s: &Strings, props: &WizardProps, route: &Route) -> Html {
    let prev = route.prev().unwrap_or(Route::Profile);
    let next = route.next().unwrap_or(Route::Results);
    let next_text = if next == Route::Results { s.next_to_results } else { s.next };
    let done = overall_progress(&props.assessment).complete();
    let on_jump = props.on_jump.clone();
    html! {
        <div class="pager">
            <a class="button" data-testid="prev" href={prev.to_hash()}>{ "← " }{ s.prev }</a>
            if done {
                <span class="pager-done">{ s.all_answered }</span>
            } else {
                <button type="button" class="button button-quiet" data-testid="next-unanswered"
                    onclick={move |_| on_jump.emit(())}>{ s.next_unanswered }</button>
            }
            <a class="button button-primary" data-testid="next" href={next.to_hash()}>{ next_text }{ " →" }</a>
        </div>
    }
}
