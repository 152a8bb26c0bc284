//! The column mapping: each header of the file, what it is read as and why. The user
//! types or picks an item code (one shared list of every code, not a select per row: a
//! file of a hundred columns would otherwise draw ten thousand options), or clears it to
//! ignore the column; the worker reads the file again with the choice.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::super::Ctx;
use super::imported::remap;
use crate::content;
use crate::i18n::{fill, survey_words, Lang, SurveyStrings};
use crate::state::views::ViewsAction;
use crate::survey::{column_key, questionnaire_ids, typed_column, ImportChoices};
use crate::worker::survey_summary::ColumnLine;
use crate::worker::SurveySummary;

pub fn table(summary: &SurveySummary, ctx: &Ctx) -> Html {
    html! {
        <MappingTable
            columns={Rc::new(summary.columns.clone())}
            omitted={summary.columns_omitted}
            // Open while there is something to decide, and while the user is deciding:
            // closing it under their hands would hide the row they just changed.
            open={!summary.usable()
                || summary.columns.iter().any(needs_a_look)
                || !ctx.state.survey_choices.columns.is_empty()}
            choices={ctx.state.survey_choices.clone()}
            lang={ctx.lang}
            on_action={ctx.on_action.clone()} />
    }
}

/// Columns the user should look at: unrecognised, ambiguous or repeated.
fn needs_a_look(c: &ColumnLine) -> bool {
    matches!(c.how.as_str(), "ambiguous" | "repeated")
}

#[derive(Properties, PartialEq)]
pub struct MappingProps {
    columns: Rc<Vec<ColumnLine>>,
    omitted: usize,
    open: bool,
    choices: ImportChoices,
    lang: Lang,
    on_action: Callback<ViewsAction>,
}

#[component]
fn MappingTable(props: &MappingProps) -> Html {
    let w = survey_words(props.lang);
    // A code typed that names nothing: the row and the text, until the next change.
    let bad = use_state(|| None::<(usize, String)>);
    let rows = props.columns.iter().map(|c| {
        let onchange = {
            let (at, choices, lang) = (c.at, props.choices.clone(), props.lang);
            let (on_action, bad) = (props.on_action.clone(), bad.clone());
            Callback::from(move |e: Event| {
                let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                    return;
                };
                let typed = input.value();
                match typed_column(&typed) {
                    Some(column) => {
                        bad.set(None);
                        let mut next = choices.clone();
                        next.set_column(at, column);
                        input.set_value(&shown_key(&column_key(column)));
                        remap(next, lang, &on_action);
                    }
                    None => bad.set(Some((at, typed))),
                }
            })
        };
        let error = bad
            .as_ref()
            .filter(|(at, _)| *at == c.at)
            .map(|(_, t)| t.clone());
        row(c, w, props.lang, onchange, error)
    });
    html! {
        <details class="survey-mapping" data-testid="survey-mapping" open={props.open}>
            <summary>{ w.mapping_title }</summary>
            <p class="hint">{ w.mapping_note }</p>
            <div class="table-wrap scrolls" tabindex="0" role="region" aria-label={w.mapping_title}>
                <table class="mapping">
                    <thead><tr>
                        <th scope="col">{ w.col_header }</th>
                        <th scope="col">{ w.col_read_as }</th>
                        <th scope="col">{ w.col_how }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if props.omitted > 0 {
                <p class="hint">{ fill(w.columns_more, &[&props.omitted.to_string()]) }</p>
            }
            { key_list(props.lang) }
        </details>
    }
}

fn row(
    c: &ColumnLine,
    w: &SurveyStrings,
    lang: Lang,
    onchange: Callback<Event>,
    error: Option<String>,
) -> Html {
    let statement = content::statement(&c.key).map(|s| s.get(lang));
    let input_id = ["map-", &c.at.to_string()].concat();
    html! {
        <tr data-column={c.at.to_string()} data-key={c.key.clone()} data-how={c.how.clone()}>
            <th scope="row"><label for={input_id.clone()}><bdi>{ c.header.clone() }</bdi></label></th>
            <td>
                <input id={input_id} type="text" list="survey-keys" value={shown_key(&c.key)}
                    placeholder={w.ignore} autocomplete="off" spellcheck="false" {onchange}
                    aria-invalid={error.is_some().then_some("true")} data-testid="map-input" />
                if let Some(statement) = statement {
                    <span class="hint mapped-statement">{ statement }</span>
                } else if let Some(profile) = profile_label(&c.key, w) {
                    <span class="hint mapped-statement">{ profile }</span>
                }
                if let Some(typed) = error {
                    <span class="field-error" role="alert">{ fill(w.bad_key, &[&typed]) }</span>
                }
            </td>
            <td>{ how(c, w) }</td>
        </tr>
    }
}

/// What the input shows: nothing for an ignored column.
fn shown_key(key: &str) -> String {
    if key == "ignore" {
        String::new()
    } else {
        key.to_string()
    }
}

fn profile_label(key: &str, w: &SurveyStrings) -> Option<&'static str> {
    Some(match key {
        "profile:region" => w.profile_region,
        "profile:region_type" => w.profile_region_type,
        "profile:unit" => w.profile_unit,
        "profile:assessor" => w.profile_assessor,
        "profile:date" => w.profile_date,
        _ => return None,
    })
}

fn how(c: &ColumnLine, w: &SurveyStrings) -> String {
    let ids = c.ids.join(", ");
    match c.how.as_str() {
        "code" => w.how_code.to_string(),
        "statement" => w.how_statement.to_string(),
        "profile" => w.how_profile.to_string(),
        "chosen" => w.how_chosen.to_string(),
        "ambiguous" => fill(w.how_ambiguous, &[&ids]),
        "repeated" => fill(w.how_repeated, &[&ids]),
        _ => w.how_unknown.to_string(),
    }
}

/// Every key a column may be given, with its statement: the list the inputs share.
fn key_list(lang: Lang) -> Html {
    let profile = [
        "profile:region",
        "profile:region_type",
        "profile:unit",
        "profile:assessor",
        "profile:date",
    ];
    let w = survey_words(lang);
    html! {
        <datalist id="survey-keys">
            { for questionnaire_ids().map(|id| {
                let label = content::statement(id).map_or("", |s| s.get(lang));
                let label: String = label.chars().take(80).collect();
                html! { <option value={id}>{ label }</option> }
            }) }
            { for profile.into_iter().map(|key| html! {
                <option value={key}>{ profile_label(key, w).unwrap_or_default() }</option>
            }) }
        </datalist>
    }
}
