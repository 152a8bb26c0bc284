//! Links to every step of the three instruments (`data-testid=step-nav`), each with
//! how many of its items are still unanswered, so gaps are easy to find.

use yew::prelude::*;

use crate::content;
use crate::i18n::{fill, t, Lang, Strings};
use crate::model::Assessment;
use crate::route::{Route, Section};
use crate::state::step_progress;
use crate::ui::ptr::Shared;

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub lang: Lang,
    pub current: Route,
    pub assessment: Shared<Assessment>,
}

#[component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let s = t(props.lang);
    let groups = Section::ALL.into_iter().map(|section| {
        let steps = (1..=section.steps()).map(|step| step_link(props, s, section, step));
        html! {
            <li class="step-group">
                <span class="step-group-name">{ section_name(section, props.lang) }</span>
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

fn step_link(props: &StepNavProps, s: &Strings, section: Section, step: usize) -> Html {
    let route = Route::Assess { section, step };
    let progress = step_progress(&props.assessment, section, step);
    let current = props.current == route;
    let status = if progress.complete() {
        s.step_done.to_string()
    } else {
        fill(s.step_unanswered, &[&progress.unanswered().to_string()])
    };
    let class = classes!("step-link", progress.complete().then_some("step-done"), current.then_some("step-current"));
    html! {
        <li>
            <a {class} href={route.to_hash()} aria-current={current.then_some("step")}>
                <span class="step-num">{ step }</span>
                <span class="step-name">{ step_name(section, step, props.lang) }</span>
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
        Some(id) => content::likert(id).elements.get(index).map_or("", |e| e.name.get(lang)),
        None => content::stages().stages.get(index).map_or("", |st| st.name.get(lang)),
    }
}
