//! "Bagikan & ekspor" (`#/share`): the result link (copy, the device's share sheet, a QR
//! code), the response file (export, import by picker or drop, blank template), and
//! survey aggregation from a CSV file.
//!
//! The files are made by the tools worker and offered as `data:` links; a chosen or
//! dropped file goes to the worker as it is. A file input covers each drop zone, so a
//! dropped file is a file chosen: the browser does the dragging.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::survey::survey_summary;
use super::{card, confirm_in, notice_in, Ctx};
use crate::format::data_url;
use crate::i18n::{fill, panel, t, Lang};
use crate::route::{Route, Section};
use crate::share;
use crate::state::views::{Notice, NoticeKind, Slot, ViewsAction};
use crate::state::{export_file_name, has_work};
use crate::ui::browser::dom;
use crate::ui::components::qr_code;
use crate::ui::on_demand::worker_client::{self, Payload};
use crate::worker::Op;

const JSON: &str = "application/json";

pub fn share_page(ctx: &Ctx) -> Html {
    let s = t(ctx.lang);
    let state = ctx.state;
    html! {
        <div class="page page-narrow share">
            <h1 tabindex="-1">{ s.share_title }</h1>
            { link_card(ctx) }
            { json_card(ctx) }
            { notice_in(state, Slot::Json, ctx.lang) }
            { confirm_in(ctx, Slot::Json) }
            { csv_card(ctx) }
            { notice_in(state, Slot::Csv, ctx.lang) }
            { confirm_in(ctx, Slot::Csv) }
        </div>
    }
}

fn link_card(ctx: &Ctx) -> Html {
    let (s, p) = (t(ctx.lang), panel(ctx.lang));
    let link = dom::result_link(&share::encode(ctx.assessment));
    let length = link.chars().count().to_string();
    if !has_work(ctx.assessment) {
        let body = html! {
            <p data-testid="nothing-to-share">
                { p.nothing_to_share }{ " " }
                <a href={Route::first_step(Section::Scv).to_hash()}>{ s.nav_assess }</a>
            </p>
        };
        return card("link", p.link_title, p.link_note, body);
    }
    let lang = ctx.lang;
    let copy = {
        let (link, on_action) = (link.clone(), ctx.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            // Selected first: where the clipboard is refused, Ctrl+C still works.
            dom::select_input("share-link");
            let on_action = on_action.clone();
            dom::copy_text(&link, move |ok| {
                let manual = if dom::is_touch() {
                    panel(lang).copy_touch
                } else {
                    s.copy_manual
                };
                let text = if ok { s.copied } else { manual }.into();
                let kind = NoticeKind::Done;
                let done = Notice {
                    slot: Slot::Link,
                    kind,
                    text,
                };
                on_action.emit(ViewsAction::Notice(Some(done)));
            });
        })
    };
    let share = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| dom::share_link(s.app_name, &link))
    };
    let body = html! {
        <>
            <input id="share-link" class="share-link" type="text" readonly=true value={link.clone()}
                aria-label={p.link_title} data-testid="share-link" />
            <p class="hint" data-testid="link-length" data-value={length.clone()}>{ fill(p.link_length, &[&length]) }</p>
            <div class="actions">
                <button type="button" class="button button-primary" data-testid="copy-link" onclick={copy}>{ p.copy_link }</button>
                if dom::can_share() {
                    <button type="button" class="button" data-testid="web-share" onclick={share}>{ p.web_share }</button>
                }
            </div>
            // Right under the buttons, where the user tapped (on a phone the card's foot,
            // below the QR code, is out of view).
            { notice_in(ctx.state, Slot::Link, lang) }
            { qr_code(&link, p.qr_label, "qr") }
        </>
    };
    card("link", p.link_title, p.link_note, body)
}

fn json_card(ctx: &Ctx) -> Html {
    let p = panel(ctx.lang);
    let files = &ctx.state.files;
    let name = export_file_name(&ctx.assessment.profile, &dom::today());
    let report_name = name.replacen("cermat-", "cermat-laporan-", 1);
    let body = html! {
        <>
            <div class="actions">
                { download("export-json", &name, JSON, files.response.as_deref(), p.export_json) }
                { download("export-report", &report_name, JSON, files.report.as_deref(), p.export_report) }
                { download("template-json", "cermat-template.json", JSON, files.template_json.as_deref(), p.template_json) }
            </div>
            { picker(ctx, Op::ImportJson, ".json,.txt,application/json,text/plain", p.pick_json) }
        </>
    };
    card("json", p.json_title, p.json_note, body)
}

fn csv_card(ctx: &Ctx) -> Html {
    let p = panel(ctx.lang);
    let template = ctx.state.files.template_csv.as_deref();
    let body = html! {
        <>
            <div class="actions">
                { download("template-csv", "cermat-survei-template.csv", "text/csv", template, p.template_csv) }
            </div>
            { picker(ctx, Op::ImportCsv, ".csv,text/csv,text/plain", p.pick_csv) }
            if let Some(survey) = ctx.state.survey.as_deref().filter(|s| !s.code.is_empty()) {
                { survey_summary(survey, ctx) }
            }
        </>
    };
    card("csv", p.csv_title, p.csv_note, body)
}

/// A link that saves `text` as the file `name`; nothing until the worker has made it.
fn download(
    testid: &'static str,
    name: &str,
    mime: &str,
    text: Option<&str>,
    label: &'static str,
) -> Html {
    let Some(text) = text else {
        return Html::default();
    };
    html! {
        <a class="button" data-testid={testid} download={name.to_string()} href={data_url(mime, text)}>{ label }</a>
    }
}

/// A drop zone that is a file picker (see styles/panels.css): the chosen file goes to the
/// worker for `op`, with a "working" notice in its slot until the reply.
fn picker(ctx: &Ctx, op: Op, accept: &'static str, label: &'static str) -> Html {
    let lang = ctx.lang;
    let testid = if op == Op::ImportCsv {
        "import-csv"
    } else {
        "import-json"
    };
    let onchange = {
        let (lang, on_action) = (ctx.lang, ctx.on_action.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(file) = dom::first_file(input.files()) {
                import(op, lang, file, &on_action);
            }
            // So that choosing the same file again is a change too.
            input.set_value("");
        })
    };
    html! {
        <label class="drop" data-testid={[testid, "-drop"].concat()}>
            <span>{ label }<span class="drop-hint">{ panel(lang).drop_here }</span></span>
            <input type="file" {accept} data-testid={testid} {onchange} />
        </label>
    }
}

fn import(op: Op, lang: Lang, file: web_sys::File, on_action: &Callback<ViewsAction>) {
    let slot = if op == Op::ImportCsv {
        Slot::Csv
    } else {
        Slot::Json
    };
    let text = t(lang).working.into();
    let busy = Notice {
        slot,
        kind: NoticeKind::Busy,
        text,
    };
    on_action.emit(ViewsAction::Notice(Some(busy)));
    worker_client::ask(op, lang, Payload::File(file), on_action);
}
