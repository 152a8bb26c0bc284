//! "Metodologi" (`#/method`): the formulas, weights, bands, rounding, stage rule, "no
//! data" and provisional results, in plain words, with every source. Weights, bands and
//! sources are read from the content, so the page cannot drift from what the core
//! computes.
//!
//! It is read by few and rarely, and is mostly text (some 10 KB in two languages): the
//! tools worker draws it (`tools::page`, view `method`), so it costs the first load
//! nothing. It appears once the worker has started.

use yew::prelude::*;

use super::share::{notice_in, panels, raw};
use crate::i18n::t;
use crate::state::{Slot, Tools};
use crate::ui::pages::Page;

pub fn method_page(page: &Page, tools: &Tools) -> Html {
    let s = t(page.lang);
    let panels = panels(tools, "method");
    html! {
        <div class="page page-narrow method" data-testid="method">
            <h1 tabindex="-1">{ s.method_title }</h1>
            if panels.is_empty() { <p class="hint">{ s.working }</p> }
            { raw(panels.first()) }
            { notice_in(tools, Slot::Link) }
        </div>
    }
}
