//! The views module's root component: one reducer (`state::views`), the bridge to the
//! app (requests in, adoption out), the share page's files asked of the tools worker,
//! and the choice of page. It draws nothing on the app's own pages.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::bridge::{
    ViewEvent, ViewRequest, EVENT_ATTR, READY_ATTR, READY_EVENT, REQUEST_ATTR, REQUEST_EVENT,
    VIEWS_ROOT_ID, VIEW_EVENT,
};
use crate::content::Guidance;
use crate::route::Route;
use crate::scoring::evaluate;
use crate::state::views::{
    apply, export_payload, files_to_ask, Notice, NoticeKind, Slot, ViewsAction, ViewsState,
};
use crate::state::websites::WebsitesAction;
use crate::state::GuidanceStatus;
use crate::ui::browser::dom;
use crate::ui::components::footer;
use crate::ui::on_demand::host_events::use_host_events;
use crate::ui::on_demand::pages::{
    compare_page, embed_page, evidence_page, method_page, plan_page, report_page, share_page,
    survey_page, survey_paper_page, workspace_page, Ctx,
};
use crate::ui::on_demand::websites_sync::use_websites;
use crate::ui::on_demand::worker_client::{self, Payload};
use crate::ui::on_demand::workspace_sync::use_workspace;

impl Reducible for ViewsState {
    type Action = ViewsAction;

    fn reduce(self: Rc<Self>, action: ViewsAction) -> Rc<Self> {
        Rc::new(apply(Rc::unwrap_or_clone(self), action))
    }
}

#[component]
pub fn ViewsApp() -> Html {
    let state = use_reducer(ViewsState::default);
    let on_action: Callback<ViewsAction> = state.dispatcher().to_callback();
    use_bridge(on_action.clone());
    use_files(&state, &on_action);
    let lang = state.request.as_ref().map(|r| r.lang).unwrap_or_default();
    use_adoption(state.adopt.clone(), lang, &on_action);
    use_evidence_sender(&state, &on_action);
    use_host_events(&state);
    use_workspace(&state, &on_action);
    use_websites(&state, &on_action);
    let route = state.request.as_ref().map(|r| r.route.clone());
    use_focus_on_change(route.clone());
    use_page_title(route.clone(), state.request.as_ref().map(|r| r.lang));
    let guidance = use_memo((), |_| GuidanceStatus::Ready(Rc::new(Guidance::builtin())));

    let (Some(request), Some(assessment)) = (&state.request, &state.assessment) else {
        return Html::default();
    };
    if !request.route.loads_on_demand() {
        return Html::default();
    }
    let result = evaluate(assessment);
    let ctx = Ctx {
        lang: request.lang,
        assessment,
        result: &result,
        state: &state,
        guidance: &guidance,
        on_action: &on_action,
    };
    let page = match &request.route {
        Route::Share => share_page(&ctx),
        Route::Report | Route::SharedReport(_) => report_page(&ctx),
        Route::Embed => embed_page(&ctx),
        Route::Plan => plan_page(&ctx),
        Route::Survey => survey_page(&ctx),
        Route::SurveyPaper => survey_paper_page(&ctx),
        Route::Compare(_) => compare_page(&ctx),
        Route::Workspace => workspace_page(&ctx),
        Route::Evidence(id) => evidence_page(&ctx, id),
        _ => method_page(&ctx),
    };
    html! {
        <>
            <main id="main-view" tabindex="-1">{ page }</main>
            { footer(request.lang) }
        </>
    }
}

/// Reads the app's requests (the one already there, then each announced), and says
/// once that the module is ready.
#[hook]
fn use_bridge(on_action: Callback<ViewsAction>) {
    use_effect_with((), move |_| {
        let root = dom::document().and_then(|d| d.get_element_by_id(VIEWS_ROOT_ID));
        let listener = root.map(|root| {
            let read = {
                let root = root.clone();
                move || {
                    let text = root.get_attribute(REQUEST_ATTR).unwrap_or_default();
                    if let Some(request) = ViewRequest::decode(&text) {
                        on_action.emit(ViewsAction::Request(request));
                    }
                }
            };
            read();
            let _ = root.set_attribute(READY_ATTR, "");
            if let Ok(event) = web_sys::Event::new(READY_EVENT) {
                let _ = root.dispatch_event(&event);
            }
            EventListener::new(&root, REQUEST_EVENT, move |_| read())
        });
        move || drop(listener)
    });
}

/// On the share page, asks the tools worker for the files it offers that are not made
/// yet for this assessment and language.
#[hook]
fn use_files(state: &ViewsState, on_action: &Callback<ViewsAction>) {
    let request = state
        .request
        .clone()
        .filter(|r| matches!(r.route, Route::Share | Route::Survey));
    let asks = request
        .as_ref()
        .map(|r| files_to_ask(state, r))
        .unwrap_or_default();
    // The response file is made again when the website inventory changes too.
    let payload = request.as_ref().map(|r| export_payload(state, r));
    let on_action = on_action.clone();
    use_effect_with((request, payload), move |(request, _)| {
        let Some(request) = request else { return };
        if asks.is_empty() {
            return;
        }
        on_action.emit(ViewsAction::FilesAsked(request.clone()));
        for (op, payload) in asks {
            worker_client::ask(op, request.lang, Payload::Text(payload), &on_action);
        }
    });
}

/// Hands an imported assessment to the app, which asks before replacing saved work.
#[hook]
fn use_adoption(
    adopt: Option<Rc<str>>,
    lang: crate::i18n::Lang,
    on_action: &Callback<ViewsAction>,
) {
    let on_action = on_action.clone();
    use_effect_with(adopt, move |adopt| {
        let Some(code) = adopt else { return };
        // An imported file's website inventory becomes this assessment's; the app takes
        // the assessment alone.
        let (code, sites) = crate::websites::detach(code);
        let id = crate::ui::on_demand::workspace_store::current_id();
        let now = dom::now_millis();
        if !crate::ui::on_demand::websites_store::replace(&id, &sites, now) {
            let text = crate::i18n::websites_words(lang).import_not_saved;
            on_action.emit(ViewsAction::Notice(Some(Notice {
                slot: Slot::Json,
                kind: NoticeKind::Problem,
                text: text.into(),
            })));
        }
        on_action.emit(ViewsAction::Websites(WebsitesAction::Reread));
        let root = dom::document().and_then(|d| d.get_element_by_id(VIEWS_ROOT_ID));
        if let Some(root) = root {
            let _ = root.set_attribute(EVENT_ATTR, &ViewEvent::Adopt(code).encode());
            if let Ok(event) = web_sys::Event::new(VIEW_EVENT) {
                let _ = root.dispatch_event(&event);
            }
        }
        on_action.emit(ViewsAction::AdoptSent);
    });
}

/// Hands the evidence page's edits to the app, whose autosave keeps them.
#[hook]
fn use_evidence_sender(state: &ViewsState, on_action: &Callback<ViewsAction>) {
    let to_send = state.evidence.as_ref().and_then(|d| d.to_send.clone());
    let on_action = on_action.clone();
    use_effect_with(to_send, move |to_send| {
        let Some(entries) = to_send else { return };
        let root = dom::document().and_then(|d| d.get_element_by_id(VIEWS_ROOT_ID));
        if let Some(root) = root {
            let _ = root.set_attribute(EVENT_ATTR, &ViewEvent::Evidence(entries.clone()).encode());
            if let Ok(event) = web_sys::Event::new(VIEW_EVENT) {
                let _ = root.dispatch_event(&event);
            }
        }
        on_action.emit(ViewsAction::EvidenceSent);
    });
}

/// The document's title on the pages whose words live only in this module (the first
/// load gives them the app's name until this runs).
#[hook]
fn use_page_title(route: Option<Route>, lang: Option<crate::i18n::Lang>) {
    use_effect_with((route, lang), |(route, lang)| {
        let (Some(route), Some(lang)) = (route, lang) else {
            return;
        };
        let page = match route {
            Route::Survey | Route::SurveyPaper => crate::i18n::survey_words(*lang).title,
            Route::Compare(_) => crate::i18n::compare_words(*lang).title,
            Route::Workspace => crate::i18n::workspace_words(*lang).title,
            Route::Evidence(id) => {
                let title = fill_title(crate::i18n::panel(*lang).evidence_page, id);
                return dom::set_title(&[&title, " · ", crate::i18n::t(*lang).app_name].concat());
            }
            _ => return,
        };
        dom::set_title(&[page, " · ", crate::i18n::t(*lang).app_name].concat());
    });
}

fn fill_title(template: &str, id: &str) -> String {
    crate::i18n::fill(template, &[id])
}

/// After a change of page, the new page's heading gets the focus (as the app does for
/// its own pages), so a screen reader starts there.
#[hook]
fn use_focus_on_change(route: Option<Route>) {
    use_effect_with(route, |route| {
        if route.as_ref().is_some_and(Route::loads_on_demand) {
            dom::focus_heading_in(VIEWS_ROOT_ID);
        }
    });
}
