//! What the import found: respondents, answers waiting for a score, decimals taken as
//! given, skipped rows, the column mapping, the answers by item, and the ways to use the
//! survey, offered only when some column holds answers.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::super::Ctx;
use super::{distribution, mapping};
use crate::i18n::{fill, panel, survey_words, PanelStrings, SurveyStrings};
use crate::state::views::ViewsAction;
use crate::survey::LikertCell;
use crate::ui::on_demand::worker_client::{self, Payload};
use crate::worker::{Op, SurveySummary};

pub fn summary(summary: &SurveySummary, ctx: &Ctx) -> Html {
    let (p, w) = (panel(ctx.lang), survey_words(ctx.lang));
    let n = summary.respondents.to_string();
    let answer_columns = summary
        .columns
        .iter()
        .filter(|c| is_answer_key(&c.key))
        .count();
    let total_columns = summary.columns.len() + summary.columns_omitted;
    html! {
        <div class="survey" data-testid="survey-summary">
            if summary.usable() {
                <p><strong data-testid="survey-respondents" data-value={n.clone()}>{ fill(p.respondents, &[&n]) }</strong></p>
            } else {
                <p class="alert" role="alert" data-testid="survey-unmapped">{ w.no_answer_columns }</p>
            }
            <p data-testid="survey-recognised" data-value={answer_columns.to_string()}>
                { fill(w.recognised, &[&answer_columns.to_string(), &total_columns.to_string()]) }
            </p>
            { labels(summary, ctx) }
            { decimals(summary, w) }
            { problems(summary, p) }
            if !summary.missing_ids.is_empty() && summary.usable() {
                <p data-testid="survey-missing">{ fill(p.missing_ids, &[&summary.missing_ids.join(", ")]) }</p>
            }
            { mapping::table(summary, ctx) }
            if summary.usable() {
                { distribution::table(summary, ctx.lang) }
                { actions(summary, ctx, p) }
            }
        </div>
    }
}

fn is_answer_key(key: &str) -> bool {
    key != "ignore" && !key.starts_with("profile:")
}

fn actions(summary: &SurveySummary, ctx: &Ctx, p: &PanelStrings) -> Html {
    let code = summary.code.clone();
    let use_it = {
        let on_action = ctx.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(ViewsAction::Adopt(code.clone())))
    };
    // The link with the survey's counts, so its reader sees n and the distributions.
    let view = if summary.survey_code.is_empty() {
        &summary.code
    } else {
        &summary.survey_code
    };
    html! {
        <div class="actions">
            <button type="button" class="button button-primary" data-testid="survey-use" onclick={use_it}>{ p.use_survey }</button>
            <a class="button" href={["#/r/", view].concat()} data-testid="survey-view">{ p.view_survey }</a>
        </div>
    }
}

/// Scores the user may give answers the reader did not know; the file is read again
/// with each choice.
fn labels(summary: &SurveySummary, ctx: &Ctx) -> Html {
    let scored = &ctx.state.survey_choices.labels;
    if summary.labels.is_empty() && scored.is_empty() {
        return Html::default();
    }
    let w = survey_words(ctx.lang);
    // Unknown labels, then those the user scored (so a choice can be seen and changed).
    let unknown = summary
        .labels
        .iter()
        .map(|(l, n)| (l.clone(), n.to_string(), None));
    let chosen = scored
        .iter()
        .map(|(l, cell)| (l.clone(), String::new(), Some(*cell)));
    let rows = unknown.chain(chosen).map(|(label, count, cell)| {
        let value = match cell {
            Some(LikertCell::Score(cents)) => (cents / 100).to_string(),
            Some(LikertCell::NotApplicable) => "na".to_string(),
            _ => String::new(),
        };
        let onchange = {
            let label = label.clone();
            let (choices, on_action, lang) = (ctx.state.survey_choices.clone(), ctx.on_action.clone(), ctx.lang);
            Callback::from(move |e: Event| {
                let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                    return;
                };
                let cell = match select.value().as_str() {
                    "na" => LikertCell::NotApplicable,
                    v => match v.parse::<u16>() {
                        Ok(point @ 1..=5) => LikertCell::Score(point * 100),
                        _ => return,
                    },
                };
                let mut next = choices.clone();
                next.set_label(&label, cell);
                remap(next, lang, &on_action);
            })
        };
        html! {
            <tr data-label={label.clone()}>
                <th scope="row"><bdi>{ label.clone() }</bdi></th>
                <td>{ count }</td>
                <td>
                    <select aria-label={[w.label_score, " ", &label].concat()} {onchange} data-testid="label-score">
                        <option value="" selected={value.is_empty()}>{ w.label_unscored }</option>
                        { for (1..=5).map(|v| {
                            let v = v.to_string();
                            html! { <option value={v.clone()} selected={v == value}>{ v }</option> }
                        }) }
                        <option value="na" selected={value == "na"}>{ w.label_na }</option>
                    </select>
                </td>
            </tr>
        }
    });
    html! {
        <section class="survey-labels" data-testid="survey-labels" aria-labelledby="h-labels">
            <h3 id="h-labels">{ w.labels_title }</h3>
            <p class="hint">{ w.labels_note }</p>
            <div class="table-wrap">
            <table class="plain">
                <thead><tr>
                    <th scope="col">{ w.label_col }</th>
                    <th scope="col">{ w.label_count }</th>
                    <th scope="col">{ w.label_score }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            </div>
        </section>
    }
}

/// Sends the user's choices to the worker, which reads the kept file again.
pub fn remap(
    choices: crate::survey::ImportChoices,
    lang: crate::i18n::Lang,
    on_action: &Callback<ViewsAction>,
) {
    let payload = choices.encode();
    on_action.emit(ViewsAction::SurveyChoices(choices));
    worker_client::ask(Op::RemapCsv, lang, Payload::Text(payload), on_action);
}

fn decimals(summary: &SurveySummary, w: &SurveyStrings) -> Html {
    if summary.decimals == 0 {
        return Html::default();
    }
    let examples: Vec<String> = summary
        .decimal_examples
        .iter()
        .take(3)
        .map(|(line, id, value)| fill(w.decimal_example, &[&line.to_string(), id, value]))
        .collect();
    let n = summary.decimals.to_string();
    html! {
        <p class="notice-info" role="status" data-testid="survey-decimals" data-value={n.clone()}>
            { fill(w.decimals, &[&n, &examples.join("; ")]) }
        </p>
    }
}

fn problems(summary: &SurveySummary, p: &PanelStrings) -> Html {
    if summary.problems.is_empty() {
        return Html::default();
    }
    let more = summary.problems_omitted;
    html! {
        <details class="survey-problems" open={summary.problems.len() < 10}>
            <summary>{ p.skipped_rows }{ " (" }{ (summary.problems.len() + more).to_string() }{ ")" }</summary>
            <ul data-testid="survey-problems">
                { for summary.problems.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                if more > 0 { <li>{ fill(p.more_rows, &[&more.to_string()]) }</li> }
            </ul>
        </details>
    }
}
