//! The app's side of the on-demand views module (`ui::on_demand`): loads it the first
//! time one of its pages is opened, tells it what to show, and takes back what it asks.
//!
//! The module's script is named in index.html's `<meta name="cermat-views">` (written by
//! scripts/views-name.mjs at build time) and added as a `<script>` element: a file of this
//! site, so a strict Content-Security-Policy allows it; it starts itself. Requests
//! and events are `crate::bridge` text on the `#views` element, so the two modules share
//! nothing but the page. When the module cannot start (a missing file, no `READY_EVENT`
//! within `START_TIMEOUT_MS`), the app shows why in the page it was asked for.

use std::cell::RefCell;

use gloo_events::EventListener;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::Element;
use yew::Callback;

use crate::bridge::{
    ViewEvent, ViewRequest, EVENT_ATTR, READY_ATTR, READY_EVENT, REQUEST_ATTR, REQUEST_EVENT,
    VIEWS_ROOT_ID, VIEW_EVENT,
};
use crate::state::{Action, ViewsStatus};
use crate::ui::browser::{dom, embed};

/// How long the module may take to arrive and start on a slow phone before the app
/// gives up on it.
const START_TIMEOUT_MS: i32 = 30_000;

#[derive(Default)]
struct Host {
    root: Option<Element>,
    /// The listeners for the module's events, alive as long as the page.
    listeners: Vec<EventListener>,
    /// Where the module's loading news goes (a failure outside any event of the app).
    on_action: Callback<Action>,
}

thread_local! {
    static HOST: RefCell<Host> = RefCell::default();
}

/// Hands `request` to the views module, loading it first when `request` is for one of
/// its pages, or at once in embed mode when the host opted in to the host events (which
/// the module sends). Once loaded, it gets every request (it shows nothing on the app's
/// pages). `status` is the app's view of the module; changes come back as actions.
pub fn show(request: &ViewRequest, status: ViewsStatus, on_action: &Callback<Action>) {
    let needed = request.route.loads_on_demand() || embed::events_origin().is_some();
    if status == ViewsStatus::NotLoaded && !needed {
        return;
    }
    let Some(root) = root(on_action) else {
        on_action.emit(Action::Views(ViewsStatus::Failed));
        return;
    };
    let _ = root.set_attribute(REQUEST_ATTR, &request.encode());
    if let Ok(event) = web_sys::Event::new(REQUEST_EVENT) {
        let _ = root.dispatch_event(&event);
    }
    if status == ViewsStatus::NotLoaded {
        on_action.emit(Action::Views(ViewsStatus::Loading));
        if start().is_none() {
            on_action.emit(Action::Views(ViewsStatus::Failed));
        }
    }
}

/// The `#views` element, listened to from the first call on (created after `#app` if
/// the page lacks it).
fn root(on_action: &Callback<Action>) -> Option<Element> {
    HOST.with_borrow_mut(|host| {
        if host.root.is_none() {
            let root = find_or_create_root()?;
            host.listeners = listen(&root, on_action);
            host.root = Some(root);
            host.on_action = on_action.clone();
        }
        host.root.clone()
    })
}

fn find_or_create_root() -> Option<Element> {
    let doc = dom::document()?;
    if let Some(root) = doc.get_element_by_id(VIEWS_ROOT_ID) {
        return Some(root);
    }
    let root = doc.create_element("div").ok()?;
    root.set_id(VIEWS_ROOT_ID);
    doc.body()?.append_child(&root).ok()?;
    Some(root)
}

fn listen(root: &Element, on_action: &Callback<Action>) -> Vec<EventListener> {
    let ready = {
        let on_action = on_action.clone();
        EventListener::new(root, READY_EVENT, move |_| {
            on_action.emit(Action::Views(ViewsStatus::Ready))
        })
    };
    let asked = {
        let (on_action, root) = (on_action.clone(), root.clone());
        EventListener::new(root.clone().as_ref(), VIEW_EVENT, move |_| {
            let text = root.get_attribute(EVENT_ATTR).unwrap_or_default();
            match ViewEvent::decode(&text) {
                Some(ViewEvent::Adopt(code)) => on_action.emit(Action::Adopt(code)),
                Some(ViewEvent::Evidence(entries)) => evidence(&entries, &on_action),
                None => {}
            }
        })
    };
    vec![ready, asked]
}

/// The evidence page's entries, each through the save's own reading (`store::entry_action`):
/// evidence only, whatever else a line names.
fn evidence(entries: &str, on_action: &Callback<Action>) {
    for line in entries.lines() {
        let Some((key, value)) = line.split_once('\t') else {
            continue;
        };
        let value = crate::store::unescape(value).unwrap_or_default();
        let action = crate::store::is_evidence_key(key)
            .then(|| crate::store::entry_action(key, &value))
            .flatten();
        if let Some(action) = action {
            on_action.emit(action);
        }
    }
}

/// Adds the module's loader script, and a timer that fails the load unless the module
/// said it was ready. `None` when the page names no loader.
fn start() -> Option<()> {
    let doc = dom::document()?;
    let src = dom::meta_content("cermat-views")?;
    let script = doc.create_element("script").ok()?;
    script.set_attribute("src", &src).ok()?;
    let failed = Closure::<dyn Fn()>::new(give_up_unless_ready);
    let on_failure = failed.as_ref().unchecked_ref();
    // A file that is missing or refused (wrong type, `nosniff`) fails the script at once.
    script
        .dyn_ref::<web_sys::HtmlElement>()?
        .set_onerror(Some(on_failure));
    let _ = dom::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(on_failure, START_TIMEOUT_MS);
    failed.forget(); // called at most twice, by the page, for as long as it lives
    doc.head()?.append_child(&script).ok()?;
    Some(())
}

/// Tells the app the module failed, unless it has said it is ready (the reducer also
/// keeps a ready module ready).
fn give_up_unless_ready() {
    let (root, on_action) = HOST.with_borrow(|h| (h.root.clone(), h.on_action.clone()));
    if !root.is_some_and(|r| r.has_attribute(READY_ATTR)) {
        on_action.emit(Action::Views(ViewsStatus::Failed));
    }
}
