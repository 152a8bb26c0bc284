//! Unknown addresses, and links that cannot be opened: a message and a way home, never
//! a blank page.

use yew::prelude::*;

use crate::i18n::{t, Lang};

pub fn not_found(lang: Lang) -> Html {
    let s = t(lang);
    message(s.not_found_title, s.not_found_body, s.go_home, "not-found")
}

/// A title, a message (shown as text, whatever it holds) and a way home.
pub fn message(title: &'static str, body: &str, home: &'static str, testid: &'static str) -> Html {
    html! {
        <div class="page page-narrow" data-testid={testid}>
            <h1 tabindex="-1">{ title }</h1>
            <p>{ body.to_string() }</p>
            <p><a class="button" href="#/">{ home }</a></p>
        </div>
    }
}
