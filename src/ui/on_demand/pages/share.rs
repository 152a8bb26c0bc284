//! "Bagikan & ekspor" (`#/share`): the result link (copy, the device's share sheet, a QR
//! code), the response file (export, import by picker or drop, blank template), and the
//! way to the survey page.
//!
//! The files are made by the tools worker and offered as `data:` links; a chosen or
//! dropped file goes to the worker as it is. A file input covers each drop zone, so a
//! dropped file is a file chosen: the browser does the dragging.

use yew::prelude::*;

use super::files::{download, picker};
use super::{card, confirm_in, notice_in, Ctx};
use crate::i18n::{compare_words, fill, panel, survey_words, t};
use crate::route::{Route, Section};
use crate::share;
use crate::state::views::{Notice, NoticeKind, Slot, ViewsAction};
use crate::state::{export_file_name, has_work};
use crate::ui::browser::dom;
use crate::ui::components::qr_code;
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
            { survey_card(ctx) }
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
    let copy = copy_callback(ctx, &link, "share-link");
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
            { notes_link(ctx) }
            // Right under the buttons, where the user tapped (on a phone the card's foot,
            // below the QR code, is out of view).
            { notice_in(ctx.state, Slot::Link, lang) }
            { qr_code(&link, p.qr_label, "qr") }
        </>
    };
    card("link", p.link_title, p.link_note, body)
}

/// Copies `link` (selected first in the input `input_id`: where the clipboard is
/// refused, Ctrl+C still works) and says so beside the buttons.
fn copy_callback(ctx: &Ctx, link: &str, input_id: &'static str) -> Callback<MouseEvent> {
    let (s, lang) = (t(ctx.lang), ctx.lang);
    let (link, on_action) = (link.to_string(), ctx.on_action.clone());
    Callback::from(move |_: MouseEvent| {
        dom::select_input(input_id);
        let on_action = on_action.clone();
        dom::copy_text(&link, move |ok| {
            let manual = if dom::is_touch() {
                panel(lang).copy_touch
            } else {
                s.copy_manual
            };
            let text = if ok { s.copied } else { manual }.into();
            let done = Notice {
                slot: Slot::Link,
                kind: NoticeKind::Done,
                text,
            };
            on_action.emit(ViewsAction::Notice(Some(done)));
        });
    })
}

/// The longer link that also carries the evidence (a v4 code), when there is evidence:
/// no QR code (a phone camera cannot read one so dense), and a plain word when the
/// notes are too long for any link.
fn notes_link(ctx: &Ctx) -> Html {
    let p = panel(ctx.lang);
    if ctx.assessment.evidence.values().all(|e| e.is_empty()) {
        return Html::default();
    }
    let Some(code) = share::encode_with_evidence(ctx.assessment, None) else {
        let max = share::MAX_CODE_LEN.to_string();
        return html! {
            <p class="notice notice-info" data-testid="notes-link-too-long">{ fill(p.notes_link_too_long, &[&max]) }</p>
        };
    };
    let link = dom::result_link(&code);
    let length = link.chars().count().to_string();
    html! {
        <section class="notes-link" data-testid="notes-link">
            <h3>{ p.notes_link_title }</h3>
            <p class="hint" data-testid="notes-link-length" data-value={length.clone()}>{ fill(p.notes_link_note, &[&length]) }</p>
            <input id="share-notes-link" class="share-link" type="text" readonly=true value={link.clone()}
                aria-label={p.notes_link_title} data-testid="share-notes-link" />
            <div class="actions">
                <button type="button" class="button" data-testid="copy-notes-link"
                    onclick={copy_callback(ctx, &link, "share-notes-link")}>{ p.copy_notes_link }</button>
            </div>
        </section>
    }
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

/// Surveys have their own page: this card says what is there.
fn survey_card(ctx: &Ctx) -> Html {
    let (p, w) = (panel(ctx.lang), survey_words(ctx.lang));
    let body = html! {
        <p class="actions">
            <a class="button" href={Route::Survey.to_hash()} data-testid="open-survey">{ w.title }</a>
            <a class="button" href={Route::Compare(String::new()).to_hash()} data-testid="open-compare">{ compare_words(ctx.lang).title }</a>
            <a class="button" href={Route::Workspace.to_hash()} data-testid="open-workspace">{ crate::i18n::workspace_words(ctx.lang).title }</a>
        </p>
    };
    card("survey-link", p.csv_title, w.forms_note, body)
}
