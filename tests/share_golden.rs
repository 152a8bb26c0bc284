//! Golden result links.
//!
//! GOLDEN LINKS ARE NEVER EDITED. Each literal code below was produced by a released
//! encoder and may sit in someone's chat history or bookmark; it must keep decoding to
//! the same assessment forever. A new format version adds new goldens beside these; if
//! one of the `decodes_*` tests fails, the decoder broke, not the golden.
//!
//! Also here: the round-trip property and the 250-character claim of issue 4.

use cermat::model::ItemMap;
use cermat::model::{Assessment, LikertAnswer, Profile, RegionType, StageAnswer, Targets};
use cermat::share::order_v1::{CRITERIA, EREADINESS_ITEMS, SCV_ITEMS};
use cermat::share::{decode, encode, ShareError, MAX_CODE_LEN};
use proptest::prelude::*;

const GOLDEN_FULL: &str =
    "16acoEfqM4oS2FiLiBQZW51a2FsIEFiYWIgTGVtYXRhbmcgSWxpciAoU3Vtc2VsKQUiNLm1t7a0tzM3gxCdWRpIFNhbnRvc28pylOUpylOUpylGKsxVmKsxVmKsxVmKsxVmKsxNtttg";
const GOLDEN_PARTIAL: &str =
    "1WuEwAHJbe6MJAoMLYytrEwtzOAABAgAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVfV_w";
const GOLDEN_NOT_APPLICABLE: &str =
    "1wD0TUfpz4bUHJvdmluc2kgS2FsaW1hbnRhbiBTZWxhdGFuA6EwuDgysjCAAAAABtgAAAA8AAAAAAAAAAAAAAAAAAAAANsAAAAQAA";
const GOLDEN_AGGREGATED: &str =
    "1sjugEfoiIRS2FidXBhdGVuIFNvcHBlbmcFIjS5tbe2tLczN4UU3VydmVpIDEwMCByZXNwb25kZW4BA8OCkbEMoF01HdCJFPKtcMVpN92PmDROQS2dUeqZLF4S-3a32iw1qp0yiz6bzCUyKNxSGwZ_vh4upxtxqs5jsBcrJVgEAJZHohAno5mwyl4rlAkoAAAAA";
const GOLDEN_MARKUP: &str =
    "145NAIFJrC5MroQGRgZGwyPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PiBLb3RhIELDoMOxZMOiIEFjw6hoIPCfjIoNojS3MLmQESW3trS3MzeREBMQKbowujS5ujS1hbDkW_DsW8gPGI-Ym9sZDwvYj4gJ3gnAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const GOLDEN_EMPTY: &str = "1gTUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

fn profile(
    region: &str,
    region_type: Option<RegionType>,
    unit: &str,
    assessor: &str,
    date: &str,
) -> Profile {
    Profile {
        region: region.into(),
        region_type,
        unit: unit.into(),
        assessor: assessor.into(),
        date: date.into(),
    }
}

const STAGE_CYCLE: [StageAnswer; 3] = [StageAnswer::Yes, StageAnswer::Partly, StageAnswer::No];

/// Every item and criterion answered; a 40-character region name.
fn full() -> Assessment {
    let mut a = Assessment {
        profile: profile(
            "Kab. Penukal Abab Lematang Ilir (Sumsel)",
            Some(RegionType::Regency),
            "Diskominfo",
            "Budi Santoso",
            "2026-03-07",
        ),
        targets: Targets {
            scv: Some(4),
            ereadiness: None,
        },
        ..Default::default()
    };
    for (i, id) in SCV_ITEMS.iter().enumerate() {
        a.answers
            .scv
            .insert(id.to_string(), LikertAnswer::Score((i % 5 + 1) as f64));
    }
    for (i, id) in EREADINESS_ITEMS.iter().enumerate() {
        a.answers.ereadiness.insert(
            id.to_string(),
            LikertAnswer::Score(((i * 3) % 5 + 1) as f64),
        );
    }
    for (i, id) in CRITERIA.iter().enumerate() {
        a.answers.stage.insert(id.to_string(), STAGE_CYCLE[i % 3]);
    }
    a
}

/// A few answers, and the Palembang stage example of docs/methodology.md.
fn partial() -> Assessment {
    let mut a = Assessment {
        profile: profile("Kota Palembang", Some(RegionType::City), "", "", ""),
        ..Default::default()
    };
    for (id, v) in [("S1.1", 4.0), ("S1.3", 2.0), ("C2.2", 5.0)] {
        a.answers.scv.insert(id.into(), LikertAnswer::Score(v));
    }
    a.answers
        .ereadiness
        .insert("AL3.3".into(), LikertAnswer::Score(1.0));
    let yes = ["E1", "N1", "N2", "T1", "T2", "K1"];
    for id in CRITERIA {
        let answer = if yes.contains(&id) {
            StageAnswer::Yes
        } else {
            StageAnswer::No
        };
        a.answers.stage.insert(id.into(), answer);
    }
    a
}

/// N/A answers beside scores, a whole indicator N/A, targets at both ends.
fn not_applicable() -> Assessment {
    let mut a = Assessment {
        profile: profile(
            "Provinsi Kalimantan Selatan",
            Some(RegionType::Province),
            "Bappeda",
            "",
            "2025-12-31",
        ),
        targets: Targets {
            scv: Some(1),
            ereadiness: Some(5),
        },
        ..Default::default()
    };
    for id in ["C1.1", "C1.2", "C1.3", "V2.2"] {
        a.answers.scv.insert(id.into(), LikertAnswer::NotApplicable);
    }
    a.answers
        .scv
        .insert("V2.1".into(), LikertAnswer::Score(3.0));
    for id in ["AL1.1", "AL1.2", "AL1.3"] {
        a.answers
            .ereadiness
            .insert(id.into(), LikertAnswer::NotApplicable);
    }
    a.answers.stage.insert("I2".into(), StageAnswer::Partly);
    a
}

/// A survey aggregate: fractional means at 0.01 precision.
fn aggregated() -> Assessment {
    let mut a = Assessment {
        profile: profile(
            "Kabupaten Soppeng",
            Some(RegionType::Regency),
            "Diskominfo",
            "Survei 100 responden",
            "2024-08-17",
        ),
        ..Default::default()
    };
    for (i, id) in SCV_ITEMS.iter().enumerate() {
        a.answers.scv.insert(
            id.to_string(),
            LikertAnswer::Score(f64::from(100 + i as u32 * 13) / 100.0),
        );
    }
    for (i, id) in EREADINESS_ITEMS.iter().enumerate() {
        a.answers.ereadiness.insert(
            id.to_string(),
            LikertAnswer::Score(f64::from(500 - i as u32 * 7) / 100.0),
        );
    }
    a.answers
        .ereadiness
        .insert("BU2.2".into(), LikertAnswer::NotApplicable);
    a.answers.ereadiness.remove("BU2.3");
    a.answers.stage.insert("E1".into(), StageAnswer::Yes);
    a
}

/// Unicode and markup, which must come back as the very same plain text.
fn markup() -> Assessment {
    let mut a = Assessment {
        profile: profile(
            "<script>alert(1)</script> Kota Bàñdâ Acèh 🌊",
            Some(RegionType::Other),
            "Dinas \"Kominfo\" & Statistik",
            "Ñoño <b>bold</b> 'x'",
            "Maret 2026",
        ),
        ..Default::default()
    };
    a.answers
        .scv
        .insert("V3.3".into(), LikertAnswer::Score(5.0));
    a
}

#[test]
fn decodes_golden_full() {
    assert_eq!(decode(GOLDEN_FULL), Ok(full()));
}

#[test]
fn decodes_golden_partial() {
    assert_eq!(decode(GOLDEN_PARTIAL), Ok(partial()));
}

#[test]
fn decodes_golden_not_applicable() {
    assert_eq!(decode(GOLDEN_NOT_APPLICABLE), Ok(not_applicable()));
}

#[test]
fn decodes_golden_aggregated() {
    assert_eq!(decode(GOLDEN_AGGREGATED), Ok(aggregated()));
}

#[test]
fn decodes_golden_markup_as_plain_text() {
    let a = decode(GOLDEN_MARKUP).unwrap();
    assert_eq!(
        a.profile.region,
        "<script>alert(1)</script> Kota Bàñdâ Acèh 🌊"
    );
    assert_eq!(a, markup());
}

#[test]
fn decodes_golden_empty() {
    assert_eq!(decode(GOLDEN_EMPTY), Ok(Assessment::default()));
}

/// While v1 is the current version the encoder must keep writing exactly these codes.
/// When v2 becomes current, delete this test (never the goldens above).
#[test]
fn encoder_still_writes_the_v1_goldens() {
    let cases = [
        (full(), GOLDEN_FULL),
        (partial(), GOLDEN_PARTIAL),
        (not_applicable(), GOLDEN_NOT_APPLICABLE),
        (aggregated(), GOLDEN_AGGREGATED),
        (markup(), GOLDEN_MARKUP),
        (Assessment::default(), GOLDEN_EMPTY),
    ];
    for (a, golden) in cases {
        assert_eq!(encode(&a), golden);
    }
}

/// Issue 4: a complete assessment with a 40-character region fits in 250 characters of
/// fragment, counting `#/r/`. Checked for whole answers, survey means, and a region
/// name of 40 two-byte characters.
#[test]
fn a_complete_assessment_fits_in_250_characters() {
    let mut survey = aggregated();
    survey.profile = full().profile;
    survey
        .answers
        .ereadiness
        .insert("BU2.3".into(), LikertAnswer::Score(2.22));
    let mut accented = full();
    accented.profile.region = "é".repeat(40);
    for (name, a) in [
        ("whole", full()),
        ("survey means", survey),
        ("accented", accented),
    ] {
        assert_eq!(a.profile.region.chars().count(), 40);
        let fragment = format!("#/r/{}", encode(&a));
        println!("{name}: {} characters", fragment.len());
        assert!(fragment.len() <= 250, "{name}: {} > 250", fragment.len());
        assert_eq!(decode(&fragment[4..]), Ok(a));
    }
}

#[test]
fn the_largest_possible_code_is_accepted() {
    let mut a = aggregated();
    a.profile = profile(
        &"€".repeat(500),
        Some(RegionType::City),
        &"€".repeat(500),
        &"€".repeat(500),
        &"x".repeat(99),
    );
    let code = encode(&a);
    println!("largest code: {} characters", code.len());
    assert!(code.len() <= MAX_CODE_LEN, "{}", code.len());
    let back = decode(&code).unwrap();
    // Clipped to the one rule of every field, 200 characters (a v2 code, since 200
    // three-byte characters are over v1's 400 bytes), and a 32-byte date.
    assert_eq!(back.profile.region, "€".repeat(200));
    assert_eq!(back.profile.date, "x".repeat(32));
}

#[test]
fn whitespace_around_a_pasted_code_is_ignored() {
    let code = format!("  {}\n", encode(&full()));
    assert_eq!(decode(&code), Ok(full()));
}

#[test]
fn the_encoder_normalises_what_a_link_cannot_carry() {
    let mut a = Assessment::default();
    a.answers
        .scv
        .insert("S1.1".into(), LikertAnswer::Score(f64::NAN));
    a.answers
        .scv
        .insert("S1.2".into(), LikertAnswer::Score(9.0));
    a.answers
        .scv
        .insert("S1.3".into(), LikertAnswer::Score(3.456));
    a.answers
        .scv
        .insert("X9.9".into(), LikertAnswer::Score(3.0));
    a.targets.scv = Some(0);
    a.targets.ereadiness = Some(8);
    let back = decode(&encode(&a)).unwrap();
    let expected_scv =
        [("S1.2", 5.0), ("S1.3", 3.46)].map(|(k, v)| (k.to_string(), LikertAnswer::Score(v)));
    assert_eq!(back.answers.scv, expected_scv.into_iter().collect());
    assert_eq!(
        back.targets,
        Targets {
            scv: Some(1),
            ereadiness: Some(5)
        }
    );
}

#[test]
fn truncating_a_golden_is_reported_as_truncated() {
    for cut in 1..GOLDEN_FULL.len() {
        let result = decode(&GOLDEN_FULL[..cut]);
        assert!(
            matches!(result, Err(ShareError::Truncated)),
            "cut at {cut}: {result:?}"
        );
    }
}

#[test]
fn any_single_character_change_is_caught() {
    let alphabet: Vec<char> = ('A'..='Z')
        .chain('a'..='z')
        .chain('0'..='9')
        .chain(['-', '_'])
        .collect();
    let original: Vec<char> = GOLDEN_NOT_APPLICABLE.chars().collect();
    for pos in 1..original.len() {
        for &c in &alphabet {
            if c == original[pos] {
                continue;
            }
            let mut mutated = original.clone();
            mutated[pos] = c;
            let mutated: String = mutated.into_iter().collect();
            // The last character also carries padding bits that no check covers; a
            // change there may decode to the same assessment, never to another one.
            if let Ok(a) = decode(&mutated) {
                assert!(
                    pos == original.len() - 1 && a == not_applicable(),
                    "{mutated}"
                );
            }
        }
    }
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..60).prop_map(|v| v.into_iter().collect())
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (0u32..=9999, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        prop::collection::vec(any::<char>(), 0..8).prop_map(|v| v.into_iter().collect()),
    ]
}

fn likert(hundredths: bool) -> impl Strategy<Value = Option<LikertAnswer>> {
    let score = if hundredths {
        (100u32..=500)
            .prop_map(|c| LikertAnswer::Score(f64::from(c) / 100.0))
            .boxed()
    } else {
        (1u32..=5)
            .prop_map(|v| LikertAnswer::Score(f64::from(v)))
            .boxed()
    };
    prop_oneof![
        Just(None),
        Just(Some(LikertAnswer::NotApplicable)),
        score.prop_map(Some)
    ]
}

fn stage() -> impl Strategy<Value = Option<StageAnswer>> {
    prop_oneof![
        Just(None),
        Just(Some(StageAnswer::Yes)),
        Just(Some(StageAnswer::Partly)),
        Just(Some(StageAnswer::No))
    ]
}

fn region_type() -> impl Strategy<Value = Option<RegionType>> {
    prop_oneof![
        Just(None),
        prop::sample::select(RegionType::ALL.to_vec()).prop_map(Some)
    ]
}

fn target() -> impl Strategy<Value = Option<u8>> {
    prop_oneof![Just(None), (1u8..=5).prop_map(Some)]
}

fn pairs<T>(ids: &[&str], values: Vec<Option<T>>) -> ItemMap<T> {
    ids.iter()
        .zip(values)
        .filter_map(|(id, x)| x.map(|x| (id.to_string(), x)))
        .collect()
}

/// Any assessment a link can carry: text within the limits, scores at 0.01 precision.
fn assessment() -> impl Strategy<Value = Assessment> {
    let profile = (text(), region_type(), text(), text(), date()).prop_map(
        |(region, region_type, unit, assessor, date)| Profile {
            region,
            region_type,
            unit,
            assessor,
            date,
        },
    );
    let answers = any::<bool>().prop_flat_map(|h| {
        (
            prop::collection::vec(likert(h), 27),
            prop::collection::vec(likert(h), 48),
            prop::collection::vec(stage(), 12),
        )
    });
    (profile, answers, target(), target()).prop_map(|(profile, (scv, er, st), t1, t2)| {
        let mut a = Assessment {
            profile,
            targets: Targets {
                scv: t1,
                ereadiness: t2,
            },
            ..Default::default()
        };
        a.answers.scv = pairs(&SCV_ITEMS, scv);
        a.answers.ereadiness = pairs(&EREADINESS_ITEMS, er);
        a.answers.stage = pairs(&CRITERIA, st);
        a
    })
}

proptest! {
    // No regression files: a failure prints its minimal case, which becomes a test here.
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_carried_assessment_round_trips(a in assessment()) {
        let code = encode(&a);
        prop_assert!(code.len() <= MAX_CODE_LEN);
        prop_assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        prop_assert_eq!(decode(&code), Ok(a));
    }
}

/// A link whose code a chat app or an address bar wrapped in escaped white space still
/// opens (issue 7: `%20` in front was reported as an unknown version).
#[test]
fn escaped_white_space_around_a_code_is_ignored() {
    let code = encode(&full());
    for wrapped in [
        format!("%20{code}"),
        format!("%20%20{code}%0A"),
        format!(" %20{code} "),
    ] {
        assert_eq!(decode(&wrapped), Ok(full()), "{wrapped}");
    }
}

/// One rule per field (issue 7): 150 Javanese characters (450 bytes) come back whole from a
/// link, in a v2 code; a text that fits v1 still gets a v1 code, which older Cermat opens.
#[test]
fn a_text_over_v1_bytes_but_within_200_characters_comes_back_whole() {
    let mut a = full();
    a.profile.region = "ꦗꦮ".repeat(75);
    let code = encode(&a);
    assert!(code.starts_with('2'), "{code}");
    assert_eq!(decode(&code).unwrap().profile.region, a.profile.region);
    assert!(encode(&full()).starts_with('1'));
}
