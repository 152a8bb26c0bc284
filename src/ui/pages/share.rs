//! "Bagikan & ekspor" (`#/share`): the result link (copy, the device's share sheet, a QR
//! code), the response file (JSON export, import by picker or drop, blank template) and
//! survey aggregation from a CSV file.
//!
//! The sections are drawn by the tools worker (`tools::page`, asked by the browser-sync
//! effect), so neither their code nor their words weigh on the first load; the worker
//! escapes every text that is not Cermat's own. The downloads are plain links the worker
//! drew. This page shows the sections, puts each one's notices after it (as text), and
//! handles their controls through one listener per event kind, by their `data-do`:
//! clicks (copy, share, use the survey) and a file chosen. A file input covers each drop
//! zone, so a dropped file is a file chosen: the browser does the dragging.

use wasm_bindgen::JsCast;
use web_sys::{Element, File, HtmlInputElement};
use yew::prelude::*;

use crate::i18n::{t, Lang};
use crate::share;
use crate::state::{Action, Notice, NoticeKind, Slot, Tools};
use crate::tools::Op;
use crate::ui::pages::Page;
use crate::ui::{dom, tools};

/// The request for this page's panels (see `tools::page`), the survey shown, if any.
pub fn share_request(link: &str, survey: Option<&str>) -> String {
    let flags = if dom::can_share() { "share" } else { "" };
    let today = dom::today();
    [
        "share\n",
        link,
        "\n",
        flags,
        "\n",
        &today,
        "\n",
        survey.unwrap_or_default(),
    ]
    .concat()
}

pub fn share_page(page: &Page, tools: &Tools) -> Html {
    let s = t(page.lang);
    let ctx = Ctx {
        lang: page.lang,
        on_action: page.on_action.clone(),
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
    let panels = panels(tools, "share");
    let sections = [Slot::Link, Slot::Json, Slot::Csv]
        .into_iter()
        .enumerate()
        .map(|(i, slot)| {
            html! { <>{ raw(panels.get(i)) }{ notice_in(tools, slot) }</> }
        });
    html! {
        <div class="page page-narrow share" {onclick} {onchange}>
            <h1 tabindex="-1">{ s.share_title }</h1>
            if panels.is_empty() { <p class="hint">{ s.working }</p> }
            { for sections }
        </div>
    }
}

/// The sections of the worker's panel for `view`; none until it has arrived. A panel
/// drawn for an earlier request of the same view is shown meanwhile.
pub fn panels<'a>(tools: &'a Tools, view: &str) -> Vec<&'a str> {
    match tools.page.as_deref().and_then(|p| p.split_once('\n')) {
        Some((drawn, html)) if drawn == view => html.split(crate::tools::page::SECTION).collect(),
        _ => Vec::new(),
    }
}

/// Markup drawn by the tools worker (see `tools::page`: it escapes all text not ours).
pub fn raw(html: Option<&&str>) -> Html {
    html.map_or_else(Html::default, |h| {
        Html::from_html_unchecked(AttrValue::from(h.to_string()))
    })
}

/// The element of an event's target, or its nearest ancestor, that carries `data-do`.
fn action_target(target: Option<web_sys::EventTarget>) -> Option<Element> {
    target?
        .dyn_into::<Element>()
        .ok()?
        .closest("[data-do]")
        .ok()?
}

/// The notice of one slot, if it has one, as text: work under way or done, or what went
/// wrong, one problem a line.
pub fn notice_in(tools: &Tools, slot: Slot) -> Html {
    let Some(n) = tools.notice.as_ref().filter(|n| n.slot == slot) else {
        return Html::default();
    };
    // A static class: a computed one would bring Yew's class set into the wasm.
    let (role, testid) = if n.kind == NoticeKind::Problem {
        ("alert", "tool-problems")
    } else {
        ("status", "tool-status")
    };
    html! {
        <ul class="tool-notice" {role} data-testid={testid}>
            { for n.text.lines().map(|line| html! { <li>{ line.to_string() }</li> }) }
        </ul>
    }
}

/// What the page's listeners need, owned.
#[derive(Clone)]
struct Ctx {
    lang: Lang,
    on_action: Callback<Action>,
    link: String,
}

impl Ctx {
    /// Sends `op` to the tools worker, with a "working" notice in its slot until the
    /// reply (`Action::Reply`) comes.
    fn run(&self, op: Op, payload: String) {
        let slot = if op == Op::ImportCsv {
            Slot::Csv
        } else {
            Slot::Json
        };
        let text = t(self.lang).working.into();
        let busy = Notice {
            slot,
            kind: NoticeKind::Busy,
            text,
        };
        self.on_action.emit(Action::Notice(Some(busy)));
        tools::ask(op, self.lang, payload, &self.on_action);
    }

    fn click(&self, el: &Element) {
        let s = t(self.lang);
        match el.get_attribute("data-do").as_deref() {
            Some("copy") => {
                // Selected first: where the clipboard is refused, Ctrl+C still works.
                dom::select_input("share-link");
                let on_action = self.on_action.clone();
                dom::copy_text(&self.link, move |ok| {
                    let text = if ok { s.copied } else { s.copy_manual }.into();
                    let done = Notice {
                        slot: Slot::Link,
                        kind: NoticeKind::Done,
                        text,
                    };
                    on_action.emit(Action::Notice(Some(done)));
                });
            }
            Some("share") => dom::share_link(s.app_name, &self.link),
            Some("use-survey") => {
                let code = el.get_attribute("data-code").unwrap_or_default();
                self.on_action.emit(Action::Adopt(code));
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
