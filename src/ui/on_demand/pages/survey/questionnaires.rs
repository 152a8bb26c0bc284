//! The questionnaires to hand out (a Google Form script, an XLSForm, the CSV template,
//! the paper form) and the sample size helper.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::super::files::{download, download_url};
use super::super::{card, Ctx};
use crate::i18n::{fill, survey_words, Lang};
use crate::route::Route;
use crate::statistics::slovin;

pub fn forms_card(ctx: &Ctx) -> Html {
    let w = survey_words(ctx.lang);
    let files = &ctx.state.files;
    let file = |kind: &str| {
        files
            .questionnaires
            .iter()
            .find(|(k, _)| k == kind)
            .map(|(_, f)| f.as_ref())
    };
    let preparing = || html! { <p class="hint">{ w.preparing }</p> };
    let gas = file("forms-gas");
    let body = html! {
        <>
            <div class="forms">
                <section class="form-builder" data-testid="forms-gas">
                    <h3>{ w.gas_title }</h3>
                    { download("download-gas", "cermat-google-form.gs", "text/plain", gas, w.gas_download) }
                    if gas.is_none() { { preparing() } }
                    <ol class="steps">
                        { for [w.gas_step1, w.gas_step2, w.gas_step3, w.gas_step4, w.gas_step5]
                            .into_iter().map(|step| html! { <li>{ step }</li> }) }
                    </ol>
                </section>
                <section class="form-builder" data-testid="forms-xlsform">
                    <h3>{ w.xlsform_title }</h3>
                    { download_url("download-xlsform", "cermat-xlsform.xlsx", file("forms-xlsform"), w.xlsform_download) }
                    <p class="hint">{ w.xlsform_note }</p>
                </section>
                <section class="form-builder" data-testid="forms-csv">
                    <h3>{ w.csv_template_title }</h3>
                    { download("template-csv", "cermat-survei-template.csv", "text/csv", files.template_csv.as_deref(), w.csv_template_download) }
                </section>
                <section class="form-builder" data-testid="forms-paper">
                    <h3>{ w.paper_title }</h3>
                    <p><a href={Route::SurveyPaper.to_hash()} data-testid="open-paper">{ w.paper_link }</a></p>
                    <p class="hint">{ w.paper_note }</p>
                </section>
            </div>
            <SampleSize lang={ctx.lang} />
        </>
    };
    card("forms", w.forms_title, w.forms_note, body)
}

#[derive(Properties, PartialEq)]
struct SampleSizeProps {
    lang: Lang,
}

/// Margins offered, in hundredths: the usual 1 %, 5 % and 10 %.
const MARGINS: [(u32, &str); 3] = [(10, "10 %"), (5, "5 %"), (1, "1 %")];

/// Slovin's formula, as a study's method chapter states it.
#[component]
fn SampleSize(props: &SampleSizeProps) -> Html {
    let w = survey_words(props.lang);
    let population = use_state(String::new);
    let margin = use_state(|| 10u32);
    let on_population = {
        let population = population.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                population.set(input.value());
            }
        })
    };
    let on_margin = {
        let margin = margin.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                margin.set(select.value().parse().unwrap_or(10));
            }
        })
    };
    let typed = population.trim();
    let n = typed
        .parse::<u64>()
        .ok()
        .and_then(|n| slovin(n, f64::from(*margin) / 100.0));
    html! {
        <section class="slovin" data-testid="slovin" aria-labelledby="h-slovin">
            <h3 id="h-slovin">{ w.slovin_title }</h3>
            <div class="slovin-inputs">
                <label>{ w.slovin_population }
                    <input type="text" inputmode="numeric" data-testid="slovin-population"
                        value={(*population).clone()} oninput={on_population} placeholder="1143754" />
                </label>
                <label>{ w.slovin_margin }
                    <select data-testid="slovin-margin" onchange={on_margin}>
                        { for MARGINS.iter().map(|(m, label)| html! {
                            <option value={m.to_string()} selected={*m == *margin}>{ *label }</option>
                        }) }
                    </select>
                </label>
            </div>
            <p role="status" data-testid="slovin-result">
                if let Some(n) = n {
                    <strong data-value={n.to_string()}>{ fill(w.slovin_result, &[&n.to_string()]) }</strong>
                } else if !typed.is_empty() {
                    { w.slovin_invalid }
                }
            </p>
            <p class="hint">{ w.slovin_formula }</p>
        </section>
    }
}
