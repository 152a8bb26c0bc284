//! A question asked in the page, beside what asked for it, with a yes that does it and a
//! no that does not: never `window.confirm`, which a browser may block in an embedded
//! frame and which a phone shows far from where the user tapped.

use yew::prelude::*;

use crate::i18n::{t, Lang};

/// "Replace your saved work with this assessment?", for a shared result or an import.
pub fn confirm_replace(lang: Lang, yes: Callback<MouseEvent>, no: Callback<MouseEvent>) -> Html {
    let s = t(lang);
    html! {
        <div class="confirm" role="group" aria-labelledby="replace-question" data-testid="replace-confirm">
            <p id="replace-question">{ s.confirm_replace }</p>
            <p class="confirm-actions">
                <button type="button" class="button button-danger" data-testid="replace-yes" onclick={yes}>{ s.replace_yes }</button>
                <button type="button" class="button button-quiet" data-testid="replace-no" onclick={no}>{ s.cancel }</button>
            </p>
        </div>
    }
}
