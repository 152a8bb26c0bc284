//! The tools worker: a wasm module in a Web Worker, started by the views module the
//! first time a user imports, exports or aggregates a survey (see `cermat::worker`).
//! It only relays messages; everything it does is `cermat::worker::handle`.
//!
//! A message is `[head, payload]`: the request's head line and its payload, a string or
//! a `File` whose bytes are read here, off the main thread (a bare string is a whole
//! request).

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{Blob, DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replier = scope.clone();
    // A failed post means the app has gone away; there is no one left to tell.
    let send = move |reply: String| {
        let _ = replier.post_message(&JsValue::from_str(&reply));
    };
    let reply = {
        let send = send.clone();
        move |request: &str| send(cermat::worker::handle(request))
    };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let Some(parts) = data.dyn_ref::<js_sys::Array>() else {
            return reply(&data.as_string().unwrap_or_default());
        };
        let head = parts.get(0).as_string().unwrap_or_default();
        let payload = parts.get(1);
        if let Some(files) = payload.dyn_ref::<js_sys::Array>() {
            return read_all(files, head, send.clone());
        }
        match payload.dyn_into::<Blob>() {
            Ok(file) => {
                let send = send.clone();
                // Its bytes, decoded as the CLI decodes them (a file that is not text is
                // refused, not read with replacement characters). An unreadable file
                // (removed meanwhile) is empty: the handler says what is missing.
                let then = Box::new(move |buffer: Option<JsValue>| {
                    let bytes = buffer
                        .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                        .unwrap_or_default();
                    send(cermat::worker::handle_file(&head, &bytes));
                });
                cermat::ui::browser::dom::settle(&file.array_buffer(), then);
            }
            Err(text) => reply(&[head, text.as_string().unwrap_or_default()].concat()),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget(); // the handler lives as long as the worker
    let _ = scope.post_message(&JsValue::from_str(cermat::worker::protocol::READY));
}

/// Reads every file of `files` (names and bytes, each as the CLI reads a file), then
/// answers the request with them all (`cermat::worker::handle_files`).
#[cfg(target_arch = "wasm32")]
fn read_all(files: &js_sys::Array, head: String, send: impl Fn(String) + Clone + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;

    /// Each file's name and bytes once read, in the order chosen.
    type Read = Rc<RefCell<Vec<Option<(String, Vec<u8>)>>>>;

    let files: Vec<web_sys::File> = files.iter().filter_map(|f| f.dyn_into().ok()).collect();
    let total = files.len();
    let read: Read = Rc::new(RefCell::new(vec![None; total]));
    let finish = move |read: &Read| {
        let files: Vec<(String, Vec<u8>)> = read.borrow_mut().drain(..).flatten().collect();
        send(cermat::worker::handle_files(
            &head,
            &files,
            js_sys::Date::now() as u64,
        ));
    };
    if total == 0 {
        return finish(&read);
    }
    let left = Rc::new(std::cell::Cell::new(total));
    for (at, file) in files.into_iter().enumerate() {
        let (read, left, finish) = (Rc::clone(&read), Rc::clone(&left), finish.clone());
        let name = file.name();
        let then = Box::new(move |buffer: Option<wasm_bindgen::JsValue>| {
            // An unreadable file (removed meanwhile) is empty: the import says so by name.
            let bytes = buffer
                .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                .unwrap_or_default();
            read.borrow_mut()[at] = Some((name, bytes));
            left.set(left.get() - 1);
            if left.get() == 0 {
                finish(&read);
            }
        });
        cermat::ui::browser::dom::settle(&file.array_buffer(), then);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("cermat-tools is the browser's tools worker; natively, use cermat-cli.");
}
