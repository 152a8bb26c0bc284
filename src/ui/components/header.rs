//! The site header: name, main navigation and the language buttons (always present,
//! `data-testid=lang-id` / `lang-en`, the active one `aria-pressed="true"`).

use yew::prelude::*;

use crate::i18n::{t, Lang};
use crate::route::Route;
use crate::ui::dom;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub route: Route,
    pub on_lang: Callback<Lang>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let s = t(props.lang);
    let route = &props.route;
    // The skip link is a button: an `href="#main"` would be read as a route.
    let skip = Callback::from(|_: MouseEvent| dom::focus_main());
    html! {
        <header class="site-header">
            <button type="button" class="skip-link" onclick={skip}>{ s.skip_link }</button>
            <div class="header-inner">
                <a class="brand" href="#/">
                    <span class="brand-name">{ s.app_name }</span>
                    <span class="brand-tagline">{ s.tagline }</span>
                </a>
                <nav class="main-nav" aria-label={s.nav_label}>
                    { nav_link("#/", s.nav_home, *route == Route::Landing) }
                    { nav_link("#/profile", s.nav_assess, route.is_assessment()) }
                    { nav_link("#/results", s.nav_results, *route == Route::Results) }
                    { nav_link("#/method", s.nav_method, *route == Route::Method) }
                </nav>
                <LangSwitch lang={props.lang} on_lang={props.on_lang.clone()} />
            </div>
        </header>
    }
}

fn nav_link(href: &'static str, text: &'static str, current: bool) -> Html {
    html! {
        <a {href} aria-current={current.then_some("page")}>{ text }</a>
    }
}

#[derive(Properties, PartialEq)]
struct LangSwitchProps {
    lang: Lang,
    on_lang: Callback<Lang>,
}

#[component]
fn LangSwitch(props: &LangSwitchProps) -> Html {
    let s = t(props.lang);
    let button = |lang: Lang, code: &'static str, name: &'static str, testid: &'static str| {
        let on_lang = props.on_lang.clone();
        let pressed = if props.lang == lang { "true" } else { "false" };
        html! {
            <button type="button" data-testid={testid} aria-pressed={pressed} lang={lang.code()}
                title={name} aria-label={name} onclick={move |_| on_lang.emit(lang)}>
                { code }
            </button>
        }
    };
    html! {
        <div class="lang-switch" role="group" aria-label={s.lang_label}>
            { button(Lang::Id, "ID", s.lang_name_id, "lang-id") }
            { button(Lang::En, "EN", s.lang_name_en, "lang-en") }
        </div>
    }
}
