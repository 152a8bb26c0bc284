//! The results dashboard, recomputed live by the core: a provisional mark while
//! anything is unanswered, both Likert instruments, and the stage ladder.

use yew::prelude::*;

use crate::content;
use crate::i18n::{fill, t, Lang, Strings};
use crate::model::{Assessment, InstrumentId};
use crate::route::{Route, Section};
use crate::scoring::AssessmentResult;
use crate::state::{overall_progress, Action};
use crate::ui::components::{LikertResultView, StageLadder, StageRecommendations};
use crate::ui::ptr::Shared;

#[derive(Properties, PartialEq)]
pub struct ResultsPageProps {
    pub lang: Lang,
    pub assessment: Shared<Assessment>,
    pub result: Shared<AssessmentResult>,
    pub on_action: Callback<Action>,
    pub on_jump: Callback<()>,
}

#[component]
pub fn ResultsPage(props: &ResultsPageProps) -> Html {
    let (s, lang) = (t(props.lang), props.lang);
    let likert = |instrument| html! {
        <LikertResultView {lang} {instrument} result={props.result.clone()} on_action={props.on_action.clone()} />
    };
    html! {
        <div class="page results">
            { head(s, props) }
            { provisional(s, props) }
            { likert(InstrumentId::Scv) }
            { likert(InstrumentId::Ereadiness) }
            <section class="card result" data-testid="result-stage" aria-labelledby="h-stage">
                <h2 id="h-stage">{ content::stages().name.get(lang) }</h2>
                <p class="source">{ content::stages().source.get(lang) }</p>
                <StageLadder {lang} result={props.result.clone()} />
                <div class="result-recs">
                    <StageRecommendations {lang} result={props.result.clone()} assessment={props.assessment.clone()} />
                </div>
            </section>
        </div>
    }
}

/// Title, who was assessed, and the toolbar. Sharing, export and the printable report
/// (a later issue) add their buttons to the toolbar.
fn head(s: &Strings, props: &ResultsPageProps) -> Html {
    let p = &props.assessment.profile;
    let who: Vec<&str> = [p.region.as_str(), p.unit.as_str(), p.date.as_str()]
        .into_iter()
        .filter(|x| !x.trim().is_empty())
        .collect();
    html! {
        <header class="results-head">
            <h1 tabindex="-1">{ s.results_title }</h1>
            if !who.is_empty() { <p class="results-for">{ fill(s.results_for, &[&who.join(" · ")]) }</p> }
            <div class="toolbar" data-testid="results-toolbar">
                <a class="button" href={Route::first_step(Section::Scv).to_hash()}>{ s.edit_answers }</a>
                <a class="button button-quiet" href="#/method">{ s.nav_method }</a>
            </div>
        </header>
    }
}

fn provisional(s: &Strings, props: &ResultsPageProps) -> Html {
    if !props.result.provisional() {
        return Html::default();
    }
    let open = overall_progress(&props.assessment).unanswered();
    let on_jump = props.on_jump.clone();
    html! {
        <div class="notice notice-info provisional" data-testid="provisional">
            <p>{ fill(s.provisional, &[&open.to_string()]) }</p>
            <button type="button" class="button button-quiet" data-testid="next-unanswered"
                onclick={move |_| on_jump.emit(())}>{ s.next_unanswered }</button>
        </div>
    }
}
