//! A Likert statement: radios 1-5 with their labels, and N/A ("Tidak tahu / tidak
//! berlaku"), values `1`..`5` and `na` as the test contract fixes.

use yew::prelude::*;

use super::question::{likert_index, Kind, Question};
use crate::i18n::{fill, fmt_score, t, Lang};
use crate::model::{InstrumentId, Item, LikertAnswer};
use crate::state::{Action, GuidanceStatus};

pub fn likert_item(
    lang: Lang,
    instrument: InstrumentId,
    item: &'static Item,
    answer: Option<LikertAnswer>,
    guidance: &GuidanceStatus,
    on_action: &Callback<Action>,
) -> Html {
    let chosen = answer.and_then(likert_index);
    // An aggregated survey can hold a mean such as 3.4 that no radio shows: say so.
    let note = match answer {
        Some(LikertAnswer::Score(v)) if chosen.is_none() => {
            Some(fill(t(lang).survey_mean, &[&fmt_score(v, lang)]))
        }
        _ => None,
    };
    html! {
        <Question key={item.id} {lang} kind={Kind::Likert(instrument)} id={item.id} statement={item.statement}
            help={guidance.help(item.id)} {chosen} {note} on_action={on_action.clone()} />
    }
}
