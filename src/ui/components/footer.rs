//! The footer: the privacy promise and the way to the methodology.

use yew::prelude::*;

use crate::i18n::{t, Lang};

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub lang: Lang,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let s = t(props.lang);
    html! {
        <footer class="site-footer">
            <p>{ s.footer_privacy }</p>
            <p><a href="#/method">{ s.footer_method }</a></p>
        </footer>
    }
}
