//! Result links with the evidence notes (share format v4, issue 11).
//!
//! GOLDEN LINKS ARE NEVER EDITED (see `share_golden.rs`): the literal v4 code below was
//! produced by the released encoder and must keep decoding to the same assessment.

use cermat::model::{Assessment, Evidence, LikertAnswer, Reference, StageAnswer};
use cermat::share::{
    decode, decode_with_survey, encode, encode_with_evidence, encode_with_survey, ShareError,
    SurveyDigest, MAX_CODE_LEN,
};
use cermat::store;

/// A small assessment with a note on S1 (two lines, a tab and markup) and a document on E1.
fn with_notes() -> Assessment {
    let mut a = Assessment::default();
    a.profile.region = "Kab. Soppeng".into();
    a.profile.date = "2026-11-27".into();
    a.answers
        .scv
        .insert("S1.1".into(), LikertAnswer::Score(4.0));
    a.answers.stage.insert("E1".into(), StageAnswer::Yes);
    a.evidence.insert(
        "S1".into(),
        Evidence {
            note: "Masterplan disahkan.\nBaris dua: <b>tebal</b>".into(),
            references: vec![],
        },
    );
    a.evidence.insert(
        "E1".into(),
        Evidence {
            note: String::new(),
            references: vec![Reference {
                title: "Inventaris situs OPD".into(),
                number: "12".into(),
                year: "2023".into(),
                link: "https://soppengkab.go.id/?a=1&b=2".into(),
            }],
        },
    );
    a
}

/// `with_notes()` as the first v4 encoder wrote it (2026-11-27).
const GOLDEN_NOTES: &str = "4KY8AEfqvYGJbCxFxApt7g4MrczgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAACeY2VybWF0LXNhdmUgMgplcG9jaCAwCjAJbm90ZTpTMQlNYXN0ZXJwbGFuIGRpc2Foa2FuLlxuQmFyaXMgZHVhOiA8Yj50ZWJhbDwvYj4KMAlyZWZzOkUxCUludmVudGFyaXMgc2l0dXMgT1BEXHQxMlx0MjAyM1x0aHR0cHM6Ly9zb3BwZW5na2FiLmdvLmlkLz9hPTEmYj0yCmVuZAoA";

#[test]
fn a_link_with_notes_carries_them_and_the_plain_link_does_not() {
    let a = with_notes();
    let code = encode_with_evidence(&a, None).expect("fits");
    assert!(code.starts_with('4'));
    let back = decode(&code).expect("decodes");
    assert_eq!(
        back,
        store::normalized(&a),
        "the whole assessment, notes too"
    );
    // The plain link stays short and carries no notes.
    let plain = decode(&encode(&a)).expect("decodes");
    assert!(plain.evidence.is_empty());
    assert_eq!(plain.answers, a.answers);
    assert!(code.len() > encode(&a).len());
}

#[test]
fn the_golden_link_with_notes_decodes_forever() {
    let back = decode(GOLDEN_NOTES).expect("the golden decodes");
    assert_eq!(back, store::normalized(&with_notes()));
}

#[test]
fn a_survey_link_with_notes_keeps_its_survey() {
    let a = with_notes();
    let survey = SurveyDigest {
        respondents: 3,
        ..Default::default()
    };
    let code = encode_with_evidence(&a, Some(&survey)).expect("fits");
    let (back, digest) = decode_with_survey(&code).expect("decodes");
    assert_eq!(back.evidence, store::normalized(&a).evidence);
    assert_eq!(digest.map(|d| d.respondents), Some(3));
    // Without a survey, none comes back; a v3 link still reads as before.
    let (_, none) = decode_with_survey(&encode_with_evidence(&a, None).unwrap()).unwrap();
    assert!(none.is_none());
    let v3 = encode_with_survey(&a, &survey);
    assert!(decode(&v3).unwrap().evidence.is_empty());
}

#[test]
fn notes_too_long_for_a_link_make_none() {
    let mut a = Assessment::default();
    for id in [
        "S1", "S2", "S3", "C1", "C2", "C3", "V1", "V2", "V3", "IN1", "IN2", "IN3",
    ] {
        let note = "Catatan panjang bukti dukung. ".repeat(66);
        a.evidence.insert(
            id.into(),
            Evidence {
                note,
                references: vec![
                    Reference {
                        title: "x".repeat(200),
                        ..Default::default()
                    };
                    50
                ],
            },
        );
    }
    assert_eq!(encode_with_evidence(&a, None), None);
    // One long note still fits, under the limit every reader accepts.
    let mut one = Assessment::default();
    one.evidence.insert(
        "S1".into(),
        Evidence {
            note: "é".repeat(2000),
            references: vec![],
        },
    );
    let code = encode_with_evidence(&one, None).expect("fits");
    assert!(code.len() <= MAX_CODE_LEN);
    assert_eq!(decode(&code).unwrap().evidence, one.evidence);
}

#[test]
fn a_damaged_or_forged_evidence_block_is_refused_or_ignored_never_a_panic() {
    let code = encode_with_evidence(&with_notes(), None).unwrap();
    // Every cut of the code is refused with a reason.
    for end in (2..code.len()).step_by(7) {
        assert!(decode(&code[..end]).is_err(), "cut at {end}");
    }
    // A changed character fails the checksum.
    let mut bytes = code.clone().into_bytes();
    let at = bytes.len() - 10;
    bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
    let changed = String::from_utf8(bytes).unwrap();
    assert!(matches!(
        decode(&changed),
        Err(ShareError::Corrupted | ShareError::Truncated | ShareError::InvalidText)
    ));
}

/// The figures docs/formats.md gives ("Share link v4"): the complete assessment of
/// `share_golden.rs` (a 40-character region) with one 40-character note, and what each
/// further character of note adds.
#[test]
fn the_documented_sizes_hold() {
    const GOLDEN_FULL: &str = "16acoEfqM4oS2FiLiBQZW51a2FsIEFiYWIgTGVtYXRhbmcgSWxpciAoU3Vtc2VsKQUiNLm1t7a0tzM3gxCdWRpIFNhbnRvc28pylOUpylOUpylGKsxVmKsxVmKsxVmKsxVmKsxNtttg";
    let mut a = decode(GOLDEN_FULL).unwrap();
    let note = |n: usize| Evidence {
        note: "a".repeat(n),
        references: vec![],
    };
    a.evidence.insert("S1".into(), note(40));
    let forty = encode_with_evidence(&a, None).unwrap().len();
    a.evidence.insert("S1".into(), note(340));
    let more = encode_with_evidence(&a, None).unwrap().len();
    println!(
        "plain {}, with a 40-character note {forty}, +300 characters {more}",
        encode(&a).len()
    );
    assert_eq!(forty, 247);
    assert_eq!(
        more - forty,
        400,
        "4 characters of code for every 3 of note"
    );
}
