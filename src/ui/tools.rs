//! The app's side of the tools worker (`cermat::tools`): JSON import and export,
//! templates, CSV survey aggregation, QR codes and the panels it draws run in a second
//! WebAssembly module, fetched the first time one of them is asked for, so none of it
//! weighs on the first page load.
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

use crate::i18n::{t, Lang};
use crate::tools::protocol::{Op, Reply, Request, READY};
use crate::ui::dom;

/// How long the worker may take to start (fetching and compiling its WebAssembly on a
/// slow phone) before the app gives up on it.
const START_TIMEOUT_MS: i32 = 30_000;

type Done = Box<dyn FnOnce(Result<String, String>)>;

#[derive(Default)]
struct Client {
    worker: Option<Worker>,
    /// `READY` has arrived from `worker`.
    ready: bool,
    /// The worker could not start: every request fails at once.
    failed: bool,
    next_id: u32,
    /// Encoded requests waiting for `READY`.
    queue: Vec<String>,
    /// Requests sent or queued, waiting for their reply.
    waiting: Vec<(u32, Lang, Done)>,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::default();
}

/// Sends one request to the tools worker; `done` gets the reply's result, or an error
/// message in `lang` when the worker could not be started.
pub fn ask(
    op: Op,
    lang: Lang,
    payload: String,
    done: impl FnOnce(Result<String, String>) + 'static,
) {
    let failed = CLIENT.with_borrow_mut(move |c| {
        if c.worker.is_none() && !c.failed {
            c.ready = false;
            c.worker = start();
            c.failed = c.worker.is_none();
        }
        c.next_id += 1;
        let id = c.next_id;
        c.waiting.push((id, lang, Box::new(done)));
        let request = Request {
            id,
            op,
            lang,
            payload,
        }
        .encode();
        match &c.worker {
            Some(w) if c.ready => post(w, &request),
            _ => c.queue.push(request),
        }
        c.failed
    });
    // Outside the borrow, as every callback is called: it may re-render the app, which
    // may ask again.
    if failed {
        give_up();
    }
}

fn post(worker: &Worker, request: &str) {
    // A failed post can only mean a worker that is gone; its error event follows.
    let _ = worker.post_message(&JsValue::from_str(request));
}

/// Creates the worker; `None` when it cannot be created. One listener takes its
/// messages, its errors and the start-up timeout: a message carries a string, the
/// others do not.
fn start() -> Option<Worker> {
    let url = dom::document()?
        .query_selector("meta[name=cermat-tools]")
        .ok()??
        .get_attribute("content")?;
    let worker = Worker::new(&url).ok()?;
    let listener = Closure::<dyn FnMut(JsValue)>::new(|e: JsValue| {
        let data = js_sys::Reflect::get(&e, &JsValue::from_str("data")).ok();
        match data.and_then(|d| d.as_string()) {
            Some(text) => on_message(&text),
            // An error event, or the timeout while the worker has not said `READY`.
            None if e.is_undefined() && CLIENT.with_borrow(|c| c.ready) => {}
            None => give_up(),
        }
    });
    let f = listener.as_ref().unchecked_ref();
    worker.set_onmessage(Some(f));
    worker.set_onerror(Some(f));
    let _ = dom::window()?.set_timeout_with_callback_and_timeout_and_arguments_0(f, START_TIMEOUT_MS);
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
    let done = CLIENT.with_borrow_mut(|c| {
        let at = c.waiting.iter().position(|(id, ..)| *id == reply.id)?;
        Some(c.waiting.swap_remove(at).2)
    });
    if let Some(done) = done {
        done(reply.result);
    }
}

/// The worker failed to load, or crashed: stop it and tell every waiting request. One
/// that had started is started afresh on the next request; one that never did is not
/// tried again.
fn give_up() {
    let waiting = CLIENT.with_borrow_mut(|c| {
        c.failed |= !c.ready;
        c.ready = false;
        c.queue.clear();
        if let Some(w) = c.worker.take() {
            w.terminate();
        }
        std::mem::take(&mut c.waiting)
    });
    for (_, lang, done) in waiting {
        done(Err(t(lang).tools_failed.to_string()));
    }
}
