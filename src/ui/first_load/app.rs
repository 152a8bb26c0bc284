//! The root component of the first-load app: one reducer for the whole state
//! (assessment, language, route, storage status), start-up from the browser, and the
//! choice of page. Side effects live in `hooks`; pages get only what they show. The
//! pages of the on-demand views module are drawn by that module (`views_host`).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{self, Lang};
use crate::route::{Route, PRERENDERED};
use crate::scoring::evaluate;
use crate::share;
use crate::state::{self, Action, AppState};
use crate::ui::browser::ptr::Shared;
use crate::ui::browser::{dom, storage};
use crate::ui::components::Page;
use crate::ui::components::{footer, header, notices};
use crate::ui::first_load::autosave;
use crate::ui::first_load::hooks::{navigate, use_browser_sync, use_hash_route, Memory};
use crate::ui::first_load::pages::{
    adopt_shell, landing, not_found, on_demand_page, own_results, profile_page, shared_page, wizard,
};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(state::apply(Rc::unwrap_or_clone(self), action))
    }
}

/// Reads language and saved work from the browser once, at start-up.
fn boot() -> AppState {
    let storage_ok = storage::probe();
    let saved_lang = storage::get(storage::LANG_KEY);
    let lang = i18n::pick_lang(
        &dom::search(),
        saved_lang.as_deref(),
        &dom::browser_languages(),
    );
    let key = storage::current_save_key();
    let current = storage::get(&key);
    // An earlier version's one assessment becomes the workspace's first.
    let legacy = (key == storage::SAVE_KEY)
        .then(|| storage::get(storage::LEGACY_KEY))
        .flatten();
    let mut restored =
        state::restore_saves(current.as_deref(), legacy.as_deref(), lang, storage_ok);
    // Answers given on the prerendered first step before the app was there are the
    // user's latest: they go over the saved ones, before the shell is removed.
    if let Route::Assess { section, step } = PRERENDERED {
        for id in state::step_ids(section, step) {
            let answer = dom::checked_value("#boot", id).and_then(|v| state::radio_answer(id, &v));
            if let Some(answer) = answer {
                restored.state = state::apply(restored.state, answer);
            }
        }
    }
    if let (Some(damaged), Some(recovery)) = (&restored.backup, &mut restored.state.recovery) {
        // The autosave writes over the save only once its copy is confirmed kept (an
        // earlier version's save is never written over); until then the user is offered
        // it as a file.
        recovery.kept = storage::keep_copy(damaged, dom::now_millis()) || current.is_none();
    }
    autosave::start(restored.save);
    AppState {
        // index.html's static landing becomes the app's (and a Resume clicked before
        // the app was there is followed).
        route: adopt_shell(&restored.state.assessment),
        ..restored.state
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(boot);
    let route = state.route.clone();
    let on_action: Callback<Action> = state.dispatcher().to_callback();
    use_hash_route(on_action.clone());
    let memory = use_browser_sync(&state, on_action.clone());

    // Recomputed only when the assessment is replaced, never on a language switch.
    let result = use_memo(Shared(Rc::clone(&state.assessment)), |a| evaluate(&a.0));
    let on_lang = lang_switch(&on_action);
    // Plain callbacks: pages are functions re-rendered with the app, so there is no
    // memoised child whose props a fresh callback would disturb.
    let on_jump = {
        let (assessment, route) = (Rc::clone(&state.assessment), route.clone());
        Callback::from(move |_: ()| jump_to_unanswered(&assessment, &route, &memory))
    };

    let lang = state.lang;
    let page = Page {
        lang,
        assessment: &state.assessment,
        result: &result,
        on_action: &on_action,
        on_jump: &on_jump,
        guidance: &state.guidance,
        readonly: false,
    };
    let page = match route.clone() {
        Route::Landing => landing(&page),
        Route::Profile => profile_page(&page),
        Route::Assess { section, step } => wizard(&page, section, step),
        Route::Results => own_results(&page),
        Route::Shared(code) => shared_page(&page, &code, state.asking_replace),
        Route::NotFound => not_found(lang),
        // Drawn by the views module in `#views`, after this root, with its own footer.
        // A shared result's report: its code must decode, or the shared page says why.
        Route::SharedReport(code) if share::decode(&code).is_err() => {
            shared_page(&page, &code, false)
        }
        Route::Method
        | Route::Share
        | Route::Report
        | Route::Embed
        | Route::Plan
        | Route::Survey
        | Route::SurveyPaper
        | Route::Compare(_)
        | Route::Workspace
        | Route::Evidence(_)
        | Route::SharedReport(_) => {
            return html! {
                <>
                    { header(lang, &route, &on_lang, &state.assessment) }
                    { notices(lang, state.storage, state.recovery.as_ref(), &state.assessment, &on_action) }
                    { on_demand_page(lang, state.views) }
                </>
            };
        }
    };
    html! {
        <>
            { header(lang, &route, &on_lang, &state.assessment) }
            { notices(lang, state.storage, state.recovery.as_ref(), &state.assessment, &on_action) }
            <main id="main" tabindex="-1">{ page }</main>
            { footer(lang) }
        </>
    }
}

/// A language switch: the state changes (answers untouched) and the choice is
/// remembered, ahead of any `?lang=` in the address (see `i18n::pick_lang`).
fn lang_switch(on_action: &Callback<Action>) -> Callback<Lang> {
    let on_action = on_action.clone();
    Callback::from(move |lang: Lang| {
        on_action.emit(Action::SetLang(lang));
        // A language not remembered is no loss: the browser's own is the fallback.
        let _ = storage::set(storage::LANG_KEY, lang.code());
    })
}

/// Goes to the next unanswered item: focuses it when it is on this page, otherwise
/// navigates to its step and lets the route effect focus it there.
fn jump_to_unanswered(assessment: &crate::model::Assessment, route: &Route, memory: &Memory) {
    let Some(next) = state::next_unanswered(assessment, route) else {
        return;
    };
    if next.route == *route {
        dom::focus_item(next.id);
    } else {
        if let Ok(mut memory) = memory.try_borrow_mut() {
            memory.pending_item = Some(next.id);
        }
        navigate(&next.route);
    }
}
