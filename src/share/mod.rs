//! The compact codec for result links (`#/r/<code>`) and for autosave.
//!
//! A code carries a whole [`Assessment`]: profile, every answer and the targets. It lives
//! in the URL fragment, so no server ever sees it, and it is short enough for a chat
//! message: a complete assessment with a 40-character region name takes 139 characters,
//! 215 with survey means (`tests/share_golden.rs` holds both under 250).
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
//! # Versions
//! The item order of v1 is frozen in [`order_v1`]. A content change that adds or moves
//! items gets a new version character and its own frozen lists; `decode` keeps every
//! older version. Golden codes in `tests/share_golden.rs` are never edited.

mod base64url;
mod bits;
mod error;
pub mod order_v1;
mod v1;

pub use error::ShareError;

use crate::model::Assessment;

/// Longest code accepted; the largest code v2 can make is about 2,600 characters.
pub const MAX_CODE_LEN: usize = 3600;
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

/// Decodes a code made by `encode` of this or any earlier version. Surrounding
/// whitespace, which chat apps and copy-paste add, is ignored.
/// Decodes a code made by `encode` of this or any earlier version. Surrounding
/// whitespace, which chat apps and copy-paste add, is ignored.
pub fn decode(code: &str) -> Result<Assessment, ShareError> {
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
        Some('1') => v1::decode_body(&body_bytes(chars.as_str())?, v1::V1),
        Some('2') => v1::decode_body(&body_bytes(chars.as_str())?, v1::V2),
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
