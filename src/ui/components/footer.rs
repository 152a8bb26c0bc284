//! The footer: the privacy promise, the way to the methodology and to embedding the app.

use yew::prelude::*;

use crate::i18n::{t, Lang};

pub fn footer(lang: Lang) -> Html {
    let s = t(lang);
    html! {
        <footer class="site-footer">
            <p>{ s.footer_privacy }</p>
            <p class="footer-links"><a href="#/method">{ s.footer_method }</a><a href="#/embed">{ s.footer_embed }</a></p>
        </footer>
    }
}
