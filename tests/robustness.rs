//! Malformed input: a corpus of the cases issue 4 names, each refused with a clear
//! message in both languages, and a property test that no input makes the link or CSV
//! decoders panic. (`examples/fuzz_decoders.rs` runs the same at a million inputs.)

use cermat::model::{Assessment, Lang, LikertAnswer};
use cermat::share::{self, ShareError};
use cermat::survey::{self, RowIssue, SurveyError};
use proptest::prelude::*;

/// A hand-made v1 code, to reach checks that a correct CRC would otherwise hide.
#[path = "support/fuzz_tokens.rs"]
mod fuzz_tokens;

struct Craft(Vec<bool>);

impl Craft {
    fn new() -> Self {
        Craft(Vec::new())
    }
    fn bits(mut self, value: u32, width: u32) -> Self {
        self.0.extend((0..width).rev().map(|i| value >> i & 1 == 1));
        self
    }
    fn zeros(mut self, count: usize) -> Self {
        self.0.extend(std::iter::repeat_n(false, count));
        self
    }
    fn bytes(self, bytes: &[u8]) -> Self {
        bytes.iter().fold(self, |c, b| c.bits(u32::from(*b), 8))
    }
    /// Header with no profile, then region bytes, then empty unit and assessor.
    fn with_region(region: &[u8], region_len: u32) -> Self {
        Craft::new()
            .zeros(12)
            .bits(region_len, 9)
            .bytes(region)
            .zeros(18)
    }
    fn unanswered(self) -> Self {
        self.zeros(75 * 3 + 12 * 2)
    }
    fn code(self, extra: &[u8]) -> String {
        let mut payload: Vec<u8> = self
            .0
            .chunks(8)
            .map(|c| (0..8).fold(0, |b, i| b << 1 | u8::from(*c.get(i).unwrap_or(&false))))
            .collect();
        payload.extend(extra);
        let mut body = crc16(&payload).to_be_bytes().to_vec();
        body.extend(payload);
        format!("1{}", base64url(&body))
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
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bits: Vec<bool> = bytes
        .iter()
        .flat_map(|b| (0..8).rev().map(move |i| b >> i & 1 == 1))
        .collect();
    bits.chunks(6)
        .map(|c| {
            A[(0..6).fold(0, |v, i| v << 1 | usize::from(*c.get(i).unwrap_or(&false)))] as char
        })
        .collect()
}

fn assert_clear_messages(error: &ShareError) {
    let (id, en) = (error.message(Lang::Id), error.message(Lang::En));
    assert!(id.len() > 30 && en.len() > 30, "{error:?}");
    assert_ne!(id, en, "{error:?} is not translated");
}

#[test]
fn crafting_matches_the_real_encoder() {
    // Guards the corpus below: a crafted empty assessment is byte-for-byte the real one.
    assert_eq!(
        Craft::with_region(b"", 0).unanswered().code(&[]),
        share::encode(&Assessment::default())
    );
}

#[test]
fn malformed_links_each_get_a_clear_message() {
    let valid = share::encode(&Assessment::default());
    let cases: Vec<(String, ShareError)> = vec![
        (String::new(), ShareError::Empty),
        ("   ".into(), ShareError::Empty),
        (valid[..valid.len() - 5].into(), ShareError::Truncated),
        ("1".into(), ShareError::Truncated),
        ("1A".into(), ShareError::Truncated),
        (format!("5{}", &valid[1..]), ShareError::UnknownVersion('5')),
        (
            "<script>alert(1)</script>".into(),
            ShareError::UnknownVersion('<'),
        ),
        (
            format!("1{}", "A".repeat(share::MAX_CODE_LEN)),
            ShareError::TooLong {
                len: share::MAX_CODE_LEN + 1,
                max: share::MAX_CODE_LEN,
            },
        ),
        (
            format!("{} {}", &valid[..10], &valid[10..]),
            ShareError::InvalidCharacter { position: 11 },
        ),
        (
            format!("{}=", valid),
            ShareError::InvalidCharacter {
                position: valid.len() + 1,
            },
        ),
        (
            String::from_utf8_lossy(b"1AB\xff\xfeCD").into_owned(),
            ShareError::InvalidCharacter { position: 4 },
        ),
        (valid.replacen('T', "U", 1), ShareError::Corrupted),
        (
            Craft::with_region(&[b'a'; 401], 401).unanswered().code(&[]),
            ShareError::FieldTooLong { max: 200 },
        ),
        (
            Craft::with_region(&[b'a'; 250], 250).unanswered().code(&[]),
            ShareError::FieldTooLong { max: 200 },
        ),
        (
            Craft::with_region(&[0xff, 0xfe], 2).unanswered().code(&[]),
            ShareError::InvalidText,
        ),
        (
            Craft::new()
                .bits(0, 1)
                .bits(7, 3)
                .zeros(8 + 27)
                .unanswered()
                .code(&[]),
            ShareError::Corrupted,
        ),
        (
            Craft::with_region(b"", 0).unanswered().code(&[0]),
            ShareError::Corrupted,
        ),
    ];
    for (code, expected) in cases {
        let result = share::decode(&code);
        assert_eq!(result, Err(expected.clone()), "{code:?}");
        assert_clear_messages(&expected);
    }
}

#[test]
fn markup_in_a_region_name_round_trips_as_plain_text() {
    let mut a = Assessment::default();
    a.profile.region = "<script>alert(1)</script>".into();
    a.profile.unit = "\"><img src=x onerror=alert(1)>".into();
    a.answers
        .scv
        .insert("S1.1".into(), LikertAnswer::Score(4.0));
    let code = share::encode(&a);
    assert!(code
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(share::decode(&code), Ok(a));
}

#[test]
fn malformed_csv_is_reported_not_fatal() {
    // Invalid UTF-8 as a browser's lossy decoding turns it into text.
    let lossy = String::from_utf8_lossy(b"S1.1,S1.2\n4,\xff\xfe\n5,4\n").into_owned();
    let r = survey::aggregate_csv(&lossy).unwrap();
    assert_eq!(r.respondents, 1);
    assert!(
        matches!(&r.problems[0].issue, RowIssue::InvalidValue { column, .. } if column == "S1.2")
    );

    // A huge cell is quoted back clipped; markup stays text in the profile.
    let csv = format!(
        "wilayah,S1.1\n<script>alert(1)</script>,4\n<script>alert(1)</script>,{}\n",
        "9".repeat(100_000)
    );
    let r = survey::aggregate_csv(&csv).unwrap();
    assert_eq!(r.assessment.profile.region, "<script>alert(1)</script>");
    let RowIssue::InvalidValue { value, .. } = &r.problems[0].issue else {
        panic!()
    };
    assert_eq!(value.chars().count(), 41);

    // A file cut inside a quoted field.
    let r = survey::aggregate_csv("S1.1,Catatan\n4,ok\n5,\"dipotong di ten").unwrap();
    assert_eq!(r.problems[0].issue, RowIssue::UnclosedQuote);
    for p in &r.problems {
        assert_ne!(p.message(Lang::Id), p.message(Lang::En));
    }

    let err = survey::aggregate_csv("\u{feff}").unwrap_err();
    assert_eq!(err, SurveyError::Empty);
}

/// Strings made of the characters that matter to the decoders.
fn code_like() -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = "1AZaz09-_ =é\u{fffd}".chars().collect();
    prop::collection::vec(prop::sample::select(alphabet), 0..300)
        .prop_map(|v| v.into_iter().collect())
}

fn csv_like() -> impl Strategy<Value = String> {
    let tokens = fuzz_tokens::DECODER_TOKENS.to_vec();
    prop::collection::vec(prop::sample::select(tokens), 0..200).prop_map(|v| v.concat())
}

/// A valid code with a few characters changed, cut, or extended.
fn mutated_code() -> impl Strategy<Value = String> {
    let valid = share::encode(&{
        let mut a = Assessment::default();
        a.profile.region = "Kota Palembang".into();
        a.answers
            .scv
            .insert("S1.1".into(), LikertAnswer::Score(3.5));
        a
    });
    (
        prop::collection::vec((any::<prop::sample::Index>(), any::<char>()), 0..4),
        any::<prop::sample::Index>(),
    )
        .prop_map(move |(edits, cut)| {
            let mut chars: Vec<char> = valid.chars().collect();
            for (at, c) in edits {
                let i = at.index(chars.len());
                chars[i] = c;
            }
            chars.truncate(cut.index(chars.len() + 1).max(1));
            chars.into_iter().collect()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn link_decoder_never_panics(code in prop_oneof![any::<String>(), code_like(), mutated_code()]) {
        if let Err(e) = share::decode(&code) {
            prop_assert!(!e.message(Lang::Id).is_empty() && !e.message(Lang::En).is_empty());
        }
    }

    #[test]
    fn csv_aggregation_never_panics(text in prop_oneof![any::<String>(), csv_like()]) {
        match survey::aggregate_csv(&text) {
            Ok(r) => prop_assert!(r.respondents > 0),
            Err(e) => prop_assert!(!e.message(Lang::En).is_empty()),
        }
    }
}
