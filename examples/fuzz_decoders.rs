//! Robustness harness for every decoder of outside input (issue 4 item 6):
//! result links (`share::decode`, every version, v3's survey block and v4's evidence too), survey CSV
//! (`survey::aggregate_csv`, `survey::decode_text`), response JSON
//! (`format::parse_response`, `format::parse_response_bytes`) and the browser save
//! (`store::Saved`).
//!
//!     cargo run --release --example fuzz_decoders -- 1000000
//!
//! Feeds N generated inputs (default 100,000) to all of them: random bytes (made text
//! by lossy UTF-8 decoding, as a browser does), random base64url, valid links, CSV and
//! JSON with random mutations and truncations, token soups, and now and then a huge
//! input. A deterministic PRNG (seed as the second argument) makes every run
//! reproducible. Prints `fuzzed N inputs: 0 panics` and exits 0, or exits non-zero.
//!
//! The release profile aborts on panic (for wasm size), so there a panic stops the run
//! at once, after the hook below has printed the input; in a debug build
//! (`cargo run --example fuzz_decoders`) panics are caught and counted.

use cermat::format;
use cermat::model::{Assessment, Lang, LikertAnswer, RegionType, StageAnswer};
use cermat::share::{self, order_v1};
use cermat::survey;
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    /// What is being decoded, for the panic report.
    static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
}

#[path = "../tests/support/fuzz_tokens.rs"]
mod fuzz_tokens;

fn main() {
    let mut args = std::env::args().skip(1);
    let count: u64 = args
        .next()
        .and_then(|a| a.replace('_', "").parse().ok())
        .unwrap_or(100_000);
    let seed: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(0x00c3_12a7);
    panic::set_hook(Box::new(|info| {
        CURRENT.with(|c| eprintln!("PANIC: {info}\n  input: {}", c.borrow()));
    }));
    let seeds = Seeds::new();
    let mut rng = Rng(seed);
    let mut panics = 0u64;
    for i in 0..count {
        let input = generate(&mut rng, &seeds, i);
        panics += run_all(&input);
        if count >= 100_000 && (i + 1) % (count / 10) == 0 {
            eprintln!("  {} / {count}", i + 1);
        }
    }
    println!("fuzzed {count} inputs: {panics} panics");
    if panics > 0 {
        std::process::exit(1);
    }
}

/// Runs every decoder on one input; returns how many panicked.
fn run_all(input: &[u8]) -> u64 {
    let text = String::from_utf8_lossy(input);
    CURRENT.with(|c| *c.borrow_mut() = describe(input));
    let decoders: [&dyn Fn(); 7] = [
        &|| {
            let _ = share::decode(&text).map_err(|e| e.message(Lang::Id));
        },
        // A survey read as recognised, then with a label scored and a column chosen (the
        // mapping page's choices), and its statistics.
        &|| {
            let _ = survey::aggregate_csv(&text).map(|r| {
                let problems: usize = r.problems.iter().map(|p| p.message(Lang::En).len()).sum();
                (problems, r.responses.statistics().items.len())
            });
            let mut choices = survey::ImportChoices::default();
            choices.set_label("kurang setuju", survey::LikertCell::Score(300));
            choices.set_column(1, survey::Column::Criterion("E1"));
            let _ = survey::aggregate_csv_with(&text, &choices);
            let _ = survey::read_columns(&text, &survey::ImportChoices::decode(&text));
        },
        &|| {
            let _ = format::parse_response(&text);
        },
        &|| {
            let _ = format::parse_response_bytes(input);
        },
        // The browser save, strictly and as "restore what can be read" does.
        &|| {
            let _ = cermat::store::Saved::decode(&text).map(|s| s.assessment());
        },
        &|| {
            let _ = cermat::store::Saved::decode_lenient(&text).assessment();
        },
        &|| {
            let _ = survey::decode_text(input);
        },
    ];
    decoders
        .iter()
        .filter(|d| panic::catch_unwind(AssertUnwindSafe(*d)).is_err())
        .count() as u64
}

fn describe(input: &[u8]) -> String {
    let head: Vec<u8> = input.iter().take(300).copied().collect();
    format!(
        "{} bytes, starting {:?}",
        input.len(),
        String::from_utf8_lossy(&head)
    )
}

/// SplitMix64: tiny, fast and good enough to drive a fuzzer.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when n is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Valid inputs that mutations start from.
struct Seeds {
    links: Vec<String>,
    csv: Vec<String>,
    json: Vec<String>,
}

impl Seeds {
    fn new() -> Self {
        let assessments = [Assessment::default(), sample(false), sample(true)];
        let mut links: Vec<String> = assessments.iter().map(share::encode).collect();
        // v3: an aggregated assessment with its survey, whole, partial and empty.
        links.extend([
            share::encode_with_survey(&sample(true), &sample_survey(100, 1)),
            share::encode_with_survey(&sample(true), &sample_survey(10_000, 3)),
            share::encode_with_survey(&Assessment::default(), &share::SurveyDigest::default()),
        ]);
        // v4: the evidence notes, with and without a survey.
        let noted = with_evidence(sample(true));
        links.extend(share::encode_with_evidence(&noted, None));
        links.extend(share::encode_with_evidence(
            &noted,
            Some(&sample_survey(100, 1)),
        ));
        Seeds {
            links,
            csv: vec![
                sample_csv(','),
                sample_csv(';'),
                cermat::forms::csv_template(Lang::Id),
                // Statements as headers, as a form typed by hand exports them.
                cermat::forms::csv_template(Lang::En).replace(|c: char| c.is_ascii_digit(), ""),
            ],
            json: assessments.iter().map(format::response_json).collect(),
        }
    }
}

/// `a` with a note (markup, a tab, a line break) and documents on an indicator and a criterion.
fn with_evidence(mut a: Assessment) -> Assessment {
    use cermat::model::{Evidence, Reference};
    let document = Reference {
        title: "Perbup <b>12</b>\tMasterplan".into(),
        number: "12".into(),
        year: "2023".into(),
        link: "https://jdih.example.go.id/?a=1&b=2".into(),
    };
    for id in ["S1", "E1"] {
        let evidence = Evidence {
            note: "Catatan\nbaris <i>dua</i>".into(),
            references: vec![document.clone(); 3],
        };
        a.evidence.insert(id.into(), evidence);
    }
    a
}

fn sample(fractional: bool) -> Assessment {
    let mut a = Assessment::default();
    a.profile.region = "<script>alert(1)</script> Kota Bàñdâ".into();
    a.profile.region_type = Some(RegionType::City);
    a.profile.date = "2026-03-07".into();
    for (i, id) in order_v1::SCV_ITEMS
        .iter()
        .chain(&order_v1::EREADINESS_ITEMS)
        .enumerate()
    {
        let answer = match i % 7 {
            6 => LikertAnswer::NotApplicable,
            k if fractional => LikertAnswer::Score(1.0 + k as f64 * 0.37),
            k => LikertAnswer::Score((k % 5 + 1) as f64),
        };
        let map = if i < 27 {
            &mut a.answers.scv
        } else {
            &mut a.answers.ereadiness
        };
        map.insert(id.to_string(), answer);
    }
    for id in order_v1::CRITERIA {
        a.answers.stage.insert(id.into(), StageAnswer::Partly);
    }
    a
}

/// A survey of `n` respondents (at least 50) that answered every `every`-th item and
/// criterion.
fn sample_survey(n: u32, every: usize) -> share::SurveyDigest {
    let items = order_v1::SCV_ITEMS
        .iter()
        .chain(&order_v1::EREADINESS_ITEMS);
    let items = items.enumerate().filter(|(i, _)| i % every == 0);
    let criteria = order_v1::CRITERIA.iter().enumerate();
    share::SurveyDigest {
        respondents: n,
        items: items
            .map(|(i, id)| share::ItemCounts {
                id: id.to_string(),
                counts: [n / 10, n / 5, n / 4, n / 4 + i as u32 % 3, n / 10],
                decimal: i as u32 % 2,
                not_applicable: n / 50,
            })
            .collect(),
        criteria: criteria
            .filter(|(i, _)| i % every == 0)
            .map(|(i, id)| share::CriterionCounts {
                id: id.to_string(),
                yes: n / 2,
                partly: n / 4 + i as u32,
                no: n / 5,
            })
            .collect(),
    }
}

fn sample_csv(sep: char) -> String {
    let profile = ["region", "region_type", "unit", "assessor", "date"];
    let header: Vec<&str> = profile
        .into_iter()
        .chain(survey::questionnaire_ids())
        .collect();
    let mut csv = header.join(",") + "\r\n";
    csv = csv.replace(',', &sep.to_string());
    csv = csv.replacen("region", "Timestamp,\"S1.1 Visi, misi\"", 1);
    let answers = [
        "1",
        "2",
        "3",
        "4",
        "5",
        "N/A",
        "",
        "setuju",
        "Sangat Tidak Setuju",
        "tidak tahu",
    ];
    for row in 0..6 {
        let mut cells = vec![
            "2026/03/01 10:00".to_string(),
            "\"Kota \"\"A\"\"\n\"".to_string(),
        ];
        cells.extend((0..4).map(|_| String::new()));
        cells.extend((0..75).map(|i| answers[(i * 7 + row) % answers.len()].to_string()));
        cells.extend((0..12).map(|i| ["ya", "sebagian", "tidak", ""][(i + row) % 4].to_string()));
        csv.push_str(&cells.join(&sep.to_string()));
        csv.push_str(if row % 2 == 0 { "\r\n" } else { "\n" });
    }
    csv
}

const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const INTERESTING: &[u8] = b",;\t\"\n\r \\{}[]:0159-_=.\xff\xfe\xef\xbb\xbf";

fn generate(rng: &mut Rng, seeds: &Seeds, i: u64) -> Vec<u8> {
    if i % 997 == 0 {
        return huge(rng, seeds);
    }
    match rng.below(8) {
        0 => (0..rng.below(300)).map(|_| rng.next() as u8).collect(),
        1 | 2 => {
            let version = *rng.pick(b"11122334x<");
            std::iter::once(version)
                .chain((0..rng.below(400)).map(|_| *rng.pick(B64)))
                .collect()
        }
        3 | 4 => {
            let link = rng.pick(&seeds.links).clone();
            mutate(rng, link.into_bytes())
        }
        5 => {
            let csv = rng.pick(&seeds.csv).clone();
            mutate(rng, csv.into_bytes())
        }
        6 => {
            let json = rng.pick(&seeds.json).clone();
            mutate(rng, json.into_bytes())
        }
        _ => soup(rng),
    }
}

/// A few random edits: replace, insert, delete, duplicate a span, or truncate.
fn mutate(rng: &mut Rng, mut bytes: Vec<u8>) -> Vec<u8> {
    for _ in 0..=rng.below(5) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 if at < bytes.len() => bytes[at] = rng.next() as u8,
            1 if at < bytes.len() => bytes[at] = *rng.pick(INTERESTING),
            2 => {
                let pool = if rng.below(2) == 0 { INTERESTING } else { B64 };
                bytes.insert(at, *rng.pick(pool));
            }
            3 if at < bytes.len() => {
                let end = (at + 1 + rng.below(20)).min(bytes.len());
                bytes.drain(at..end);
            }
            4 => {
                let end = (at + rng.below(40)).min(bytes.len());
                let span: Vec<u8> = bytes[at..end].to_vec();
                bytes.splice(at..at, span);
            }
            _ => bytes.truncate(at),
        }
    }
    bytes
}

/// Fragments that mean something to one of the decoders, in random order.
fn soup(rng: &mut Rng) -> Vec<u8> {
    (0..rng.below(300))
        .flat_map(|_| rng.pick(fuzz_tokens::DECODER_TOKENS).bytes())
        .collect()
}

/// Over the limits: a huge CSV cell, a huge link, a very wide row, deep JSON nesting.
fn huge(rng: &mut Rng, seeds: &Seeds) -> Vec<u8> {
    match rng.below(4) {
        0 => format!("wilayah,S1.1\n{},4\n", "x".repeat(500_000)).into_bytes(),
        1 => format!("1{}", "A".repeat(100_000 + rng.below(1000))).into_bytes(),
        2 => format!("{}\n{}\n", "S1.1,".repeat(20_000), "4,".repeat(20_000)).into_bytes(),
        _ => {
            let mut json = seeds.json[0].clone().into_bytes();
            json.splice(0..0, std::iter::repeat_n(b'[', 10_000));
            json
        }
    }
}
