//! The compact codec for result links (`#/r/<code>`) and for autosave.
//!
//! A code carries a whole [`Assessment`]: profile, every answer and the targets, and for
//! an assessment aggregated from a survey (v3) a [`SurveyDigest`]: the respondents and how
//! they answered each item and criterion. It lives in the URL fragment, so no server ever
//! sees it, and it is short enough for a chat message: a complete assessment with a
//! 40-character region name takes 139 characters, 215 with survey means
//! (`tests/share_golden.rs` holds both under 250), 617 with the digest of a 100-respondent
//! survey and 1,156 with a 10,000-respondent one (`tests/share_survey.rs`).
//!
//! # Format v1 (documented for users of the format in docs/formats.md, "Share link v1")
//!
//! `code = "1" base64url(body)`, base64url without padding (`A-Z a-z 0-9 - _`).
//! `body = crc16 (2 bytes, big-endian) payload`; the CRC-16/CCITT-FALSE covers every
//! payload byte. The payload is a bit stream, most significant bit first, zero-padded
//! to a whole byte:
//!
//! | bits | field |
//! |---|---|
//! | 1 | Likert mode: 0 whole (3 bits an item), 1 hundredths (9 bits an item) |
//! | 3 | region type: 0 none, 1 province, 2 regency, 3 city, 4 other |
//! | 3 | target level of scv: 0 default, 1-5 |
//! | 3 | target level of ereadiness: 0 default, 1-5 |
//! | 2 | date kind: 0 empty, 1 packed, 2 text |
//! | 23 | if packed: year (14), month (4), day (5) of a `YYYY-MM-DD` date |
//! | 9 + 8n | if text: byte length n (at most 32), then UTF-8 bytes |
//! | 9 + 8n | region, then unit, then assessor: byte length n (at most 400), UTF-8 bytes |
//! | 27 x 3 or 9 | scv items in the frozen order [`order_v1::SCV_ITEMS`] |
//! | 48 x 3 or 9 | ereadiness items in [`order_v1::EREADINESS_ITEMS`] |
//! | 12 x 2 | stage criteria in [`order_v1::CRITERIA`]: 0 unanswered, 1 yes, 2 partly, 3 no |
//!
//! A Likert item in whole mode: 0 unanswered, 1-5 the answer, 6 N/A. In hundredths mode,
//! used when some score is fractional (an aggregated survey): 0 unanswered, 1 N/A, 2-402
//! the score in hundredths minus 98 (2 = 1.00, 402 = 5.00).
//!
//! The encoder normalises what a link cannot carry: text fields are clipped to 200
//! characters and 400 bytes, a non-ISO date to 32 bytes, scores clamped to 1-5 and
//! rounded to 0.01, a NaN score dropped, targets clamped to 1-5, and answers to ids
//! not in the v1 lists dropped. Everything else round-trips exactly.
//!
//! The decoder checks everything and never panics: it rejects codes over
//! [`MAX_CODE_LEN`] characters, unknown versions, foreign characters, cut-off codes,
//! reserved values, over-long fields, invalid UTF-8, trailing data and a wrong CRC, each
//! as a [`ShareError`] with a message in both languages.
//!
//! # Format v2
//!
//! v1 with longer profile texts: a 10-bit byte length, at most 800 bytes (200 characters of
//! any script). [`encode`] writes v1 whenever the texts fit in 400 bytes, v2 otherwise.
//!
//! # Format v3 (docs/formats.md, "Share link v3")
//!
//! `code = "3" base64url(body)`, the body framed as in v1 (one CRC over the payload). The
//! payload is the v2 assessment (the table above, 10-bit text lengths) followed by the
//! survey block, written by [`encode_with_survey`]:
//!
//! | bits | field |
//! |---|---|
//! | 5 + r | respondents: bit width r (0-20), then the number (at most [`MAX_RESPONDENTS`]) |
//! | | then two sections, the 75 items ([`order_v1::SCV_ITEMS`], [`order_v1::EREADINESS_ITEMS`]) and the 12 criteria ([`order_v1::CRITERIA`]), each: |
//! | 2 | presence: 0 none (the section ends here), 1 all, 2 some, 3 invalid |
//! | 75 or 12 | if some: one bit per id in the frozen order, 1 present |
//! | 3 or 2 | the part left out; parts of an item: 0 blank, 1-5 whole answers 1-5, 6 decimal, 7 N/A; of a criterion: 0 blank, 1 yes, 2 partly, 3 no |
//! | 7 × 5 or 3 × 5 | the bit width (0-20) of every other part, in part order |
//! | per present id | every part but the one left out, each in its width |
//!
//! A row's parts add up to the respondents, so the part left out is the respondents minus
//! the others. The encoder leaves out the widest part (the first of equals) and gives
//! each part the bits of its largest count.
//!
//! What a survey link cannot carry is normalised: respondents clamped to
//! [`MAX_RESPONDENTS`], ids outside the v1 lists dropped (of a repeated id the first is
//! kept), and counts that add up to more than the respondents clamped in field order
//! (1-5, decimal, N/A; yes, partly, no). The decoder gives items and criteria in the
//! frozen order and also refuses a width over 20, presence 3, more than
//! [`MAX_RESPONDENTS`] ([`ShareError::TooManyRespondents`]) and a row whose parts add up
//! to more than the respondents ([`ShareError::InconsistentSurvey`]).
//!
//! # Format v4 (docs/formats.md, "Share link v4")
//!
//! A link that also carries the evidence (notes and documents), made by
//! [`encode_with_evidence`] beside the plain link, which never carries it: the v2
//! assessment, the evidence block (`evidence_block`: a 24-bit byte length, then a save's
//! text holding only `note:` and `refs:` entries, read by the save's own reader), one bit
//! saying whether a v3 survey block follows, and that block. Made only when it fits in
//! [`MAX_CODE_LEN`]. `decode` reads it whole, so a link's recipient who saves it as their
//! own keeps the notes.
//!
//! # Versions
//! The item order of v1 is frozen in [`order_v1`]; v2 and v3 use it too. A content change
//! that adds or moves items gets a new version character and its own frozen lists;
//! `decode` keeps every older version. Golden codes in `tests/share_golden.rs` and
//! `tests/share_survey.rs` are never edited.

mod base64url;
mod bits;
mod error;
mod evidence_block;
pub mod order_v1;
mod survey_block;
mod v1;

pub use error::ShareError;
pub use survey_block::{CriterionCounts, ItemCounts, SurveyDigest, MAX_RESPONDENTS};

use crate::model::Assessment;

/// Longest code accepted. The largest code v2 can make is 3,372 characters (three
/// profile texts of 200 four-byte characters, a 32-byte date, survey means); the largest
/// v3 code is that assessment with the largest survey block (1,000,000 respondents, every
/// part 20 bits wide), 5,256 characters, so v3 raised this from 3,600
/// (`tests/share_survey.rs` checks both numbers). A v4 code carries notes, as long as
/// the user wrote them: it is made only when it fits in this, so that the link with its
/// address still fits in one chat message (WhatsApp takes 65,536 characters), so v4
/// raised this from 6,000.
pub const MAX_CODE_LEN: usize = 60_000;
/// The one limit of each profile text field (region, unit, assessor), in characters: the
/// form's, the autosave's, a response file's and a link's.
pub const MAX_FIELD_CHARS: usize = 200;
/// Bytes a v1 code keeps of a field: 200 characters of a script of 3-byte characters
/// (Javanese, say) did not fit, so v2 exists.
pub const MAX_FIELD_BYTES: usize = 400;

/// Encodes an assessment as a link code (the part after `#/r/`), in the oldest version
/// that carries it whole, so older Cermat versions open every link they can: v1, or v2
/// when a profile text of at most 200 characters is longer than v1's 400 bytes.
pub fn encode(a: &Assessment) -> String {
    let p = &a.profile;
    let fits_v1 = [&p.region, &p.unit, &p.assessor]
        .iter()
        .all(|f| v1::clip(f, MAX_FIELD_CHARS, usize::MAX).len() <= MAX_FIELD_BYTES);
    let (version, layout) = if fits_v1 {
        ('1', v1::V1)
    } else {
        ('2', v1::V2)
    };
    let mut code = String::from(version);
    code.push_str(&base64url::encode(&v1::encode_body(a, layout)));
    code
}

/// Encodes an assessment aggregated from a survey with what the link tells of the
/// survey: a v3 code (the v2 body, then the survey block). What a link cannot carry is
/// normalised as `encode` and [`SurveyDigest`]'s rules say.
pub fn encode_with_survey(a: &Assessment, survey: &SurveyDigest) -> String {
    let mut w = bits::BitWriter::new();
    v1::write_assessment(&mut w, a, v1::V2);
    survey_block::write(&mut w, survey);
    let mut code = String::from('3');
    code.push_str(&base64url::encode(&v1::seal(w.finish())));
    code
}

/// Encodes an assessment with its evidence (notes and documents), and the survey it was
/// aggregated from if any: a v4 code. `None` when the evidence makes it longer than
/// [`MAX_CODE_LEN`] (the response file carries any amount).
pub fn encode_with_evidence(a: &Assessment, survey: Option<&SurveyDigest>) -> Option<String> {
    let text = evidence_block::text(&a.evidence);
    // Four characters for every three bytes: a block that cannot fit is never encoded.
    if text.len() / 3 * 4 > MAX_CODE_LEN {
        return None;
    }
    let mut w = bits::BitWriter::new();
    v1::write_assessment(&mut w, a, v1::V2);
    evidence_block::write(&mut w, &text);
    w.write(u32::from(survey.is_some()), 1);
    if let Some(survey) = survey {
        survey_block::write(&mut w, survey);
    }
    let mut code = String::from('4');
    code.push_str(&base64url::encode(&v1::seal(w.finish())));
    (code.len() <= MAX_CODE_LEN).then_some(code)
}

/// Decodes a code made by `encode` or `encode_with_survey` of this or any earlier
/// version: the assessment only. A v3 code's survey block is vouched for by the
/// checksum and not read here (the first load, which shows results, does not carry its
/// reader); `decode_with_survey` reads and checks it, for the pages that show it.
/// Surrounding whitespace, which chat apps and copy-paste add, is ignored.
pub fn decode(code: &str) -> Result<Assessment, ShareError> {
    decode_with_respondents(code).map(|(a, _)| a)
}

/// Decodes any code as `decode` does, with the number of respondents of a v3 code's
/// survey (`None` for v1, v2): what the first load shows of a survey. One reader for
/// every version, so the first load carries one.
pub fn decode_with_respondents(code: &str) -> Result<(Assessment, Option<u32>), ShareError> {
    let (version, body) = version_and_body(code)?;
    v1::open(&body, |r| {
        let a = read_assessment(r, version)?;
        if !has_survey(r, version)? {
            return Ok((a, None));
        }
        let n = survey_block::read_respondents(r)?;
        r.skip_rest();
        Ok((a, Some(n)))
    })
}

/// The assessment at the start of any version's payload, with a v4 code's evidence.
fn read_assessment(r: &mut bits::BitReader, version: char) -> Result<Assessment, ShareError> {
    let mut a = v1::read_assessment(r, if version == '1' { v1::V1 } else { v1::V2 })?;
    if version == '4' {
        a.evidence = evidence_block::read(r)?;
    }
    Ok(a)
}

/// Whether a survey block follows: always in v3, by a flag bit in v4, never before.
fn has_survey(r: &mut bits::BitReader, version: char) -> Result<bool, ShareError> {
    Ok(version == '3' || (version == '4' && r.read(1)? == 1))
}

/// Decodes any code as `decode` does, with the survey of a v3 code (`None` for v1, v2).
pub fn decode_with_survey(code: &str) -> Result<(Assessment, Option<SurveyDigest>), ShareError> {
    let (version, body) = version_and_body(code)?;
    v1::open(&body, |r| {
        let a = read_assessment(r, version)?;
        let survey = if has_survey(r, version)? {
            Some(survey_block::read(r)?)
        } else {
            None
        };
        Ok((a, survey))
    })
}

/// A code's version (`1`-`4`) and its body's bytes.
fn version_and_body(code: &str) -> Result<(char, Vec<u8>), ShareError> {
    let code = trim_pasted(code);
    // Count at most one past the limit, so a huge input costs no more than a long one.
    let len = code.chars().take(MAX_CODE_LEN + 1).count();
    if len > MAX_CODE_LEN {
        return Err(ShareError::TooLong {
            len: code.chars().count(),
            max: MAX_CODE_LEN,
        });
    }
    let mut chars = code.chars();
    match chars.next() {
        None => Err(ShareError::Empty),
        Some(v @ '1'..='4') => Ok((v, body_bytes(chars.as_str())?)),
        Some(other) => Err(ShareError::UnknownVersion(other)),
    }
}

/// The code without the white space a paste or a chat app puts around it, written plainly
/// or percent-escaped as an address shows it (`%20`, `%0A`): no code holds a `%`.
fn trim_pasted(code: &str) -> &str {
    const SPACES: [&str; 4] = ["%20", "%09", "%0A", "%0D"];
    let mut code = code.trim();
    loop {
        let before = code.len();
        for s in SPACES {
            code = code.strip_prefix(s).unwrap_or(code);
            code = code.strip_suffix(s).unwrap_or(code);
        }
        code = code.trim();
        if code.len() == before {
            return code;
        }
    }
}

fn body_bytes(text: &str) -> Result<Vec<u8>, ShareError> {
    base64url::decode(text).map_err(|e| match e {
        // Position 1 is the version character.
        base64url::Base64Error::InvalidChar(i) => ShareError::InvalidCharacter { position: i + 2 },
        base64url::Base64Error::InvalidLength => ShareError::Truncated,
    })
}
