//! The printable report (`#/report`): an A4 page flow for the browser's "Save as PDF".
//! The cover (profile, each instrument's index, level and predicate, the stage, a QR
//! code back to the result link) and the method in brief are drawn by the tools worker
//! (`tools::page`); between them comes the dashboard itself: charts, bars, the stage
//! ladder and the prioritised recommendations with their basis. The print rules are in
//! styles/main.css (`@page`, page breaks); on screen the page looks like paper.

use yew::prelude::*;

use super::results::results_page;
use super::share::{notice_in, panels, raw};
use crate::i18n::t;
use crate::state::{Slot, Tools};
use crate::ui::dom;
use crate::ui::pages::Page;

pub fn report_page(page: &Page, tools: &Tools) -> Html {
    let s = t(page.lang);
    let panels = panels(tools, "report");
    html! {
        <div class="report" data-testid="report">
            <div class="toolbar report-tools">
                // The cover holds the QR code: print once it is there.
                <button type="button" class="button button-primary" data-testid="print"
                    disabled={panels.is_empty()} onclick={|_| dom::print()}>{ s.print }</button>
                <a class="button button-quiet" href="#/results">{ s.nav_results }</a>
            </div>
            { raw(panels.first()) }
            { notice_in(tools, Slot::Link) }
            { results_page(page, Html::default()) }
            { raw(panels.get(1)) }
        </div>
    }
}
