//! The user's own results: the dashboard (`components::results_page`) with the toolbar
//! to edit, share, print and read the method.

use yew::prelude::*;

use crate::i18n::t;
use crate::route::{Route, Section};
use crate::ui::components::{results_page, Page};

/// The user's own results, with the toolbar to edit, share and print them.
pub fn own_results(page: &Page) -> Html {
    let s = t(page.lang);
    let tools = html! {
        <>
            <a class="button" href={Route::first_step(Section::Scv).to_hash()}>{ s.edit_answers }</a>
            <a class="button" data-testid="open-share" href="#/share">{ s.share_title }</a>
            <a class="button" data-testid="open-report" href="#/report">{ s.open_report }</a>
            <a class="button" data-testid="open-plan" href="#/plan">{ s.plan_title }</a>
            <a class="button button-quiet" href="#/method">{ s.nav_method }</a>
        </>
    };
    results_page(page, tools)
}
