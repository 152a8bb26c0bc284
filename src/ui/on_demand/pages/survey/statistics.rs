//! The statistics a study reports, as the worker computed them (`statistics`): each
//! item's descriptives, each element's reliability with its items' validity, and the
//! respondent profile with a bar per category. Each table downloads as CSV and copies
//! into a word processor.

use yew::prelude::*;

use super::super::{card, Ctx};
use super::table_tools::TableTools;
use crate::content;
use crate::i18n::{fmt_decimal, fmt_percent, survey_words, Lang, SurveyStrings};
use crate::statistics::{ElementReliability, ItemStatistics, ProfileBreakdown};
use crate::worker::SurveySummary;

pub fn stats_card(summary: &SurveySummary, ctx: &Ctx) -> Html {
    let w = survey_words(ctx.lang);
    let Some(stats) = crate::statistics::from_lines(&summary.statistics) else {
        return Html::default();
    };
    // The worker sends the items' table, the reliability table, then one per profile
    // kind (`statistics::tables_csv`).
    let file = |(stem, text): &(String, String)| {
        (
            AttrValue::from([stem, ".csv"].concat()),
            AttrValue::from(text.clone()),
        )
    };
    let csv = |at: usize| summary.tables.get(at).map(file);
    let profile_csv = |p: &ProfileBreakdown| {
        let stem = p.kind.stem().get(ctx.lang);
        summary
            .tables
            .iter()
            .skip(2)
            .find(|(s, _)| s == stem)
            .map(file)
    };
    let lang = ctx.lang;
    let body = html! {
        <>
            <h3>{ w.stats_items }</h3>
            { items_table(&stats.items, w, lang) }
            <TableTools lang={lang} table_id="table-items" csv={csv(0)} />
            <h3>{ w.stats_reliability }</h3>
            { reliability_table(&stats.reliability, w, lang) }
            <TableTools lang={lang} table_id="table-reliability" csv={csv(1)} />
            <h3>{ w.stats_profile }</h3>
            if stats.profiles.is_empty() {
                <p class="hint" data-testid="no-profile">{ w.no_profile }</p>
            }
            { for stats.profiles.iter().enumerate().map(|(i, p)| profile(i, p, w, lang, profile_csv(p))) }
        </>
    };
    html! {
        <div data-testid="survey-statistics">{ card("stats", w.stats_title, w.stats_note, body) }</div>
    }
}

/// Two decimals, as a study's tables print a mean or a standard deviation.
fn two(value: Option<f64>, lang: Lang) -> String {
    value.map_or("–".to_string(), |v| fmt_decimal(v, 2, lang))
}

fn three(value: Option<f64>, lang: Lang) -> String {
    value.map_or("–".to_string(), |v| fmt_decimal(v, 3, lang))
}

fn items_table(items: &[ItemStatistics], w: &SurveyStrings, lang: Lang) -> Html {
    let heads = [
        w.col_n,
        w.col_mean,
        w.col_sd,
        w.col_median,
        w.col_mode,
        w.col_category,
    ];
    html! {
        <div id="table-items" class="table-wrap scrolls" tabindex="0" role="region" aria-label={w.stats_items}>
            <table class="stats" data-testid="stats-items">
                <thead><tr>
                    <th scope="col">{ crate::i18n::panel(lang).col_item }</th>
                    { for heads.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }
                </tr></thead>
                <tbody>
                    { for items.iter().map(|i| html! {
                        <tr data-item={i.id.clone()} data-mean={i.mean_cents.map(|m| m.to_string())}>
                            <th scope="row">{ i.id.clone() }</th>
                            <td>{ i.n.to_string() }</td>
                            <td>{ two(i.mean, lang) }</td>
                            <td>{ two(i.sd, lang) }</td>
                            <td>{ two(i.median, lang) }</td>
                            <td>{ two(i.mode.as_ref().map(|m| m.value), lang) }{ if i.mode.as_ref().is_some_and(|m| m.tied) { "*" } else { "" } }</td>
                            <td>{ i.category.map_or("–", |c| c.label().get(lang)) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn reliability_table(elements: &[ElementReliability], w: &SurveyStrings, lang: Lang) -> Html {
    let rows = elements.iter().flat_map(|e| {
        let name = content::element_name(&e.group).map_or(e.group.clone(), |n| n.get(lang).to_string());
        let status = match (e.reliable, e.alpha_undefined) {
            (Some(true), _) => w.reliable.to_string(),
            (Some(false), _) => w.not_reliable.to_string(),
            (None, Some(why)) => why.label().get(lang).to_string(),
            (None, None) => w.undefined.to_string(),
        };
        let head = html! {
            <tr class="element-row" data-element={e.group.clone()} data-alpha={e.alpha.map(|a| format!("{a:.3}"))}
                data-reliable={e.reliable.map(|r| r.to_string())}>
                <th scope="row">{ name }</th>
                <td>{ three(e.alpha, lang) }</td>
                <td>{ e.respondents_used.to_string() }</td>
                <td></td>
                <td>{ three(e.r_table, lang) }</td>
                <td>{ status }</td>
            </tr>
        };
        let items = e.item_total.iter().map(|i| {
            let status = match i.valid {
                Some(true) => w.valid,
                Some(false) => w.not_valid,
                None => w.undefined,
            };
            html! {
                <tr data-item={i.id.clone()} data-valid={i.valid.map(|v| v.to_string())}>
                    <th scope="row" class="indent">{ i.id.clone() }</th>
                    <td></td>
                    <td></td>
                    <td>{ three(i.r, lang) }</td>
                    <td>{ three(e.r_table, lang) }</td>
                    <td class={(i.valid == Some(false)).then_some("flag")}>{ status }</td>
                </tr>
            }
        });
        std::iter::once(head).chain(items).collect::<Vec<_>>()
    });
    let heads = [
        w.col_alpha,
        w.col_used,
        w.col_r,
        w.col_r_table,
        w.col_status,
    ];
    html! {
        <div id="table-reliability" class="table-wrap scrolls" tabindex="0" role="region" aria-label={w.stats_reliability}>
            <table class="stats" data-testid="stats-reliability">
                <thead><tr>
                    <th scope="col">{ w.col_element }</th>
                    { for heads.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

fn profile(
    at: usize,
    p: &ProfileBreakdown,
    w: &SurveyStrings,
    lang: Lang,
    csv: Option<(AttrValue, AttrValue)>,
) -> Html {
    let id = ["table-profile-", &at.to_string()].concat();
    let title = [p.kind.label().get(lang), " (", &p.header, ")"].concat();
    html! {
        <section class="profile-breakdown" data-testid="stats-profile" data-kind={p.kind.key()}>
            <h4><bdi>{ title.clone() }</bdi></h4>
            <div id={id.clone()} class="table-wrap">
                <table class="stats">
                    <thead><tr>
                        <th scope="col">{ w.col_value }</th>
                        <th scope="col">{ w.col_count }</th>
                        <th scope="col">{ w.col_percent }</th>
                        <th scope="col" class="no-copy"><span class="visually-hidden">{ w.col_share }</span></th>
                    </tr></thead>
                    <tbody>
                        { for p.categories.iter().map(|c| html! {
                            <tr data-category={c.label.clone()} data-count={c.count.to_string()}>
                                // An age range's label is a key ("21-30"); its words are the language's.
                                <th scope="row"><bdi>{ c.age_range.map_or(c.label.clone(), |r| r.label().get(lang).to_string()) }</bdi></th>
                                <td>{ c.count.to_string() }</td>
                                <td>{ fmt_percent(c.percent, lang) }</td>
                                <td class="bar-cell">
                                    <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                        <rect x="0" y="0" width={format!("{:.2}", c.percent.clamp(0.0, 100.0))} height="10" />
                                    </svg>
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                if p.blank > 0 { <p class="hint">{ crate::i18n::fill(w.blank_answers, &[&p.blank.to_string()]) }</p> }
            </div>
            <TableTools lang={lang} table_id={id} csv={csv} />
        </section>
    }
}
