//! Same numbers everywhere (issue 7): a response file imported in the app (the tools
//! worker's import, the exact text handed to the app, the autosave written and read back)
//! scores exactly what `cermat-cli score` computes from the same file: every score, level,
//! predicate and recommendation order. The report JSON holds all of them, so the two
//! reports must be equal, byte for byte.

use cermat::format::{parse_response, report_json, response_json};
use cermat::model::{Assessment, InstrumentId, LikertAnswer, StageAnswer};
use cermat::scoring::evaluate;
use cermat::store::{self, Saved};
use cermat::worker::{handle, Op, Reply, Request};
use cermat::{content, model::Lang};
use proptest::prelude::*;

/// What the CLI reports for a response file.
fn cli_report(json: &str) -> String {
    let a = parse_response(json).expect("a valid file");
    report_json(&evaluate(&a), &a)
}

/// What the app shows after importing the file and reloading the page.
fn app_report(json: &str) -> String {
    let request = Request {
        id: 1,
        op: Op::ImportJson,
        lang: Lang::En,
        payload: json.to_string(),
    };
    let reply = Reply::decode(&handle(&request.encode())).expect("a reply");
    let exact = reply.result.expect("imported");
    let adopted = store::from_exact(&exact).expect("the app reads it");
    // Autosaved, then read back at the next visit.
    let saved = Saved::default()
        .record(&adopted, 1_700_000_000_000)
        .encode();
    let reloaded = Saved::decode(&saved)
        .expect("the save reads back")
        .assessment();
    report_json(&evaluate(&reloaded), &reloaded)
}

fn assessment_with(scores: &[f64], stages: &[u8]) -> Assessment {
    let mut a = Assessment::default();
    let items = InstrumentId::ALL
        .into_iter()
        .flat_map(|id| content::likert(id).elements.iter().map(move |e| (id, e)))
        .flat_map(|(id, e)| e.indicators.iter().map(move |i| (id, i)))
        .flat_map(|(id, i)| i.items.iter().map(move |item| (id, item.id)));
    for ((instrument, item), v) in items.zip(scores) {
        let answer = if *v < 1.0 {
            LikertAnswer::NotApplicable
        } else {
            LikertAnswer::Score(*v)
        };
        a.answers.likert_mut(instrument).insert(item.into(), answer);
    }
    let criteria = content::stages().stages.iter().flat_map(|s| s.criteria);
    for (c, s) in criteria.zip(stages) {
        let answer = [StageAnswer::Yes, StageAnswer::Partly, StageAnswer::No][usize::from(*s)];
        a.answers.stage.insert(c.id.into(), answer);
    }
    a
}

#[test]
fn the_issues_file_scores_the_same_in_the_app_and_the_cli() {
    // 2.5949 and 2.6049: level 3 "Baik" in the CLI, level 2 "Cukup" through a result link.
    let mut scores = vec![2.5949; 27];
    scores.extend([2.6049; 48]);
    let json = response_json(&assessment_with(&scores, &[0; 12]));
    assert_eq!(app_report(&json), cli_report(&json));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn imported_files_score_the_same_in_the_app_and_the_cli(
        // Below 1 stands for N/A; decimals as a survey or a spreadsheet writes them.
        scores in prop::collection::vec(prop_oneof![Just(0.0), 1.0f64..=5.0], 0..75),
        stages in prop::collection::vec(0u8..3, 0..12),
        decimals in 0u32..6,
    ) {
        let scale = 10f64.powi(decimals as i32);
        let scores: Vec<f64> = scores.iter().map(|v| (v * scale).round() / scale).collect();
        let json = response_json(&assessment_with(&scores, &stages));
        prop_assert_eq!(app_report(&json), cli_report(&json));
    }
}
