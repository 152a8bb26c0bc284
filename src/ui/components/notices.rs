//! Notices about the browser's storage: answers cannot be kept
//! (`data-testid=storage-warning`), or saved work was damaged (`recovery-notice`).

use yew::prelude::*;

use crate::i18n::{fill, t, Lang};
use crate::state::{Action, Recovery, Storage};

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub lang: Lang,
    pub storage: Storage,
    pub recovery: Option<Recovery>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let s = t(props.lang);
    let warning = (props.storage == Storage::Unavailable).then(|| {
        html! {
            <p class="notice notice-warn" role="status" data-testid="storage-warning">{ s.storage_warning }</p>
        }
    });
    let recovery = props.recovery.as_ref().map(|r| {
        let on_action = props.on_action.clone();
        html! {
            <div class="notice notice-warn" role="alert" data-testid="recovery-notice">
                <p><strong>{ s.recovery_title }</strong></p>
                <p>{ s.recovery_body }</p>
                <p class="notice-detail">{ fill(s.recovery_detail, &[r.message(props.lang)]) }</p>
                <button type="button" class="button button-quiet"
                    onclick={move |_| on_action.emit(Action::DismissRecovery)}>{ s.dismiss }</button>
            </div>
        }
    });
    if warning.is_none() && recovery.is_none() {
        return Html::default();
    }
    html! { <div class="notices">{ warning }{ recovery }</div> }
}
