//! Panels the worker draws for the app (`Op::Page`): the share page's sections and the
//! printed report's cover and method, as HTML.
//!
//! Why here: these panels are seen by few users and only after answering, and drawing
//! them with Yew would cost the first page load about 10 KB; as strings built in the
//! worker they cost it nothing. The app inserts the markup as is, so **every text that
//! does not come from Cermat itself** (the link, a region name, a CSV column, a row
//! problem quoting a cell) goes through `esc`, which leaves no markup character in it:
//! such text is always shown as text. The QR code is the one piece of raw SVG, drawn
//! by `crate::qr` from the link alone.
//!
//! Request payloads (first line the view):
//! - `share\n<link>\n<flags>\n<today>\n<survey>`: flags holds `share` where the browser
//!   has the Web Share API; today is the date (`YYYY-MM-DD`) an export without one of
//!   its own is named after; survey is a `SurveySummary` (possibly empty). Three
//!   sections, separated by `SECTION` (the app puts each section's notices after it).
//!   The downloads (the response file, both templates) are plain links to `data:`
//!   addresses, so the app has nothing to do for them.
//! - `report\n<share code>\n<link>`: the cover, `SECTION`, the method in brief.
//! - `method`: the methodology page's body (`#/method`), read from the content so that
//!   it cannot drift from what the core computes.
//!
//! Controls carry `data-do` (what the app does on a click, a change or a drop):
//! `copy`, `share`, `import-json`, `import-csv`, `use-survey` (with `data-code`).

use super::protocol::SurveySummary;
use crate::i18n::{fill, fmt_cents, fmt_percent, fmt_score, panel, t, Lang, PanelStrings, Strings};
use crate::model::{InstrumentId, RegionType};
use crate::{content, format, qr, scoring, share, survey};

/// Separates the sections of a reply.
pub const SECTION: char = '\u{c}';

/// The panels' own style sheet, put at the head of each: its rules are needed only where
/// a panel is shown, so they are not in the first load's styles/main.css.
const STYLE: &str = concat!(
    "<style>",
    include_str!("../../styles/panels.css"),
    "</style>"
);

/// Draws the view a payload names: the view's name, a newline, and its markup (which
/// starts with the panels' style sheet).
pub fn render(payload: &str, lang: Lang) -> Result<String, String> {
    let view = payload.split('\n').next().unwrap_or_default();
    draw(payload, lang).map(|html| [view, "\n", STYLE, &html].concat())
}

fn draw(payload: &str, lang: Lang) -> Result<String, String> {
    let mut lines = payload.splitn(5, '\n');
    let view = lines.next().unwrap_or_default();
    let (a, b) = (
        lines.next().unwrap_or_default(),
        lines.next().unwrap_or_default(),
    );
    match view {
        "share" => {
            let today = lines.next().unwrap_or_default();
            let survey = lines.next().map(SurveySummary::decode);
            Ok(share_page(
                a,
                b.contains("share"),
                today,
                survey.as_ref(),
                lang,
            ))
        }
        "report" => report(a, b, lang),
        "method" => Ok(method(lang)),
        _ => Err(t(lang).tools_failed.to_string()),
    }
}

/// `text` with `& < > " '` as character references and control characters as spaces:
/// safe as element text and as a quoted attribute value.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A section card: `<section>` with a heading and a note, around `body`.
fn card(key: &str, title: &str, note: &str, body: &str) -> String {
    format!(
        "<section class=\"card\" data-testid=\"{key}-card\" aria-labelledby=\"h-{key}\">\
         <h2 id=\"h-{key}\">{}</h2><p class=\"hint\">{}</p>{body}</section>",
        esc(title),
        esc(note)
    )
}

fn button(action: &str, testid: &str, label: &str, primary: bool) -> String {
    let class = if primary {
        "button button-primary"
    } else {
        "button"
    };
    format!(
        "<button type=\"button\" class=\"{class}\" data-do=\"{action}\" data-testid=\"{testid}\">{}</button>",
        esc(label)
    )
}

/// A link that saves `text` as the file `name`.
fn download(testid: &str, name: &str, mime: &str, text: &str, label: &str) -> String {
    format!(
        "<a class=\"button\" data-testid=\"{testid}\" download=\"{}\" href=\"{}\">{}</a>",
        esc(name),
        data_url(mime, text),
        esc(label)
    )
}

/// A `data:` address holding `text`, percent-encoded (so plain ASCII, safe in an
/// attribute).
pub fn data_url(mime: &str, text: &str) -> String {
    let mut out = format!("data:{mime};charset=utf-8,");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A drop zone that is a file picker: the file input covers it (see styles/main.css),
/// so a file dropped on it is chosen as if picked.
fn picker(action: &str, accept: &str, label: &str) -> String {
    format!(
        "<label class=\"drop\" data-testid=\"{action}-drop\"><span>{}</span>\
         <input type=\"file\" accept=\"{accept}\" data-do=\"{action}\" data-testid=\"{action}\"></label>",
        esc(label)
    )
}

/// The QR code of `link`, labelled, or nothing if the link is too long for one.
fn qr_code(link: &str, p: &PanelStrings) -> String {
    qr::qr_svg(link)
        .map(|svg| {
            let label = format!("role=\"img\" aria-label=\"{}\"", esc(p.qr_label));
            let svg = svg.replacen("role=\"img\"", &label, 1);
            format!("<div class=\"qr\" data-testid=\"qr\">{svg}</div>")
        })
        .unwrap_or_default()
}

fn share_page(
    link: &str,
    can_share: bool,
    today: &str,
    survey: Option<&SurveySummary>,
    lang: Lang,
) -> String {
    let p = panel(lang);
    const JSON: &str = "application/json";
    let export = link
        .rsplit_once("#/r/")
        .and_then(|(_, code)| share::decode(code).ok())
        .map(|a| {
            let name = crate::state::export_file_name(&a.profile, today);
            // The report file: every number of the result, for a researcher's tables.
            let report = format::report_json(&scoring::evaluate(&a), &a);
            let report_name = name.replacen("cermat-", "cermat-laporan-", 1);
            let response = format::response_json(&a);
            [
                download("export-json", &name, JSON, &response, p.export_json),
                download(
                    "export-report",
                    &report_name,
                    JSON,
                    &report,
                    p.export_report,
                ),
            ]
            .concat()
        })
        .unwrap_or_default();
    let link_body = format!(
        "<input id=\"share-link\" class=\"share-link\" type=\"text\" readonly value=\"{l}\" \
         aria-label=\"{title}\" data-testid=\"share-link\"><p class=\"hint\" data-testid=\"link-length\" \
         data-value=\"{n}\">{length}</p><div class=\"actions\">{copy}{share}</div>{qr}",
        l = esc(link),
        title = esc(p.link_title),
        n = link.chars().count(),
        length = esc(&fill(p.link_length, &[&link.chars().count().to_string()])),
        copy = button("copy", "copy-link", p.copy_link, true),
        share = if can_share {
            button("share", "web-share", p.web_share, false)
        } else {
            String::new()
        },
        qr = qr_code(link, p),
    );
    let template = format::template_json();
    let json_body = format!(
        "<div class=\"actions\">{export}{}</div>{}",
        download(
            "template-json",
            "cermat-template.json",
            JSON,
            &template,
            p.template_json
        ),
        picker("import-json", ".json,application/json", p.pick_json),
    );
    let csv = survey::csv_template(lang);
    let mut csv_body = format!(
        "<div class=\"actions\">{}</div>{}",
        download(
            "template-csv",
            "cermat-survei-template.csv",
            "text/csv",
            &csv,
            p.template_csv
        ),
        picker("import-csv", ".csv,text/csv,text/plain", p.pick_csv),
    );
    if let Some(s) = survey.filter(|s| !s.code.is_empty()) {
        csv_body.push_str(&survey_summary(s, p, t(lang)));
    }
    [
        card("link", p.link_title, p.link_note, &link_body),
        card("json", p.json_title, p.json_note, &json_body),
        card("csv", p.csv_title, p.csv_note, &csv_body),
    ]
    .join(&SECTION.to_string())
}

/// Respondents, skipped rows with their reasons, ignored columns, items with no column,
/// each item's answers, and the ways to use the result.
fn survey_summary(s: &SurveySummary, p: &PanelStrings, sh: &Strings) -> String {
    let n = s.respondents.to_string();
    let mut out = format!(
        "<div class=\"survey\" data-testid=\"survey-summary\"><p><strong data-testid=\"survey-respondents\" \
         data-value=\"{n}\">{}</strong></p>",
        esc(&fill(p.respondents, &[&n]))
    );
    if !s.problems.is_empty() {
        out.push_str(&format!(
            "<h3>{}</h3><ul data-testid=\"survey-problems\">",
            esc(p.skipped_rows)
        ));
        for problem in &s.problems {
            out.push_str(&format!("<li>{}</li>", esc(problem)));
        }
        if s.problems_omitted > 0 {
            let more = fill(p.more_rows, &[&s.problems_omitted.to_string()]);
            out.push_str(&format!("<li>{}</li>", esc(&more)));
        }
        out.push_str("</ul>");
    }
    for (template, list, testid) in [
        (p.ignored_columns, &s.ignored_columns, "survey-ignored"),
        (p.missing_ids, &s.missing_ids, "survey-missing"),
    ] {
        if !list.is_empty() {
            let text = fill(template, &[&list.join(", ")]);
            out.push_str(&format!("<p data-testid=\"{testid}\">{}</p>", esc(&text)));
        }
    }
    let items = s.items.iter().map(|(id, counts, na, blank)| {
        let mut row = counts.to_vec();
        row.extend([*na, *blank]);
        (id, row)
    });
    let criteria = s.criteria.iter().map(|(id, counts, blank)| {
        let mut row = counts.to_vec();
        row.push(*blank);
        (id, row)
    });
    out.push_str(&format!(
        "<details class=\"distribution\" data-testid=\"survey-distribution\"><summary>{}</summary>{}{}</details>",
        esc(p.distribution),
        table(p, &["1", "2", "3", "4", "5", p.col_na, p.col_blank], items),
        table(p, &[sh.stage_yes, sh.stage_partly, sh.stage_no, p.col_blank], criteria),
    ));
    let code = esc(&s.code);
    out.push_str(&format!(
        "<div class=\"actions\"><button type=\"button\" class=\"button button-primary\" data-do=\"use-survey\" \
         data-code=\"{code}\" data-testid=\"survey-use\">{}</button><a class=\"button\" href=\"#/r/{code}\" \
         data-testid=\"survey-view\">{}</a></div></div>",
        esc(p.use_survey),
        esc(p.view_survey)
    ));
    out
}

/// Counts per id under the given heads; each row's cells shaded by their share of the
/// row (a small bar chart of the answers).
fn table<'a>(
    p: &PanelStrings,
    heads: &[&str],
    rows: impl Iterator<Item = (&'a String, Vec<u32>)>,
) -> String {
    let mut out = format!(
        "<div class=\"table-wrap\"><table class=\"dist\"><thead><tr><th scope=\"col\">{}</th>",
        esc(p.col_item)
    );
    for h in heads {
        out.push_str(&format!("<th scope=\"col\">{}</th>", esc(h)));
    }
    out.push_str("</tr></thead><tbody>");
    let mut any = false;
    for (id, counts) in rows {
        any = true;
        let total: u32 = counts.iter().sum::<u32>().max(1);
        out.push_str(&format!(
            "<tr data-item=\"{id}\"><th scope=\"row\">{id}</th>",
            id = esc(id)
        ));
        for n in counts {
            out.push_str(&format!(
                "<td style=\"--share:{}%\">{n}</td>",
                n * 100 / total
            ));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    if any {
        out
    } else {
        String::new()
    }
}

fn report(code: &str, link: &str, lang: Lang) -> Result<String, String> {
    let a = share::decode(code).map_err(|e| e.message(lang))?;
    let (s, p) = (t(lang), panel(lang));
    let result = scoring::evaluate(&a);
    let pr = &a.profile;
    let region_type = pr.region_type.map_or("", |rt| match rt {
        RegionType::Province => s.region_province,
        RegionType::Regency => s.region_regency,
        RegionType::City => s.region_city,
        RegionType::Other => s.region_other,
    });
    let mut cover = format!(
        "<section class=\"sheet cover\"><p class=\"eyebrow\">{} · {}</p><p class=\"cover-title\">{}</p>\
         <dl class=\"cover-profile\" data-testid=\"report-profile\">",
        esc(s.app_name),
        esc(s.tagline),
        esc(s.report_title)
    );
    for (label, value) in [
        (s.field_region, pr.region.as_str()),
        (s.field_region_type, region_type),
        (s.field_unit, &pr.unit),
        (s.field_assessor, &pr.assessor),
        (s.field_date, &pr.date),
    ] {
        let value = if value.trim().is_empty() {
            s.no_value
        } else {
            value
        };
        cover.push_str(&format!(
            "<div><dt>{}</dt><dd>{}</dd></div>",
            esc(label),
            esc(value)
        ));
    }
    cover.push_str(&format!(
        "</dl><div class=\"table-wrap\"><table class=\"report-summary\" data-testid=\"report-summary\"><thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        esc(p.col_instrument),
        esc(s.index_label),
        esc(s.level_label),
        esc(s.predicate_label)
    ));
    for id in InstrumentId::ALL {
        let r = result.likert(id);
        let index = r
            .index
            .map_or(s.no_value.to_string(), |v| fmt_score(v, lang));
        let (level, predicate) = r.band.map_or((s.no_value.to_string(), s.no_value), |b| {
            (
                format!("{} · {}", b.level, b.level_name.get(lang)),
                b.predicate.get(lang),
            )
        });
        cover.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(r.instrument.name.get(lang)),
            esc(&index),
            esc(&level),
            esc(predicate)
        ));
    }
    let stage = &result.stage;
    let achieved = stage
        .stages
        .get(usize::from(stage.achieved).wrapping_sub(1))
        .map_or(s.stage_zero, |st| st.stage.name.get(lang));
    cover.push_str(&format!(
        "<tr><th scope=\"row\">{}</th><td colspan=\"3\">{}: {} · {}</td></tr></tbody></table></div>",
        esc(content::stages().name.get(lang)),
        esc(s.stage_achieved_label),
        stage.achieved,
        esc(achieved)
    ));
    if result.provisional() {
        let open = crate::state::overall_progress(&a).unanswered().to_string();
        cover.push_str(&format!(
            "<p class=\"notice notice-info\">{}</p>",
            esc(&fill(s.provisional, &[&open]))
        ));
    }
    cover.push_str(&format!(
        "<figure class=\"report-qr\" data-testid=\"report-qr\">{}<figcaption>{}<span class=\"link-text\">{}</span>\
         </figcaption></figure></section>",
        qr_code(link, p),
        esc(p.report_scan),
        esc(link)
    ));
    let mut method = format!(
        "<section class=\"sheet\"><h2>{}</h2><ul>",
        esc(s.method_title)
    );
    for text in [
        p.method_scale,
        p.method_formula_indicator,
        p.method_formula_element,
        p.method_formula_index,
        p.method_formula_percent,
        p.method_rounding,
        p.method_gap,
        p.method_stage,
        p.method_nodata,
    ] {
        method.push_str(&format!("<li>{}</li>", esc(text)));
    }
    method.push_str("</ul></section>");
    Ok([cover, method].join(&SECTION.to_string()))
}

/// The methodology: instruments and sources, scale, formulas, weights, bands, rounding,
/// targets and gaps, the stage rule, "no data", and every source document.
fn method(lang: Lang) -> String {
    let (s, p) = (t(lang), panel(lang));
    let bands = content::spbe_bands();
    let section =
        |title: &str, body: String| format!("<section><h2>{}</h2>{body}</section>", esc(title));
    let para = |text: &str| format!("<p>{}</p>", esc(text));
    let list = |items: Vec<String>| {
        let items: String = items.iter().map(|i| format!("<li>{i}</li>")).collect();
        format!("<ul>{items}</ul>")
    };
    let stage = content::stages();
    let instruments = InstrumentId::ALL
        .map(content::likert)
        .map(|i| (i.name, i.source))
        .into_iter()
        .chain([(stage.name, stage.source)])
        .map(|(name, source)| {
            format!(
                "<strong>{}</strong>. {}",
                esc(name.get(lang)),
                esc(source.get(lang))
            )
        })
        .collect();
    let weight = |name: &str, w: f64| {
        esc(&fill(
            p.method_weight_of,
            &[name, &fmt_percent(w * 100.0, lang)],
        ))
    };
    let mut weights = para(p.method_weights_note);
    for instrument in InstrumentId::ALL.map(content::likert) {
        weights.push_str(&format!(
            "<h3>{}</h3><ul class=\"weights\">",
            esc(instrument.name.get(lang))
        ));
        for e in instrument.elements {
            let indicators = e
                .indicators
                .iter()
                .map(|i| format!("{} {}", esc(i.id), weight(i.name.get(lang), i.weight)))
                .collect();
            weights.push_str(&format!(
                "<li><strong>{}</strong>{}</li>",
                weight(e.name.get(lang), e.weight),
                list(indicators)
            ));
        }
        weights.push_str("</ul>");
    }
    let mut table = format!(
        "<div class=\"table-wrap\"><table><caption>{}</caption><thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        esc(bands.name.get(lang)),
        esc(p.col_score),
        esc(p.col_level),
        esc(p.col_level_name),
        esc(p.col_predicate)
    );
    for (i, b) in bands.bands.iter().enumerate() {
        let lower = fmt_cents(b.lower_cents, lang);
        let range = match bands.bands.get(i + 1) {
            Some(next) => fill(p.band_range, &[&lower, &fmt_cents(next.lower_cents, lang)]),
            None => fill(p.band_range_last, &[&lower, &fmt_cents(500, lang)]),
        };
        table.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&range),
            b.level,
            esc(b.level_name.get(lang)),
            esc(b.predicate.get(lang))
        ));
    }
    table.push_str("</tbody></table></div>");
    let stages = stage
        .stages
        .iter()
        .map(|st| {
            let ids: Vec<&str> = st.criteria.iter().map(|c| c.id).collect();
            format!(
                "<strong>{}</strong> ({}): {}",
                esc(&fill(
                    s.stage_heading,
                    &[&st.number.to_string(), st.name.get(lang)]
                )),
                esc(&ids.join(", ")),
                esc(st.description.get(lang))
            )
        })
        .collect();
    let mut sources: Vec<String> = InstrumentId::ALL
        .map(|id| esc(content::likert(id).source.get(lang)))
        .into();
    sources.push(esc(stage.source.get(lang)));
    sources.push(esc(&fill(p.method_bands_source, &[bands.source.get(lang)])));
    // The documents that recommendation bases cite by their short names.
    sources.extend(content::sources().iter().map(|doc| {
        format!(
            "<strong>{}</strong>: {}",
            esc(doc.short.get(lang)),
            esc(doc.title.get(lang))
        )
    }));
    let formulas = [
        p.method_formula_indicator,
        p.method_formula_element,
        p.method_formula_index,
        p.method_formula_percent,
    ]
    .map(esc)
    .into();
    [
        format!("<p class=\"lead\">{}</p>", esc(p.method_intro)),
        section(p.method_instruments, list(instruments)),
        section(p.method_scale_title, para(p.method_scale)),
        section(p.method_formula_title, list(formulas)),
        section(p.method_weights_title, weights),
        section(p.method_bands_title, table + &para(p.method_rounding)),
        section(p.method_gap_title, para(p.method_gap)),
        section(
            p.method_stage_title,
            para(p.method_stage)
                + &list(stages).replacen("<ul>", "<ul class=\"method-stages\">", 1),
        ),
        section(p.method_nodata_title, para(p.method_nodata)),
        section(p.method_sources_title, list(sources)),
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assessment, LikertAnswer};
    use proptest::prelude::*;

    const MARKUP: &str = "<script>alert(1)</script> \"x\" & 'y'";

    fn code_with_region(region: &str) -> String {
        let mut a = Assessment::default();
        a.profile.region = region.into();
        a.answers
            .scv
            .insert("S1.1".into(), LikertAnswer::Score(2.0));
        share::encode(&a)
    }

    /// Percent-decodes a `data:` address's text.
    fn data_text(url: &str) -> String {
        let (_, data) = url.split_once(',').unwrap();
        let mut bytes = Vec::new();
        let mut it = data.bytes();
        while let Some(b) = it.next() {
            if b == b'%' {
                let hex: String = [it.next().unwrap(), it.next().unwrap()]
                    .iter()
                    .map(|&c| c as char)
                    .collect();
                bytes.push(u8::from_str_radix(&hex, 16).unwrap());
            } else {
                bytes.push(b);
            }
        }
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn esc_leaves_no_markup() {
        assert_eq!(
            esc(MARKUP),
            "&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp; &#39;y&#39;"
        );
        assert_eq!(esc("a\u{c}b\u{0}c\nd"), "a b c d");
        assert_eq!(esc("Kota Bàñdâ 🌊"), "Kota Bàñdâ 🌊");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn escaped_text_never_opens_a_tag_or_ends_an_attribute(text in any::<String>()) {
            let e = esc(&text);
            prop_assert!(!e.contains(['<', '>', '"', '\'', SECTION]));
            // Every `&` starts one of our five references.
            for (i, _) in e.match_indices('&') {
                let rest = &e[i..];
                prop_assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|r| rest.starts_with(r)));
            }
        }

        #[test]
        fn data_urls_round_trip(text in any::<String>()) {
            let url = data_url("text/csv", &text);
            prop_assert!(url.is_ascii() && !url.contains(['"', '<', '>', '\'', ' ']));
            prop_assert_eq!(data_text(&url), text);
        }

        #[test]
        fn any_payload_gives_a_page_or_a_message(payload in any::<String>()) {
            let _ = render(&payload, Lang::Id);
        }
    }

    #[test]
    fn the_share_page_has_three_sections_and_escapes_what_is_not_ours() {
        let link = format!(
            "https://example.org/c?x=\"1\"#/r/{}",
            code_with_region(MARKUP)
        );
        let html = render(&format!("share\n{link}\n\n2026-01-02\n"), Lang::Id).unwrap();
        let sections: Vec<&str> = html.split(SECTION).collect();
        assert_eq!(sections.len(), 3);
        assert!(!html.contains("<script>") && !html.contains("x=\"1\""));
        assert!(html.contains("value=\"https://example.org/c?x=&quot;1&quot;#/r/"));
        assert!(
            !html.contains("data-do=\"share\""),
            "no Web Share button without it"
        );
        assert!(html.contains("<svg"), "a QR code");
        assert!(html.contains("role=\"img\" aria-label=\"Kode QR tautan hasil\""));
        // The response file is named after the region (ASCII) and today.
        assert!(html.contains("download=\"cermat-script-alert-1-script-x-y-2026-01-02.json\""));
        let href = html
            .split("data-testid=\"export-json\" download=")
            .nth(1)
            .unwrap();
        let url = href
            .split("href=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let json = data_text(url);
        assert!(
            json.contains("\"S1.1\": 2") && json.contains("alert(1)"),
            "{json}"
        );
        assert!(html.contains("download=\"cermat-survei-template.csv\""));
        assert!(
            html.contains("download=\"cermat-laporan-script-alert-1-script-x-y-2026-01-02.json\"")
        );
        assert!(html.contains("download=\"cermat-template.json\""));

        let en = render(&format!("share\n{link}\nshare\n2026-01-02\n"), Lang::En).unwrap();
        assert!(en.contains("data-do=\"share\"") && en.contains("Copy link"));
    }

    #[test]
    fn a_survey_summary_is_shown_as_text() {
        let summary = SurveySummary {
            code: code_with_region("Kab. Muara Enim"),
            respondents: 12,
            items: vec![("S1.1".into(), [1, 2, 3, 4, 0], 1, 1)],
            criteria: vec![("E1".into(), [5, 4, 3], 0)],
            problems: vec![format!("baris 4: {MARKUP}")],
            problems_omitted: 3,
            ignored_columns: vec!["Timestamp".into(), MARKUP.into()],
            missing_ids: vec!["K5".into()],
        };
        let payload = format!("share\nhttps://x/#/r/1\n\n2026-01-02\n{}", summary.encode());
        let html = render(&payload, Lang::Id).unwrap();
        assert!(!html.contains("<script>"));
        assert!(html.contains("data-testid=\"survey-respondents\" data-value=\"12\""));
        assert!(html.contains("baris 4: &lt;script&gt;"));
        assert!(html.contains("…dan 3 baris lagi"));
        assert!(html.contains("Timestamp, &lt;script&gt;"));
        assert!(html.contains("K5"));
        assert!(html.contains(
            "<tr data-item=\"S1.1\"><th scope=\"row\">S1.1</th><td style=\"--share:8%\">1</td>"
        ));
        assert!(html.contains(&format!("data-code=\"{}\"", summary.code)));
        assert!(html.contains(&format!("href=\"#/r/{}\"", summary.code)));
    }

    #[test]
    fn the_report_cover_and_method() {
        let code = code_with_region(MARKUP);
        let html = render(&format!("report\n{code}\nhttps://x/#/r/{code}"), Lang::En).unwrap();
        let parts: Vec<&str> = html.split(SECTION).collect();
        assert_eq!(parts.len(), 2);
        assert!(!html.contains("<script>"));
        assert!(parts[0].contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(parts[0].contains("Assessment report") && parts[0].contains("<svg"));
        assert!(parts[0].contains("provisional") || parts[0].contains("Provisional"));
        assert!(parts[1].contains("Methodology"));
        assert!(parts[0].starts_with("report\n<style>") && parts[0].contains("@media print"));
        let bad = render("report\n1abc\nhttps://x/#/r/1abc", Lang::Id).unwrap_err();
        assert!(bad.contains("terpotong"), "{bad}");
    }

    #[test]
    fn the_method_page_reads_the_content() {
        for lang in Lang::ALL {
            let html = render("method", lang).unwrap();
            assert_eq!(html.matches("<section>").count(), 9);
            for id in InstrumentId::ALL {
                for e in content::likert(id).elements {
                    assert!(
                        html.contains(&esc(e.name.get(lang))),
                        "{}",
                        e.name.get(lang)
                    );
                }
            }
            for doc in content::sources() {
                assert!(html.contains(&esc(doc.title.get(lang))));
            }
        }
        assert!(render("nonsense", Lang::En).is_err());
    }
}
