//! The tools worker: a wasm module in a Web Worker, started by the views module the
//! first time a user imports, exports or aggregates a survey (see `cermat::worker`).
//! It only relays messages; everything it does is `cermat::worker::handle`.
//!
//! A message is `[head, payload]`: the request's head line and its payload, a string or
//! a `File` that is read here, off the main thread (a bare string is a whole request).

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{Blob, DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replier = scope.clone();
    let reply = move |request: &str| {
        let reply = cermat::worker::handle(request);
        // A failed post means the app has gone away; there is no one left to tell.
        let _ = replier.post_message(&JsValue::from_str(&reply));
    };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let Some(parts) = data.dyn_ref::<js_sys::Array>() else {
            return reply(&data.as_string().unwrap_or_default());
        };
        let head = parts.get(0).as_string().unwrap_or_default();
        let payload = parts.get(1);
        match payload.dyn_into::<Blob>() {
            Ok(file) => {
                let reply = reply.clone();
                // An unreadable file (removed meanwhile) is an empty payload: the
                // handler then says what is missing.
                let then = Box::new(move |text: Option<JsValue>| {
                    let text = text.and_then(|t| t.as_string()).unwrap_or_default();
                    reply(&[head, text].concat())
                });
                cermat::ui::browser::dom::settle(&file.text(), then);
            }
            Err(text) => reply(&[head, text.as_string().unwrap_or_default()].concat()),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget(); // the handler lives as long as the worker
    let _ = scope.post_message(&JsValue::from_str(cermat::worker::protocol::READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("cermat-tools is the browser's tools worker; natively, use cermat-cli.");
}
