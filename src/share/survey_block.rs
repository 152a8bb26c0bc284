//! Share format v3's survey block: what a result link tells of the survey behind an
//! aggregated assessment, the number of respondents and how they answered every item and
//! criterion. A v3 body is the v2 assessment followed by this block, under one CRC. The
//! layout is documented in `super` (module doc) and in docs/formats.md, "Share link v3".
//!
//! The block has two sections, items then criteria. A row of a section splits the
//! respondents into parts (an item: blank, 1, 2, 3, 4, 5, decimal, N/A; a criterion:
//! blank, yes, partly, no), so one part follows from the others: the section names the
//! part it leaves out, the widest. Each section holds which ids are present, the part
//! left out, the bit width of every other part (the bits of its largest count, written
//! once), then one row per present id.

use super::bits::{BitReader, BitWriter};
use super::order_v1::{CRITERIA, EREADINESS_ITEMS, SCV_ITEMS};
use super::ShareError;

/// The most respondents a link carries. A survey file holds at most 10 MB, some 60,000
/// respondents; a larger number is clamped by the encoder and refused by the decoder.
pub const MAX_RESPONDENTS: u32 = 1_000_000;
/// Bits of `MAX_RESPONDENTS`, so the widest any number in the block can be.
const MAX_WIDTH: u32 = u32::BITS - MAX_RESPONDENTS.leading_zeros();
/// Bits of a width field (0-20; 21-31 are invalid).
const WIDTH_BITS: u32 = 5;
const _: () = assert!(MAX_WIDTH < 1 << WIDTH_BITS);
/// Presence of a section's ids, 2 bits: none, all, or a bitmap follows (3 is invalid).
const NONE_PRESENT: u32 = 0;
const ALL_PRESENT: u32 = 1;
const SOME_PRESENT: u32 = 2;

/// An item row: blank, whole answers 1-5, decimal, N/A; the left-out part's number
/// takes 3 bits.
const ITEM_PARTS: usize = 8;
const ITEM_PART_BITS: u32 = 3;
/// A criterion row: blank, yes, partly, no; the left-out part's number takes 2 bits.
const CRITERION_PARTS: usize = 4;
const CRITERION_PART_BITS: u32 = 2;

/// What a result link tells of the survey behind an aggregated assessment.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SurveyDigest {
    /// Respondents counted, at most [`MAX_RESPONDENTS`].
    pub respondents: u32,
    /// Per Likert item present in the survey, in the frozen v1 order
    /// ([`SCV_ITEMS`] then [`EREADINESS_ITEMS`]); blank = respondents - the rest.
    pub items: Vec<ItemCounts>,
    /// Per stage criterion present, in [`CRITERIA`] order; blank = respondents - the rest.
    pub criteria: Vec<CriterionCounts>,
}

/// How the respondents answered one Likert item.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ItemCounts {
    pub id: String,
    /// `counts[0]` is the number of whole answers 1, ..., `counts[4]` of 5s.
    pub counts: [u32; 5],
    /// Answers between two points (3.5, say).
    pub decimal: u32,
    pub not_applicable: u32,
}

impl ItemCounts {
    /// Respondents who answered the item at all: whole, decimal or N/A.
    pub fn answered(&self) -> u64 {
        let counts: u64 = self.counts.iter().map(|c| u64::from(*c)).sum();
        counts + u64::from(self.decimal) + u64::from(self.not_applicable)
    }

    /// Respondents who left the item blank (0 if the counts exceed `respondents`).
    pub fn blank(&self, respondents: u32) -> u32 {
        u64::from(respondents).saturating_sub(self.answered()) as u32
    }
}

/// How the respondents answered one stage criterion.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CriterionCounts {
    pub id: String,
    pub yes: u32,
    pub partly: u32,
    pub no: u32,
}

impl CriterionCounts {
    /// Respondents who answered the criterion.
    pub fn answered(&self) -> u64 {
        u64::from(self.yes) + u64::from(self.partly) + u64::from(self.no)
    }

    /// Respondents who left the criterion blank (0 if the counts exceed `respondents`).
    pub fn blank(&self, respondents: u32) -> u32 {
        u64::from(respondents).saturating_sub(self.answered()) as u32
    }
}

fn item_ids() -> impl Iterator<Item = &'static str> {
    SCV_ITEMS.iter().chain(&EREADINESS_ITEMS).copied()
}

/// Writes the block. What a link cannot carry is normalised: respondents clamped to
/// [`MAX_RESPONDENTS`]; ids outside the v1 lists dropped, and of a repeated id the first
/// kept; counts that add up to more than the respondents clamped, in the order of the
/// fields (1-5, decimal, N/A; yes, partly, no), to what is left.
pub fn write(w: &mut BitWriter, survey: &SurveyDigest) {
    let n = survey.respondents.min(MAX_RESPONDENTS);
    let n_bits = bit_len(n);
    w.write(n_bits, WIDTH_BITS);
    w.write(n, n_bits);
    let items: Vec<Option<[u32; ITEM_PARTS]>> = item_ids()
        .map(|id| {
            let item = survey.items.iter().find(|i| i.id == id)?;
            let [c1, c2, c3, c4, c5] = item.counts;
            let mut answers = [c1, c2, c3, c4, c5, item.decimal, item.not_applicable];
            let blank = fit(&mut answers, n);
            let [c1, c2, c3, c4, c5, decimal, na] = answers;
            Some([blank, c1, c2, c3, c4, c5, decimal, na])
        })
        .collect();
    write_section(w, &items, ITEM_PART_BITS);
    let criteria: Vec<Option<[u32; CRITERION_PARTS]>> = CRITERIA
        .iter()
        .map(|id| {
            let c = survey.criteria.iter().find(|c| c.id == *id)?;
            let mut answers = [c.yes, c.partly, c.no];
            let blank = fit(&mut answers, n);
            let [yes, partly, no] = answers;
            Some([blank, yes, partly, no])
        })
        .collect();
    write_section(w, &criteria, CRITERION_PART_BITS);
}

/// Reads the block, checking every number against the respondents.
/// The block's first field, the number of respondents.
pub fn read_respondents(r: &mut BitReader) -> Result<u32, ShareError> {
    let n_bits = read_width(r)?;
    let n = r.read(n_bits)?;
    if n > MAX_RESPONDENTS {
        return Err(ShareError::TooManyRespondents {
            max: MAX_RESPONDENTS,
        });
    }
    Ok(n)
}

pub fn read(r: &mut BitReader) -> Result<SurveyDigest, ShareError> {
    let n = read_respondents(r)?;
    let items = read_section(r, item_ids().count(), ITEM_PART_BITS, n)?;
    let items = item_ids()
        .zip(items)
        .filter_map(|(id, row)| {
            let [_, c1, c2, c3, c4, c5, decimal, not_applicable] = row?;
            Some(ItemCounts {
                id: id.to_string(),
                counts: [c1, c2, c3, c4, c5],
                decimal,
                not_applicable,
            })
        })
        .collect();
    let criteria = read_section(r, CRITERIA.len(), CRITERION_PART_BITS, n)?;
    let criteria = CRITERIA
        .iter()
        .zip(criteria)
        .filter_map(|(id, row)| {
            let [_, yes, partly, no] = row?;
            Some(CriterionCounts {
                id: id.to_string(),
                yes,
                partly,
                no,
            })
        })
        .collect();
    Ok(SurveyDigest {
        respondents: n,
        items,
        criteria,
    })
}

/// Clamps `values`, in order, so that they add up to at most `total`; returns the rest.
fn fit(values: &mut [u32], total: u32) -> u32 {
    let mut left = total;
    for v in values {
        *v = (*v).min(left);
        left -= *v;
    }
    left
}

/// Bits of `v` without leading zeros: 0 for 0, 7 for 100.
fn bit_len(v: u32) -> u32 {
    u32::BITS - v.leading_zeros()
}

/// Presence (2 bits, and a bitmap if some but not all are present); if any is present,
/// the part left out (`part_bits`), the width of every other part (5 bits each), then
/// each present row without the part left out. The part left out is the widest, the
/// first of equals.
fn write_section<const P: usize>(w: &mut BitWriter, slots: &[Option<[u32; P]>], part_bits: u32) {
    let present = slots.iter().filter(|s| s.is_some()).count();
    if present == 0 {
        w.write(NONE_PRESENT, 2);
        return;
    }
    if present == slots.len() {
        w.write(ALL_PRESENT, 2);
    } else {
        w.write(SOME_PRESENT, 2);
        for slot in slots {
            w.write(u32::from(slot.is_some()), 1);
        }
    }
    let rows = slots.iter().flatten();
    let mut widths = [0u32; P];
    for row in rows.clone() {
        for (width, v) in widths.iter_mut().zip(row) {
            *width = (*width).max(bit_len(*v));
        }
    }
    let left_out = (0..P).fold(0, |widest, i| {
        if widths[i] > widths[widest] {
            i
        } else {
            widest
        }
    });
    w.write(left_out as u32, part_bits);
    for (i, width) in widths.iter().enumerate() {
        if i != left_out {
            w.write(*width, WIDTH_BITS);
        }
    }
    for row in rows {
        for (i, (v, width)) in row.iter().zip(widths).enumerate() {
            if i != left_out {
                w.write(*v, width);
            }
        }
    }
}

/// Reads what `write_section` wrote: per slot, the row with its left-out part, which is
/// `n` minus the others (a row whose others add up to more than `n` is refused).
fn read_section<const P: usize>(
    r: &mut BitReader,
    slots: usize,
    part_bits: u32,
    n: u32,
) -> Result<Vec<Option<[u32; P]>>, ShareError> {
    let present: Vec<bool> = match r.read(2)? {
        NONE_PRESENT => return Ok(vec![None; slots]),
        ALL_PRESENT => vec![true; slots],
        SOME_PRESENT => (0..slots)
            .map(|_| r.read(1).map(|bit| bit == 1))
            .collect::<Result<_, _>>()?,
        _ => return Err(ShareError::Corrupted),
    };
    // Every number fits today (8 parts in 3 bits, 4 in 2); checked all the same.
    let left_out = r.read(part_bits)? as usize;
    if left_out >= P {
        return Err(ShareError::Corrupted);
    }
    let mut widths = [0u32; P];
    for (i, width) in widths.iter_mut().enumerate() {
        if i != left_out {
            *width = read_width(r)?;
        }
    }
    present
        .into_iter()
        .map(|present| {
            if !present {
                return Ok(None);
            }
            let mut row = [0u32; P];
            for (i, (v, width)) in row.iter_mut().zip(widths).enumerate() {
                if i != left_out {
                    *v = r.read(width)?;
                }
            }
            let sum: u64 = row.iter().map(|v| u64::from(*v)).sum();
            let rest = u64::from(n)
                .checked_sub(sum)
                .ok_or(ShareError::InconsistentSurvey)?;
            row[left_out] = rest as u32;
            Ok(Some(row))
        })
        .collect()
}

fn read_width(r: &mut BitReader) -> Result<u32, ShareError> {
    match r.read(WIDTH_BITS)? {
        width @ 0..=MAX_WIDTH => Ok(width),
        _ => Err(ShareError::Corrupted),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_fit_the_largest_count() {
        assert_eq!(MAX_WIDTH, 20);
        assert_eq!(bit_len(0), 0);
        assert_eq!(bit_len(1), 1);
        assert_eq!(bit_len(100), 7);
        assert_eq!(bit_len(MAX_RESPONDENTS), MAX_WIDTH);
    }

    #[test]
    fn fit_clamps_in_order() {
        let mut v = [3, 4, 5];
        assert_eq!(fit(&mut v, 10), 0);
        assert_eq!(v, [3, 4, 3]);
        let mut v = [1, 2];
        assert_eq!(fit(&mut v, 10), 7);
        assert_eq!(v, [1, 2]);
    }

    fn round_trip(s: &SurveyDigest) -> (Result<SurveyDigest, ShareError>, usize) {
        let mut w = BitWriter::new();
        write(&mut w, s);
        let bytes = w.finish();
        let mut r = BitReader::new(&bytes);
        (read(&mut r), bytes.len())
    }

    #[test]
    fn an_empty_digest_takes_two_bytes() {
        let (back, len) = round_trip(&SurveyDigest::default());
        assert_eq!(back, Ok(SurveyDigest::default()));
        // 5 bits of width, no respondents, 2 + 2 bits of presence.
        assert!(len <= 2, "{len}");
    }

    #[test]
    fn the_left_out_counts_come_back() {
        let s = SurveyDigest {
            respondents: 9,
            items: vec![ItemCounts {
                id: "AL3.3".into(),
                counts: [0, 1, 2, 0, 4],
                decimal: 1,
                not_applicable: 0,
            }],
            criteria: vec![CriterionCounts {
                id: "K5".into(),
                yes: 1,
                partly: 0,
                no: 8,
            }],
        };
        assert_eq!(round_trip(&s).0, Ok(s));
    }

    #[test]
    fn a_row_over_the_respondents_is_refused() {
        // Hand-made: 3 respondents, only the first item, the 5s left out, four 1s.
        let mut w = BitWriter::new();
        w.write(2, WIDTH_BITS);
        w.write(3, 2);
        w.write(SOME_PRESENT, 2);
        w.write(1, 1);
        for _ in 0..74 {
            w.write(0, 1);
        }
        w.write(5, ITEM_PART_BITS);
        for width in [0, 3, 0, 0, 0, 0, 0] {
            w.write(width, WIDTH_BITS);
        }
        w.write(4, 3);
        w.write(NONE_PRESENT, 2);
        let bytes = w.finish();
        let result = read(&mut BitReader::new(&bytes));
        assert_eq!(result, Err(ShareError::InconsistentSurvey));
    }
}
