//! Everything the app does to the browser after a render, in one effect: autosave,
//! the document's language and title, focus after a change of page, telling the
//! on-demand views module what to show, and replacing the assessment when asked.
//!
//! One effect rather than three because each effect is a separate generic
//! instantiation in the WebAssembly (about 1 KB gzip each), and all three react to
//! the same thing: the state after a render. What actually changed is tracked here,
//! so each part still runs only when its own input changed.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::bridge::ViewRequest;
use crate::i18n::{self, Lang};
use crate::route::Route;
use crate::share;
use crate::state::{Action, AppState, GuidanceStatus, ViewsStatus};
use crate::store;
use crate::ui::browser::ptr::Shared;
use crate::ui::browser::{dom, embed};
use crate::ui::first_load::pages::adopt_code;
use crate::ui::first_load::{autosave, guidance_loader, views_host};

/// What the last run saw, so each part runs only when its input changed.
#[derive(Default)]
pub struct SyncMemory {
    /// The page focus was last set for.
    shown: Option<Route>,
    /// An item a "next unanswered" jump is waiting to focus on the next page.
    pub pending_item: Option<&'static str>,
}

pub type Memory = Rc<RefCell<SyncMemory>>;

/// Runs after every render whose language, route, assessment, storage, adoption asked
/// for, or views module changed.
/// Returns the shared memory, through which a jump asks for an item's focus.
#[hook]
pub fn use_browser_sync(state: &AppState, on_action: Callback<Action>) -> Memory {
    let memory: Memory = use_mut_ref(SyncMemory::default);
    {
        let on_action = on_action.clone();
        use_effect_with((), move |_| autosave::listen(&on_action));
    }
    let deps = (
        state.lang,
        state.route.clone(),
        Shared(Rc::clone(&state.assessment)),
        state.storage,
        state.adopt.clone(),
        state.views,
        state.guidance == GuidanceStatus::NotLoaded,
        state.storage_tick,
        state.recovery.clone(),
    );
    {
        let memory = memory.clone();
        // Parents' effects run after their children rendered, so the page is there.
        use_effect_with(
            deps,
            move |(lang, route, assessment, status, adopt, views, unloaded, tick, recovery)| {
                autosave::sync(&assessment.0, *tick, *status, recovery.as_ref(), &on_action);
                sync_document(*lang, route);
                if let Ok(mut memory) = memory.try_borrow_mut() {
                    move_focus(&mut memory, route);
                }
                if *views != ViewsStatus::NotLoaded
                    || route.loads_on_demand()
                    || embed::events_origin().is_some()
                {
                    // A shared result's report shows that result, not the user's work.
                    let shown = match route {
                        Route::SharedReport(code) => share::decode(code).ok(),
                        _ => None,
                    };
                    let request = ViewRequest {
                        route: route.clone(),
                        lang: *lang,
                        assessment: store::exact(shown.as_ref().unwrap_or(&assessment.0)),
                    };
                    views_host::show(&request, *views, &on_action);
                }
                if *unloaded && guidance_loader::needed_on(route, *lang) {
                    guidance_loader::load(&on_action);
                }
                if let Some(code) = adopt {
                    adopt_code(code, &on_action);
                }
            },
        );
    }
    memory
}

/// `<html lang>` so screen readers pronounce the page right, the title, and
/// index.html's "loading" text gone.
fn sync_document(lang: Lang, route: &Route) {
    dom::remove_boot_text();
    dom::set_html_lang(lang.code());
    if let Some(title) = page_title(lang, route) {
        dom::set_title(&title);
    }
}

/// After a change of page only: focus the item a jump asked for, or else the new
/// page's heading. The first page keeps the browser's own focus.
fn move_focus(memory: &mut SyncMemory, route: &Route) {
    let previous = memory.shown.replace(route.clone());
    // The views module focuses its own pages' headings when it has drawn them.
    if previous.is_none_or(|p| p == *route) || route.loads_on_demand() {
        return;
    }
    let item = memory.pending_item.take();
    if !item.is_some_and(dom::focus_item) {
        dom::focus_page_heading();
    }
}

/// `None` on the pages the views module titles itself (`ui::on_demand::app`): their
/// words are not in the first load, and setting another title here would undo theirs.
fn page_title(lang: Lang, route: &Route) -> Option<String> {
    let s = i18n::t(lang);
    let page = match route {
        Route::Profile => s.profile_title,
        Route::Assess { .. } => s.nav_assess,
        Route::Results => s.results_title,
        Route::Method => s.method_title,
        Route::NotFound => s.not_found_title,
        Route::Share => s.share_title,
        Route::Embed => s.embed_title,
        Route::Plan => s.plan_title,
        Route::Survey
        | Route::SurveyPaper
        | Route::Compare(_)
        | Route::Workspace
        | Route::Evidence(_) => return None,
        Route::Shared(_) => s.shared_title,
        Route::Report | Route::SharedReport(_) => s.report_title,
        Route::Landing => return Some(s.page_title_suffix.to_string()),
    };
    Some([page, " · ", s.app_name].concat())
}
