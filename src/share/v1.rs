//! Share formats v1 and v2: the packed body after the version character `1` or `2`.
//! The layout is documented in `super` (module doc) and in docs/formats.md. v2 differs
//! only in how long a profile text may be (`Layout`). v3 is the v2 assessment followed by
//! a survey block (`super::survey_block`), framed the same way (`seal`, `open`).

use super::bits::{BitReader, BitWriter, OutOfBits};
use super::order_v1::{CRITERIA, EREADINESS_ITEMS, SCV_ITEMS};
use super::{ShareError, MAX_FIELD_BYTES, MAX_FIELD_CHARS};

/// How long a profile text may be, in bytes, and the bits of its length prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    len_bits: u32,
    max_field_bytes: usize,
}

/// v1: 400 bytes, a 9-bit length (up to 511).
pub const V1: Layout = Layout {
    len_bits: 9,
    max_field_bytes: MAX_FIELD_BYTES,
};
/// v2: 200 characters of any script (at most 800 bytes), a 10-bit length.
pub const V2: Layout = Layout {
    len_bits: 10,
    max_field_bytes: 4 * MAX_FIELD_CHARS,
};
use crate::model::ItemMap;
use crate::model::{Assessment, LikertAnswer, Profile, RegionType, StageAnswer};

/// The date's own text (kind 2) keeps v1's 9-bit length in every version.
const DATE_LEN_BITS: u32 = 9;
/// A date that is not `YYYY-MM-DD` is kept as text, this long at most.
pub const MAX_DATE_BYTES: usize = 32;
/// Hundredths mode: code 2 is 1.00, code 402 is 5.00 (code = cents - 98).
const CENTS_OFFSET: u32 = 98;

impl From<OutOfBits> for ShareError {
    fn from(_: OutOfBits) -> Self {
        ShareError::Truncated
    }
}

pub fn encode_body(a: &Assessment, layout: Layout) -> Vec<u8> {
    let mut w = BitWriter::new();
    write_assessment(&mut w, a, layout);
    seal(w.finish())
}

/// The packed assessment, without its frame: what v1 and v2 hold, and v3 begins with.
pub fn write_assessment(w: &mut BitWriter, a: &Assessment, layout: Layout) {
    let hundredths = needs_hundredths(a);
    w.write(u32::from(hundredths), 1);
    w.write(region_type_code(a.profile.region_type), 3);
    w.write(target_code(a.targets.scv), 3);
    w.write(target_code(a.targets.ereadiness), 3);
    write_date(w, &a.profile.date);
    for field in [&a.profile.region, &a.profile.unit, &a.profile.assessor] {
        let text = clip(field, MAX_FIELD_CHARS, layout.max_field_bytes);
        write_text(w, text, layout.len_bits);
    }
    for id in SCV_ITEMS {
        write_likert(w, a.answers.scv.get(id), hundredths);
    }
    for id in EREADINESS_ITEMS {
        write_likert(w, a.answers.ereadiness.get(id), hundredths);
    }
    for id in CRITERIA {
        w.write(stage_code(a.answers.stage.get(id)), 2);
    }
}

/// The body of a payload: its CRC-16 (2 bytes, big-endian), then the payload.
pub fn seal(payload: Vec<u8>) -> Vec<u8> {
    let mut body = crc16(&payload).to_be_bytes().to_vec();
    body.extend(payload);
    body
}

/// Checks a body made by `seal` and reads its payload with `read`, which must consume it
/// all (only the zero padding of the last byte may remain).
pub fn open<T>(
    body: &[u8],
    read: impl FnOnce(&mut BitReader) -> Result<T, ShareError>,
) -> Result<T, ShareError> {
    let [hi, lo, payload @ ..] = body else {
        return Err(ShareError::Truncated);
    };
    let crc_ok = crc16(payload) == u16::from_be_bytes([*hi, *lo]);
    let mut r = BitReader::new(payload);
    // A cut link also fails the checksum; running out of bits says which it was.
    match (read(&mut r), crc_ok) {
        (Err(ShareError::Truncated), _) => Err(ShareError::Truncated),
        (_, false) => Err(ShareError::Corrupted),
        (Err(e), true) => Err(e),
        (Ok(_), true) if !r.at_clean_end() => Err(ShareError::Corrupted),
        (Ok(x), true) => Ok(x),
    }
}

pub fn read_assessment(r: &mut BitReader, layout: Layout) -> Result<Assessment, ShareError> {
    let mut a = Assessment::default();
    let hundredths = r.read(1)? == 1;
    a.profile.region_type = region_type_from(r.read(3)?)?;
    a.targets.scv = target_from(r.read(3)?)?;
    a.targets.ereadiness = target_from(r.read(3)?)?;
    a.profile.date = read_date(r)?;
    let Profile {
        region,
        unit,
        assessor,
        ..
    } = &mut a.profile;
    for field in [region, unit, assessor] {
        *field = read_text(r, layout.len_bits, layout.max_field_bytes, MAX_FIELD_CHARS)?;
    }
    read_likert_list(r, &SCV_ITEMS, hundredths, &mut a.answers.scv)?;
    read_likert_list(r, &EREADINESS_ITEMS, hundredths, &mut a.answers.ereadiness)?;
    for id in CRITERIA {
        if let Some(answer) = stage_from(r.read(2)?) {
            a.answers.stage.insert(id.to_string(), answer);
        }
    }
    Ok(a)
}

/// Whole mode (3 bits an item) unless some score is fractional, as in an aggregated survey.
fn needs_hundredths(a: &Assessment) -> bool {
    let ids = SCV_ITEMS.iter().map(|id| a.answers.scv.get(*id));
    let ids = ids.chain(
        EREADINESS_ITEMS
            .iter()
            .map(|id| a.answers.ereadiness.get(*id)),
    );
    ids.flatten().any(|answer| match answer {
        LikertAnswer::Score(v) if v.is_finite() => v.clamp(1.0, 5.0).fract() != 0.0,
        _ => false,
    })
}

/// Whole: 0 unanswered, 1-5, 6 N/A. Hundredths (9 bits): 0 unanswered, 1 N/A, 2-402 the
/// score in cents minus 98. Scores are clamped to 1-5; a NaN or infinity is no answer.
fn write_likert(w: &mut BitWriter, answer: Option<&LikertAnswer>, hundredths: bool) {
    let code = match (answer, hundredths) {
        (Some(LikertAnswer::Score(v)), false) if v.is_finite() => v.clamp(1.0, 5.0) as u32,
        (Some(LikertAnswer::Score(v)), true) if v.is_finite() => {
            (v.clamp(1.0, 5.0) * 100.0).round() as u32 - CENTS_OFFSET
        }
        (Some(LikertAnswer::NotApplicable), false) => 6,
        (Some(LikertAnswer::NotApplicable), true) => 1,
        _ => 0,
    };
    w.write(code, if hundredths { 9 } else { 3 });
}

fn read_likert_list(
    r: &mut BitReader,
    ids: &[&str],
    hundredths: bool,
    into: &mut ItemMap<LikertAnswer>,
) -> Result<(), ShareError> {
    for id in ids {
        let answer = if hundredths {
            hundredths_from(r.read(9)?)?
        } else {
            whole_from(r.read(3)?)?
        };
        if let Some(answer) = answer {
            into.insert(id.to_string(), answer);
        }
    }
    Ok(())
}

fn whole_from(code: u32) -> Result<Option<LikertAnswer>, ShareError> {
    match code {
        0 => Ok(None),
        1..=5 => Ok(Some(LikertAnswer::Score(f64::from(code)))),
        6 => Ok(Some(LikertAnswer::NotApplicable)),
        _ => Err(ShareError::Corrupted),
    }
}

fn hundredths_from(code: u32) -> Result<Option<LikertAnswer>, ShareError> {
    match code {
        0 => Ok(None),
        1 => Ok(Some(LikertAnswer::NotApplicable)),
        // Dividing the integer cents gives the f64 nearest the decimal, e.g. 3.47.
        2..=402 => Ok(Some(LikertAnswer::Score(
            f64::from(code + CENTS_OFFSET) / 100.0,
        ))),
        _ => Err(ShareError::Corrupted),
    }
}

fn stage_code(answer: Option<&StageAnswer>) -> u32 {
    match answer {
        None => 0,
        Some(StageAnswer::Yes) => 1,
        Some(StageAnswer::Partly) => 2,
        Some(StageAnswer::No) => 3,
    }
}

fn stage_from(code: u32) -> Option<StageAnswer> {
    match code {
        1 => Some(StageAnswer::Yes),
        2 => Some(StageAnswer::Partly),
        3 => Some(StageAnswer::No),
        _ => None,
    }
}

const REGION_TYPES: [RegionType; 4] = [
    RegionType::Province,
    RegionType::Regency,
    RegionType::City,
    RegionType::Other,
];

fn region_type_code(t: Option<RegionType>) -> u32 {
    t.and_then(|t| REGION_TYPES.iter().position(|x| *x == t))
        .map_or(0, |i| i as u32 + 1)
}

fn region_type_from(code: u32) -> Result<Option<RegionType>, ShareError> {
    match code {
        0 => Ok(None),
        _ => REGION_TYPES
            .get(code as usize - 1)
            .map(|t| Some(*t))
            .ok_or(ShareError::Corrupted),
    }
}

/// 0 is the default target; a level outside 1-5 is clamped.
fn target_code(level: Option<u8>) -> u32 {
    level.map_or(0, |l| u32::from(l.clamp(1, 5)))
}

fn target_from(code: u32) -> Result<Option<u8>, ShareError> {
    match code {
        0 => Ok(None),
        1..=5 => Ok(Some(code as u8)),
        _ => Err(ShareError::Corrupted),
    }
}

/// Date kind (2 bits): 0 empty, 1 packed `YYYY-MM-DD` (year 14 bits, month 4, day 5),
/// 2 other text kept verbatim (clipped to 32 bytes), 3 reserved.
fn write_date(w: &mut BitWriter, date: &str) {
    if date.is_empty() {
        w.write(0, 2);
    } else if let Some((y, m, d)) = parse_iso_date(date) {
        w.write(1, 2);
        w.write(y, 14);
        w.write(m, 4);
        w.write(d, 5);
    } else {
        w.write(2, 2);
        write_text(w, clip(date, MAX_DATE_BYTES, MAX_DATE_BYTES), DATE_LEN_BITS);
    }
}

fn read_date(r: &mut BitReader) -> Result<String, ShareError> {
    match r.read(2)? {
        0 => Ok(String::new()),
        1 => {
            let (y, m, d) = (r.read(14)?, r.read(4)?, r.read(5)?);
            let valid = y <= 9999 && (1..=12).contains(&m) && (1..=31).contains(&d);
            valid
                .then(|| format_date(y, m, d))
                .ok_or(ShareError::Corrupted)
        }
        2 => read_text(r, DATE_LEN_BITS, MAX_DATE_BYTES, MAX_DATE_BYTES),
        _ => Err(ShareError::Corrupted),
    }
}

/// Only a date that formats back to the very same string is packed.
fn parse_iso_date(s: &str) -> Option<(u32, u32, u32)> {
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let num = |p: &str| {
        p.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| p.parse::<u32>().ok())?
    };
    let (y, m, d) = (num(y)?, num(m)?, num(d)?);
    let ok = (1..=12).contains(&m) && (1..=31).contains(&d) && format_date(y, m, d) == s;
    ok.then_some((y, m, d))
}

fn format_date(y: u32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// The longest prefix of `s` within both limits, cut at a character boundary.
pub fn clip(s: &str, max_chars: usize, max_bytes: usize) -> &str {
    let end = s
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .take(max_chars)
        .take_while(|end| *end <= max_bytes)
        .last()
        .unwrap_or(0);
    s.get(..end).unwrap_or_default()
}

pub fn write_text(w: &mut BitWriter, s: &str, len_bits: u32) {
    w.write(s.len() as u32, len_bits);
    w.write_bytes(s.as_bytes());
}

pub fn read_text(
    r: &mut BitReader,
    len_bits: u32,
    max_bytes: usize,
    max_chars: usize,
) -> Result<String, ShareError> {
    let len = r.read(len_bits)? as usize;
    if len > max_bytes {
        return Err(ShareError::FieldTooLong { max: max_chars });
    }
    let text = String::from_utf8(r.read_bytes(len)?).map_err(|_| ShareError::InvalidText)?;
    if text.chars().count() > max_chars {
        return Err(ShareError::FieldTooLong { max: max_chars });
    }
    Ok(text)
}

/// CRC-16/CCITT-FALSE: catches any change of up to 3 bits and most longer damage, for
/// 3 characters of link. Bitwise, as a 512-byte table would cost more than it saves.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc16_check_value() {
        assert_eq!(crc16(b"123456789"), 0x29b1);
    }

    #[test]
    fn clip_respects_chars_bytes_and_boundaries() {
        assert_eq!(clip("abcdef", 3, 10), "abc");
        assert_eq!(clip("ééé", 10, 5), "éé");
        assert_eq!(clip("", 3, 3), "");
    }

    #[test]
    fn only_canonical_iso_dates_are_packed() {
        assert_eq!(parse_iso_date("2026-03-07"), Some((2026, 3, 7)));
        for s in [
            "2026-3-7",
            "2026-13-01",
            "2026-00-10",
            "+2026-01-01",
            "2026-01-01-",
            "26-01-01",
        ] {
            assert_eq!(parse_iso_date(s), None, "{s}");
        }
    }
}
