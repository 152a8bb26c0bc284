//! The views module's pages, one function per route, and the pieces they share.

mod compare;
mod embed;
mod evidence;
mod evidence_annex;
mod files;
mod method;
mod plan;
mod report;
mod share;
mod survey;
mod websites;
mod workspace;

use yew::prelude::*;

use crate::i18n::{panel, Lang};
use crate::model::Assessment;
use crate::scoring::AssessmentResult;
use crate::state::views::{NoticeKind, Slot, ViewsAction, ViewsState};
use crate::state::GuidanceStatus;
use crate::ui::components::confirm_replace;

pub use compare::compare_page;
pub use embed::embed_page;
pub use evidence::evidence_page;
pub use method::method_page;
pub use plan::plan_page;
pub use report::report_page;
pub use share::share_page;
pub use survey::{survey_page, survey_paper_page, survey_sheet};
pub use websites::PASTE_BOX;
pub use workspace::workspace_page;

/// What a page of the views module may need, borrowed for one render.
pub struct Ctx<'a> {
    pub lang: Lang,
    pub assessment: &'a Assessment,
    pub result: &'a AssessmentResult,
    pub state: &'a ViewsState,
    /// Built in: the views module links the guidance texts.
    pub guidance: &'a GuidanceStatus,
    pub on_action: &'a Callback<ViewsAction>,
}

/// A card of the share page: a heading, a note, and its body.
fn card(key: &str, title: &str, note: &str, body: Html) -> Html {
    let heading = ["h-", key].concat();
    html! {
        <section class="card" data-testid={[key, "-card"].concat()} aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ title.to_string() }</h2>
            if !note.is_empty() { <p class="hint">{ note.to_string() }</p> }
            { body }
        </section>
    }
}

/// The question asked before an import replaces saved work, in the slot it came from:
/// asked in the page, beside what the user just did.
fn confirm_in(ctx: &Ctx, slot: Slot) -> Html {
    if !ctx
        .state
        .confirm
        .as_ref()
        .is_some_and(|(at, _)| *at == slot)
    {
        return Html::default();
    }
    let answer = |yes: bool| {
        let on_action = ctx.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(ViewsAction::Confirm(yes)))
    };
    confirm_replace(ctx.lang, answer(true), answer(false))
}

/// The notice of one slot, if it has one, as text: work under way or done, or what went
/// wrong, one problem a line (the worker has already cut a long list to size).
fn notice_in(state: &ViewsState, slot: Slot, lang: Lang) -> Html {
    let Some(n) = state.notice.as_ref().filter(|n| n.slot == slot) else {
        return Html::default();
    };
    let problem = n.kind == NoticeKind::Problem;
    let (role, testid) = if problem {
        ("alert", "tool-problems")
    } else {
        ("status", "tool-status")
    };
    // A failed import of one file says first that nothing changed, then what is wrong.
    // The workspace's and the roll-up's notices say themselves what was kept.
    let single_import = matches!(slot, Slot::Json | Slot::Csv | Slot::Compare);
    let heading = (problem && single_import).then(|| panel(lang).nothing_imported);
    html! {
        <div class="tool-notice-box" {role}>
            if let Some(heading) = heading { <p class="tool-heading" data-testid="nothing-imported">{ heading }</p> }
            <ul class="tool-notice" data-testid={testid}>
                { for n.text.lines().map(|line| html! { <li>{ line.to_string() }</li> }) }
            </ul>
        </div>
    }
}
