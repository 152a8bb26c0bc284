//! The workspace's table: one row per assessment, in the order and with the ranks the
//! state computed; on a phone each row is a labelled block (`table.stack`).

use yew::prelude::*;

use super::actions;
use crate::i18n::{date_of_millis, fill, fmt_date, fmt_score, WorkspaceStrings};
use crate::state::views::ViewsAction;
use crate::state::workspace::WorkspaceAction;
use crate::ui::on_demand::pages::Ctx;
use crate::ui::on_demand::workspace_store;
use crate::workspace::Listed;

pub fn table(ctx: &Ctx, w: &WorkspaceStrings) -> Html {
    let view = &ctx.state.workspace;
    let current = workspace_store::current_id();
    let ranks = view.sort.ranks();
    html! {
        <div class="table-wrap scrolls" tabindex="0" role="region" aria-labelledby="h-workspace-list">
            <table class="stack workspace-table" data-testid="workspace-table">
                <thead><tr>
                    <th scope="col">{ w.col_select }</th>
                    if ranks { <th scope="col">{ w.col_rank }</th> }
                    <th scope="col">{ w.col_name }</th>
                    <th scope="col">{ w.col_progress }</th>
                    <th scope="col">{ w.col_scv }</th>
                    <th scope="col">{ w.col_ereadiness }</th>
                    <th scope="col">{ w.col_stage }</th>
                    <th scope="col">{ w.col_updated }</th>
                    <th scope="col">{ w.col_actions }</th>
                </tr></thead>
                <tbody>
                    { for view.shown().map(|(row, rank)| {
                        let rank = ranks.then_some(rank);
                        row_html(ctx, w, row, rank, row.id == current)
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn row_html(
    ctx: &Ctx,
    w: &WorkspaceStrings,
    row: &Listed,
    rank: Option<Option<usize>>,
    open_now: bool,
) -> Html {
    let lang = ctx.lang;
    let shown = shown_label(row, lang);
    let label = if shown.is_empty() { w.unnamed } else { &shown };
    let figure = |f: Option<(f64, u8)>| match f {
        Some((index, level)) => [
            fmt_score(index, lang),
            " (".into(),
            fill(w.level, &[&level.to_string()]),
            ")".into(),
        ]
        .concat(),
        None => w.no_value.to_string(),
    };
    let selected = ctx.state.workspace.selected.contains(&row.id);
    let on_select = {
        let (on_action, id) = (ctx.on_action.clone(), row.id.clone());
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            on_action.emit(ViewsAction::Workspace(WorkspaceAction::Select(
                id.clone(),
                on,
            )))
        })
    };
    let renaming = ctx.state.workspace.renaming.as_deref() == Some(row.id.as_str());
    html! {
        <tr data-testid="workspace-row" data-id={row.id.clone()} data-open={open_now.to_string()}>
            <td data-label={w.col_select}>
                <input type="checkbox" checked={selected} onchange={on_select} data-testid="workspace-select"
                    aria-label={fill(w.select_label, &[label])} />
            </td>
            if let Some(rank) = rank {
                <td data-label={w.col_rank} data-testid="workspace-rank">{ rank.map(|r| r.to_string()).unwrap_or_else(|| w.no_value.to_string()) }</td>
            }
            <th scope="row" data-testid="workspace-label">
                if renaming {
                    { rename_form(ctx, w, row, label) }
                } else {
                    <bdi>{ label.to_string() }</bdi>
                }
                if open_now { <span class="badge" data-testid="workspace-open-now">{ w.open_now }</span> }
                if row.damaged { <span class="badge badge-warn">{ w.damaged }</span> }
            </th>
            <td data-label={w.col_progress}>{ format!("{} / {}", row.answered, row.total) }</td>
            <td data-label={w.col_scv} data-testid="workspace-scv">{ figure(row.scv) }</td>
            <td data-label={w.col_ereadiness}>{ figure(row.ereadiness) }</td>
            <td data-label={w.col_stage}>{ row.stage.map(|s| s.to_string()).unwrap_or_else(|| w.no_value.to_string()) }</td>
            <td data-label={w.col_updated}>{ fmt_date(&date_of_millis(row.updated), lang) }</td>
            <td data-label={w.col_actions}><div class="row-actions">
                if !open_now {
                    <button type="button" class="button button-primary" data-testid="workspace-open"
                        aria-label={fill(w.open_label, &[label])} onclick={actions::open(&row.id)}>{ w.open }</button>
                }
                <button type="button" class="button" data-testid="workspace-duplicate" title={w.duplicate_note}
                    aria-label={fill(w.duplicate_label, &[label])} onclick={actions::duplicate(ctx, &row.id, &shown)}>{ w.duplicate }</button>
                <button type="button" class="button button-quiet" data-testid="workspace-rename"
                    aria-label={fill(w.rename_label, &[label])} onclick={actions::start_rename(ctx, Some(&row.id))}>{ w.rename }</button>
                if !open_now {
                    <button type="button" class="button button-quiet" data-testid="workspace-delete"
                        aria-label={fill(w.delete_label, &[label])} onclick={actions::delete(ctx, &row.id, &shown)}>{ w.delete }</button>
                }
            </div></td>
        </tr>
    }
}

/// The name the user gave, else "region · unit · date" with the date as people write it.
pub fn shown_label(row: &Listed, lang: crate::i18n::Lang) -> String {
    if !row.name.trim().is_empty() {
        return row.name.clone();
    }
    let date = fmt_date(&row.date, lang);
    let parts = [row.region.trim(), row.unit.trim(), date.trim()];
    let parts: Vec<&str> = parts.into_iter().filter(|p| !p.is_empty()).collect();
    parts.join(" · ")
}

fn rename_form(ctx: &Ctx, w: &WorkspaceStrings, row: &Listed, label: &str) -> Html {
    let id = ["name-", &row.id].concat();
    let value = if row.name.is_empty() {
        label.to_string()
    } else {
        row.name.clone()
    };
    html! {
        <form class="rename-form" onsubmit={actions::rename(ctx, &row.id)} data-testid="workspace-rename-form">
            <label for={id.clone()}>{ w.name_field }</label>
            <input id={id} type="text" maxlength="120" {value} data-testid="workspace-name" />
            <button type="submit" class="button button-primary" data-testid="workspace-save-name">{ w.save_name }</button>
            <button type="button" class="button button-quiet" onclick={actions::start_rename(ctx, None)}>{ w.cancel }</button>
        </form>
    }
}
