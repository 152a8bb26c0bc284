//! Unknown addresses, and addresses of features still to come: a message and a way
//! home, never a blank page.

use yew::prelude::*;

use crate::i18n::{t, Lang};

#[derive(Properties, PartialEq)]
pub struct SimpleProps {
    pub lang: Lang,
}

#[component]
pub fn NotFound(props: &SimpleProps) -> Html {
    let s = t(props.lang);
    message(s.not_found_title, s.not_found_body, s.go_home, "not-found")
}

#[component]
pub fn Coming(props: &SimpleProps) -> Html {
    let s = t(props.lang);
    message(s.coming_title, s.coming_body, s.go_home, "coming")
}

fn message(title: &'static str, body: &'static str, home: &'static str, testid: &'static str) -> Html {
    html! {
        <div class="page page-narrow" data-testid={testid}>
            <h1 tabindex="-1">{ title }</h1>
            <p>{ body }</p>
            <p><a class="button" href="#/">{ home }</a></p>
        </div>
    }
}
