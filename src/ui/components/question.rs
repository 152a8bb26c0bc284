//! One question as a real radio group: `fieldset[data-item]` with the statement as its
//! legend, one labelled radio per choice, an "unanswered" mark, and the help text on
//! demand in a `<details>`. Native radios give keyboard use for free: Tab moves
//! between groups, arrow keys within one.
//!
//! The only component below the app: with 9 statements on a step, an answer
//! re-renders just the group whose props changed.

use yew::prelude::*;

use crate::i18n::{t, Lang, Strings};
use crate::model::{InstrumentId, LikertAnswer, StageAnswer, Text};
use crate::state::Action;
use crate::ui::browser::dom::item_dom_id;

/// Which scale the question uses.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    /// 1-5 and N/A, values `1`..`5` and `na`.
    Likert(InstrumentId),
    /// Yes / Partly / No, values `yes`, `partly`, `no`.
    Stage,
}

/// One radio: its `value`, the number shown before the label (if any), the label.
struct Choice {
    value: &'static str,
    number: &'static str,
    label: &'static str,
}

const STAGE_ANSWERS: [StageAnswer; 3] = [StageAnswer::Yes, StageAnswer::Partly, StageAnswer::No];

impl Kind {
    fn choices(self, s: &Strings) -> Vec<Choice> {
        let c = |value, number, label| Choice {
            value,
            number,
            label,
        };
        match self {
            Kind::Likert(_) => vec![
                c("1", "1", s.likert_1),
                c("2", "2", s.likert_2),
                c("3", "3", s.likert_3),
                c("4", "4", s.likert_4),
                c("5", "5", s.likert_5),
                c("na", "", s.likert_na),
            ],
            Kind::Stage => vec![
                c("yes", "", s.stage_yes),
                c("partly", "", s.stage_partly),
                c("no", "", s.stage_no),
            ],
        }
    }

    /// What choosing the `index`-th radio means.
    fn action(self, id: &'static str, index: usize) -> Action {
        match self {
            Kind::Likert(instrument) => Action::SetLikert {
                instrument,
                item: id.to_string(),
                answer: if index < 5 {
                    LikertAnswer::Score(index as f64 + 1.0)
                } else {
                    LikertAnswer::NotApplicable
                },
            },
            Kind::Stage => Action::SetStage {
                criterion: id.to_string(),
                answer: STAGE_ANSWERS.get(index).copied().unwrap_or(StageAnswer::No),
            },
        }
    }
}

/// The radio index of a Likert answer (`None` for a survey mean such as 3.4).
pub fn likert_index(answer: LikertAnswer) -> Option<usize> {
    match answer {
        LikertAnswer::NotApplicable => Some(5),
        LikertAnswer::Score(v) => (1..=5).position(|n| f64::from(n) == v),
    }
}

/// The radio index of a stage answer.
pub fn stage_index(answer: StageAnswer) -> Option<usize> {
    STAGE_ANSWERS.iter().position(|a| *a == answer)
}

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub lang: Lang,
    pub kind: Kind,
    pub id: &'static str,
    pub statement: Text,
    pub help: Text,
    /// Index of the chosen radio, if any.
    pub chosen: Option<usize>,
    /// Shown under the radios, e.g. an aggregated survey mean no radio can show.
    #[prop_or_default]
    pub note: Option<String>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Question(props: &QuestionProps) -> Html {
    let s = t(props.lang);
    let open = props.chosen.is_none() && props.note.is_none();
    let choices = props.kind.choices(s);
    let last = choices.len().saturating_sub(1);
    let options = choices.into_iter().enumerate().map(|(i, choice)| {
        let (on_action, kind, id) = (props.on_action.clone(), props.kind, props.id);
        // N/A is set apart from the scale.
        let aside = matches!(props.kind, Kind::Likert(_)) && i == last;
        html! {
            <label class="opt" data-aside={aside.then_some("true")}>
                <input type="radio" name={props.id} value={choice.value} checked={props.chosen == Some(i)}
                    onchange={move |_| on_action.emit(kind.action(id, i))} />
                if !choice.number.is_empty() { <span class="opt-num" aria-hidden="true">{ choice.number }</span> }
                <span class="opt-text">{ choice.label }</span>
            </label>
        }
    });
    html! {
        <fieldset class="q" data-item={props.id} data-open={open.then_some("true")}
            data-kind={if props.kind == Kind::Stage { "stage" } else { "likert" }} id={item_dom_id(props.id)} tabindex="-1">
            <legend>
                <span class="q-id">{ props.id }</span>
                <span class="q-text">{ props.statement.get(props.lang) }</span>
                if open { <span class="q-mark">{ s.unanswered_mark }</span> }
            </legend>
            <div class="scale">{ for options }</div>
            if let Some(note) = &props.note { <p class="q-note">{ note.clone() }</p> }
            <details class="help">
                <summary>{ s.help_toggle }</summary>
                <p>{ props.help.get(props.lang) }</p>
            </details>
        </fieldset>
    }
}
