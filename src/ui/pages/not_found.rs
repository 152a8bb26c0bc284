//! Unknown addresses, and addresses of features still to come: a message and a way
//! home, never a blank page.

use yew::prelude::*;

use crate::i18n::{t, Lang};

pub fn not_found(lang: Lang) -> Html {
    let s = t(lang);
    message(s.not_found_title, s.not_found_body, s.go_home, "not-found")
}

pub fn coming(lang: Lang) -> Html {
    let s = t(lang);
    message(s.coming_title, s.coming_body, s.go_home, "coming")
}

fn message(
    title: &'static str,
    body: &'static str,
    home: &'static str,
    testid: &'static str,
) -> Html {
    html! {
        <div class="page page-narrow" data-testid={testid}>
            <h1 tabindex="-1">{ title }</h1>
            <p>{ body }</p>
            <p><a class="button" href="#/">{ home }</a></p>
        </div>
    }
}
