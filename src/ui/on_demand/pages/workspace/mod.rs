//! "Ruang kerja" (`#/workspace`, issue 10): every assessment kept in this browser, to
//! open, copy ("start next year's from this one"), rename, delete with an undo, rank and
//! compare; many files imported at once; the whole workspace saved as one file.
//!
//! The list is what the tools worker made of the saves (`state::workspace`); changes go
//! to the storage through `workspace_store`, and the page lists again.

mod actions;
mod rows;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{card, notice_in, Ctx};
use crate::i18n::{fill, t, workspace_words, Lang, WorkspaceStrings};
use crate::route::Route;
use crate::state::views::{Notice, NoticeKind, Slot, ViewsAction, MAX_COMPARED};
use crate::state::workspace::WorkspaceAction;
use crate::ui::browser::storage;
use crate::ui::on_demand::worker_client::{self, Payload};
use crate::worker::records::encode_saves;
use crate::worker::Op;

pub fn workspace_page(ctx: &Ctx) -> Html {
    let w = workspace_words(ctx.lang);
    if !storage::probe() {
        return html! {
            <div class="page workspace-page" data-testid="workspace">
                <h1 tabindex="-1">{ w.title }</h1>
                <p class="alert" role="alert" data-testid="workspace-unavailable">{ w.unavailable }</p>
            </div>
        };
    }
    html! {
        <div class="page workspace-page" data-testid="workspace">
            <h1 tabindex="-1">{ w.title }</h1>
            <p class="lead">{ w.intro }</p>
            { notice_in(ctx.state, Slot::Workspace, ctx.lang) }
            { actions::undo_bar(ctx, w) }
            { list_card(ctx, w) }
            { compare_card(ctx, w) }
            <div class="workspace-tools">
                { new_card(w) }
                { import_card(ctx, w) }
                { export_card(ctx, w) }
            </div>
        </div>
    }
}

/// The list: its order, a search, and the rows.
fn list_card(ctx: &Ctx, w: &WorkspaceStrings) -> Html {
    let view = &ctx.state.workspace;
    let Some(rows) = &view.rows else {
        return html! { <p class="hint" role="status" data-testid="workspace-loading">{ w.loading }</p> };
    };
    let on_sort = {
        let on_action = ctx.on_action.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value());
            if let Some(sort) = value
                .as_deref()
                .and_then(crate::state::workspace::Sort::from_key)
            {
                on_action.emit(ViewsAction::Workspace(WorkspaceAction::Sort(sort)));
            }
        })
    };
    let on_query = {
        let on_action = ctx.on_action.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                on_action.emit(ViewsAction::Workspace(WorkspaceAction::Query(
                    input.value(),
                )));
            }
        })
    };
    let shown = view.shown().count();
    let matching = view.order.len();
    let show_all = {
        let on_action = ctx.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(ViewsAction::Workspace(WorkspaceAction::ShowAll))
        })
    };
    html! {
        <section class="card" aria-labelledby="h-workspace-list" data-testid="workspace-list">
            <h2 id="h-workspace-list">{ fill(w.count, &[&rows.len().to_string()]) }</h2>
            <div class="workspace-controls">
                <label>{ w.sort_label }
                    <select data-testid="workspace-sort" onchange={on_sort}>
                        { for crate::state::workspace::Sort::ALL.into_iter().map(|s| html! {
                            <option value={s.key()} selected={s == view.sort}>{ sort_name(s, w) }</option>
                        }) }
                    </select>
                </label>
                <label>{ w.filter_label }
                    <input type="search" data-testid="workspace-search" value={view.query.clone()} oninput={on_query} />
                </label>
            </div>
            if matching == 0 && !view.query.trim().is_empty() {
                <p class="hint" data-testid="workspace-no-match">{ fill(w.filter_none, &[view.query.trim()]) }</p>
            } else {
                { rows::table(ctx, w) }
            }
            if shown < matching {
                <p class="hint">
                    { fill(w.shown_of, &[&shown.to_string(), &matching.to_string()]) }{ " " }
                    <button type="button" class="button button-quiet" data-testid="workspace-show-all" onclick={show_all}>{ w.show_all }</button>
                </p>
            }
        </section>
    }
}

fn sort_name(sort: crate::state::workspace::Sort, w: &WorkspaceStrings) -> &'static str {
    use crate::state::workspace::Sort;
    match sort {
        Sort::Scv => w.sort_scv,
        Sort::Ereadiness => w.sort_ereadiness,
        Sort::Stage => w.sort_stage,
        Sort::Label => w.sort_label_az,
        Sort::Updated => w.sort_updated,
    }
}

/// The ticked assessments go to the comparison page, in a comparison link.
fn compare_card(ctx: &Ctx, w: &WorkspaceStrings) -> Html {
    let codes = ctx.state.workspace.selected_codes();
    let href = (codes.len() >= 2).then(|| Route::Compare(codes.join(".")).to_hash());
    let label = fill(w.compare_button, &[&codes.len().to_string()]);
    let body = html! {
        <p>
            if let Some(href) = href {
                <a class="button button-primary" data-testid="workspace-compare" {href}>{ label }</a>
            } else {
                <span class="button" aria-disabled="true" data-testid="workspace-compare-off">{ label }</span>
            }
            { " " }<span class="hint">{ fill(w.compare_max, &[&MAX_COMPARED.to_string()]) }</span>
        </p>
    };
    card("workspace-compare", w.compare_title, w.compare_note, body)
}

fn new_card(w: &WorkspaceStrings) -> Html {
    let create = Callback::from(|_: MouseEvent| crate::ui::on_demand::workspace_store::open_new());
    let body = html! {
        <button type="button" class="button" data-testid="workspace-new" onclick={create}>{ w.new_button }</button>
    };
    card("workspace-new", w.new_title, w.new_note, body)
}

/// Files of any kind Cermat reads, several at once or a folder (chosen, or dropped on the
/// zone); the worker reads them.
fn import_card(ctx: &Ctx, w: &WorkspaceStrings) -> Html {
    let onchange = {
        let (lang, on_action) = (ctx.lang, ctx.on_action.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            // Read before the input is cleared: its `FileList` is live.
            let files = input.files();
            let files = files
                .iter()
                .flat_map(|list| (0..list.length()).filter_map(|i| list.get(i)));
            import(files.collect(), lang, &on_action);
            input.set_value("");
        })
    };
    let ondrop = {
        let (lang, on_action) = (ctx.lang, ctx.on_action.clone());
        Callback::from(move |e: DragEvent| {
            let on_action = on_action.clone();
            crate::ui::browser::dropped::folder_drop(&e, move |files| {
                import(files, lang, &on_action)
            });
        })
    };
    let body = html! {
        <>
            <label class="drop" data-testid="workspace-files-drop" {ondrop}>
                <span>{ w.pick_files }</span>
                <input type="file" multiple=true accept=".json,.txt,.csv,application/json,text/plain,text/csv"
                    data-testid="workspace-files" onchange={onchange.clone()} />
            </label>
            <label class="button compare-folder">
                { w.pick_folder }
                <input type="file" class="visually-hidden" webkitdirectory=true multiple=true
                    data-testid="workspace-folder" onchange={onchange} />
            </label>
        </>
    };
    card("workspace-import", w.import_title, w.import_note, body)
}

fn import(files: Vec<web_sys::File>, lang: Lang, on_action: &Callback<ViewsAction>) {
    // A folder holds other files too: only what Cermat reads is sent.
    let files: Vec<web_sys::File> = files
        .into_iter()
        .filter(|f| {
            let name = f.name().to_lowercase();
            [".json", ".txt", ".csv"]
                .iter()
                .any(|ext| name.ends_with(ext))
        })
        .collect();
    if files.is_empty() {
        return;
    }
    busy(lang, on_action);
    worker_client::ask(Op::WorkspaceImport, lang, Payload::Files(files), on_action);
}

/// A button that saves a file the worker made.
fn save_button(
    testid: &'static str,
    name: String,
    mime: &'static str,
    text: &std::rc::Rc<str>,
    label: &'static str,
) -> Html {
    let text = std::rc::Rc::clone(text);
    let onclick = Callback::from(move |_: MouseEvent| {
        crate::ui::browser::dom::save_file(&name, mime, &text);
    });
    html! {
        <button type="button" class="button button-primary" data-testid={testid} {onclick}>{ label }</button>
    }
}

fn busy(lang: Lang, on_action: &Callback<ViewsAction>) {
    let busy = Notice {
        slot: Slot::Workspace,
        kind: NoticeKind::Busy,
        text: t(lang).working.into(),
    };
    on_action.emit(ViewsAction::Notice(Some(busy)));
}

/// The workspace file and the comparison of everything as CSV, made on request (a
/// workspace of 552 assessments is megabytes: not made for nothing).
fn export_card(ctx: &Ctx, w: &WorkspaceStrings) -> Html {
    let view = &ctx.state.workspace;
    let ask = |op: Op| {
        let (lang, on_action) = (ctx.lang, ctx.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            busy(lang, &on_action);
            // The workspace file carries each assessment's website inventory too.
            let with_websites = op == Op::WorkspaceExport;
            let saves = encode_saves(&crate::ui::on_demand::workspace_store::saves_with(
                with_websites,
            ));
            worker_client::ask(op, lang, Payload::Text(saves), &on_action);
        })
    };
    let today = crate::ui::browser::dom::today();
    let json_name = ["cermat-ruang-kerja-", &today, ".json"].concat();
    let csv_name = ["cermat-perbandingan-", &today, ".csv"].concat();
    let body = html! {
        <p class="toolbar">
            if let Some(json) = &view.export {
                { save_button("workspace-download", json_name, "application/json", json, w.export_download) }
            } else {
                <button type="button" class="button" data-testid="workspace-export" onclick={ask(Op::WorkspaceExport)}>{ w.export_button }</button>
            }
            if let Some(csv) = &view.csv {
                { save_button("workspace-csv-download", csv_name, "text/csv", csv, w.csv_download) }
            } else {
                <button type="button" class="button" data-testid="workspace-csv" onclick={ask(Op::WorkspaceCsv)}>{ w.csv_button }</button>
            }
        </p>
    };
    card("workspace-export", w.export_title, w.export_note, body)
}
