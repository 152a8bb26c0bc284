//! A result opened from a link (`#/r/<code>`): that assessment's results, read-only,
//! under a banner saying so. It is never autosaved: the user's own work stays what it
//! was until they choose "Save as my assessment" and confirm replacing it. A link that
//! does not decode shows why, in the user's language, with a way home.

use yew::prelude::*;

use super::not_found::message;
use crate::i18n::t;
use crate::route::Route;
use crate::scoring::evaluate;
use crate::share;
use crate::state::{has_work, Action};
use crate::store;
use crate::ui::components::Page;
use crate::ui::components::{confirm_replace, results_page};
use crate::ui::first_load::hooks::navigate;

pub fn shared_page(page: &Page, code: &str, asking: bool) -> Html {
    let s = t(page.lang);
    let (shared, respondents) = match share::decode_with_respondents(code) {
        Ok(decoded) => decoded,
        Err(e) => {
            return message(
                s.shared_error,
                &e.message(page.lang),
                s.go_home,
                "shared-error",
            )
        }
    };
    // Over saved work, the page asks first, under the button (never window.confirm: a
    // browser may block it in an embedded frame).
    let work = has_work(page.assessment);
    let adopt = {
        let (code, on_action) = (code.to_string(), page.on_action.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Adopt(code.clone())))
    };
    let ask = |asking: bool| {
        let on_action = page.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::AskReplace(asking)))
    };
    let save = if work { ask(true) } else { adopt.clone() };
    let result = evaluate(&shared);
    let view = Page {
        assessment: &shared,
        result: &result,
        readonly: true,
        ..*page
    };
    let tools = html! {
        <>
            <button type="button" class="button button-primary" data-testid="shared-save" onclick={save}>{ s.shared_save }</button>
            <a class="button" data-testid="shared-report" href={Route::SharedReport(code.to_string()).to_hash()}>{ s.open_report }</a>
            <a class="button" data-testid="shared-back" href="#/results">{ s.shared_back }</a>
            if asking && work {
                { confirm_replace(page.lang, adopt, ask(false)) }
            }
        </>
    };
    // A survey's link says how many answered; its report shows how they answered.
    let respondents = respondents.map(|n| n.to_string());
    html! {
        <>
            <p class="notice notice-info shared-banner" role="status" data-testid="shared-banner">
                { s.shared_banner }
                // "n = 100", as a study writes its sample in either language.
                if let Some(n) = respondents {
                    { " " }<span data-testid="shared-respondents" data-value={n.clone()}>{ "(n = " }{ n }{ ")" }</span>
                }
            </p>
            { results_page(&view, tools) }
        </>
    }
}

/// Makes the assessment of a share code (a link, an imported file, a survey: see
/// `Action::Adopt`) the user's own and shows its results. Where that replaces saved work,
/// the page that asked for it has already asked the user (this page, or the views module).
pub fn adopt_code(code: &str, on_action: &Callback<Action>) {
    on_action.emit(Action::Adopted);
    // Exact text from the views module (an import), or a result link's code.
    let Some(a) = store::from_exact(code)
        .ok()
        .or_else(|| share::decode(code).ok())
    else {
        return;
    };
    on_action.emit(Action::Load(a));
    navigate(&Route::Results);
}
