//! A stage criterion: radios `yes`, `partly`, `no`.

use yew::prelude::*;

use super::question::{stage_index, Kind, Question};
use crate::i18n::Lang;
use crate::model::{Criterion, StageAnswer};
use crate::state::{Action, GuidanceStatus};

pub fn stage_item(
    lang: Lang,
    criterion: &'static Criterion,
    answer: Option<StageAnswer>,
    guidance: &GuidanceStatus,
    on_action: &Callback<Action>,
) -> Html {
    html! {
        <Question key={criterion.id} {lang} kind={Kind::Stage} id={criterion.id} statement={criterion.statement}
            help={guidance.help(criterion.id)} chosen={answer.and_then(stage_index)} on_action={on_action.clone()} />
    }
}
