//! A result opened from a link (`#/r/<code>`): that assessment's results, read-only,
//! under a banner saying so. It is never autosaved: the user's own work stays what it
//! was until they choose "Save as my assessment" and confirm replacing it. A link that
//! does not decode shows why, in the user's language, with a way home.

use yew::prelude::*;

use super::not_found::message;
use super::results::results_page;
use crate::i18n::{t, Lang};
use crate::model::Assessment;
use crate::route::Route;
use crate::scoring::evaluate;
use crate::share;
use crate::state::{has_work, Action};
use crate::ui::dom;
use crate::ui::hooks::navigate;
use crate::ui::pages::Page;

pub fn shared_page(page: &Page, code: &str) -> Html {
    let s = t(page.lang);
    let shared = match share::decode(code) {
        Ok(a) => a,
        Err(e) => {
            return message(
                s.shared_error,
                &e.message(page.lang),
                s.go_home,
                "shared-error",
            )
        }
    };
    let save = {
        let (a, work, lang) = (shared.clone(), has_work(page.assessment), page.lang);
        let on_action = page.on_action.clone();
        Callback::from(move |_: MouseEvent| adopt(a.clone(), work, lang, &on_action))
    };
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
            <a class="button" data-testid="shared-back" href="#/results">{ s.shared_back }</a>
        </>
    };
    html! {
        <>
            <p class="notice notice-info shared-banner" role="status" data-testid="shared-banner">{ s.shared_banner }</p>
            { results_page(&view, tools) }
        </>
    }
}

/// Makes `a` the user's own assessment and shows its results. When that would replace
/// saved work (`work`), only after the user confirms.
pub fn adopt(a: Assessment, work: bool, lang: Lang, on_action: &Callback<Action>) {
    if work && !dom::confirm(t(lang).confirm_replace) {
        return;
    }
    on_action.emit(Action::Load(a));
    navigate(&Route::Results);
}

/// `adopt` for a share code from the tools worker (an imported file or a survey).
pub fn adopt_code(code: &str, work: bool, lang: Lang, on_action: &Callback<Action>) {
    if let Ok(a) = share::decode(code) {
        adopt(a, work, lang, on_action);
    }
}
