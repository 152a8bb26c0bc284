//! What the buttons of a row do: each is one change of the storage
//! (`workspace_store`), then a notice and a new listing. A change that cannot be kept
//! says why; nothing is half done.

use yew::prelude::*;

use crate::i18n::{fill, workspace_words, Lang, WorkspaceStrings};
use crate::route::Route;
use crate::state::views::{Notice, NoticeKind, Slot, ViewsAction};
use crate::state::workspace::WorkspaceAction;
use crate::ui::browser::{dom, storage::Fault};
use crate::ui::on_demand::pages::Ctx;
use crate::ui::on_demand::workspace_store;

/// Opens an assessment: the page reloads on it, at its results.
pub fn open(id: &str) -> Callback<MouseEvent> {
    let id = id.to_string();
    Callback::from(move |_: MouseEvent| workspace_store::open(&id, &Route::Results))
}

pub fn duplicate(ctx: &Ctx, id: &str, label: &str) -> Callback<MouseEvent> {
    let (lang, on_action) = (ctx.lang, ctx.on_action.clone());
    let (id, label) = (id.to_string(), label.to_string());
    Callback::from(move |_: MouseEvent| {
        let w = workspace_words(lang);
        let base = if label.is_empty() { w.unnamed } else { &label };
        let name = [base, " ", w.copy_suffix].concat();
        let done = workspace_store::duplicate(&id, &name, &dom::today());
        say(&on_action, lang, done.map(|_| fill(w.created, &[&name])));
    })
}

pub fn start_rename(ctx: &Ctx, id: Option<&str>) -> Callback<MouseEvent> {
    let on_action = ctx.on_action.clone();
    let id = id.map(str::to_string);
    Callback::from(move |_: MouseEvent| {
        on_action.emit(ViewsAction::Workspace(WorkspaceAction::Renaming(
            id.clone(),
        )))
    })
}

/// Saves the name typed in the rename form of `id` (the input `name-<id>`).
pub fn rename(ctx: &Ctx, id: &str) -> Callback<SubmitEvent> {
    let (lang, on_action) = (ctx.lang, ctx.on_action.clone());
    let id = id.to_string();
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        let input = dom::document()
            .and_then(|d| d.get_element_by_id(&["name-", &id].concat()))
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(el).ok());
        let Some(input) = input else { return };
        let done = workspace_store::rename(&id, &input.value());
        let renamed = done.map(|_| workspace_words(lang).renamed.to_string());
        on_action.emit(ViewsAction::Workspace(WorkspaceAction::Renaming(None)));
        say(&on_action, lang, renamed);
    })
}

pub fn delete(ctx: &Ctx, id: &str, label: &str) -> Callback<MouseEvent> {
    let (lang, on_action) = (ctx.lang, ctx.on_action.clone());
    let (id, label) = (id.to_string(), label.to_string());
    Callback::from(move |_: MouseEvent| match workspace_store::delete(&id) {
        Ok(()) => {
            on_action.emit(ViewsAction::Notice(None));
            let deleted = WorkspaceAction::Deleted(id.clone(), label.clone());
            on_action.emit(ViewsAction::Workspace(deleted));
        }
        Err(fault) => say(&on_action, lang, Err(fault)),
    })
}

/// The bar that says what was deleted, with its undo.
pub fn undo_bar(ctx: &Ctx, w: &WorkspaceStrings) -> Html {
    let Some((id, label)) = &ctx.state.workspace.deleted else {
        return Html::default();
    };
    let shown = if label.is_empty() { w.unnamed } else { label };
    let undo = {
        let (lang, on_action) = (ctx.lang, ctx.on_action.clone());
        let (id, shown) = (id.clone(), shown.to_string());
        Callback::from(move |_: MouseEvent| {
            let done = workspace_store::restore(&id);
            on_action.emit(ViewsAction::Workspace(WorkspaceAction::UndoGone));
            let restored = done.map(|_| fill(workspace_words(lang).restored, &[&shown]));
            say(&on_action, lang, restored);
        })
    };
    html! {
        <p class="undo-bar" role="status" data-testid="workspace-deleted">
            { fill(w.deleted, &[shown]) }{ " " }
            <button type="button" class="button" data-testid="workspace-undo" onclick={undo}>{ w.undo }</button>
        </p>
    }
}

/// The outcome of a change as the page's notice, and a new listing.
fn say(on_action: &Callback<ViewsAction>, lang: Lang, outcome: Result<String, Fault>) {
    let w = workspace_words(lang);
    let (kind, text) = match outcome {
        Ok(text) => (NoticeKind::Done, text),
        Err(Fault::Full) => (NoticeKind::Problem, w.change_full.to_string()),
        Err(Fault::Unavailable) => (NoticeKind::Problem, w.change_refused.to_string()),
    };
    let slot = Slot::Workspace;
    on_action.emit(ViewsAction::Notice(Some(Notice { slot, kind, text })));
    on_action.emit(ViewsAction::Workspace(WorkspaceAction::Changed));
}
