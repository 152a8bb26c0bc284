//! One wizard step: an element's statements, or a UN stage's criteria. Around them:
//! where you are, progress (`data-testid=progress`), the step navigation, a live
//! mini-summary of the result for screen readers, and back / next / next unanswered.

use yew::prelude::*;

use crate::content;
use crate::i18n::{fill, fmt_score, t, Lang, Strings};
use crate::model::{Indicator, InstrumentId, Stage};
use crate::route::{Route, Section};
use crate::state::{overall_progress, section_progress};
use crate::ui::components::Page;
use crate::ui::components::{
    likert_item, progress_bar, section_name, stage_item, step_name, step_nav,
};

pub fn wizard(page: &Page, section: Section, step: usize) -> Html {
    let (s, lang) = (t(page.lang), page.lang);
    let route = Route::Assess { section, step };
    let intro = if section == Section::Stage {
        s.stage_intro
    } else {
        s.likert_intro
    };
    html! {
        <div class="page wizard">
            <aside class="wizard-nav">{ step_nav(lang, &route, page.assessment) }</aside>
            <div class="wizard-main">
                <p class="eyebrow">
                    { section_name(section, lang) }
                    <span class="sep">{ " · " }</span>
                    { fill(s.step_of, &[&step.to_string(), &section.steps().to_string()]) }
                </p>
                <h1 tabindex="-1">{ step_title(s, section, step, lang) }</h1>
                { progress(s, page, section) }
                <p class="intro">{ intro }</p>
                { questions(page, section, step) }
                <p class="live-summary" aria-live="polite">{ live_summary(s, page, section) }</p>
                { pager(s, page, &route) }
            </div>
        </div>
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

fn progress(s: &Strings, page: &Page, section: Section) -> Html {
    let this = section_progress(page.assessment, section);
    let overall = overall_progress(page.assessment);
    let this_text = fill(
        s.progress_section,
        &[&this.answered.to_string(), &this.total.to_string()],
    );
    let overall_text = fill(
        s.progress_overall,
        &[&overall.answered.to_string(), &overall.total.to_string()],
    );
    html! {
        <div class="progress-pair" role="group" aria-label={s.progress_label}>
            { progress_bar(this_text, this, "progress-section") }
            { progress_bar(overall_text, overall, "progress") }
        </div>
    }
}

fn questions(page: &Page, section: Section, step: usize) -> Html {
    let index = step.wrapping_sub(1);
    match section.likert() {
        Some(instrument) => match content::likert(instrument).elements.get(index) {
            Some(element) => element
                .indicators
                .iter()
                .map(|i| indicator(page, instrument, i))
                .collect(),
            None => Html::default(),
        },
        None => match content::stages().stages.get(index) {
            Some(stage) => stage_criteria(page, stage),
            None => Html::default(),
        },
    }
}

/// An indicator's statements under its name, so the assessor sees what they add up to.
/// Each statement is a memoised component: an answer re-renders only its own group.
/// (`Action` compares by value, so the rebuilt props equal the old ones.)
fn indicator(page: &Page, instrument: InstrumentId, ind: &'static Indicator) -> Html {
    let answers = page.assessment.answers.likert(instrument);
    let heading_id = ["ind-", ind.id].concat();
    html! {
        <section class="indicator" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}><span class="q-id">{ ind.id }</span>{ ind.name.get(page.lang) }</h2>
            { for ind.items.iter().map(|item| likert_item(page.lang, instrument, item, answers.get(item.id).copied(), page.guidance, page.on_action)) }
            { evidence(page, ind.id) }
        </section>
    }
}

fn stage_criteria(page: &Page, stage: &'static Stage) -> Html {
    let answers = &page.assessment.answers.stage;
    html! {
        <>
            <p class="stage-desc">{ stage.description.get(page.lang) }</p>
            { for stage.criteria.iter().map(|c| html! {
                <>
                    { stage_item(page.lang, c, answers.get(c.id).copied(), page.guidance, page.on_action) }
                    { evidence(page, c.id) }
                </>
            }) }
        </>
    }
}

/// The way to an indicator's or criterion's evidence (its note and documents, edited on
/// the on-demand evidence page: an editor here would cost the first load 5 KB), with how
/// many documents it has.
fn evidence(page: &Page, id: &'static str) -> Html {
    let s = t(page.lang);
    let documents = page
        .assessment
        .evidence
        .get(id)
        .map_or(0, |e| e.references.len());
    html! {
        <p class="evidence-open">
            <a href={Route::Evidence(id.to_string()).to_hash()} data-testid="evidence-link" data-id={id}>
                { fill(s.evidence_title, &[id]) }
                if documents > 0 { { " · " }{ fill(s.evidence_count, &[&documents.to_string()]) } }
            </a>
        </p>
    }
}

/// The current result of this section, read from the core, announced politely as it
/// changes so a screen-reader user hears the effect of an answer.
fn live_summary(s: &Strings, page: &Page, section: Section) -> String {
    let lang = page.lang;
    match section.likert() {
        Some(id) => {
            let r = page.result.likert(id);
            let name = r.instrument.name.get(lang);
            match (r.index, r.band) {
                (Some(v), Some(b)) => fill(
                    s.live_index,
                    &[name, &fmt_score(v, lang), b.predicate.get(lang)],
                ),
                _ => fill(s.live_no_score, &[name]),
            }
        }
        None => {
            let stage = &page.result.stage;
            let achieved = stage
                .stages
                .get(usize::from(stage.achieved).wrapping_sub(1));
            let name = achieved.map_or_else(
                || s.stage_zero.to_string(),
                |st| [&stage.achieved.to_string(), " ", st.stage.name.get(lang)].concat(),
            );
            fill(s.live_stage, &[&name])
        }
    }
}

fn pager(s: &Strings, page: &Page, route: &Route) -> Html {
    let prev = route.prev().unwrap_or(Route::Profile);
    let next = route.next().unwrap_or(Route::Results);
    let next_text = if next == Route::Results {
        s.next_to_results
    } else {
        s.next
    };
    let done = overall_progress(page.assessment).complete();
    let on_jump = page.on_jump.clone();
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
