//! The roll-up (issue 10 item 4): the compared assessments as one, each item the mean
//! of the units that answered it, with each item's spread across the units; its result
//! to view as a shared result or to take as one's own.

use yew::prelude::*;

use super::super::Ctx;
use crate::compare::RollUp;
use crate::i18n::{fmt_score, CompareStrings, Lang};
use crate::model::LikertAnswer;
use crate::state::views::{Compared, Notice, NoticeKind, Slot, ViewsAction};

pub fn section(compared: &Compared, ctx: &Ctx, w: &CompareStrings) -> Html {
    let code = compared.roll_up_code.clone();
    let adopt = {
        let (code, on_action) = (code.clone(), ctx.on_action.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(ViewsAction::Adopt(code.clone())))
    };
    html! {
        <section class="card" aria-labelledby="h-rollup" data-testid="compare-rollup">
            <h2 id="h-rollup">{ w.rollup_title }</h2>
            <p class="hint">{ w.rollup_note }</p>
            <div class="actions">
                <a class="button" href={["#/r/", &code].concat()} data-testid="rollup-view">{ w.rollup_view }</a>
                <button type="button" class="button" onclick={adopt} data-testid="rollup-use">{ w.rollup_use }</button>
                <button type="button" class="button" onclick={keep(compared, ctx)} data-testid="rollup-keep">{ w.rollup_keep }</button>
            </div>
            { super::super::confirm_in(ctx, crate::state::views::Slot::Csv) }
            { super::super::notice_in(ctx.state, Slot::Rollup, ctx.lang) }
            <details>
                <summary>{ w.spread_title }</summary>
                { spread(&compared.roll_up, ctx.lang, w) }
            </details>
        </section>
    }
}

/// The roll-up as a new assessment of the workspace, beside the open one (which "use as
/// my assessment" would replace).
fn keep(compared: &Compared, ctx: &Ctx) -> Callback<MouseEvent> {
    let assessment = compared.roll_up.assessment.clone();
    let units = compared.codes.len();
    let (lang, on_action) = (ctx.lang, ctx.on_action.clone());
    Callback::from(move |_: MouseEvent| {
        let w = crate::i18n::compare_words(lang);
        let today = crate::i18n::fmt_date(&crate::ui::browser::dom::today(), lang);
        let name = crate::i18n::fill(w.rollup_name, &[&units.to_string(), &today]);
        let now = crate::ui::browser::dom::now_millis();
        let save = crate::store::Saved::default()
            .record(&assessment, now)
            .encode();
        let (kind, text) = match crate::ui::on_demand::workspace_store::add(&save, &name) {
            Ok(_) => (NoticeKind::Done, crate::i18n::fill(w.rollup_kept, &[&name])),
            Err(_) => (
                NoticeKind::Problem,
                crate::i18n::workspace_words(lang).change_full.to_string(),
            ),
        };
        let slot = Slot::Rollup;
        on_action.emit(ViewsAction::Notice(Some(Notice { slot, kind, text })));
    })
}

fn spread(roll_up: &RollUp, lang: Lang, w: &CompareStrings) -> Html {
    let score = |v: Option<f64>| v.map_or("–".to_string(), |v| fmt_score(v, lang));
    html! {
        <div class="table-wrap scrolls" tabindex="0" role="region" aria-label={w.spread_title}>
            <table class="compare-table" data-testid="rollup-spread">
                <thead><tr>
                    <th scope="col">{ w.col_item }</th>
                    <th scope="col">{ w.col_units }</th>
                    <th scope="col">{ w.col_mean }</th>
                    <th scope="col">{ w.col_min }</th>
                    <th scope="col">{ w.col_max }</th>
                </tr></thead>
                <tbody>
                    { for roll_up.items.iter().filter(|i| i.distribution.scored() > 0).map(|i| {
                        let mean = match i.answer {
                            Some(LikertAnswer::Score(v)) => Some(v),
                            _ => None,
                        };
                        html! {
                            <tr data-item={i.id}>
                                <th scope="row">{ i.id }</th>
                                <td>{ i.distribution.scored().to_string() }</td>
                                <td>{ score(mean) }</td>
                                <td>{ score(i.min) }</td>
                                <td>{ score(i.max) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
