//! The website inventory's side effects, in one hook: reading it when a page that shows
//! it opens, hearing other tabs change it, and writing each edit of this tab.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::route::Route;
use crate::state::views::{ViewsAction, ViewsState};
use crate::state::websites::WebsitesAction;
use crate::ui::browser::dom;
use crate::ui::on_demand::websites_store;

/// The pages that need the open assessment's inventory: the evidence pages of the
/// criteria it is evidence for, the report (never a shared one: it is not in a link) and
/// the share page (its response file carries it).
fn shows_inventory(route: &Route) -> bool {
    match route {
        Route::Evidence(id) => crate::websites::CRITERIA.contains(&id.as_str()),
        Route::Report | Route::Share => true,
        _ => false,
    }
}

#[hook]
pub fn use_websites(state: &ViewsState, on_action: &Callback<ViewsAction>) {
    let wanted = state
        .request
        .as_ref()
        .is_some_and(|r| shows_inventory(&r.route));
    let unread = state.websites.key.is_empty();
    {
        let on_action = on_action.clone();
        use_effect_with((wanted, unread), move |(wanted, unread)| {
            if *wanted && *unread {
                load(&on_action, &websites_store::key());
            }
        });
    }
    {
        let on_action = on_action.clone();
        use_effect_with((), move |_| {
            let key = websites_store::key();
            let listener = dom::window().map(|w| {
                EventListener::new(&w, "storage", move |event| {
                    let changed = js_sys::Reflect::get(event, &"key".into())
                        .ok()
                        .and_then(|k| k.as_string());
                    // `null` when the whole storage was cleared.
                    if changed.is_none_or(|k| k == key) {
                        load(&on_action, &key);
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Once a paste's rows came in, the box holds what was left of it (or nothing).
    let paste_left = state.websites.paste_left.clone();
    use_effect_with(paste_left, |(count, rest)| {
        if *count == 0 {
            return;
        }
        let area = dom::document()
            .and_then(|d| d.get_element_by_id(crate::ui::on_demand::pages::PASTE_BOX))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(e).ok());
        if let Some(area) = area {
            area.set_value(rest);
        }
    });
    let edits = state.websites.edits;
    let (key, saved) = (state.websites.key.clone(), state.websites.saved.clone());
    let on_action = on_action.clone();
    // Also once the inventory is read, should an edit have come before it.
    use_effect_with((edits, key.is_empty()), move |(edits, unread)| {
        if *edits == 0 || *unread {
            return;
        }
        // At once, in the edit's own task: a write put off to a later task would hand
        // back a save older than the keystrokes typed meanwhile.
        let stored = websites_store::write(&key, &saved);
        on_action.emit(ViewsAction::Websites(WebsitesAction::Stored(stored)));
    });
}

fn load(on_action: &Callback<ViewsAction>, key: &str) {
    let (saved, damaged) = websites_store::read(key);
    on_action.emit(ViewsAction::Websites(WebsitesAction::Loaded {
        key: key.to_string(),
        saved,
        damaged,
    }));
}
