//! Links to every step of the three instruments (`data-testid=step-nav`), each with
//! how many of its items are still unanswered, so gaps are easy to find.

use yew::prelude::*;

use crate::content;
use crate::i18n::{fill, t, Lang, Strings};
use crate::model::Assessment;
use crate::route::{Route, Section};
use crate::state::step_progress;

pub fn step_nav(lang: Lang, current: &Route, assessment: &Assessment) -> Html {
    let s = t(lang);
    let groups = Section::ALL.into_iter().map(|section| {
        let steps = (1..=section.steps())
            .map(|step| step_link(s, lang, current, assessment, section, step));
        html! {
            <li class="step-group">
                <span class="step-group-name">{ section_name(section, lang) }</span>
                <ol class="step-list">{ for steps }</ol>
            </li>
        }
    });
    html! {
        <nav class="step-nav" data-testid="step-nav" aria-label={s.step_nav_label}>
            <ul class="step-groups">{ for groups }</ul>
        </nav>
    }
}

fn step_link(
    s: &Strings,
    lang: Lang,
    current: &Route,
    a: &Assessment,
    section: Section,
    step: usize,
) -> Html {
    let route = Route::Assess { section, step };
    let progress = step_progress(a, section, step);
    let current = *current == route;
    let status = if progress.complete() {
        s.step_done.to_string()
    } else {
        fill(s.step_unanswered, &[&progress.unanswered().to_string()])
    };
    // State goes in attributes, not classes: aria-current for the current step (which
    // screen readers announce too), data-done for a complete one.
    html! {
        <li>
            <a class="step-link" data-done={progress.complete().then_some("true")} href={route.to_hash()} aria-current={current.then_some("step")}>
                <span class="step-num">{ step }</span>
                <span class="step-name">{ step_name(section, step, lang) }</span>
                <span class="step-status">{ status }</span>
            </a>
        </li>
    }
}

/// The instrument's name, from the content.
pub fn section_name(section: Section, lang: Lang) -> &'static str {
    match section.likert() {
        Some(id) => content::likert(id).name.get(lang),
        None => content::stages().name.get(lang),
    }
}

/// An element's or stage's name.
pub fn step_name(section: Section, step: usize, lang: Lang) -> &'static str {
    let index = step.wrapping_sub(1);
    match section.likert() {
        Some(id) => content::likert(id)
            .elements
            .get(index)
            .map_or("", |e| e.name.get(lang)),
        None => content::stages()
            .stages
            .get(index)
            .map_or("", |st| st.name.get(lang)),
    }
}
