//! The first wizard step, rendered at build time by Yew's server renderer with the app's
//! own components (`cermat-prerender`, called by scripts/prerender.mjs), so index.html
//! holds it before any WebAssembly has arrived.
//!
//! A user who opens `#/assess/scv/1` sees its statements at first paint and can answer
//! at once: the radios are real form controls, so a click checks one with no script.
//! When the app mounts it takes over what was checked (`adopt_early_answers`) and draws
//! the same step itself. One copy per language, shown by `<html lang>` like the landing.

use std::rc::Rc;

use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::content::Guidance;
use crate::i18n::Lang;
use crate::model::Assessment;
use crate::route::{Route, PRERENDERED};
use crate::scoring::evaluate;
use crate::state::GuidanceStatus;
use crate::ui::components::Page;
use crate::ui::first_load::pages::wizard;

#[derive(Properties, PartialEq)]
struct StepProps {
    lang: Lang,
}

/// The step as the app draws it for a new assessment.
#[component]
fn FirstStep(props: &StepProps) -> Html {
    let assessment = Assessment::default();
    let result = evaluate(&assessment);
    let (on_action, on_jump) = (Callback::noop(), Callback::noop());
    let page = Page {
        lang: props.lang,
        assessment: &assessment,
        result: &result,
        on_action: &on_action,
        on_jump: &on_jump,
        guidance: &GuidanceStatus::Ready(Rc::new(Guidance::builtin())),
        readonly: false,
    };
    let Route::Assess { section, step } = PRERENDERED else {
        return Html::default();
    };
    wizard(&page, section, step)
}

/// The markup for index.html's shell: both languages in an element whose id is the
/// route's path, so CSS `:target` shows it when the address asks for that step.
pub fn first_step_html() -> String {
    let id = PRERENDERED.to_hash();
    let id = id.trim_start_matches('#');
    let mut out = format!("<div class=\"prerendered bi\" id=\"{id}\">");
    for lang in Lang::ALL {
        let renderer = LocalServerRenderer::<FirstStep>::with_props(StepProps { lang });
        let html = futures::executor::block_on(renderer.hydratable(false).render());
        let html = without_step_nav(&html);
        let html = if lang == Lang::Id {
            html
        } else {
            scoped(&html, lang.code())
        };
        out.push_str(&format!("<div lang=\"{}\">{html}</div>", lang.code()));
    }
    out.push_str("</div>");
    out
}

/// The step without its side list of all steps: it is not needed to answer, and leaving it
/// out keeps about 0.6 KB gzip off the first load. The app draws it when it mounts (in
/// its own column on a wide screen, below the step on a phone, so nothing moves).
fn without_step_nav(html: &str) -> String {
    const OPEN: &str = "<aside class=\"wizard-nav\">";
    let Some(start) = html.find(OPEN).map(|at| at + OPEN.len()) else {
        return html.to_string();
    };
    let Some(end) = html[start..].find("</aside>").map(|at| start + at) else {
        return html.to_string();
    };
    [&html[..start], &html[end..]].concat()
}

/// The second copy's ids, references and radio-group names, prefixed: a page's ids are
/// unique, and the two copies' radios must not form one group.
fn scoped(html: &str, prefix: &str) -> String {
    ["id", "aria-labelledby", "for", "name"]
        .iter()
        .fold(html.to_string(), |html, attr| {
            let from = format!(" {attr}=\"");
            html.replace(&from, &format!("{from}{prefix}-"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_step_is_drawn_in_both_languages_with_unique_ids() {
        let html = first_step_html();
        assert!(html.starts_with("<div class=\"prerendered bi\" id=\"/assess/scv/1\">"));
        for id in ["S1.1", "S2.3", "S3.3"] {
            assert!(
                html.contains(&format!("fieldset data-item=\"{id}\"")),
                "{id}"
            );
        }
        assert_eq!(html.matches("type=\"radio\"").count(), 2 * 9 * 6);
        let mut ids: Vec<&str> = html
            .split(" id=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        let all = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all, "duplicate ids");
        assert!(html.contains("Dukungan") && html.contains("Support"));
        assert!(html.contains("<aside class=\"wizard-nav\"></aside>"));
        assert!(
            !html.contains("step-nav"),
            "the list of steps is left to the app"
        );
    }
}
