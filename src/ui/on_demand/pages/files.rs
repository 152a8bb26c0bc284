//! The file tools the pages share: a download of a file the worker made, and a drop
//! zone that is a file picker whose file goes to the worker.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::Ctx;
use crate::format::data_url;
use crate::i18n::{panel, t, Lang};
use crate::state::views::{Notice, NoticeKind, Slot, ViewsAction};
use crate::ui::browser::dom;
use crate::ui::on_demand::worker_client::{self, Payload};
use crate::worker::Op;

/// A link that saves `text` as the file `name`; nothing until the worker has made it.
pub fn download(
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

/// A link that saves the file at `href` (a `data:` address the worker made: binary
/// files such as a workbook come so) as `name`; nothing until it exists.
pub fn download_url(
    testid: &'static str,
    name: &str,
    href: Option<&str>,
    label: &'static str,
) -> Html {
    let Some(href) = href.filter(|h| h.starts_with("data:")) else {
        return Html::default();
    };
    html! {
        <a class="button" data-testid={testid} download={name.to_string()} href={href.to_string()}>{ label }</a>
    }
}

/// A drop zone that is a file picker (see styles/panels.css): the chosen file goes to the
/// worker for `op`, with a "working" notice in its slot until the reply.
pub fn picker(ctx: &Ctx, op: Op, accept: &'static str, label: &'static str) -> Html {
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
