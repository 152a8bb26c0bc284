//! Fetches the guidance file (help texts and recommendations, and the content's English:
//! `content::Guidance`) the first time a page needs it. Its name is in index.html's
//! `<meta name="cermat-guidance">` (written at build time by scripts/prerender.mjs). The
//! outcome comes back as `Action::Guidance`; a missing or refused file is `Failed`, and
//! the pages say so.
//!
//! This app is built with the `lean-content` feature: the content's English is not in
//! its WebAssembly but in that file. In English it is fetched at once, whatever the page
//! (the statements, names and stage and band names show in Indonesian until it is there);
//! when it arrives its English goes to `model::set_content_english` before the status
//! change re-renders the app. The wizard's memoised `Question` re-renders too: its help
//! text changes with that status.

use wasm_bindgen::JsCast;
use yew::Callback;

use crate::content::Guidance;
use crate::i18n::Lang;
use crate::route::Route;
use crate::state::{Action, GuidanceStatus};
use crate::ui::browser::dom;

/// Pages that show help or recommendations, and in English every page (content's
/// English is in the file).
pub fn needed_on(route: &Route, lang: Lang) -> bool {
    lang == Lang::En
        || matches!(
            route,
            Route::Assess { .. } | Route::Results | Route::Shared(_)
        )
}

/// Starts the fetch; call once, when the status is `NotLoaded`.
pub fn load(on_action: &Callback<Action>) {
    on_action.emit(Action::Guidance(GuidanceStatus::Loading));
    let failed = {
        let on_action = on_action.clone();
        move || on_action.emit(Action::Guidance(GuidanceStatus::Failed))
    };
    let Some((window, url)) = dom::window().zip(dom::meta_content("cermat-guidance")) else {
        return failed();
    };
    let on_action = on_action.clone();
    let response = Box::new(move |response: Option<wasm_bindgen::JsValue>| {
        let text = response
            .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
            .filter(web_sys::Response::ok)
            .and_then(|r| r.text().ok());
        let Some(text) = text else {
            return failed();
        };
        dom::settle(
            &text,
            Box::new(move |text| match text.and_then(|t| t.as_string()) {
                // Read once for the life of the page: its texts are borrowed from it.
                Some(text) => {
                    let mut guidance = Guidance::decode(Box::leak(text.into_boxed_str()));
                    install_english(&mut guidance);
                    let ready = GuidanceStatus::Ready(std::rc::Rc::new(guidance));
                    on_action.emit(Action::Guidance(ready));
                }
                None => failed(),
            }),
        );
    });
    dom::settle(&window.fetch_with_str(&url), response);
}

/// The content's English, to where `Text::get` reads it (`lean-content`).
#[cfg(feature = "lean-content")]
fn install_english(guidance: &mut Guidance) {
    crate::model::set_content_english(guidance.take_content_english());
}

/// Without `lean-content` (the native prerender build) the English is compiled in.
#[cfg(not(feature = "lean-content"))]
fn install_english(_: &mut Guidance) {}
