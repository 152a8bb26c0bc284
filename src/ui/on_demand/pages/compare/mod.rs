//! "Bandingkan penilaian" (`#/compare`): 2 to 12 assessments side by side (issue 10).
//! Response files are added by the tools worker (several at once, or a folder); a
//! comparison link (`#/compare/<code>.<code>...`) carries them all. The figures are
//! `compare`'s, computed once per change by the views reducer (`state::views::Compared`);
//! these components draw them.

mod progress;
mod radar;
mod rollup;
mod table;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{card, notice_in, Ctx};
use crate::compare::comparison_csv;
use crate::format::data_url;
use crate::i18n::{compare_words, fill, fmt_score, t, CompareStrings, Lang};
use crate::route::Route;
use crate::state::views::{Compared, Notice, NoticeKind, Slot, ViewsAction};
use crate::ui::browser::dom;
use crate::ui::components::stage_ladder;
use crate::ui::on_demand::worker_client::{self, Payload};
use crate::worker::Op;

pub fn compare_page(ctx: &Ctx) -> Html {
    let w = compare_words(ctx.lang);
    let compared = &ctx.state.compared;
    let enough = compared.codes.len() >= 2;
    html! {
        <div class="page compare-page" data-testid="compare">
            <h1 tabindex="-1">{ w.title }</h1>
            <p class="lead">{ w.intro }</p>
            { add_card(ctx, w) }
            { for compared.unreadable.iter().map(|(_, e)| html! {
                <p class="alert" role="alert" data-testid="compare-unreadable">{ fill(w.unreadable, &[&e.message(ctx.lang)]) }</p>
            }) }
            if enough {
                { table::table(compared, ctx, w) }
                { radar::radars(compared, ctx.lang, w) }
                { ladders(compared, ctx.lang, w) }
                { differences(compared, ctx.lang, w) }
                if let Some(progress) = &compared.progress {
                    { progress::section(progress, ctx.lang, w) }
                }
                { rollup::section(compared, ctx, w) }
                { link_card(compared, ctx, w) }
            } else if !compared.codes.is_empty() {
                { table::table(compared, ctx, w) }
                <p class="hint" data-testid="compare-need-two">{ w.need_two }</p>
            } else {
                <p class="hint" data-testid="compare-need-two">{ w.need_two }</p>
            }
        </div>
    }
}

/// The file pickers: several files, or a whole folder; each file goes to the worker.
fn add_card(ctx: &Ctx, w: &CompareStrings) -> Html {
    let onchange = {
        let (lang, on_action) = (ctx.lang, ctx.on_action.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            add_files(input.files(), lang, &on_action);
            input.set_value("");
        })
    };
    let body = html! {
        <>
            <label class="drop" data-testid="compare-files-drop">
                <span>{ w.pick_files }</span>
                <input type="file" multiple=true accept=".json,.txt,application/json,text/plain"
                    data-testid="compare-files" onchange={onchange.clone()} />
            </label>
            <label class="button compare-folder">
                { w.pick_folder }
                <input type="file" class="visually-hidden" webkitdirectory=true multiple=true
                    data-testid="compare-folder" onchange={onchange} />
            </label>
            { notice_in(ctx.state, Slot::Compare, ctx.lang) }
        </>
    };
    card("compare-add", w.add_title, "", body)
}

fn add_files(files: Option<web_sys::FileList>, lang: Lang, on_action: &Callback<ViewsAction>) {
    let Some(files) = files else { return };
    let busy = Notice {
        slot: Slot::Compare,
        kind: NoticeKind::Busy,
        text: t(lang).working.into(),
    };
    on_action.emit(ViewsAction::Notice(Some(busy)));
    for i in 0..files.length() {
        let Some(file) = files.get(i) else { continue };
        // A folder holds other files too: only response files and saves are sent.
        let name = file.name().to_lowercase();
        if name.ends_with(".json") || name.ends_with(".txt") {
            worker_client::ask(Op::CompareJson, lang, Payload::File(file), on_action);
        }
    }
}

/// Each assessment's stage ladder, side by side (one column each on a wide screen).
fn ladders(compared: &Compared, lang: Lang, w: &CompareStrings) -> Html {
    html! {
        <section class="card compare-ladders" aria-labelledby="h-ladders">
            <h2 id="h-ladders">{ w.ladders_title }</h2>
            <div class="compare-grid">
                { for compared.comparison.columns.iter().zip(&compared.stages).map(|(column, stage)| html! {
                    <div class="compare-ladder" data-testid="compare-ladder">
                        <h3><bdi>{ column.label.clone() }</bdi></h3>
                        { stage_ladder(lang, stage) }
                    </div>
                }) }
            </div>
        </section>
    }
}

fn differences(compared: &Compared, lang: Lang, w: &CompareStrings) -> Html {
    let label = |columns: &[usize]| {
        columns
            .iter()
            .filter_map(|c| compared.comparison.columns.get(*c))
            .map(|c| c.label.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    html! {
        <section class="card" aria-labelledby="h-differences">
            <h2 id="h-differences">{ w.differences_title }</h2>
            <ol data-testid="compare-differences">
                { for compared.differences.iter().map(|d| html! {
                    <li>{ fill(w.difference, &[
                        d.name.get(lang),
                        &fmt_score(d.lowest, lang),
                        &label(&d.weakest),
                        &fmt_score(d.highest, lang),
                        &label(&d.best),
                    ]) }</li>
                }) }
            </ol>
        </section>
    }
}

/// The comparison's link (copy) and its table as CSV.
fn link_card(compared: &Compared, ctx: &Ctx, w: &CompareStrings) -> Html {
    let hash = Route::Compare(compared.codes.join(".")).to_hash();
    let link = dom::page_link(&hash);
    let copy = {
        let (link, on_action, lang) = (link.clone(), ctx.on_action.clone(), ctx.lang);
        Callback::from(move |_: MouseEvent| {
            // Selected first: where the clipboard is refused, Ctrl+C still works.
            dom::select_input("compare-link");
            let on_action = on_action.clone();
            dom::copy_text(&link, move |ok| {
                if ok {
                    let kind = NoticeKind::Done;
                    let text = compare_words(lang).copied.to_string();
                    on_action.emit(ViewsAction::Notice(Some(Notice {
                        slot: Slot::Link,
                        kind,
                        text,
                    })));
                }
            });
        })
    };
    let csv = comparison_csv(&compared.comparison, ctx.lang);
    let body = html! {
        <>
            <input id="compare-link" class="share-link" type="text" readonly=true value={link.clone()}
                aria-label={w.link_title} data-testid="compare-link" />
            <div class="actions">
                <button type="button" class="button button-primary" onclick={copy} data-testid="compare-copy">{ w.copy_link }</button>
                <a class="button" download="cermat-perbandingan.csv" href={data_url("text/csv", &csv)} data-testid="compare-csv">{ w.download_csv }</a>
                <a class="button" href={hash}>{ w.link_title }</a>
            </div>
            { notice_in(ctx.state, Slot::Link, ctx.lang) }
        </>
    };
    card("compare-link", w.link_title, w.link_note, body)
}
