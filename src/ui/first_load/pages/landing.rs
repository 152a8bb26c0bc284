//! The landing page. Its words are not here: they are static HTML in index.html
//! (`#landing`, both languages, with the Start link), so that the page can be read and
//! Start used before the WebAssembly has arrived, and so that they cost the WebAssembly
//! nothing. At start-up the app adopts that element ([`adopt_shell`]) and from then on
//! shows it as its landing page ([`landing`]), keeping up to date only what depends on
//! saved work: `<html data-saved>` (which shows Resume and See results), where Resume
//! leads, how many items are answered, and the Start over button.

use std::cell::RefCell;

use gloo_events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use crate::model::Assessment;
use crate::route::Route;
use crate::state::{has_work, next_unanswered, overall_progress, Action};
use crate::ui::browser::dom;
use crate::ui::components::Page;
use crate::ui::first_load::hooks::current_route;

/// The hash of index.html's Resume link, clicked before the app was there to say where
/// saved work continues: the app then goes there (see [`adopt_shell`]).
const RESUME_HASH: &str = "#/?resume";

/// index.html's landing and the parts of it the app updates.
struct Shell {
    landing: Element,
    resume: Option<Element>,
    saved: Option<Element>,
    done: Option<Element>,
    reset: Option<Element>,
    /// The in-page "delete everything?" question and its two buttons.
    confirm: Option<Element>,
    listeners: Vec<EventListener>,
}

thread_local! {
    static SHELL: RefCell<Option<Shell>> = const { RefCell::new(None) };
}

/// At start-up, before the first render: keeps index.html's static landing for the app
/// and removes the rest of its shell (`#boot`, whose header the app's own replaced when
/// it mounted into `#app`). Returns the route to start on: the address's, except for a
/// Resume clicked before the app was there, which goes where `assessment` continues.
pub fn adopt_shell(assessment: &Assessment) -> Route {
    if let Some(doc) = dom::document() {
        if let Some(landing) = doc.get_element_by_id("landing") {
            let find = |selector: &str| landing.query_selector(selector).ok().flatten();
            let shell = Shell {
                resume: find("[data-testid=resume]"),
                saved: find("#landing-saved"),
                done: find("#landing-done"),
                reset: find("[data-testid=reset]"),
                confirm: find("#reset-confirm"),
                listeners: Vec::new(),
                landing,
            };
            SHELL.with_borrow_mut(|s| *s = Some(shell));
        }
        if let Some(boot) = doc.get_element_by_id("boot") {
            boot.remove();
        }
    }
    if dom::hash() != RESUME_HASH {
        return current_route();
    }
    let route = if has_work(assessment) {
        resume_route(assessment)
    } else {
        Route::Landing
    };
    // Replaces the history entry, so Back does not return to the marker.
    if let Some(w) = dom::window() {
        let _ = w.location().replace(&route.to_hash());
    }
    route
}

/// The landing: index.html's element, brought up to date with the saved work.
pub fn landing(page: &Page) -> Html {
    SHELL.with_borrow_mut(|shell| {
        let Some(shell) = shell else {
            return Html::default();
        };
        shell.sync(page.assessment, page.on_action);
        Html::VRef(shell.landing.clone().into())
    })
}

/// The first unanswered item's step, or the results when everything is answered.
fn resume_route(a: &Assessment) -> Route {
    next_unanswered(a, &Route::Landing).map_or(Route::Results, |u| u.route)
}

impl Shell {
    fn sync(&mut self, a: &Assessment, on_action: &Callback<Action>) {
        let work = has_work(a);
        if let Some(root) = dom::document().and_then(|d| d.document_element()) {
            set_flag(&root, "data-saved", work);
        }
        if let Some(saved) = &self.saved {
            set_flag(saved, "hidden", !work);
        }
        if !work {
            return;
        }
        if let Some(resume) = &self.resume {
            let _ = resume.set_attribute("href", &resume_route(a).to_hash());
        }
        if let Some(done) = &self.done {
            done.set_text_content(Some(&overall_progress(a).answered.to_string()));
        }
        if self.listeners.is_empty() {
            self.listeners = self.reset_listeners(on_action);
        }
    }

    /// Start over asks first, in the page: the question's buttons delete everything or
    /// put focus back on Start over. Its words are index.html's, in both languages.
    fn reset_listeners(&self, on_action: &Callback<Action>) -> Vec<EventListener> {
        let (Some(reset), Some(confirm)) = (self.reset.clone(), self.confirm.clone()) else {
            return Vec::new();
        };
        let button = |name: &str| confirm.query_selector(name).ok().flatten();
        let (Some(yes), Some(no)) = (
            button("[data-testid=reset-yes]"),
            button("[data-testid=reset-no]"),
        ) else {
            return Vec::new();
        };
        let ask = {
            let (confirm, yes) = (confirm.clone(), yes.clone());
            EventListener::new(&reset, "click", move |_| {
                set_flag(&confirm, "hidden", false);
                dom::focus(&yes);
            })
        };
        let agree = {
            let (confirm, on_action) = (confirm.clone(), on_action.clone());
            EventListener::new(&yes, "click", move |_| {
                set_flag(&confirm, "hidden", true);
                on_action.emit(Action::Reset);
            })
        };
        let cancel = EventListener::new(&no, "click", move |_| {
            set_flag(&confirm, "hidden", true);
            dom::focus(&reset);
        });
        vec![ask, agree, cancel]
    }
}

fn set_flag(el: &Element, name: &str, on: bool) {
    let _ = if on {
        el.set_attribute(name, "")
    } else {
        el.remove_attribute(name)
    };
}
