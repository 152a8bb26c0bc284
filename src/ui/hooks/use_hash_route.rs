//! Hand-rolled hash routing: a `hashchange` listener and `Route::parse`. Much smaller
//! than a router crate, and all this app needs on a static host.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::route::Route;
use crate::ui::dom;

/// The current route; re-renders the caller when the hash changes.
#[hook]
pub fn use_hash_route() -> Route {
    let route = use_state_eq(|| Route::parse(&dom::hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = dom::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| route.set(Route::parse(&dom::hash())))
            });
            // Dropping the listener unregisters it when the app unmounts.
            move || drop(listener)
        });
    }
    (*route).clone()
}

/// Goes to a route, as a link would.
pub fn navigate(route: &Route) {
    dom::set_hash(&route.to_hash());
}
