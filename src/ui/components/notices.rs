//! Notices about the browser's storage: answers cannot be kept
//! (`data-testid=storage-warning`), or saved work was damaged (`recovery-notice`).

use yew::prelude::*;

use crate::i18n::{fill, t, Lang};
use crate::state::{Action, Recovery, Storage};

pub fn notices(
    lang: Lang,
    storage: Storage,
    recovery: Option<&Recovery>,
    on_action: &Callback<Action>,
) -> Html {
    let s = t(lang);
    if storage == Storage::Available && recovery.is_none() {
        return Html::default();
    }
    let on_action = on_action.clone();
    html! {
        <div class="notices">
            if storage == Storage::Unavailable {
                <p class="notice notice-warn" role="status" data-testid="storage-warning">{ s.storage_warning }</p>
            }
            if let Some(r) = recovery {
                <div class="notice notice-warn" role="alert" data-testid="recovery-notice">
                    <p><strong>{ s.recovery_title }</strong></p>
                    <p>{ s.recovery_body }</p>
                    <p class="notice-detail">{ fill(s.recovery_detail, &[r.message(lang)]) }</p>
                    <button type="button" class="button button-quiet"
                        onclick={move |_| on_action.emit(Action::DismissRecovery)}>{ s.dismiss }</button>
                </div>
            }
        </div>
    }
}
