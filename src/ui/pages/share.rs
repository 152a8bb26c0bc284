//! "Bagikan & ekspor" (`#/share`): the result link (copy, the device's share sheet, a QR
//! code), the response file (JSON export, import by picker or drop, blank template) and
//! survey aggregation from a CSV file.
//!
//! The sections are drawn by the tools worker (`tools::page`, asked by the browser-sync
//! effect), so neither their code nor their words weigh on the first load; the worker
//! escapes every text that is not Cermat's own. The downloads are plain links the worker
//! drew. This page shows the sections, puts each one's notices after it (as text), and
//! handles their controls through one listener per event kind, by their `data-do`:
//! clicks (copy, share, use the survey), a file chosen, a file dropped.

use wasm_bindgen::JsCast;
use web_sys::{Element, File, HtmlInputElement};
use yew::prelude::*;

use super::shared::adopt_code;
use crate::i18n::{t, Lang};
use crate::share;
use crate::state::{has_work, Action, Notice, NoticeKind, Slot, Tools};
use crate::tools::Op;
use crate::ui::pages::Page;
use crate::ui::{dom, tools};

/// The request for this page's panels (see `tools::page`), the survey shown, if any.
pub fn share_request(link: &str, survey: Option<&str>) -> String {
    let flags = if dom::can_share() { "share" } else { "" };
    let today = dom::today();
    ["share\n", link, "\n", flags, "\n", &today, "\n", survey.unwrap_or_default()].concat()
}

pub fn share_page(page: &Page, tools: &Tools) -> Html {
    let s = t(page.lang);
    let ctx = Ctx {
        lang: page.lang,
        on_action: page.on_action.clone(),
        work: has_work(page.assessment),
        link: dom::result_link(&share::encode(page.assessment)),
    };
    let onclick = {
        let ctx = ctx.clone();
        move |e: MouseEvent| {
            if let Some(el) = action_target(e.target()) {
                ctx.click(&el);
            }
        }
    };
    let onchange = {
        let ctx = ctx.clone();
        move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                ctx.import(&input, dom::first_file(input.files()));
                // So that choosing the same file again is a change too.
                input.set_value("");
            }
        }
    };
    let ondrop = move |e: DragEvent| {
        e.prevent_default();
        if let Some(el) = action_target(e.target()) {
            ctx.import(&el, dom::first_file(e.data_transfer().and_then(|d| d.files())));
        }
    };
    let panels = panels(tools, "share\n");
    let sections = [Slot::Link, Slot::Json, Slot::Csv]
        .into_iter()
        .enumerate()
        .map(|(i, slot)| {
            html! { <>{ raw(panels.get(i)) }{ notice_in(tools, slot) }</> }
        });
    // A file dropped anywhere on the page must not replace the page with the file.
    html! {
        <div class="page page-narrow share" {onclick} {onchange} {ondrop}
            ondragover={|e: DragEvent| e.prevent_default()}>
            <h1 tabindex="-1">{ s.share_title }</h1>
            if panels.is_empty() { <p class="hint">{ s.working }</p> }
            { for sections }
        </div>
    }
}

/// The sections of the worker's panel for a request starting with `view`; none until
/// it has arrived. A panel for an earlier request of the same view is shown meanwhile.
pub fn panels<'a>(tools: &'a Tools, view: &str) -> Vec<&'a str> {
    match &tools.page {
        Some((request, html)) if request.starts_with(view) => {
            html.split(crate::tools::page::SECTION).collect()
        }
        _ => Vec::new(),
    }
}

/// Markup drawn by the tools worker (see `tools::page`: it escapes all text not ours).
pub fn raw(html: Option<&&str>) -> Html {
    html.map_or_else(Html::default, |h| Html::from_html_unchecked(AttrValue::from(h.to_string())))
}

/// The element of an event's target, or its nearest ancestor, that carries `data-do`.
fn action_target(target: Option<web_sys::EventTarget>) -> Option<Element> {
    target?
        .dyn_into::<Element>()
        .ok()?
        .closest("[data-do]")
        .ok()?
}

/// The notice of one slot, if it has one: problems as a list, one a line, as text.
pub fn notice_in(tools: &Tools, slot: Slot) -> Html {
    let Some(n) = tools.notice.as_ref().filter(|n| n.slot == slot) else {
        return Html::default();
    };
    if n.kind != NoticeKind::Problem {
        return html! { <p class="status" role="status" data-testid="tool-status">{ n.text.clone() }</p> };
    }
    html! {
        <div class="notice notice-warn" role="alert" data-testid="tool-problems">
            <ul>{ for n.text.lines().map(|line| html! { <li>{ line.to_string() }</li> }) }</ul>
        </div>
    }
}

fn notice(slot: Slot, kind: NoticeKind, text: String) -> Action {
    Action::Notice(Some(Notice { slot, kind, text }))
}

/// What the page's listeners need, owned.
#[derive(Clone)]
struct Ctx {
    lang: Lang,
    on_action: Callback<Action>,
    /// The user has saved work, which an import would replace (after confirmation).
    work: bool,
    link: String,
}

impl Ctx {
    /// Sends `op` to the tools worker with a "working" notice in its slot meanwhile; a
    /// failure becomes the slot's problem notice, a success clears it and is `done`.
    fn run(&self, op: Op, payload: String) {
        let slot = if op == Op::ImportCsv {
            Slot::Csv
        } else {
            Slot::Json
        };
        let ctx = self.clone();
        let working = t(ctx.lang).working.into();
        ctx.on_action.emit(notice(slot, NoticeKind::Busy, working));
        tools::ask(op, ctx.lang, payload, move |reply| match reply {
            Ok(text) => {
                ctx.on_action.emit(Action::Notice(None));
                ctx.done(op, text);
            }
            Err(text) => ctx.on_action.emit(notice(slot, NoticeKind::Problem, text)),
        });
    }

    /// What the worker's answer to an import becomes: the survey summary, or the user's
    /// assessment (after confirmation).
    fn done(&self, op: Op, text: String) {
        if op == Op::ImportCsv {
            self.on_action.emit(Action::Survey(text));
        } else {
            adopt_code(&text, self.work, self.lang, &self.on_action);
        }
    }

    fn click(&self, el: &Element) {
        let s = t(self.lang);
        match el.get_attribute("data-do").as_deref() {
            Some("copy") => {
                // Selected first: where the clipboard is refused, Ctrl+C still works.
                dom::select_input("share-link");
                let on_action = self.on_action.clone();
                dom::copy_text(&self.link, move |ok| {
                    let text = if ok { s.copied } else { s.copy_manual };
                    on_action.emit(notice(Slot::Link, NoticeKind::Done, text.into()));
                });
            }
            Some("share") => dom::share_link(s.app_name, &self.link),
            Some("use-survey") => {
                let code = el.get_attribute("data-code").unwrap_or_default();
                adopt_code(&code, self.work, self.lang, &self.on_action);
            }
            _ => {}
        }
    }

    /// A response file or a survey, chosen or dropped on `el` (its `data-do` says which),
    /// read and sent to the worker.
    fn import(&self, el: &Element, file: Option<File>) {
        let op = match el.get_attribute("data-do").as_deref() {
            Some("import-json") => Op::ImportJson,
            Some("import-csv") => Op::ImportCsv,
            _ => return,
        };
        let (Some(file), ctx) = (file, self.clone()) else {
            return;
        };
        dom::read_file(&file, move |text| ctx.run(op, text.unwrap_or_default()));
    }
}
