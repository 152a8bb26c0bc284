//! "Survei responden" (`#/survey`): the questionnaires to hand out, the import of a
//! survey export with its column mapping, and the statistics a study reports; and the
//! printable paper questionnaire (`#/survey/paper`).
//!
//! Everything shown was computed by the tools worker (`worker::SurveySummary`); these
//! components draw it and send the user's choices back. Every text from the file is a
//! text node, and the worker has cut long lists to size.

mod distribution;
mod imported;
mod mapping;
mod paper;
mod questionnaires;
mod report;
mod statistics;
mod table_tools;

use yew::prelude::*;

use super::files::picker;
use super::{card, confirm_in, notice_in, Ctx};
use crate::i18n::survey_words;
use crate::state::views::Slot;
use crate::worker::Op;

pub use paper::survey_paper_page;
pub use report::survey_sheet;

pub fn survey_page(ctx: &Ctx) -> Html {
    let w = survey_words(ctx.lang);
    let survey = ctx.state.survey.as_deref();
    html! {
        <div class="page survey-page">
            <h1 tabindex="-1">{ w.title }</h1>
            <p class="lead">{ w.intro }</p>
            { questionnaires::forms_card(ctx) }
            { card("csv", w.import_title, w.import_note, html! {
                <>
                    { picker(ctx, Op::ImportCsv, ".csv,.tsv,.txt,text/csv,text/plain", w.pick_csv) }
                    { notice_in(ctx.state, Slot::Csv, ctx.lang) }
                    { confirm_in(ctx, Slot::Csv) }
                    if let Some(summary) = survey {
                        { imported::summary(summary, ctx) }
                    }
                </>
            }) }
            if let Some(summary) = survey.filter(|s| s.usable()) {
                { statistics::stats_card(summary, ctx) }
            }
        </div>
    }
}
