//! One stage criterion as a radio group: `fieldset[data-item]` with `yes`, `partly`
//! and `no`, and the help text on demand.

use yew::prelude::*;

use crate::i18n::{t, Lang};
use crate::model::{Criterion, StageAnswer};
use crate::state::Action;
use crate::ui::dom::item_dom_id;
use crate::ui::ptr::Static;

#[derive(Properties, PartialEq)]
pub struct StageItemProps {
    pub lang: Lang,
    pub criterion: Static<Criterion>,
    pub answer: Option<StageAnswer>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn StageItem(props: &StageItemProps) -> Html {
    let s = t(props.lang);
    let criterion = props.criterion.0;
    let choices = [
        (StageAnswer::Yes, s.stage_yes),
        (StageAnswer::Partly, s.stage_partly),
        (StageAnswer::No, s.stage_no),
    ];
    let options = choices.into_iter().map(|(answer, text)| {
        let action = Action::SetStage { criterion: criterion.id.to_string(), answer: Some(answer) };
        let on_action = props.on_action.clone();
        html! {
            <label class="opt">
                <input type="radio" name={criterion.id} value={answer.key()}
                    checked={props.answer == Some(answer)}
                    onchange={move |_| on_action.emit(action.clone())} />
                <span class="opt-text">{ text }</span>
            </label>
        }
    });
    html! {
        <fieldset class={classes!("q", "q-stage", props.answer.is_none().then_some("q-open"))}
            data-item={criterion.id} id={item_dom_id(criterion.id)} tabindex="-1">
            <legend>
                <span class="q-id">{ criterion.id }</span>
                <span class="q-text">{ criterion.statement.get(props.lang) }</span>
                if props.answer.is_none() { <span class="q-mark">{ s.unanswered_mark }</span> }
            </legend>
            <div class="scale scale-3">{ for options }</div>
            <details class="help">
                <summary>{ s.help_toggle }</summary>
                <p>{ criterion.help.get(props.lang) }</p>
            </details>
        </fieldset>
    }
}
