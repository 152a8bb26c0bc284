//! The root component: one reducer for the state, the hash route, autosave, the
//! language, and focus after navigation. Pages get only what they show.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{self, Lang};
use crate::route::Route;
use crate::scoring::evaluate;
use crate::state::{self, Action, AppState};
use crate::ui::components::{Footer, Header, Notices};
use crate::ui::hooks::{navigate, use_autosave, use_hash_route};
use crate::ui::pages::{Coming, Landing, MethodPage, NotFound, ProfilePage, ResultsPage, Wizard};
use crate::ui::ptr::Shared;
use crate::ui::{dom, storage};

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
    let lang = i18n::pick_lang(&dom::search(), saved_lang.as_deref(), &dom::browser_languages());
    let saved = storage::get(storage::ASSESSMENT_KEY);
    let restored = state::restore(saved.as_deref(), lang, storage_ok);
    if let Some(damaged) = restored.backup {
        // Kept before autosave overwrites the main key, so nothing is lost silently.
        let key = [storage::DAMAGED_PREFIX, &dom::now_millis().to_string()].concat();
        storage::set(&key, &damaged);
    }
    restored.state
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(boot);
    let route = use_hash_route();
    let on_action: Callback<Action> = state.dispatcher().to_callback();
    use_autosave(Rc::clone(&state.assessment), state.storage, on_action.clone());
    use_effect_with((), |_| dom::remove_boot_text());
    use_document_lang(state.lang, &route);

    // Recomputed only when the assessment is replaced, never on a language switch.
    let result = use_memo(Shared(Rc::clone(&state.assessment)), |a| evaluate(&a.0));
    let pending_focus = use_focus_on_navigation(&route);
    let on_lang = use_lang_switch(on_action.clone());
    let on_jump = use_callback(
        (Shared(Rc::clone(&state.assessment)), route.clone()),
        move |_: (), (assessment, route)| jump_to_unanswered(assessment, route, &pending_focus),
    );

    let lang = state.lang;
    let assessment = Shared(Rc::clone(&state.assessment));
    let result = Shared(result);
    let page = match route.clone() {
        Route::Landing => html! { <Landing {lang} {assessment} on_action={on_action.clone()} /> },
        Route::Profile => html! {
            <ProfilePage {lang} profile={state.assessment.profile.clone()} on_action={on_action.clone()} />
        },
        Route::Assess { section, step } => html! {
            <Wizard {lang} {section} {step} {assessment} {result} on_action={on_action.clone()} {on_jump} />
        },
        Route::Results => html! { <ResultsPage {lang} {assessment} {result} on_action={on_action.clone()} {on_jump} /> },
        Route::Method => html! { <MethodPage {lang} /> },
        // Share links and the printable report come with their own issue; until then
        // these addresses say so rather than showing nothing.
        Route::Shared(_) | Route::Report => html! { <Coming {lang} /> },
        Route::NotFound => html! { <NotFound {lang} /> },
    };
    html! {
        <>
            <Header {lang} route={route.clone()} {on_lang} />
            <Notices {lang} storage={state.storage} recovery={state.recovery.clone()} {on_action} />
            <main id="main" tabindex="-1">{ page }</main>
            <Footer {lang} />
        </>
    }
}

/// Keeps `<html lang>` and the document title in step with the language and page.
#[hook]
fn use_document_lang(lang: Lang, route: &Route) {
    use_effect_with((lang, route.clone()), |(lang, route)| {
        dom::set_html_lang(lang.code());
        let s = i18n::t(*lang);
        let page = match route {
            Route::Profile => s.profile_title,
            Route::Assess { .. } => s.nav_assess,
            Route::Results => s.results_title,
            Route::Method => s.method_title,
            Route::NotFound => s.not_found_title,
            Route::Shared(_) | Route::Report => s.coming_title,
            Route::Landing => "",
        };
        let title = if page.is_empty() {
            s.page_title_suffix.to_string()
        } else {
            [page, " · ", s.app_name].concat()
        };
        dom::set_title(&title);
    });
}

/// A language switch: the state changes (answers untouched), the choice is
/// remembered, and a `?lang=` in the address is updated so a reload agrees.
#[hook]
fn use_lang_switch(on_action: Callback<Action>) -> Callback<Lang> {
    use_callback(on_action, |lang: Lang, on_action| {
        on_action.emit(Action::SetLang(lang));
        storage::set(storage::LANG_KEY, lang.code());
        if let Some(search) = i18n::with_lang_query(&dom::search(), lang) {
            dom::replace_search(&search);
        }
    })
}

type PendingFocus = Rc<RefCell<Option<&'static str>>>;

/// After a route change, focus goes to the new page's heading, or to the item a
/// "next unanswered" jump asked for. The first render keeps the browser's own focus.
#[hook]
fn use_focus_on_navigation(route: &Route) -> PendingFocus {
    let pending: PendingFocus = use_mut_ref(|| None);
    let first = use_mut_ref(|| true);
    {
        let pending = pending.clone();
        // Parents' effects run after their children rendered, so the page is there.
        use_effect_with(route.clone(), move |_| {
            let item = pending.borrow_mut().take();
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if !item.is_some_and(dom::focus_item) {
                dom::focus_page_heading();
            }
        });
    }
    pending
}

/// Goes to the next unanswered item: focuses it when it is on this page, otherwise
/// navigates to its step and lets the route effect focus it there.
fn jump_to_unanswered(assessment: &crate::model::Assessment, route: &Route, pending: &PendingFocus) {
    let Some(next) = state::next_unanswered(assessment, route) else { return };
    if next.route == *route {
        dom::focus_item(next.id);
    } else {
        *pending.borrow_mut() = Some(next.id);
        navigate(&next.route);
    }
}
