//! One statement as a real radio group: `fieldset[data-item]`, its statement as the
//! legend, radios 1-5 and `na` with their labels, and the help text on demand.
//! Native radios give keyboard use (Tab between groups, arrows within) for free.

use yew::prelude::*;

use crate::i18n::{fill, fmt_score, t, Lang, Strings};
use crate::model::{InstrumentId, Item, LikertAnswer};
use crate::state::Action;
use crate::ui::dom::item_dom_id;
use crate::ui::ptr::Static;

#[derive(Properties, PartialEq)]
pub struct LikertItemProps {
    pub lang: Lang,
    pub instrument: InstrumentId,
    pub item: Static<Item>,
    pub answer: Option<LikertAnswer>,
    pub on_action: Callback<Action>,
}

/// The five points of the scale and N/A: (radio value, answer).
const CHOICES: [(&str, LikertAnswer); 6] = [
    ("1", LikertAnswer::Score(1.0)),
    ("2", LikertAnswer::Score(2.0)),
    ("3", LikertAnswer::Score(3.0)),
    ("4", LikertAnswer::Score(4.0)),
    ("5", LikertAnswer::Score(5.0)),
    ("na", LikertAnswer::NotApplicable),
];

fn label(s: &Strings, value: &str) -> &'static str {
    match value {
        "1" => s.likert_1,
        "2" => s.likert_2,
        "3" => s.likert_3,
        "4" => s.likert_4,
        "5" => s.likert_5,
        _ => s.likert_na,
    }
}

#[component]
pub fn LikertItem(props: &LikertItemProps) -> Html {
    let s = t(props.lang);
    let item = props.item.0;
    let options = CHOICES.iter().map(|(value, answer)| {
        let action = Action::SetLikert {
            instrument: props.instrument,
            item: item.id.to_string(),
            answer: Some(*answer),
        };
        let on_action = props.on_action.clone();
        let checked = props.answer == Some(*answer);
        let class = if *value == "na" { "opt opt-na" } else { "opt" };
        html! {
            <label {class}>
                <input type="radio" name={item.id} value={*value} {checked}
                    onchange={move |_| on_action.emit(action.clone())} />
                if *value != "na" { <span class="opt-num" aria-hidden="true">{ *value }</span> }
                <span class="opt-text">{ label(s, value) }</span>
            </label>
        }
    });
    html! {
        <fieldset class={classes!("q", props.answer.is_none().then_some("q-open"))}
            data-item={item.id} id={item_dom_id(item.id)} tabindex="-1">
            <legend>
                <span class="q-id">{ item.id }</span>
                <span class="q-text">{ item.statement.get(props.lang) }</span>
                if props.answer.is_none() { <span class="q-mark">{ s.unanswered_mark }</span> }
            </legend>
            <div class="scale">{ for options }</div>
            { survey_mean(s, props.answer, props.lang) }
            <details class="help">
                <summary>{ s.help_toggle }</summary>
                <p>{ item.help.get(props.lang) }</p>
            </details>
        </fieldset>
    }
}

/// An aggregated survey can hold a mean such as 3.4 that no radio shows: say so.
fn survey_mean(s: &Strings, answer: Option<LikertAnswer>, lang: Lang) -> Html {
    match answer {
        Some(LikertAnswer::Score(v)) if v.fract() != 0.0 => {
            html! { <p class="q-note">{ fill(s.survey_mean, &[&fmt_score(v, lang)]) }</p> }
        }
        _ => Html::default(),
    }
}
