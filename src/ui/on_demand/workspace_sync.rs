//! The workspace page's side effects, in one hook: listing the saves through the tools
//! worker whenever the page needs it (`WorkspaceView::wants_listing`), writing an import
//! the worker has read, and hearing other tabs change the storage.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::route::Route;
use crate::state::views::{ViewsAction, ViewsState};
use crate::state::workspace::{import_notice, WorkspaceAction};
use crate::ui::browser::dom;
use crate::ui::browser::ptr::Shared;
use crate::ui::on_demand::worker_client::{self, Payload};
use crate::ui::on_demand::workspace_store;
use crate::worker::records::encode_saves;
use crate::worker::Op;

#[hook]
pub fn use_workspace(state: &ViewsState, on_action: &Callback<ViewsAction>) {
    let lang = state.request.as_ref().map(|r| r.lang).unwrap_or_default();
    let on_page = state
        .request
        .as_ref()
        .is_some_and(|r| r.route == Route::Workspace);
    {
        let on_action = on_action.clone();
        use_effect_with((), move |_| {
            let listener = dom::window().map(|w| {
                EventListener::new(&w, "storage", move |event| {
                    let key = js_sys::Reflect::get(event, &"key".into()).ok();
                    // `null` when the whole storage was cleared.
                    if key
                        .and_then(|k| k.as_string())
                        .is_none_or(|k| k.starts_with("cermat."))
                    {
                        on_action.emit(ViewsAction::Workspace(WorkspaceAction::Changed));
                    }
                })
            });
            move || drop(listener)
        });
    }
    let wanted = on_page && state.workspace.wants_listing();
    let next = state.workspace.asked + 1;
    {
        let on_action = on_action.clone();
        use_effect_with((wanted, next), move |(wanted, next)| {
            if !*wanted {
                return;
            }
            on_action.emit(ViewsAction::Workspace(WorkspaceAction::Asked(*next)));
            let saves = encode_saves(&workspace_store::saves());
            let payload = [next.to_string(), "\n".into(), saves].concat();
            worker_client::ask(Op::WorkspaceList, lang, Payload::Text(payload), &on_action);
        });
    }
    let to_write = state.workspace.to_write.clone();
    let known: Vec<String> = match &to_write {
        Some(_) => state
            .workspace
            .codes()
            .into_iter()
            .map(str::to_string)
            .collect(),
        None => Vec::new(),
    };
    let on_action = on_action.clone();
    // The same import is written once: compared by pointer.
    use_effect_with(to_write.map(Shared), move |to_write| {
        let Some(Shared(reply)) = to_write else {
            return;
        };
        let known = known.iter().map(String::as_str).collect();
        let written = workspace_store::write_import(reply, &known);
        let notice = import_notice(&written, &reply.failed, lang);
        on_action.emit(ViewsAction::Notice(Some(notice)));
        on_action.emit(ViewsAction::Workspace(WorkspaceAction::Written));
    });
}
