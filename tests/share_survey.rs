//! Result links of a survey (format v3): the aggregated assessment and what the link
//! tells of the survey behind it, respondents and the distribution of every item and
//! criterion.
//!
//! GOLDEN LINKS ARE NEVER EDITED, as in `tests/share_golden.rs`: each literal v3 code
//! below must keep decoding to the same assessment and survey forever.
//!
//! Code lengths: `cargo test --test share_survey -- --nocapture survey_links_stay_short`.

use cermat::model::{Assessment, Lang, LikertAnswer, Profile, RegionType, StageAnswer};
use cermat::share::order_v1::{CRITERIA, EREADINESS_ITEMS, SCV_ITEMS};
use cermat::share::{
    decode, decode_with_survey, encode, encode_with_survey, CriterionCounts, ItemCounts,
    ShareError, SurveyDigest, MAX_CODE_LEN, MAX_RESPONDENTS,
};
use proptest::prelude::*;

#[path = "support/likert_answers.rs"]
#[allow(dead_code)]
mod likert_answers;

const GOLDEN_V3_SURVEY_100: &str =
    "3Ku2gEfqM4UJbCxFxAoMrc6tbC2ECCxMLEQJjK2sLowtzOQJLY0uRAUKbq2ubK2FIFIjS5tbe2tLczN4KKbq5OzK0kBiYGBA5Mrm4N7cyMrdBIW_H69X-7nrAnw94S83a5Xu_328IZCXxAnm8XtA45CYO7X48oK94G4327XbGIJAIa_oG8Hu-3s_nq_nw8X8_Iw7H_DHg-oG8HjAX_DX48nbAnlA1VVVT5FjIUxRDSKnhVIyyRW65ocCMqbRsqJxCSn4jDNkYQpB6JyL4pMStekwq16SyhpJqSscigqx1pRjX4LUNbsyLCKqSUKG0iwhcMimCpER5IPjshkNImh8kcYHpLyhkNOt-SkbZ4qBmj5IseajCqaJqKRhaEM6CpA7ZXTqvdzI2tfTQrJKNbyeaEI2KJFLXJFLrfcNGZ_ciba4JKJiiQGuio4zY5kipgnRpGRjEaoGsaselYO2OJIboZCLskgIs2aSysY5EJtmSyuVyc2r3asZrm2FQ2daiboJkaQlygnCVXCkYpTRPlkQqylIYj7EQSMmiNmypo0bJbhkHhlJOyJ6Y0pWhRrlhPOxmVGbKIJUhim_A2-MvMmbS5BoKEthWbHBZ2aJDBWbg";
const GOLDEN_V3_PARTIAL: &str =
    "3yMmwIFJrC5MroQGRgZGwMJbe6MJAhYdBh2LJh0RAgseHUNBB4T8ZFAeiNLcwuZARJbe2tLczN5EAEDAAAAAAAAAAAAAAAAAAfgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAADH6ABAAAAAAAAAA8QAiEERuRVgFACDCK0MA";
const GOLDEN_V3_EMPTY: &str = "3Tl8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
/// `tests/share_golden.rs`'s empty v1 golden, copied.
const GOLDEN_V1_EMPTY: &str = "1gTUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

fn item_ids() -> impl Iterator<Item = &'static str> {
    SCV_ITEMS.iter().chain(&EREADINESS_ITEMS).copied()
}

/// A linear congruential generator: the fixtures are the same on every machine.
struct Lcg(u64);

impl Lcg {
    /// A number in `0..100`.
    fn percent(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % 100) as u32
    }
}

/// `n` respondents answering all 75 items and 12 criteria the way a real survey does:
/// mostly 3 and 4, a few blanks, N/As and between-point answers.
fn survey(n: u32) -> SurveyDigest {
    let mut rng = Lcg(u64::from(n));
    let mut digest = SurveyDigest {
        respondents: n,
        ..Default::default()
    };
    for id in item_ids() {
        let mut item = ItemCounts {
            id: id.into(),
            ..Default::default()
        };
        for _ in 0..n {
            match rng.percent() {
                0..=1 => {} // blank
                2..=4 => item.not_applicable += 1,
                5 => item.decimal += 1,
                6..=10 => item.counts[0] += 1,
                11..=22 => item.counts[1] += 1,
                23..=47 => item.counts[2] += 1,
                48..=82 => item.counts[3] += 1,
                _ => item.counts[4] += 1,
            }
        }
        digest.items.push(item);
    }
    for id in CRITERIA {
        let mut c = CriterionCounts {
            id: id.into(),
            ..Default::default()
        };
        for _ in 0..n {
            match rng.percent() {
                0..=4 => {} // blank
                5..=49 => c.yes += 1,
                50..=79 => c.partly += 1,
                _ => c.no += 1,
            }
        }
        digest.criteria.push(c);
    }
    digest
}

/// The assessment aggregated from a digest as the survey does it: the mean of the whole
/// answers in hundredths, N/A if every answer was N/A, and the majority of each criterion.
fn aggregate(digest: &SurveyDigest, profile: Profile) -> Assessment {
    let mut a = Assessment {
        profile,
        ..Default::default()
    };
    for item in &digest.items {
        let n: u64 = item.counts.iter().map(|c| u64::from(*c)).sum();
        let sum: u64 = (1u64..)
            .zip(item.counts)
            .map(|(v, c)| v * u64::from(c))
            .sum();
        let answer = if n > 0 {
            LikertAnswer::Score(((200 * sum + n) / (2 * n)) as f64 / 100.0)
        } else if item.not_applicable > 0 {
            LikertAnswer::NotApplicable
        } else {
            continue;
        };
        let map = if SCV_ITEMS.contains(&item.id.as_str()) {
            &mut a.answers.scv
        } else {
            &mut a.answers.ereadiness
        };
        map.insert(item.id.clone(), answer);
    }
    for c in &digest.criteria {
        let ranked = [
            (StageAnswer::No, c.no),
            (StageAnswer::Partly, c.partly),
            (StageAnswer::Yes, c.yes),
        ];
        let best = ranked
            .iter()
            .fold(None, |best: Option<(StageAnswer, u32)>, &(s, k)| {
                if k > best.map_or(0, |(_, b)| b) {
                    Some((s, k))
                } else {
                    best
                }
            });
        if let Some((answer, _)) = best {
            a.answers.stage.insert(c.id.clone(), answer);
        }
    }
    a
}

/// A 40-character region name, as in issue 4's size claim.
fn full_profile() -> Profile {
    Profile {
        region: "Kab. Penukal Abab Lematang Ilir (Sumsel)".into(),
        region_type: Some(RegionType::Regency),
        unit: "Diskominfo".into(),
        assessor: "Survei 100 responden".into(),
        date: "2026-03-07".into(),
    }
}

fn survey_100() -> (Assessment, SurveyDigest) {
    let digest = survey(100);
    (aggregate(&digest, full_profile()), digest)
}

/// Seven respondents who answered three items and two criteria, some between points.
fn partial() -> (Assessment, SurveyDigest) {
    let item = |id: &str, counts, decimal, not_applicable| ItemCounts {
        id: id.into(),
        counts,
        decimal,
        not_applicable,
    };
    let digest = SurveyDigest {
        respondents: 7,
        items: vec![
            item("S1.1", [0, 1, 2, 3, 1], 0, 0),
            item("C2.2", [0, 0, 1, 1, 0], 2, 1),
            item("AL3.3", [0, 0, 0, 0, 0], 0, 4),
        ],
        criteria: vec![
            CriterionCounts {
                id: "E1".into(),
                yes: 5,
                partly: 1,
                no: 1,
            },
            CriterionCounts {
                id: "K5".into(),
                yes: 0,
                partly: 0,
                no: 3,
            },
        ],
    };
    let profile = Profile {
        region: "Kota Bàñdâ Acèh 🌊".into(),
        region_type: Some(RegionType::City),
        unit: "Dinas \"Kominfo\"".into(),
        assessor: String::new(),
        date: "Maret 2026".into(),
    };
    (aggregate(&digest, profile), digest)
}

fn goldens() -> [(&'static str, Assessment, SurveyDigest); 3] {
    let (a100, s100) = survey_100();
    let (ap, sp) = partial();
    [
        (GOLDEN_V3_SURVEY_100, a100, s100),
        (GOLDEN_V3_PARTIAL, ap, sp),
        (
            GOLDEN_V3_EMPTY,
            Assessment::default(),
            SurveyDigest::default(),
        ),
    ]
}

#[test]
fn decodes_the_v3_goldens() {
    for (code, a, s) in goldens() {
        assert_eq!(decode_with_survey(code), Ok((a.clone(), Some(s))), "{code}");
        // The plain decoder reads a v3 code too, for its assessment.
        assert_eq!(decode(code), Ok(a));
    }
}

/// While v3 is the current survey version the encoder must keep writing exactly these
/// codes. When a later version replaces it, delete this test (never the goldens above).
#[test]
fn encoder_still_writes_the_v3_goldens() {
    for (code, a, s) in goldens() {
        assert_eq!(encode_with_survey(&a, &s), code);
    }
}

#[test]
fn v1_and_v2_codes_have_no_survey() {
    assert_eq!(
        decode_with_survey(GOLDEN_V1_EMPTY),
        Ok((Assessment::default(), None))
    );
    let (mut a, _) = survey_100();
    a.profile.region = "ꦗꦮ".repeat(75); // over v1's 400 bytes: a v2 code
    let code = encode(&a);
    assert!(code.starts_with('2'), "{code}");
    assert_eq!(decode_with_survey(&code), Ok((a, None)));
}

/// The measure: a survey of every item and criterion, with its means, a
/// 40-character region and the survey block, as a whole fragment `#/r/<code>`.
#[test]
fn survey_links_stay_short() {
    for (n, max) in [(100, 650), (10_000, 1_200)] {
        let digest = survey(n);
        let a = aggregate(&digest, full_profile());
        let code = encode_with_survey(&a, &digest);
        let means_only = encode(&a).len();
        println!(
            "{n} respondents: {} characters of fragment ({} of code: {means_only} for the \
             assessment, {} for the survey)",
            code.len() + 4,
            code.len(),
            code.len() - means_only
        );
        assert!(code.len() + 4 <= max, "{n}: {} > {max}", code.len() + 4);
        assert_eq!(decode_with_survey(&code), Ok((a, Some(digest))));
    }
}

/// The largest code of each version fits `MAX_CODE_LEN`. The numbers are the ones in
/// `share::MAX_CODE_LEN`'s comment and docs/formats.md: change them together.
#[test]
fn the_largest_possible_v3_code_is_accepted() {
    let mut a = aggregate(&survey(3), Profile::default());
    a.profile = Profile {
        region: "🌊".repeat(300),
        region_type: Some(RegionType::City),
        unit: "🌊".repeat(300),
        assessor: "🌊".repeat(300),
        date: "x".repeat(99),
    };
    a.answers
        .scv
        .insert("S1.1".into(), LikertAnswer::Score(1.01));
    let v2 = encode(&a);
    println!("largest v2 code: {} characters", v2.len());
    assert_eq!(v2.len(), 3372);
    // Every column of the block 20 bits wide: in each row one column holds every
    // respondent, a different column in turn.
    let n = MAX_RESPONDENTS;
    let mut digest = SurveyDigest {
        respondents: n,
        ..Default::default()
    };
    for (i, id) in item_ids().enumerate() {
        let mut item = ItemCounts {
            id: id.into(),
            ..Default::default()
        };
        match i % 8 {
            0 => {} // all blank
            k @ 1..=5 => item.counts[k - 1] = n,
            6 => item.decimal = n,
            _ => item.not_applicable = n,
        }
        digest.items.push(item);
    }
    for (i, id) in CRITERIA.iter().enumerate() {
        let (yes, partly, no) = [(0, 0, 0), (n, 0, 0), (0, n, 0), (0, 0, n)][i % 4];
        digest.criteria.push(CriterionCounts {
            id: id.to_string(),
            yes,
            partly,
            no,
        });
    }
    let code = encode_with_survey(&a, &digest);
    println!("largest v3 code: {} characters", code.len());
    assert_eq!(code.len(), 5256);
    assert!(code.len() <= MAX_CODE_LEN);
    let (back, survey) = decode_with_survey(&code).unwrap();
    assert_eq!(back.profile.region, "🌊".repeat(200));
    assert_eq!(survey, Some(digest));
}

#[test]
fn the_encoder_normalises_what_a_survey_link_cannot_carry() {
    let item = |id: &str, counts, decimal| ItemCounts {
        id: id.into(),
        counts,
        decimal,
        not_applicable: 0,
    };
    let criterion = |id: &str, yes, partly, no| CriterionCounts {
        id: id.into(),
        yes,
        partly,
        no,
    };
    let digest = SurveyDigest {
        respondents: 5,
        // Out of order, an id outside the v1 lists, a repeated id, counts over 5.
        items: vec![
            item("AL3.3", [1, 0, 0, 0, 0], 0),
            item("X9.9", [1, 0, 0, 0, 0], 0),
            item("S1.1", [3, 3, 3, 0, 0], 1),
            item("S1.1", [1, 1, 1, 1, 1], 0),
        ],
        criteria: vec![criterion("K5", 4, 4, 4), criterion("E1", 1, 1, 1)],
    };
    let (_, back) =
        decode_with_survey(&encode_with_survey(&Assessment::default(), &digest)).unwrap();
    let expected = SurveyDigest {
        respondents: 5,
        items: vec![
            item("S1.1", [3, 2, 0, 0, 0], 0),
            item("AL3.3", [1, 0, 0, 0, 0], 0),
        ],
        criteria: vec![criterion("E1", 1, 1, 1), criterion("K5", 4, 1, 0)],
    };
    assert_eq!(back, Some(expected));
    let too_many = SurveyDigest {
        respondents: u32::MAX,
        items: vec![item("S1.1", [u32::MAX; 5], u32::MAX)],
        ..Default::default()
    };
    let (_, back) =
        decode_with_survey(&encode_with_survey(&Assessment::default(), &too_many)).unwrap();
    let back = back.unwrap();
    assert_eq!(back.respondents, MAX_RESPONDENTS);
    assert_eq!(back.items[0].counts, [MAX_RESPONDENTS, 0, 0, 0, 0]);
}

#[test]
fn blank_is_what_the_counts_leave() {
    let (_, digest) = partial();
    assert_eq!(digest.items[1].blank(digest.respondents), 2);
    assert_eq!(digest.items[1].answered(), 5);
    assert_eq!(digest.criteria[1].blank(digest.respondents), 4);
    assert_eq!(digest.items[0].blank(3), 0);
}

#[test]
fn truncating_a_v3_golden_is_reported_as_truncated() {
    for golden in [GOLDEN_V3_PARTIAL, GOLDEN_V3_SURVEY_100] {
        for cut in 1..golden.len() {
            let result = decode_with_survey(&golden[..cut]);
            assert!(
                matches!(result, Err(ShareError::Truncated)),
                "cut at {cut}: {result:?}"
            );
        }
    }
}

#[test]
fn any_single_character_change_of_a_v3_code_is_caught() {
    let alphabet: Vec<char> = ('A'..='Z')
        .chain('a'..='z')
        .chain('0'..='9')
        .chain(['-', '_'])
        .collect();
    let original: Vec<char> = GOLDEN_V3_PARTIAL.chars().collect();
    let (a, s) = partial();
    let expected = Ok((a, Some(s)));
    for pos in 1..original.len() {
        for &c in &alphabet {
            if c == original[pos] {
                continue;
            }
            let mut mutated = original.clone();
            mutated[pos] = c;
            let mutated: String = mutated.into_iter().collect();
            // The last character also carries padding bits that no check covers; a
            // change there may decode to the same survey, never to another one.
            let result = decode_with_survey(&mutated);
            if result.is_ok() {
                assert!(pos == original.len() - 1 && result == expected, "{mutated}");
            }
        }
    }
}

#[test]
fn whitespace_around_a_pasted_v3_code_is_ignored() {
    let (a, s) = partial();
    for wrapped in [
        format!("  {GOLDEN_V3_PARTIAL}\n"),
        format!("%20{GOLDEN_V3_PARTIAL}%0A"),
    ] {
        assert_eq!(
            decode_with_survey(&wrapped),
            Ok((a.clone(), Some(s.clone())))
        );
    }
}

/// Hand-made v3 codes: bits after a default assessment (291 zero bits in v2's layout),
/// sealed with a correct CRC, so the decoder's own checks are what refuses them.
#[derive(Default)]
struct Craft {
    bits: Vec<bool>,
}

impl Craft {
    fn new() -> Self {
        Craft::default().zeros(291)
    }

    fn bits(mut self, value: u32, width: u32) -> Self {
        self.bits
            .extend((0..width).rev().map(|shift| (value >> shift) & 1 == 1));
        self
    }

    fn zeros(self, count: u32) -> Self {
        (0..count).fold(self, |c, _| c.bits(0, 1))
    }

    /// The code, with `extra` bytes after the payload (inside the CRC).
    fn code(&self, extra: &[u8]) -> String {
        let mut payload: Vec<u8> = self
            .bits
            .chunks(8)
            .map(|byte| {
                byte.iter()
                    .enumerate()
                    .fold(0u8, |acc, (i, bit)| acc | u8::from(*bit) << (7 - i))
            })
            .collect();
        payload.extend(extra);
        let mut body = crc16(&payload).to_be_bytes().to_vec();
        body.extend(payload);
        format!("3{}", base64url(&body))
    }
}

fn crc16(bytes: &[u8]) -> u16 {
    let mut crc = 0xffffu16;
    for &b in bytes {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bits: Vec<bool> = bytes
        .iter()
        .flat_map(|b| (0..8).rev().map(move |i| (b >> i) & 1 == 1))
        .collect();
    bits.chunks(6)
        .map(|six| {
            let v = (0..6).fold(0usize, |acc, i| {
                acc << 1 | usize::from(*six.get(i).unwrap_or(&false))
            });
            char::from(ALPHABET[v])
        })
        .collect()
}

// Presence of a section: none, all, some (a bitmap follows).
const NONE: u32 = 0;
const ALL: u32 = 1;
const SOME: u32 = 2;

#[test]
fn crafting_matches_the_real_encoder() {
    // 0 respondents (width 0), no items, no criteria.
    let crafted = Craft::new()
        .bits(0, 5)
        .bits(NONE, 2)
        .bits(NONE, 2)
        .code(&[]);
    assert_eq!(crafted, GOLDEN_V3_EMPTY);
    // 3 respondents; S1.1 only: blank 1 (the part left out: the first of the widest),
    // one 2, one 4; E1..K5 all, each yes 1 (left out), partly 1, no 1, blank 0.
    let crafted = Craft::new()
        .bits(2, 5)
        .bits(3, 2)
        .bits(SOME, 2)
        .bits(1, 1)
        .zeros(74)
        .bits(0, 3) // blank left out
        .bits(0, 5) // widths of 1, 2, 3, 4, 5, decimal, N/A
        .bits(1, 5)
        .bits(0, 5)
        .bits(1, 5)
        .bits(0, 5)
        .bits(0, 5)
        .bits(0, 5)
        .bits(0b11, 2)
        .bits(ALL, 2)
        .bits(1, 2) // yes left out
        .bits(0, 5) // widths of blank, partly, no
        .bits(1, 5)
        .bits(1, 5);
    let crafted = (0..12).fold(crafted, |c, _| c.bits(0b11, 2)).code(&[]);
    let digest = SurveyDigest {
        respondents: 3,
        items: vec![ItemCounts {
            id: "S1.1".into(),
            counts: [0, 1, 0, 1, 0],
            ..Default::default()
        }],
        criteria: CRITERIA
            .iter()
            .map(|id| CriterionCounts {
                id: id.to_string(),
                yes: 1,
                partly: 1,
                no: 1,
            })
            .collect(),
    };
    assert_eq!(crafted, encode_with_survey(&Assessment::default(), &digest));
}

#[test]
fn malformed_survey_blocks_each_get_a_clear_message() {
    let n3 = || Craft::new().bits(2, 5).bits(3, 2);
    let cases = [
        // A width of 21 bits.
        (
            Craft::new()
                .bits(21, 5)
                .zeros(21)
                .bits(NONE, 2)
                .bits(NONE, 2),
            ShareError::Corrupted,
        ),
        (
            Craft::new()
                .bits(20, 5)
                .bits(MAX_RESPONDENTS + 1, 20)
                .bits(NONE, 2)
                .bits(NONE, 2),
            ShareError::TooManyRespondents {
                max: MAX_RESPONDENTS,
            },
        ),
        // Presence 3 is reserved.
        (n3().bits(3, 2).bits(NONE, 2), ShareError::Corrupted),
        (n3().bits(NONE, 2).bits(3, 2), ShareError::Corrupted),
        // An item width of 21 bits.
        (
            n3().bits(ALL, 2)
                .bits(0, 3)
                .bits(21, 5)
                .zeros(6 * 5 + 75 * 21),
            ShareError::Corrupted,
        ),
        // S1.1, the 5s left out: four 1s of 3 respondents.
        (
            n3().bits(SOME, 2)
                .bits(1, 1)
                .zeros(74)
                .bits(5, 3)
                .bits(0, 5)
                .bits(3, 5)
                .zeros(5 * 5)
                .bits(4, 3)
                .bits(NONE, 2),
            ShareError::InconsistentSurvey,
        ),
        // S1.1, the 1s left out: 2 blanks, 1 decimal, 1 N/A of 3 respondents.
        (
            n3().bits(SOME, 2)
                .bits(1, 1)
                .zeros(74)
                .bits(1, 3)
                .bits(2, 5)
                .zeros(4 * 5)
                .bits(1, 5)
                .bits(1, 5)
                .bits(2, 2)
                .bits(1, 1)
                .bits(1, 1)
                .bits(NONE, 2),
            ShareError::InconsistentSurvey,
        ),
        // K5, no left out: 2 yes, 2 partly of 3 respondents.
        (
            n3().bits(NONE, 2)
                .bits(SOME, 2)
                .zeros(11)
                .bits(1, 1)
                .bits(3, 2)
                .bits(0, 5)
                .bits(2, 5)
                .bits(2, 5)
                .bits(0b10_10, 4),
            ShareError::InconsistentSurvey,
        ),
    ];
    for (at, (craft, expected)) in cases.into_iter().enumerate() {
        let code = craft.code(&[]);
        assert_eq!(decode_with_survey(&code), Err(expected.clone()), "{code}");
        // `decode` (the first load's) reads the assessment and the respondents only (the
        // first two cases break those): the rest is vouched for by the checksum, and told
        // to be broken where it is shown.
        if at < 2 {
            assert_eq!(decode(&code), Err(expected.clone()), "{code}");
        } else {
            assert_eq!(decode(&code), Ok(Assessment::default()), "{code}");
        }
        let (id, en) = (expected.message(Lang::Id), expected.message(Lang::En));
        assert!(id.len() > 30 && en.len() > 30, "{expected:?}");
        assert_ne!(id, en, "{expected:?} is not translated");
    }
    // Every respondent allowed: exactly the limit, a row that uses every respondent.
    let at_limit = Craft::new()
        .bits(20, 5)
        .bits(MAX_RESPONDENTS, 20)
        .bits(NONE, 2)
        .bits(NONE, 2)
        .code(&[]);
    assert!(decode_with_survey(&at_limit).is_ok());
    let full_row = n3()
        .bits(SOME, 2)
        .bits(1, 1)
        .zeros(74)
        .bits(5, 3)
        .bits(0, 5)
        .bits(2, 5)
        .zeros(5 * 5)
        .bits(3, 2)
        .bits(NONE, 2)
        .code(&[]);
    let (_, s) = decode_with_survey(&full_row).unwrap();
    assert_eq!(s.unwrap().items[0].counts, [3, 0, 0, 0, 0]);
    // Bytes after the block, and a CRC that does not match.
    let empty = Craft::new().bits(0, 5).bits(NONE, 2).bits(NONE, 2);
    assert_eq!(
        decode_with_survey(&empty.code(&[0])),
        Err(ShareError::Corrupted)
    );
    let mut damaged: Vec<char> = GOLDEN_V3_PARTIAL.chars().collect();
    damaged[3] = if damaged[3] == 'A' { 'B' } else { 'A' };
    let damaged: String = damaged.into_iter().collect();
    assert_eq!(decode_with_survey(&damaged), Err(ShareError::Corrupted));
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..60).prop_map(|v| v.into_iter().collect())
}

fn profile() -> impl Strategy<Value = Profile> {
    let region_type = prop_oneof![
        Just(None),
        prop::sample::select(RegionType::ALL.to_vec()).prop_map(Some)
    ];
    let date = prop_oneof![
        Just(String::new()),
        (0u32..=9999, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        prop::collection::vec(any::<char>(), 0..8).prop_map(|v| v.into_iter().collect()),
    ];
    (text(), region_type, text(), text(), date).prop_map(
        |(region, region_type, unit, assessor, date)| Profile {
            region,
            region_type,
            unit,
            assessor,
            date,
        },
    )
}

/// Any assessment a link carries (scores at 0.01 precision).
fn assessment() -> impl Strategy<Value = Assessment> {
    let stage = prop_oneof![
        Just(None),
        Just(Some(StageAnswer::Yes)),
        Just(Some(StageAnswer::Partly)),
        Just(Some(StageAnswer::No))
    ];
    (
        profile(),
        prop::collection::vec(likert_answers::answer(), 75),
        prop::collection::vec(stage, 12),
    )
        .prop_map(|(profile, likert, stages)| {
            let mut a = Assessment {
                profile,
                ..Default::default()
            };
            for (i, (id, answer)) in item_ids().zip(likert).enumerate() {
                let map = if i < 27 {
                    &mut a.answers.scv
                } else {
                    &mut a.answers.ereadiness
                };
                if let Some(answer) = answer {
                    map.insert(id.into(), answer);
                }
            }
            for (id, answer) in CRITERIA.iter().zip(stages) {
                if let Some(answer) = answer {
                    a.answers.stage.insert(id.to_string(), answer);
                }
            }
            a
        })
}

/// `values` clamped in order to add up to at most `total`.
fn fit<const N: usize>(mut values: [u32; N], total: u32) -> [u32; N] {
    let mut left = total;
    for v in &mut values {
        *v = (*v).min(left);
        left -= *v;
    }
    values
}

/// Any survey a link carries whole: at most `MAX_RESPONDENTS`, items and criteria in
/// the frozen order, counts within the respondents. Small and huge counts alike.
fn digest() -> impl Strategy<Value = SurveyDigest> {
    let respondents = prop_oneof![0u32..=12, 0u32..=2_000, 0u32..=MAX_RESPONDENTS];
    respondents.prop_flat_map(|n| {
        // Each count drawn from 0..=n, then clamped in order to what is left.
        let count = prop_oneof![Just(0u32), 0..=n.min(3), 0..=n];
        let item = prop::option::weighted(0.8, prop::array::uniform7(count.clone()));
        let criterion = prop::option::weighted(0.8, prop::array::uniform3(count));
        (
            prop::collection::vec(item, 75),
            prop::collection::vec(criterion, 12),
        )
            .prop_map(move |(items, criteria)| SurveyDigest {
                respondents: n,
                items: item_ids()
                    .zip(items)
                    .filter_map(|(id, counts)| {
                        let [c1, c2, c3, c4, c5, decimal, not_applicable] = fit(counts?, n);
                        Some(ItemCounts {
                            id: id.into(),
                            counts: [c1, c2, c3, c4, c5],
                            decimal,
                            not_applicable,
                        })
                    })
                    .collect(),
                criteria: CRITERIA
                    .iter()
                    .zip(criteria)
                    .filter_map(|(id, counts)| {
                        let [yes, partly, no] = fit(counts?, n);
                        Some(CriterionCounts {
                            id: id.to_string(),
                            yes,
                            partly,
                            no,
                        })
                    })
                    .collect(),
            })
    })
}

/// Any digest at all, as a careless caller might build one.
fn wild_digest() -> impl Strategy<Value = SurveyDigest> {
    let id = prop::sample::select(vec!["S1.1", "V3.3", "ST1.1", "AL3.3", "X9.9", "", "E1"]);
    let item = (id.clone(), any::<[u32; 5]>(), any::<u32>(), any::<u32>()).prop_map(
        |(id, counts, decimal, not_applicable)| ItemCounts {
            id: id.into(),
            counts,
            decimal,
            not_applicable,
        },
    );
    let criterion =
        (id, any::<u32>(), any::<u32>(), any::<u32>()).prop_map(|(id, yes, partly, no)| {
            CriterionCounts {
                id: id.into(),
                yes,
                partly,
                no,
            }
        });
    (
        any::<u32>(),
        prop::collection::vec(item, 0..10),
        prop::collection::vec(criterion, 0..10),
    )
        .prop_map(|(respondents, items, criteria)| SurveyDigest {
            respondents,
            items,
            criteria,
        })
}

proptest! {
    // No regression files: a failure prints its minimal case, which becomes a test here.
    #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_carried_survey_round_trips(a in assessment(), s in digest()) {
        let code = encode_with_survey(&a, &s);
        prop_assert!(code.starts_with('3'));
        prop_assert!(code.len() <= MAX_CODE_LEN);
        prop_assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        prop_assert_eq!(decode(&code), Ok(a.clone()));
        prop_assert_eq!(decode_with_survey(&code), Ok((a, Some(s))));
    }

    #[test]
    fn any_digest_makes_a_link_that_opens(s in wild_digest()) {
        let code = encode_with_survey(&Assessment::default(), &s);
        let (_, back) = decode_with_survey(&code).unwrap();
        let back = back.unwrap();
        prop_assert!(back.respondents <= MAX_RESPONDENTS);
        prop_assert!(back.items.iter().all(|i| i.answered() <= u64::from(back.respondents)));
        prop_assert!(back.criteria.iter().all(|c| c.answered() <= u64::from(back.respondents)));
        // What came back is carried whole: encoding it again gives the same code.
        prop_assert_eq!(encode_with_survey(&Assessment::default(), &back), code);
    }

    #[test]
    fn random_and_damaged_v3_codes_never_panic(
        tail in "[A-Za-z0-9_-]{0,1200}",
        cut in 0usize..700,
        at in 0usize..700,
        c in prop::sample::select(b"AZaz09-_".to_vec()),
    ) {
        let _ = decode_with_survey(&format!("3{tail}"));
        let mut code = GOLDEN_V3_SURVEY_100.as_bytes().to_vec();
        if at < code.len() {
            code[at] = c;
        }
        code.truncate(cut.max(1));
        let _ = decode_with_survey(&String::from_utf8_lossy(&code));
    }
}

/// The first load shows a survey link's number of respondents without reading its block.
#[test]
fn the_respondents_of_a_survey_link_are_read_alone() {
    let a = Assessment::default();
    let digest = SurveyDigest {
        respondents: 100,
        ..SurveyDigest::default()
    };
    let code = cermat::share::encode_with_survey(&a, &digest);
    let n = |code: &str| cermat::share::decode_with_respondents(code).map(|(_, n)| n);
    assert_eq!(n(&code), Ok(Some(100)));
    assert_eq!(n(&format!(" {code}%0A")), Ok(Some(100)));
    assert_eq!(n(&cermat::share::encode(&a)), Ok(None));
    assert!(n("3garbage").is_err());
}
