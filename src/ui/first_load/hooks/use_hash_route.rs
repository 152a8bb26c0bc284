//! Hand-rolled hash routing: a `hashchange` listener that parses the hash into a
//! `Route` and hands it to the reducer. Much smaller than a router crate, and all a
//! static site needs.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::route::Route;
use crate::state::Action;
use crate::ui::browser::dom;

/// The route named by the address right now.
pub fn current_route() -> Route {
    Route::parse(&dom::hash())
}

/// Sends `Action::Navigate` whenever the hash changes (links, back and forward).
#[hook]
pub fn use_hash_route(on_action: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener = dom::window().map(|w| {
            EventListener::new(&w, "hashchange", move |_| {
                on_action.emit(Action::Navigate(current_route()))
            })
        });
        // Dropping the listener unregisters it when the app unmounts.
        move || drop(listener)
    });
}

/// Goes to a route, as a link would.
pub fn navigate(route: &Route) {
    dom::set_hash(&route.to_hash());
}
