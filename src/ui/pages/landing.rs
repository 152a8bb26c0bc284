//! The landing page: what Cermat measures and from which sources, who it is for, how
//! long it takes, that answers stay in the browser; one way to start, and a way to
//! resume saved work.

use yew::prelude::*;

use crate::content;
use crate::i18n::{fill, t, Lang, Strings};
use crate::model::{Assessment, Text};
use crate::route::Route;
use crate::route::Section;
use crate::state::{has_work, next_unanswered, overall_progress, section_progress, Action};
use crate::ui::dom;
use crate::ui::pages::Page;

pub fn landing(page: &Page) -> Html {
    let (s, lang) = (t(page.lang), page.lang);
    let blank = Assessment::default();
    let statements = section_progress(&blank, Section::Scv).total
        + section_progress(&blank, Section::Ereadiness).total;
    let criteria = section_progress(&blank, Section::Stage).total;
    html! {
        <div class="page landing">
            <section class="hero">
                <h1 tabindex="-1">{ s.landing_title }</h1>
                <p class="lead">{ s.landing_lead }</p>
                { actions(s, page.assessment, page.on_action) }
            </section>
            <section aria-labelledby="measures">
                <h2 id="measures">{ s.landing_measures }</h2>
                <ul class="cards">
                    { for Section::ALL.into_iter().map(|section| instrument_card(s, section, lang)) }
                </ul>
            </section>
            <section class="facts">
                { fact(s.landing_who_title, s.landing_who.to_string()) }
                { fact(s.landing_time_title, fill(s.landing_time, &[&statements.to_string(), &criteria.to_string()])) }
                { fact(s.landing_privacy_title, s.landing_privacy.to_string()) }
            </section>
        </div>
    }
}

/// Start always; Resume, See results and Start over only when there is saved work.
fn actions(s: &'static Strings, a: &Assessment, on_action: &Callback<Action>) -> Html {
    if !has_work(a) {
        return html! {
            <p class="actions"><a class="button button-primary" href="#/profile" data-testid="start">{ s.start }</a></p>
        };
    }
    let progress = overall_progress(a);
    let resume = next_unanswered(a, &Route::Landing).map_or(Route::Results, |u| u.route);
    let on_action = on_action.clone();
    let reset = Callback::from(move |_: MouseEvent| {
        if dom::confirm(s.confirm_reset) {
            on_action.emit(Action::Reset);
        }
    });
    html! {
        <>
            <p class="actions">
                <a class="button button-primary" href={resume.to_hash()} data-testid="resume">{ s.resume }</a>
                <a class="button" href="#/profile" data-testid="start">{ s.start }</a>
                <a class="button" href="#/results">{ s.view_results }</a>
            </p>
            <p class="hint">{ fill(s.resume_note, &[&progress.answered.to_string(), &progress.total.to_string()]) }</p>
            <p><button type="button" class="button button-quiet" onclick={reset} data-testid="reset">{ s.start_over }</button></p>
        </>
    }
}

fn instrument_card(s: &Strings, section: Section, lang: Lang) -> Html {
    let (name, source): (Text, Text) = match section.likert() {
        Some(id) => (content::likert(id).name, content::likert(id).source),
        None => (content::stages().name, content::stages().source),
    };
    let total = section_progress(&Assessment::default(), section)
        .total
        .to_string();
    let count = if section.likert().is_some() {
        s.count_statements
    } else {
        s.count_criteria
    };
    html! {
        <li class="card">
            <h3>{ name.get(lang) }</h3>
            <p class="count">{ fill(count, &[&total]) }</p>
            <p class="source">{ fill(s.landing_source, &[source.get(lang)]) }</p>
        </li>
    }
}

fn fact(title: &'static str, body: String) -> Html {
    html! {
        <div class="fact">
            <h2>{ title }</h2>
            <p>{ body }</p>
        </div>
    }
}
