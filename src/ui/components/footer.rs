//! The footer: the privacy promise and the way to the methodology.

use yew::prelude::*;

use crate::i18n::{t, Lang};

pub fn footer(lang: Lang) -> Html {
    let s = t(lang);
    html! {
        <footer class="site-footer">
            <p>{ s.footer_privacy }</p>
            <p><a href="#/method">{ s.footer_method }</a></p>
        </footer>
    }
}
