//! The site header: name, main navigation and the language buttons (always present,
//! `data-testid=lang-id` / `lang-en`, the active one `aria-pressed="true"`). In embed mode
//! the host page has its own header, so the app shows a compact bar instead.

use yew::prelude::*;

use crate::i18n::{fill, t, Lang};
use crate::model::Assessment;
use crate::route::Route;
use crate::share;
use crate::state::has_work;
use crate::ui::browser::{dom, embed};

pub fn header(
    lang: Lang,
    route: &Route,
    on_lang: &Callback<Lang>,
    assessment: &Assessment,
) -> Html {
    let s = t(lang);
    let embedded = embed::embedded();
    // The skip link is a button: an `href="#main"` would be read as a route.
    let skip = Callback::from(|_: MouseEvent| dom::focus_main());
    let links = [
        ("#/", s.nav_home, *route == Route::Landing),
        ("#/profile", s.nav_assess, route.is_assessment()),
        ("#/results", s.nav_results, *route == Route::Results),
        // The methodology is in the footer and on the results page.
        ("#/workspace", s.nav_workspace, *route == Route::Workspace),
    ];
    html! {
        <header class="site-header">
            <button type="button" class="skip-link" onclick={skip}>{ s.skip_link }</button>
            <div class="header-inner">
                <a class="brand" href="#/">
                    <span class="brand-name">{ s.app_name }</span>
                    <span class="brand-tagline">{ s.tagline }</span>
                </a>
                if embedded {
                    { embed_bar(lang, route, assessment) }
                } else {
                    <nav class="main-nav" aria-label={s.nav_label}>
                        { for links.into_iter().map(|(href, text, current)| html! {
                            <a {href} aria-current={current.then_some("page")}>{ text }</a>
                        }) }
                    </nav>
                }
                { lang_switch(lang, on_lang) }
            </div>
        </header>
    }
}

/// In embed mode, in place of the menu (the host page has its own; CSS hides the tagline
/// and the footer): which site receives the results (when the host opted in to the host
/// events), and "open in a full page".
fn embed_bar(lang: Lang, route: &Route, assessment: &Assessment) -> Html {
    let s = t(lang);
    // The full page may not share this frame's storage (browsers partition a frame's
    // storage by the site around it), so the work goes along in the link.
    let target = if has_work(assessment) {
        ["#/r/", &share::encode(assessment)].concat()
    } else {
        route.to_hash()
    };
    let note = embed::events_origin().map(|origin| fill(s.embed_events_note, &[&origin]));
    html! {
        <p class="embed-bar">
            if let Some(note) = note { <span class="host-note" data-testid="host-note">{ note }</span> }
            <a href={[embed::app_page(), target].concat()} target="_blank" rel="noopener" data-testid="open-full">{ s.open_full_page }</a>
        </p>
    }
}

fn lang_switch(current: Lang, on_lang: &Callback<Lang>) -> Html {
    let s = t(current);
    let buttons = [
        (Lang::Id, "ID", s.lang_name_id, "lang-id"),
        (Lang::En, "EN", s.lang_name_en, "lang-en"),
    ];
    html! {
        <div class="lang-switch" role="group" aria-label={s.lang_label}>
            { for buttons.into_iter().map(|(lang, code, name, testid)| {
                let on_lang = on_lang.clone();
                html! {
                    <button type="button" data-testid={testid} aria-pressed={if lang == current { "true" } else { "false" }}
                        lang={lang.code()} title={name} onclick={move |_| on_lang.emit(lang)}>
                        { code }
                    </button>
                }
            }) }
        </div>
    }
}
