//! The website inventory (issue 11, `crate::websites`): edited on the evidence pages of
//! the Emerging and Enhanced criteria (E1, N1, N2), whose evidence it is, and listed in
//! the report's annex. Every address is text, never a link: the report is printed and
//! shared, and a typed address is not vouched for.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::Ctx;
use crate::i18n::{fill, websites_words, Lang, WebsitesStrings};
use crate::state::views::ViewsAction;
use crate::state::websites::{WebsiteEdit, WebsitesAction, PAGE_SIZE};
use crate::websites::{Flag, Row, Tally, TextField, MAX_TEXT_CHARS};

/// The inventory's figures as a sentence ("20 of 39 sites active (51%); …"), and the
/// agencies without a site; `None` for an empty inventory.
pub fn share_lines(rows: &[Row], lang: Lang) -> Option<Vec<String>> {
    let w = websites_words(lang);
    let tally = Tally::of(rows.iter().map(|r| &r.site));
    if tally.is_empty() {
        return None;
    }
    let mut lines = Vec::new();
    if tally.sites > 0 {
        let percent = |p: Option<u32>| p.unwrap_or(0).to_string();
        lines.push(fill(
            w.share_line,
            &[
                &tally.active.to_string(),
                &tally.sites.to_string(),
                &percent(tally.active_percent()),
                &tally.updated.to_string(),
                &percent(tally.updated_percent()),
            ],
        ));
    }
    if tally.without_site > 0 {
        lines.push(fill(w.without_site, &[&tally.without_site.to_string()]));
    }
    Some(lines)
}

/// The editor, on the evidence page of E1, N1 or N2.
pub fn websites_section(ctx: &Ctx) -> Html {
    let (w, view) = (websites_words(ctx.lang), &ctx.state.websites);
    let share = share_lines(&view.rows, ctx.lang).unwrap_or_else(|| vec![w.empty.to_string()]);
    let send = |edit: WebsiteEdit| {
        let on_action = ctx.on_action.clone();
        Callback::from(move |_: MouseEvent| emit_edit(&on_action, edit.clone()))
    };
    html! {
        <section class="card websites" data-testid="websites" aria-labelledby="h-websites">
            <h2 id="h-websites">{ w.title }</h2>
            <p class="hint">{ w.intro }</p>
            <div class="websites-share" role="status" data-testid="websites-share">
                { for share.into_iter().map(|line| html! { <p>{ line }</p> }) }
            </div>
            if view.damaged { <p class="notice notice-info" data-testid="websites-damaged">{ w.damaged }</p> }
            if view.not_saved { <p class="alert" role="alert" data-testid="websites-not-saved">{ w.not_saved }</p> }
            if !view.rows.is_empty() { { table(ctx, w) } }
            <p class="toolbar">
                <button type="button" class="button" data-testid="websites-add" onclick={send(WebsiteEdit::Add)}>{ w.add }</button>
                if !view.rows.is_empty() {
                    <button type="button" class="button" data-testid="websites-copy" onclick={copy_table(ctx)}>{ w.copy_table }</button>
                }
                <span class="hint">{ w.saved_hint }</span>
            </p>
            if let Some(ok) = view.copied {
                <p class="hint" role="status" data-testid="websites-copied">{ if ok { w.copied_table } else { w.copy_failed } }</p>
            }
            <label for="websites-paste">{ w.paste_label }</label>
            <p class="hint">{ w.paste_hint }</p>
            // The browser's own box (no `value` from the state, no listener): read when
            // the rows are added. No maxlength: a browser would cut a paste mid-line
            // without a word; the reducer keeps whole lines and says so.
            <textarea id="websites-paste" rows="4" data-testid="websites-paste" />
            <p class="toolbar">
                <button type="button" class="button" data-testid="websites-paste-add"
                    onclick={add_pasted(ctx)}>{ w.paste_add }</button>
            </p>
            if !view.paste_report.is_empty() {
                <div role="status">
                    <ul class="tool-notice" data-testid="websites-paste-report">
                        { for view.paste_report.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                    </ul>
                </div>
            }
        </section>
    }
}

/// The rows of the current page. One listener per kind of event on the table body,
/// reading the row and field from the element (`data-row`, `data-field`): 300 rows of
/// inputs with a callback each made every keystroke re-render them all (Yew compares
/// callbacks by identity), over 200 ms on a slow phone.
fn table(ctx: &Ctx, w: &WebsitesStrings) -> Html {
    let view = &ctx.state.websites;
    let first = view.page * PAGE_SIZE;
    let shown = view.rows.iter().enumerate().skip(first).take(PAGE_SIZE);
    html! {
        <>
            <div class="table-wrap">
                <table class="websites-table stack" data-testid="websites-table">
                    <thead><tr>
                        <th scope="col">{ "#" }</th>
                        <th scope="col">{ w.col_name }</th>
                        <th scope="col">{ w.col_address }</th>
                        <th scope="col">{ w.col_active }</th>
                        <th scope="col">{ w.col_updated }</th>
                        <th scope="col"><span class="visually-hidden">{ w.col_remove }</span></th>
                    </tr></thead>
                    <tbody oninput={on_text(ctx)} onchange={on_flag(ctx)} onclick={on_remove(ctx)}>
                        { for shown.map(|(at, row)| row_view(w, at + 1, row)) }
                    </tbody>
                </table>
            </div>
            { pager(ctx, w) }
        </>
    }
}

/// "Situs 51-100 dari 300" and the way to the other pages, when there are several.
fn pager(ctx: &Ctx, w: &WebsitesStrings) -> Html {
    let view = &ctx.state.websites;
    let pages = view.rows.len().div_ceil(PAGE_SIZE);
    if pages <= 1 {
        return Html::default();
    }
    let go = |page: usize| {
        let on_action = ctx.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(ViewsAction::Websites(WebsitesAction::Page(page)))
        })
    };
    let first = view.page * PAGE_SIZE + 1;
    let last = (first + PAGE_SIZE - 1).min(view.rows.len());
    let range = fill(
        w.page_range,
        &[
            &first.to_string(),
            &last.to_string(),
            &view.rows.len().to_string(),
        ],
    );
    html! {
        <p class="toolbar pager" data-testid="websites-pager">
            <button type="button" class="button button-quiet" data-testid="websites-prev"
                disabled={view.page == 0} onclick={go(view.page.saturating_sub(1))}>{ w.page_prev }</button>
            <span role="status" data-testid="websites-range">{ range }</span>
            <button type="button" class="button button-quiet" data-testid="websites-next"
                disabled={view.page + 1 >= pages} onclick={go(view.page + 1)}>{ w.page_next }</button>
        </p>
    }
}

fn row_view(w: &WebsitesStrings, number: usize, row: &Row) -> Html {
    let label = fill(w.row_label, &[&number.to_string()]);
    let text = |field: &'static str, value: &str, testid: &'static str, head: &'static str| {
        html! {
            <td data-label={head}>
                <input type="text" data-testid={testid} data-field={field} aria-label={[head, " · ", &label].concat()}
                    value={value.to_string()} maxlength={MAX_TEXT_CHARS.to_string()} />
            </td>
        }
    };
    let flag = |field: &'static str, on: bool, testid: &'static str, head: &'static str| {
        html! {
            <td data-label={head}>
                <input type="checkbox" data-testid={testid} data-field={field} aria-label={[head, " · ", &label].concat()}
                    checked={on} />
            </td>
        }
    };
    html! {
        <tr key={row.id.clone()} data-testid="websites-row" data-row={row.id.clone()}>
            <th scope="row">{ number }</th>
            { text("name", &row.site.name, "website-name", w.col_name) }
            { text("address", &row.site.address, "website-address", w.col_address) }
            { flag("active", row.site.active, "website-active", w.col_active) }
            { flag("updated", row.site.updated, "website-updated", w.col_updated) }
            <td>
                <button type="button" class="button button-quiet" data-testid="website-remove"
                    data-field="remove">{ fill(w.remove, &[&number.to_string()]) }</button>
            </td>
        </tr>
    }
}

/// The row id and field of an event's target: `data-row` of its `<tr>`, its `data-field`.
fn row_and_field(target: &web_sys::Element) -> Option<(String, String)> {
    let field = target.get_attribute("data-field")?;
    let row = target.closest("tr").ok()??.get_attribute("data-row")?;
    Some((row, field))
}

fn on_text(ctx: &Ctx) -> Callback<InputEvent> {
    let on_action = ctx.on_action.clone();
    Callback::from(move |e: InputEvent| {
        let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
            return;
        };
        let field = match row_and_field(&input) {
            Some((row, f)) if f == "name" => Some((row, TextField::Name)),
            Some((row, f)) if f == "address" => Some((row, TextField::Address)),
            _ => None,
        };
        if let Some((row, field)) = field {
            emit_edit(&on_action, WebsiteEdit::Text(row, field, input.value()));
        }
    })
}

fn on_flag(ctx: &Ctx) -> Callback<Event> {
    let on_action = ctx.on_action.clone();
    Callback::from(move |e: Event| {
        let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
            return;
        };
        let flag = match row_and_field(&input) {
            Some((row, f)) if f == "active" => Some((row, Flag::Active)),
            Some((row, f)) if f == "updated" => Some((row, Flag::Updated)),
            _ => None,
        };
        if let Some((row, flag)) = flag {
            emit_edit(&on_action, WebsiteEdit::Flag(row, flag, input.checked()));
        }
    })
}

fn on_remove(ctx: &Ctx) -> Callback<MouseEvent> {
    let on_action = ctx.on_action.clone();
    Callback::from(move |e: MouseEvent| {
        let button = e.target_dyn_into::<web_sys::Element>();
        if let Some((row, f)) = button.as_ref().and_then(row_and_field) {
            if f == "remove" {
                emit_edit(&on_action, WebsiteEdit::Remove(row));
            }
        }
    })
}

/// Reads the paste box and adds its rows.
fn add_pasted(ctx: &Ctx) -> Callback<MouseEvent> {
    let (on_action, lang) = (ctx.on_action.clone(), ctx.lang);
    Callback::from(move |_: MouseEvent| {
        let text = crate::ui::browser::dom::document()
            .and_then(|d| d.get_element_by_id(PASTE_BOX))
            .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
            .map(|area| area.value())
            .unwrap_or_default();
        on_action.emit(ViewsAction::Websites(WebsitesAction::PasteText(text)));
        emit_edit(&on_action, WebsiteEdit::Paste(lang));
    })
}

/// The paste box's id (`websites_sync` empties it once its rows came in).
pub const PASTE_BOX: &str = "websites-paste";

/// Copies the inventory as a tab-separated table (`websites::table_text`).
fn copy_table(ctx: &Ctx) -> Callback<MouseEvent> {
    let w = websites_words(ctx.lang);
    let text = crate::websites::table_text(&ctx.state.websites.rows, w.table_header, w.yes, w.no);
    let on_action = ctx.on_action.clone();
    Callback::from(move |_: MouseEvent| {
        let on_action = on_action.clone();
        crate::ui::browser::dom::copy_text(&text, move |ok| {
            on_action.emit(ViewsAction::Websites(WebsitesAction::Copied(ok)));
        });
    })
}

fn emit_edit(on_action: &Callback<ViewsAction>, edit: WebsiteEdit) {
    let now = crate::ui::browser::dom::now_millis();
    let random = (js_sys::Math::random() * 1_000_000.0) as u32;
    on_action.emit(ViewsAction::Websites(WebsitesAction::Edit {
        edit,
        now,
        random,
    }));
}

/// The report's list of the inventory, read-only, after its figures.
pub fn websites_annex(rows: &[Row], lang: Lang) -> Html {
    let w = websites_words(lang);
    let Some(share) = share_lines(rows, lang) else {
        return Html::default();
    };
    let yes_no = |on: bool| if on { w.yes } else { w.no };
    html! {
        <div class="websites-annex" data-testid="report-websites">
            <h3>{ w.title }</h3>
            { for share.into_iter().map(|line| html! { <p data-testid="report-websites-share">{ line }</p> }) }
            <div class="table-wrap">
                <table class="websites-table stack">
                    <thead><tr>
                        <th scope="col">{ "#" }</th>
                        <th scope="col">{ w.col_name }</th>
                        <th scope="col">{ w.col_address }</th>
                        <th scope="col">{ w.col_active }</th>
                        <th scope="col">{ w.col_updated }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().enumerate().map(|(at, r)| html! {
                            <tr>
                                <th scope="row">{ at + 1 }</th>
                                <td data-label={w.col_name}>{ r.site.name.clone() }</td>
                                <td data-label={w.col_address} class="evidence-link">{ if r.site.has_site() { r.site.address.clone() } else { "–".to_string() } }</td>
                                <td data-label={w.col_active}>{ yes_no(r.site.active) }</td>
                                <td data-label={w.col_updated}>{ yes_no(r.site.updated) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
