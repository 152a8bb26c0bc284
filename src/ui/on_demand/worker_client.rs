//! The views module's side of the tools worker (`crate::worker`): JSON import and
//! export, templates and CSV survey aggregation run in a Web Worker, off the main thread,
//! fetched the first time one of them is asked for.
//!
//! A chosen file is handed to the worker as the `File` itself, which the worker reads:
//! the main thread never copies or converts its text, however large (issue 13).
//!
//! `ask` starts the worker on first use (its loader's name is in index.html's
//! `<meta name="cermat-tools">`, written by scripts/worker-name.mjs), queues requests
//! until the worker posts `READY`, and hands each reply to its request's callback by id.
//! When the worker cannot start (a missing file, a blocked worker, no `READY` within
//! `START_TIMEOUT_MS`), every waiting and later request gets the "tools could not be
//! loaded" message in its own language. A worker that fails after it started is started
//! afresh on the next request. Nothing here panics.

use std::cell::RefCell;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::Worker;
use yew::Callback;

use crate::i18n::{t, Lang};
use crate::state::views::ViewsAction as Action;
use crate::ui::browser::dom;
use crate::worker::protocol::{Op, Reply, Request, READY};

/// How long the worker may take to start (fetching and compiling its WebAssembly on a
/// slow phone) before the app gives up on it.
const START_TIMEOUT_MS: i32 = 30_000;

#[derive(Default)]
struct Client {
    worker: Option<Worker>,
    /// `READY` has arrived from `worker`.
    ready: bool,
    /// The worker could not start: every request fails at once.
    failed: bool,
    next_id: u32,
    /// Requests waiting for `READY`.
    queue: Vec<js_sys::Array>,
    /// Requests sent or queued, waiting for their reply: id and op.
    waiting: Vec<(u32, Op)>,
    /// Where replies go (`Action::Reply`), and the language of the last request.
    on_action: Callback<Action>,
    lang: Lang,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::default();
}

/// What a request carries: text, or a file the worker reads itself.
pub enum Payload {
    Text(String),
    File(web_sys::File),
    /// Many files at once (the workspace's import): the worker reads them all.
    Files(Vec<web_sys::File>),
}

/// Sends one request to the tools worker. Its reply, or the "could not be loaded"
/// message when the worker cannot start, comes back as `Action::Reply`.
pub fn ask(op: Op, lang: Lang, payload: Payload, on_action: &Callback<Action>) {
    let failed = CLIENT.with_borrow_mut(|c| {
        c.on_action = on_action.clone();
        c.lang = lang;
        if c.worker.is_none() && !c.failed {
            c.ready = false;
            c.worker = start();
            c.failed = c.worker.is_none();
        }
        c.next_id += 1;
        let id = c.next_id;
        c.waiting.push((id, op));
        // The request's head line, then its payload as a second element: the worker
        // joins them (`src/bin/cermat-tools.rs`), reading a file first.
        let head = Request {
            id,
            op,
            lang,
            payload: String::new(),
        }
        .encode();
        let payload = match payload {
            Payload::Text(text) => JsValue::from_str(&text),
            Payload::File(file) => file.into(),
            Payload::Files(files) => files.into_iter().collect::<js_sys::Array>().into(),
        };
        let request = js_sys::Array::of2(&JsValue::from_str(&head), &payload);
        match &c.worker {
            Some(w) if c.ready => post(w, &request),
            _ => c.queue.push(request),
        }
        c.failed
    });
    // Outside the borrow, as every reply is sent: it re-renders the app, which may ask
    // again.
    if failed {
        give_up();
    }
}

fn post(worker: &Worker, request: &js_sys::Array) {
    // A failed post can only mean a worker that is gone; its error event follows.
    let _ = worker.post_message(request);
}

/// Creates the worker; `None` when it cannot be created. One listener takes its
/// messages, its errors and the start-up timeout: a message carries a string, the
/// others do not.
fn start() -> Option<Worker> {
    let url = dom::meta_content("cermat-tools")?;
    let worker = Worker::new(&url).ok()?;
    let listener = Closure::<dyn FnMut(JsValue)>::own_aborting(|e: JsValue| {
        let data = js_sys::Reflect::get(&e, &JsValue::from_str("data")).ok();
        match data.and_then(|d| d.as_string()) {
            Some(text) => on_message(&text),
            // The timeout once the worker has said `READY`: nothing to do.
            None if e.is_undefined() && CLIENT.with_borrow(|c| c.ready) => {}
            // An error event, or the timeout before `READY`.
            None => give_up(),
        }
    });
    let f = listener.as_ref().unchecked_ref();
    worker.set_onmessage(Some(f));
    worker.set_onerror(Some(f));
    let _ =
        dom::window()?.set_timeout_with_callback_and_timeout_and_arguments_0(f, START_TIMEOUT_MS);
    // The listener lives as long as the page, like the worker.
    listener.forget();
    Some(worker)
}

fn on_message(text: &str) {
    if text == READY {
        CLIENT.with_borrow_mut(|c| {
            c.ready = true;
            if let Some(w) = &c.worker {
                for request in c.queue.drain(..) {
                    post(w, &request);
                }
            }
        });
        return;
    }
    let Some(reply) = Reply::decode(text) else {
        return;
    };
    let to = CLIENT.with_borrow_mut(|c| {
        let at = c.waiting.iter().position(|(id, _)| *id == reply.id)?;
        Some((c.waiting.swap_remove(at).1, c.on_action.clone()))
    });
    if let Some((op, on_action)) = to {
        on_action.emit(Action::Reply {
            op,
            result: reply.result,
        });
    }
}

/// The worker failed to load, or crashed: stop it and tell every waiting request. One
/// that had started is started afresh on the next request; one that never did is not
/// tried again.
fn give_up() {
    let (waiting, on_action, lang) = CLIENT.with_borrow_mut(|c| {
        c.failed |= !c.ready;
        c.ready = false;
        c.queue.clear();
        if let Some(w) = c.worker.take() {
            w.terminate();
        }
        (std::mem::take(&mut c.waiting), c.on_action.clone(), c.lang)
    });
    for (_, op) in waiting {
        let result = Err(t(lang).tools_failed.to_string());
        on_action.emit(Action::Reply { op, result });
    }
}
