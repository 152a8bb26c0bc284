//! Notices about the browser's storage, each naming what happened: answers cannot be
//! kept (`data-testid=storage-warning`), the storage is full (`storage-full`, with the
//! work offered as a file: the exact save text, which the share page imports like a
//! response file; a JSON writer would bring float formatting into the first load), or
//! saved work was damaged (`recovery-notice`, with the old
//! data offered as a file, and the autosave waiting until its copy is safe).

use yew::prelude::*;

use crate::format::data_url;
use crate::i18n::{fill, t, Lang};
use crate::model::Assessment;
use crate::state::{export_file_name, has_work, Action, Recovery, Storage};
use crate::store::exact;
use crate::store::Saved;
use crate::ui::browser::dom;

pub fn notices(
    lang: Lang,
    storage: Storage,
    recovery: Option<&Recovery>,
    assessment: &Assessment,
    on_action: &Callback<Action>,
) -> Html {
    let s = t(lang);
    if storage == Storage::Available && recovery.is_none() {
        return Html::default();
    }
    html! {
        <div class="notices">
            if storage == Storage::Unavailable {
                <p class="notice notice-warn" role="status" data-testid="storage-warning">{ s.storage_warning }</p>
            }
            if storage == Storage::Full {
                <div class="notice notice-warn" role="alert" data-testid="storage-full">
                    <p>{ s.storage_full }</p>
                    <p><a class="button" data-testid="download-work"
                        download={[export_file_name(&assessment.profile, &dom::today()).strip_suffix("json").unwrap_or("cermat."), "txt"].concat()}
                        href={data_url("text/plain", &exact(assessment))}>{ s.download_work }</a></p>
                </div>
            }
            if let Some(r) = recovery { { recovery_notice(lang, r, on_action) } }
        </div>
    }
}

fn recovery_notice(lang: Lang, r: &Recovery, on_action: &Callback<Action>) -> Html {
    let s = t(lang);
    let kept = {
        let on_action = on_action.clone();
        move |_: MouseEvent| on_action.emit(Action::RecoveryKept)
    };
    let dismiss = {
        let on_action = on_action.clone();
        move |_: MouseEvent| on_action.emit(Action::DismissRecovery)
    };
    // The whole lines of a damaged save, if any hold work.
    let readable = Saved::decode_lenient(&r.raw).assessment();
    let restore = has_work(&readable).then(|| {
        let on_action = on_action.clone();
        move |_: MouseEvent| on_action.emit(Action::Load(readable.clone()))
    });
    html! {
        <div class="notice notice-warn" role="alert" data-testid="recovery-notice">
            <p><strong>{ s.recovery_title }</strong></p>
            <p>{ if r.kept { s.recovery_body } else { s.recovery_not_kept } }</p>
            <p class="notice-detail">{ fill(s.recovery_detail, &[r.message(lang)]) }</p>
            <p>
                <a class="button" data-testid="recovery-download" download="cermat-data-lama.txt"
                    href={data_url("text/plain", &r.raw)} onclick={kept}>{ s.download_damaged }</a>
                if let Some(onclick) = restore {
                    <button type="button" class="button" data-testid="recovery-restore" {onclick}>{ s.restore_readable }</button>
                }
                if r.kept {
                    <button type="button" class="button button-quiet" onclick={dismiss}>{ s.dismiss }</button>
                }
            </p>
        </div>
    }
}
