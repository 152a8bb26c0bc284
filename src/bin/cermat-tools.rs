//! The tools worker: a second wasm module, started by the app the first time a user
//! imports, exports, aggregates a survey or asks for a QR code (see `cermat::tools`).
//! It only relays messages; everything it does is `cermat::tools::handle`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replier = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let request = event.data().as_string().unwrap_or_default();
        let reply = cermat::tools::handle(&request);
        // A failed post means the app has gone away; there is no one left to tell.
        let _ = replier.post_message(&JsValue::from_str(&reply));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget(); // the handler lives as long as the worker
    let _ = scope.post_message(&JsValue::from_str(cermat::tools::protocol::READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("cermat-tools is the browser's tools worker; natively, use cermat-cli.");
}
