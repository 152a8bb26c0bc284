//! What the app shows for a page of the on-demand views module: "loading" while the
//! module is on its way, why it is missing when it could not be loaded, and nothing
//! once it draws the page itself (in `#views`, beside this app's root).

use yew::prelude::*;

use crate::i18n::{t, Lang};
use crate::state::ViewsStatus;

pub fn on_demand_page(lang: Lang, status: ViewsStatus) -> Html {
    let s = t(lang);
    match status {
        ViewsStatus::Ready => Html::default(),
        ViewsStatus::Failed => html! {
            <main id="main" tabindex="-1">
                <div class="page page-narrow">
                    <ul class="tool-notice" role="alert" data-testid="tool-problems">
                        <li>{ s.tools_failed }</li>
                    </ul>
                </div>
            </main>
        },
        ViewsStatus::NotLoaded | ViewsStatus::Loading => html! {
            <main id="main" tabindex="-1">
                <p class="boot" role="status" data-testid="views-loading">{ s.working }</p>
            </main>
        },
    }
}
