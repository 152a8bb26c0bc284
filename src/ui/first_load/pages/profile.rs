//! The profile form: region, region type, unit, assessor, date. All optional; every
//! keystroke goes to the state (and so to autosave).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::{t, Strings};
use crate::model::ProfileField;
use crate::model::RegionType;
use crate::route::{Route, Section};
use crate::state::{Action, MAX_FIELD_CHARS};
use crate::ui::components::Page;

pub fn profile_page(page: &Page) -> Html {
    let (s, p, on_action) = (t(page.lang), &page.assessment.profile, page.on_action);
    let text =
        |field, id: &'static str, label: &'static str, hint: Option<&'static str>, value: &str| {
            text_field(on_action, field, id, label, hint, value)
        };
    html! {
        <div class="page page-narrow">
            <h1 tabindex="-1">{ s.profile_title }</h1>
            <p class="lead">{ s.profile_lead }</p>
            <form class="form" onsubmit={|e: SubmitEvent| e.prevent_default()}>
                { text(ProfileField::Region, "f-region", s.field_region, Some(s.hint_region), &p.region) }
                { region_type(s, p.region_type, on_action) }
                { text(ProfileField::Unit, "f-unit", s.field_unit, Some(s.hint_unit), &p.unit) }
                { text(ProfileField::Assessor, "f-assessor", s.field_assessor, None, &p.assessor) }
                { date_field(s, &p.date, on_action) }
            </form>
            <nav class="pager">
                <a class="button button-primary" data-testid="next" href={Route::first_step(Section::Scv).to_hash()}>
                    { s.profile_next }
                </a>
            </nav>
        </div>
    }
}

fn on_input(on_action: &Callback<Action>, field: ProfileField) -> Callback<InputEvent> {
    let on_action = on_action.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            on_action.emit(Action::SetProfile {
                field,
                value: input.value(),
            });
        }
    })
}

fn text_field(
    on_action: &Callback<Action>,
    field: ProfileField,
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    value: &str,
) -> Html {
    let hint_id = hint.map(|_| [id, "-hint"].concat());
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <input type="text" {id} value={value.to_string()} maxlength={MAX_FIELD_CHARS.to_string()}
                autocomplete="off" aria-describedby={hint_id.clone()} oninput={on_input(on_action, field)} />
            if let (Some(hint), Some(hint_id)) = (hint, hint_id) { <p class="field-hint" id={hint_id}>{ hint }</p> }
        </div>
    }
}

fn region_type(s: &Strings, current: Option<RegionType>, on_action: &Callback<Action>) -> Html {
    let on_action = on_action.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
            on_action.emit(Action::SetProfile {
                field: ProfileField::RegionType,
                value: select.value(),
            });
        }
    });
    let option = |value: &'static str, text: &'static str, selected: bool| {
        html! { <option {value} {selected}>{ text }</option> }
    };
    let name = |t: RegionType| match t {
        RegionType::Province => s.region_province,
        RegionType::Regency => s.region_regency,
        RegionType::City => s.region_city,
        RegionType::Other => s.region_other,
    };
    html! {
        <div class="field">
            <label for="f-type">{ s.field_region_type }</label>
            <select id="f-type" {onchange}>
                { option("", s.region_type_none, current.is_none()) }
                { for RegionType::ALL.into_iter().map(|rt| option(rt.key(), name(rt), current == Some(rt))) }
            </select>
        </div>
    }
}

fn date_field(s: &Strings, date: &str, on_action: &Callback<Action>) -> Html {
    html! {
        <div class="field">
            <label for="f-date">{ s.field_date }</label>
            <input type="date" id="f-date" value={date.to_string()}
                oninput={on_input(on_action, ProfileField::Date)} />
        </div>
    }
}
