//! Host events (embed mode, opt-in): when the page around the frame named its own origin
//! (web/embed.js `data-events-origin`), this posts to that origin alone `ready` once,
//! `progress` whenever the number of answered items changes, and `result` whenever the
//! user's own results are shown for a new assessment. The messages are built by the pure
//! `crate::host_events`; the first-load app loads this module at start in that case.

use yew::prelude::*;

use crate::bridge::ViewRequest;
use crate::host_events;
use crate::route::Route;
use crate::scoring::evaluate;
use crate::share;
use crate::state::overall_progress;
use crate::state::views::ViewsState;
use crate::ui::browser::{dom, embed};

/// What was last posted, so each message goes once per change.
#[derive(Default)]
struct Sent {
    ready: bool,
    progress: Option<(usize, usize)>,
    result: Option<String>,
}

#[hook]
pub fn use_host_events(state: &ViewsState) {
    let sent = use_mut_ref(Sent::default);
    let deps = state.request.clone();
    let assessment = state.assessment.clone();
    use_effect_with(deps, move |request| {
        let (Some(origin), Some(request), Some(a)) = (embed::events_origin(), request, assessment)
        else {
            return;
        };
        let mut sent = sent.borrow_mut();
        if !sent.ready {
            sent.ready = true;
            post(&origin, &host_events::ready(request.lang));
        }
        let progress = overall_progress(&a);
        if sent.progress != Some((progress.answered, progress.total)) {
            sent.progress = Some((progress.answered, progress.total));
            post(&origin, &host_events::progress(progress));
        }
        if is_own_results(request) && sent.result.as_deref() != Some(&request.assessment) {
            sent.result = Some(request.assessment.clone());
            let code = share::encode(&a);
            let link = dom::result_link(&code);
            post(&origin, &host_events::result(&code, &link, &evaluate(&a)));
        }
    });
}

fn is_own_results(request: &ViewRequest) -> bool {
    request.route == Route::Results
}

/// Posts a message (JSON text) to the parent page, delivered only if that page's origin
/// is `origin`.
fn post(origin: &str, message: &str) {
    let (Some(window), Ok(value)) = (dom::window(), js_sys::JSON::parse(message)) else {
        return;
    };
    if let Ok(Some(parent)) = window.parent() {
        let _ = parent.post_message(&value, origin);
    }
}
