//! The results dashboard, recomputed live by the core: a provisional mark while
//! anything is unanswered, both Likert instruments, and the stage ladder. The same
//! dashboard shows the user's results and a shared result (first load, each with its
//! own toolbar) and makes the body of the printable report (on demand).

use yew::prelude::*;

use super::{likert_result, stage_ladder, stage_recommendations, Page};
use crate::content;
use crate::i18n::{fill, fmt_date, t, Strings};
use crate::model::InstrumentId;
use crate::state::overall_progress;

/// The dashboard with `tools` in its toolbar.
pub fn results_page(page: &Page, tools: Html) -> Html {
    let (s, lang) = (t(page.lang), page.lang);
    let on_action = (!page.readonly).then_some(page.on_action);
    let likert = |id| likert_result(lang, id, page.result.likert(id), page.guidance, on_action);
    let stage = &page.result.stage;
    html! {
        <div class="page results">
            { head(s, page, tools) }
            { provisional(s, page) }
            { likert(InstrumentId::Scv) }
            { likert(InstrumentId::Ereadiness) }
            <section class="card result" data-testid="result-stage" aria-labelledby="h-stage">
                <h2 id="h-stage">{ content::stages().name.get(lang) }</h2>
                <p class="source">{ content::stages().source.get(lang) }</p>
                { stage_ladder(lang, stage) }
                <div class="result-recs">{ stage_recommendations(lang, stage, &page.assessment.answers.stage, page.guidance) }</div>
            </section>
        </div>
    }
}

/// Title, who was assessed (as text, whatever a link put there), and the toolbar.
fn head(s: &Strings, page: &Page, tools: Html) -> Html {
    let p = &page.assessment.profile;
    let date = fmt_date(&p.date, page.lang);
    let who: Vec<&str> = [p.region.as_str(), p.unit.as_str(), date.as_str()]
        .into_iter()
        .filter(|x| !x.trim().is_empty())
        .collect();
    let title = if page.readonly {
        s.shared_title
    } else {
        s.results_title
    };
    html! {
        <header class="results-head">
            <h1 tabindex="-1">{ title }</h1>
            if !who.is_empty() { <p class="results-for" data-testid="results-for">{ isolated(s.results_for, &who) }</p> }
            <div class="toolbar" data-testid="results-toolbar">{ tools }</div>
        </header>
    }
}

/// `template` with its `{}` replaced by `parts` joined by " · ", each part in a `<bdi>`:
/// a right-to-left mark at the end of a region cannot reorder the unit or date after it.
fn isolated(template: &'static str, parts: &[&str]) -> Html {
    let (before, after) = template.split_once("{}").unwrap_or((template, ""));
    let parts = parts.iter().enumerate().map(|(i, part)| {
        html! { <>if i > 0 { { " · " } }<bdi>{ part.to_string() }</bdi></> }
    });
    html! { <>{ before }{ for parts }{ after }</> }
}

fn provisional(s: &Strings, page: &Page) -> Html {
    if !page.result.provisional() {
        return Html::default();
    }
    let open = overall_progress(page.assessment).unanswered();
    let on_jump = page.on_jump.clone();
    html! {
        <div class="notice notice-info provisional" data-testid="provisional">
            <p>{ fill(s.provisional, &[&open.to_string()]) }</p>
            if !page.readonly {
                <button type="button" class="button button-quiet" data-testid="next-unanswered"
                    onclick={move |_| on_jump.emit(())}>{ s.next_unanswered }</button>
            }
        </div>
    }
}
