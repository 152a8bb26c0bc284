//! The paper questionnaire (`#/survey/paper`): what `forms::paper_questionnaire` holds,
//! laid out to print (boxes to tick, numbered rows, the checklist), then the data-entry
//! sheet that says how to type each paper form into the CSV template.

use yew::prelude::*;

use super::super::Ctx;
use crate::forms::{paper_questionnaire, PaperOption, PaperQuestionnaire, PaperSection};
use crate::i18n::survey_words;
use crate::route::Route;
use crate::ui::browser::dom;

pub fn survey_paper_page(ctx: &Ctx) -> Html {
    let w = survey_words(ctx.lang);
    let paper = paper_questionnaire(ctx.lang);
    let print = Callback::from(|_: MouseEvent| dom::print());
    html! {
        <div class="page paper" data-testid="paper-questionnaire">
            <div class="actions no-print">
                <button type="button" class="button button-primary" onclick={print} data-testid="paper-print">{ w.paper_print }</button>
                <a class="button" href={Route::Survey.to_hash()}>{ w.paper_back }</a>
            </div>
            <h1 tabindex="-1">{ paper.title.clone() }</h1>
            <p>{ paper.introduction.clone() }</p>
            <ul class="paper-instructions">
                { for paper.instructions.iter().map(|i| html! { <li>{ i.clone() }</li> }) }
            </ul>
            { profile(&paper) }
            { for paper.sections.iter().map(|s| section(s, &paper.scale, None)) }
            <h2 class="paper-break">{ paper.checklist.heading.clone() }</h2>
            <p>{ paper.checklist.instructions.clone() }</p>
            { for paper.checklist.stages.iter().map(|s| section(s, &paper.checklist.options, Some(3))) }
            { data_entry(&paper, w.col_header) }
        </div>
    }
}

fn profile(paper: &PaperQuestionnaire) -> Html {
    html! {
        <section class="paper-profile">
            <h2>{ paper.profile_title.clone() }</h2>
            { for paper.profile.iter().map(|f| html! {
                <div class="paper-field">
                    <span class="paper-label">{ f.label.clone() }</span>
                    if f.options.is_empty() {
                        <span class="paper-line" aria-hidden="true"></span>
                    } else {
                        <span class="paper-options">
                            { for f.options.iter().map(|o| html! {
                                <span class="paper-option"><span class="box" aria-hidden="true"></span>{ o.label.clone() }</span>
                            }) }
                        </span>
                    }
                    if !f.hint.is_empty() { <span class="hint">{ f.hint.clone() }</span> }
                </div>
            }) }
        </section>
    }
}

/// A section's statements, one row each, with a box per option. `level` is the
/// heading level: stages sit under the checklist's heading.
fn section(s: &PaperSection, options: &[PaperOption], level: Option<u8>) -> Html {
    let heading = s.heading.clone();
    html! {
        <section class="paper-section">
            if level == Some(3) { <h3>{ heading }</h3> } else { <h2>{ heading }</h2> }
            if !s.context.is_empty() { <p class="hint">{ s.context.clone() }</p> }
            // On a phone the boxes scroll sideways; on paper the table fits the page.
            <div class="table-wrap">
            <table class="paper-table">
                <thead><tr>
                    <th scope="col">{ "No" }</th>
                    <th scope="col" class="paper-statement">{ "" }</th>
                    { for options.iter().map(|o| html! { <th scope="col" title={o.label.clone()}>{ o.short.clone() }</th> }) }
                </tr></thead>
                <tbody>
                    { for s.rows.iter().map(|r| html! {
                        <tr>
                            <td>{ r.number.to_string() }</td>
                            <td class="paper-statement"><strong>{ r.code.clone() }</strong>{ " " }{ r.statement.clone() }</td>
                            { for options.iter().map(|_| html! { <td><span class="box" aria-hidden="true"></span></td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}

fn data_entry(paper: &PaperQuestionnaire, app: &str) -> Html {
    let sheet = &paper.data_entry;
    html! {
        <section class="paper-entry paper-break" data-testid="paper-entry">
            <h2>{ sheet.title.clone() }</h2>
            <ul>{ for sheet.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
            <div class="table-wrap">
            <table class="paper-table">
                <thead><tr><th scope="col">{ "No" }</th><th scope="col">{ app.to_string() }</th></tr></thead>
                <tbody>
                    { for sheet.columns.iter().enumerate().map(|(i, c)| html! {
                        <tr><td>{ (i + 1).to_string() }</td><td>{ c.clone() }</td></tr>
                    }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}
