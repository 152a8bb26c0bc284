//! The report's annex of supporting evidence (*data dukung*, issue 11): each indicator and
//! stage criterion with evidence, in questionnaire order, with its note and its documents.
//! Everything the assessor typed is shown as text: a link is never an `<a href>` (the
//! report is printed and shared; a typed address is not vouched for).

use yew::prelude::*;

use super::websites::{share_lines, websites_annex};
use crate::content;
use crate::i18n::{fill, panel, t, websites_words, Lang};
use crate::model::{Assessment, Evidence, InstrumentId, Reference, Text};
use crate::websites::{Row, CRITERIA};

/// The evidence of a criterion that has none but the website inventory.
static NO_EVIDENCE: Evidence = Evidence {
    note: String::new(),
    references: Vec::new(),
};

/// One id with evidence, as the annex lists it.
struct Entry<'a> {
    id: &'static str,
    name: Text,
    /// The element (of an indicator) or the stage (of a criterion).
    context: Text,
    evidence: &'a Evidence,
}

/// The annex sheet. `shared`: the report of a result link, which never carries evidence.
/// `websites`: the inventory of agency websites (empty for a shared report), listed
/// beside the criteria it is evidence for and at the end.
pub fn evidence_annex(assessment: &Assessment, lang: Lang, shared: bool, websites: &[Row]) -> Html {
    let p = panel(lang);
    let inventory = share_lines(websites, lang);
    let groups = groups(assessment, inventory.is_some());
    let inventory = inventory.map(|lines| lines.join(" "));
    let body = if groups.iter().all(|(_, entries)| entries.is_empty()) && inventory.is_none() {
        let none = if shared {
            p.evidence_none_shared
        } else {
            p.evidence_none
        };
        html! { <p data-testid="report-evidence-none">{ none }</p> }
    } else {
        html! {
            <>
                <p class="hint">{ p.evidence_intro }</p>
                { for groups.into_iter().filter(|(_, entries)| !entries.is_empty()).map(|(title, entries)| html! {
                    <>
                        <h3>{ title.get(lang) }</h3>
                        { for entries.iter().map(|e| entry(e, lang, inventory.as_deref())) }
                    </>
                }) }
                { websites_annex(websites, lang) }
            </>
        }
    };
    html! {
        <section class="sheet evidence-annex" data-testid="report-evidence">
            <h2>{ p.evidence_title }</h2>
            { body }
        </section>
    }
}

/// The ids with evidence under each instrument's name: the two Likert instruments
/// (element by element, indicator by indicator), then the stage checklist.
/// With `inventory`, the criteria it is evidence for are listed even without evidence
/// of their own.
fn groups(assessment: &Assessment, inventory: bool) -> Vec<(Text, Vec<Entry<'_>>)> {
    let kept = |id: &str| assessment.evidence.get(id).filter(|e| !e.is_empty());
    let mut groups: Vec<(Text, Vec<Entry>)> = InstrumentId::ALL
        .into_iter()
        .map(|i| {
            let instrument = content::likert(i);
            let entries = instrument
                .elements
                .iter()
                .flat_map(|element| element.indicators.iter().map(move |ind| (element, ind)))
                .filter_map(|(element, indicator)| {
                    kept(indicator.id).map(|evidence| Entry {
                        id: indicator.id,
                        name: indicator.name,
                        context: element.name,
                        evidence,
                    })
                })
                .collect();
            (instrument.name, entries)
        })
        .collect();
    let stages = content::stages();
    let criteria = stages
        .stages
        .iter()
        .flat_map(|stage| stage.criteria.iter().map(move |c| (stage, c)))
        .filter_map(|(stage, criterion)| {
            let by_inventory = inventory && CRITERIA.contains(&criterion.id);
            let evidence = kept(criterion.id).or(by_inventory.then_some(&NO_EVIDENCE));
            evidence.map(|evidence| Entry {
                id: criterion.id,
                name: criterion.statement,
                context: stage.name,
                evidence,
            })
        })
        .collect();
    groups.push((stages.name, criteria));
    groups
}

fn entry(e: &Entry, lang: Lang, inventory: Option<&str>) -> Html {
    let (s, p) = (t(lang), panel(lang));
    let references: Vec<&Reference> = e
        .evidence
        .references
        .iter()
        .filter(|r| !r.is_empty())
        .collect();
    let cell = |label: &'static str, value: &str, class: Option<&'static str>| {
        let value = if value.trim().is_empty() {
            s.no_value.to_string()
        } else {
            value.to_string()
        };
        html! { <td class={class} data-label={label}>{ value }</td> }
    };
    html! {
        <div class="evidence-entry" data-evidence={e.id}>
            <h4>{ [e.id, " ", e.name.get(lang)].concat() }</h4>
            <p class="evidence-context">{ e.context.get(lang) }</p>
            if let Some(share) = inventory.filter(|_| CRITERIA.contains(&e.id)) {
                <p class="evidence-websites" data-testid="report-evidence-websites">
                    { fill(websites_words(lang).criterion_note, &[share]) }
                </p>
            }
            if !e.evidence.note.trim().is_empty() {
                <p class="evidence-note" data-testid="report-evidence-note">{ e.evidence.note.clone() }</p>
            }
            if !references.is_empty() {
                <div class="table-wrap">
                    <table class="evidence-refs stack">
                        <caption>{ p.evidence_references }</caption>
                        <thead><tr>
                            <th scope="col">{ p.col_ref_title }</th>
                            <th scope="col">{ p.col_ref_number }</th>
                            <th scope="col">{ p.col_ref_year }</th>
                            <th scope="col">{ p.col_ref_link }</th>
                        </tr></thead>
                        <tbody>
                            { for references.iter().map(|r| html! {
                                <tr data-testid="evidence-reference">
                                    { cell(p.col_ref_title, &r.title, None) }
                                    { cell(p.col_ref_number, &r.number, None) }
                                    { cell(p.col_ref_year, &r.year, None) }
                                    { cell(p.col_ref_link, &r.link, Some("evidence-link")) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use yew::LocalServerRenderer;

    #[derive(Properties, PartialEq)]
    struct Props {
        assessment: Assessment,
        lang: Lang,
        shared: bool,
        websites: Vec<Row>,
    }

    #[component]
    fn Annex(props: &Props) -> Html {
        evidence_annex(&props.assessment, props.lang, props.shared, &props.websites)
    }

    fn render(assessment: Assessment, lang: Lang, shared: bool) -> String {
        render_with(assessment, lang, shared, Vec::new())
    }

    fn render_with(assessment: Assessment, lang: Lang, shared: bool, websites: Vec<Row>) -> String {
        let props = Props {
            assessment,
            lang,
            shared,
            websites,
        };
        let renderer = LocalServerRenderer::<Annex>::with_props(props);
        futures::executor::block_on(renderer.hydratable(false).render())
    }

    fn reference(title: &str, link: &str) -> Reference {
        Reference {
            title: title.into(),
            number: "12".into(),
            year: "2023".into(),
            link: link.into(),
        }
    }

    fn with_evidence() -> Assessment {
        let mut a = Assessment::default();
        let mut put = |id: &str, note: &str, references: Vec<Reference>| {
            let evidence = Evidence {
                note: note.into(),
                references,
            };
            a.evidence.insert(id.into(), evidence);
        };
        put(
            "K5",
            "",
            vec![reference("Satu Data", "https://satu.data.go.id/")],
        );
        put("E1", "Situs resmi aktif.", vec![]);
        put("IN1", "<script>alert(1)</script>", vec![]);
        put(
            "S1",
            "Masterplan ditetapkan.",
            vec![
                reference(
                    "Perbup Masterplan",
                    "https://jdih.example.go.id/perbup?a=1&b=2",
                ),
                Reference::default(),
                reference("Notulen", ""),
            ],
        );
        put("ST2", " ", vec![Reference::default()]);
        a
    }

    #[test]
    fn the_annex_lists_evidence_in_questionnaire_order_as_text() {
        for lang in Lang::ALL {
            let html = render(with_evidence(), lang, false);
            assert!(html.contains("data-testid=\"report-evidence\""), "{html}");
            assert!(html.contains(panel(lang).evidence_title));
            assert!(!html.contains("report-evidence-none"));
            let at = |id: &str| html.find(&format!("data-evidence=\"{id}\"")).unwrap();
            assert!(at("S1") < at("IN1") && at("IN1") < at("E1") && at("E1") < at("K5"));
            // An entry that is empty (a blank note, a blank document) is not listed.
            assert!(!html.contains("data-evidence=\"ST2\""));
            // Blank documents are left out: S1's two and K5's one.
            let rows = html.matches("data-testid=\"evidence-reference\"").count();
            assert_eq!(rows, 3, "{html}");
            // A link is text, never an anchor; typed markup stays text.
            assert!(!html.contains("<a"), "{html}");
            assert!(html.contains("https://jdih.example.go.id/perbup?a=1&amp;b=2"));
            assert!(html.contains("&lt;script&gt;"));
            assert!(!html.contains("<script"));
            // The indicator's and criterion's names.
            let s1 = content::likert(InstrumentId::Scv).elements[0].indicators[0].name;
            assert!(html.contains(s1.get(lang)), "{html}");
        }
    }

    #[test]
    fn with_no_evidence_one_line_says_so() {
        let mut blank = Assessment::default();
        blank.evidence.insert("S1".into(), Evidence::default());
        for lang in Lang::ALL {
            for (shared, words) in [
                (false, panel(lang).evidence_none),
                (true, panel(lang).evidence_none_shared),
            ] {
                let html = render(blank.clone(), lang, shared);
                assert!(html.contains("data-testid=\"report-evidence\""));
                assert!(html.contains("data-testid=\"report-evidence-none\""));
                assert!(html.contains(words), "{html}");
                assert!(!html.contains("evidence-reference"));
            }
        }
    }

    #[test]
    fn the_inventory_stands_beside_e1_n1_n2_and_is_listed() {
        use crate::websites::Website;
        let row = |id: &str, name: &str, address: &str, active: bool| Row {
            id: id.into(),
            site: Website::new(name, address, active, false),
        };
        let websites = vec![
            row("1", "Dinas <b>Kominfo</b>", "kominfo.example.go.id", true),
            row("2", "Setda", "setda.example.go.id", false),
            row("3", "RSUD", "", false),
        ];
        // E1 has a note of its own; N1 and N2 are listed for the inventory alone.
        let a = with_evidence();
        for lang in Lang::ALL {
            let html = render_with(a.clone(), lang, false, websites.clone());
            for id in CRITERIA {
                assert!(
                    html.contains(&format!("data-evidence=\"{id}\"")),
                    "{id}: {html}"
                );
            }
            assert_eq!(html.matches("report-evidence-websites").count(), 3);
            assert!(html.contains("data-testid=\"report-websites\""));
            let share = if lang == Lang::Id {
                "1 dari 2 situs aktif (50%)"
            } else {
                "1 of 2 sites active (50%)"
            };
            assert!(html.contains(share), "{html}");
            assert!(html.contains("Dinas &lt;b&gt;Kominfo&lt;/b&gt;"));
            assert!(!html.contains("<a"), "an address is text");
            // Only the inventory, and the annex is not "none".
            let html = render_with(Assessment::default(), lang, false, websites.clone());
            assert!(!html.contains("report-evidence-none"), "{html}");
        }
    }
}
